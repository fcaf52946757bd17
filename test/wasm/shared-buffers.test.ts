import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileWasmProgram } from '../../codegen/wasm/compile-program.js';
import type { StageSource } from '../../codegen/wasm/pointwise-kernels.js';
import { groupsKeepSharing, sharedBuffers } from '../../codegen/wasm/shared-buffers.js';
import type { AccessExpr } from '../../ir/expr/tensor-expr.js';
import type { HostTensor } from '../../ir/tensor.js';
import { attentionProgram } from '../../src/bench/layers/attention.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs, runProgram } from '../helpers/pit-harness.js';
import { planned, runWasm, SAMPLES_DIR, sampleText } from './wasm-harness.js';

/**
 * A point-by-point op writing over the buffer of a tensor that dies there (shared-buffers.ts):
 * the softmax chain's exponentials over the scores. Which tensors may share, which must not, and
 * runs of every attention spelling against the reference with the memory poisoned first, at odd
 * sizes, empty and full masks, extreme and non-finite scores, on 1 and 2 threads, fused and not;
 * `keep` of an overwritten tensor gets a module where it keeps its own buffer.
 */
const lowered = (text: string) => planned(compilePit(text, 'test.pit'), 'test');
const shares = (text: string) =>
  Object.fromEntries(sharedBuffers(lowered(text).graph, lowered(text).kernels));

describe('tensors written over a dying tensor (shared buffers)', () => {
  it('in the samples: the exponentials over the scores, relu over the GEMM result', () => {
    const found: Record<string, Record<string, string>> = {};
    for (const file of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.pit'))) {
      const p = planned(compilePit(sampleText(file), file), file);
      const s = sharedBuffers(p.graph, p.kernels);
      found[file] = Object.fromEntries(s);
      // never the source of an index, never a program output
      for (const [y, x] of s) {
        expect(
          p.kernels.some((k) => k.kind === 'pit' && k.index.source === x),
          `${file}: ${x} is an index source`,
        ).toBe(false);
        expect(
          p.graph.outputs.includes(x) || p.graph.outputs.includes(y),
          `${file}: ${y} over ${x}`,
        ).toBe(false);
      }
    }
    expect(found['attention.pit']).toEqual({ ex: 's' });
    expect(found['attention-longformer.pit']).toEqual({ ex: 's' });
    expect(found['ffn-relu.pit']).toEqual({ a: 'h' });
    expect(found['moe-gate.pit']).toEqual({ ex: 'logit' });
    expect(found['softmax.pit']).toEqual({});
    for (const mask of ['block', 'window'] as const) {
      for (const spelling of ['outside', 'inside'] as const)
        expect(shares(attentionProgram(mask, spelling, 16)), `${mask} ${spelling}`).toEqual({
          ex: 's',
        });
    }
  });

  const chain = (ex: string, more = '', out = 'y') => `dim T = 8, N = 12
input x: f32[T, N]
s[t, n] = x[t, n] * 2
mx[t] = max[n] s[t, n]
${ex}
z[t] = sum[n] ex[t, n]
y[t, n] = ex[t, n] / z[t]
${more}
output ${out}`;

  /** The program on wasm (1 and 2 threads, fused or not, memory poisoned) against the reference. */
  const agrees = async (text: string): Promise<void> => {
    const program = lowered(text);
    const dims = new Map(program.graph.dims.map((d) => [d.name, d.default as number]));
    const inputs = makeInputs(program.graph, dims, { density: 0.5, seed: 5 });
    const ref = await runProgram(program, inputs, dims);
    for (const threads of [1, 2]) {
      for (const fuse of [true, false]) {
        const run = await runWasm(program, inputs, dims, { threads, fuse, poison: true });
        for (const out of program.graph.outputs) {
          const m = compareTensors(
            run.values.get(out) as HostTensor,
            ref.values.get(out) as HostTensor,
            { rtol: 1e-5, atol: 1e-6, nanEqual: true },
          );
          expect(
            m?.message,
            `${out}, ${threads} thread(s), fuse ${fuse}:\n${text}`,
          ).toBeUndefined();
        }
      }
    }
  };

  it('a row softmax shares; nothing shares where the dying tensor is read again, elsewhere, or kept', async () => {
    expect(shares(chain('ex[t, n] = exp(s[t, n] - mx[t])'))).toEqual({ ex: 's' });
    // read after the op (y, no output there, still writes over ex)
    expect(
      shares(chain('ex[t, n] = exp(s[t, n] - mx[t])', 'w[t, n] = s[t, n] + y[t, n]', 'w')),
    ).toEqual({ y: 'ex' });
    // a program output
    expect(shares(chain('ex[t, n] = exp(s[t, n] - mx[t])', '', 'y, s'))['ex']).toBeUndefined();
    // read at another cell than the one written
    expect(shares(chain('ex[t, n] = exp(s[t, 11 - n] - mx[t])'))['ex']).toBeUndefined();
    // another dtype
    expect(
      shares(`dim T = 8, N = 12
input x: f32[T, N]
s[t, n] = x[t, n] * 2
b[t, n] = s[t, n] > 0
output b`),
    ).toEqual({});
    // a reader before the op reads columns: fused by rows, it would read rows already overwritten
    expect(
      shares(`dim T = 8, N = 8
input x: f32[T, N]
s[t, n] = x[t, n] * 2
mx[n] = max[t] s[t, n]
ex[t, n] = exp(s[t, n] - mx[n])
output ex, mx`),
    ).toEqual({});
    for (const text of [
      chain('ex[t, n] = exp(s[t, n] - mx[t])'),
      chain('ex[t, n] = exp(s[t, n] - mx[t])', 'w[t, n] = s[t, n] + y[t, n]', 'w'),
      chain('ex[t, n] = exp(s[t, n] - mx[t])', '', 'y, s'),
      chain('ex[t, n] = exp(s[t, 11 - n] - mx[t])'),
      `dim T = 8, N = 8
input x: f32[T, N]
s[t, n] = x[t, n] * 2
mx[n] = max[t] s[t, n]
ex[t, n] = exp(s[t, n] - mx[n])
output ex, mx`,
    ]) {
      await agrees(text);
    }
  });

  it('a fused group keeps the sharing only if earlier members read the rows the op writes, and later ones do not read', () => {
    const at = (tensor: string, axes: readonly string[]): AccessExpr => ({
      kind: 'access',
      dtype: 'f32',
      tensor,
      indices: axes.map((axis) => ({ terms: [{ axis, coef: 1 }], constant: 0 })),
    });
    // only what groupsKeepSharing looks at: the stage's output, axes and value, the plan's rows, the extents
    const stage = (
      out: string,
      axes: string[],
      reads: AccessExpr,
      rows: string[],
      extents: Record<string, number> = { h: 2, i: 8, j: 8 },
    ) => ({
      source: {
        stage: { out, axes, value: reads },
        plan: { rowAxes: rows },
        extents: new Map(Object.entries(extents)),
      } as unknown as StageSource,
    });
    const ex = stage('ex', ['h', 'i', 'j'], at('s', ['h', 'i', 'j']), ['h', 'i']);
    const shares = new Map([['ex', 's']]);
    const rowMax = stage('mx', ['h', 'i'], at('s', ['h', 'i', 'j']), ['h', 'i']);
    expect(groupsKeepSharing([[rowMax, ex]], shares)).toBe(true);
    expect(groupsKeepSharing([[rowMax], [ex]], shares)).toBe(true);
    // an earlier member reading columns of s, or rows of other extents
    expect(
      groupsKeepSharing(
        [[stage('mx', ['h', 'j'], at('s', ['h', 'i', 'j']), ['h', 'j']), ex]],
        shares,
      ),
    ).toBe(false);
    expect(
      groupsKeepSharing(
        [[stage('mx', ['h', 'i'], at('s', ['h', 'i', 'j']), ['h', 'i'], { h: 2, i: 4, j: 8 }), ex]],
        shares,
      ),
    ).toBe(false);
    // a later member reading s after the op overwrote it
    expect(groupsKeepSharing([[ex, rowMax]], shares)).toBe(false);
    // the op's rows are not the leading axes of what it writes
    expect(
      groupsKeepSharing(
        [[rowMax, stage('ex', ['h', 'i', 'j'], at('s', ['h', 'i', 'j']), ['h', 'j'])]],
        shares,
      ),
    ).toBe(false);
  });

  const VARIANTS = (['block', 'window'] as const).flatMap((mask) =>
    (['outside', 'inside'] as const).map((spelling) => ({
      name: `${mask} mask, normalised ${spelling}`,
      mask,
      spelling,
    })),
  );

  it.each(VARIANTS.map((v) => [v.name, v]))(
    'attention, %s: in place and fused on wasm, as the reference',
    async (_name, v) => {
      const program = lowered(attentionProgram(v.mask, v.spelling, 16));
      const graph = program.graph;
      let fusedPit = 0;
      for (const S of [45, 70]) {
        const dims = new Map([
          ['H', 2],
          ['S', S],
        ]);
        const compiled = compileWasmProgram(graph, program.kernels, dims, {
          features: { relaxedSimd: false, sharedMemory: false },
          threads: 1,
        });
        expect(compiled.tensors.get('ex')?.address, 'ex is written over s').toBe(
          compiled.tensors.get('s')?.address,
        );
        expect([...compiled.overwritten]).toEqual(['s']);
        const densities = v.mask === 'block' ? ([0, 0.1, 'dense'] as const) : ([0.5] as const);
        for (const density of densities) {
          for (const values of ['random', 'extreme', 'non-finite'] as const) {
            const inputs = makeInputs(graph, dims, {
              density,
              seed: 11,
              tiles: new Map([['mask', [32, 32]]]),
            });
            const q = inputs.get('q') as HostTensor;
            const data = q.data.slice() as Float32Array;
            // large scores, exact in f32 (small integers): exp(s - max) underflows to denormals and to 0 in a row
            if (values === 'extreme') {
              for (let i = 0; i < data.length; i++)
                data[i] = Math.round((data[i] as number) * 8) * 16;
              const k = inputs.get('k') as HostTensor;
              inputs.set('k', { ...k, data: Float32Array.from(k.data, (x) => Math.round(x * 8)) });
            }
            // a NaN query row, and an infinite one
            if (values === 'non-finite') {
              data[3 * 64] = Number.NaN;
              data[7 * 64 + 5] = Number.POSITIVE_INFINITY;
            }
            inputs.set('q', { ...q, data });
            const ref = await runProgram(program, inputs, dims);
            const want = ref.values.get('o') as HostTensor;
            const scale = Math.max(
              1e-30,
              ...Array.from(want.data).filter(Number.isFinite).map(Math.abs),
            );
            const where = `S ${S}, density ${density}, ${values}`;
            for (const threads of [1, 2]) {
              for (const fuse of [true, false]) {
                const run = await runWasm(program, inputs, dims, { threads, fuse, poison: true });
                const m = compareTensors(run.values.get('o') as HostTensor, want, {
                  rtol: 1e-5,
                  atol: 1e-5 * scale,
                  nanEqual: true,
                });
                expect(m?.message, `${where}, ${threads} thread(s), fuse ${fuse}`).toBeUndefined();
                const mx = run.ops.find((o) => o.name === 'mx')?.detail ?? {};
                if (fuse && mx['mode'] === 'pit') {
                  expect(mx['fused'], where).toEqual(['mx', 'ex', 'z']);
                  fusedPit++;
                }
              }
            }
            // kept, the scores are the reference's wherever the mask keeps them (a module without sharing)
            const kept = await runWasm(program, inputs, dims, {
              threads: 2,
              poison: true,
              keep: ['s'],
            });
            expect(
              compareTensors(kept.values.get('o') as HostTensor, want, {
                rtol: 1e-5,
                atol: 1e-5 * scale,
                nanEqual: true,
              })?.message,
              where,
            ).toBeUndefined();
            const s = kept.values.get('s') as HostTensor;
            const sRef = ref.values.get('s') as HostTensor;
            const listed = (i: number): boolean =>
              (sRef.data[i] as number) !== Number.NEGATIVE_INFINITY;
            const sScale = Math.max(
              1e-30,
              ...Array.from(sRef.data).filter(Number.isFinite).map(Math.abs),
            );
            const pick = (t: HostTensor): HostTensor => ({
              dtype: 'f32',
              shape: [t.data.length],
              data: Float32Array.from(Array.from(t.data).map((x, i) => (listed(i) ? x : 0))),
            });
            expect(
              compareTensors(pick(s), pick(sRef), {
                rtol: 1e-5,
                atol: 1e-5 * sScale,
                nanEqual: true,
              })?.message,
              `${where}: kept s`,
            ).toBeUndefined();
          }
        }
      }
      expect(fusedPit, 'runs took the fused PIT path').toBeGreaterThan(0);
    },
    600_000,
  );
});
