import { describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import type { HostTensor } from '../../ir/tensor.js';
import { guardsOf } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs, runProgram, type DensitySpec } from '../helpers/pit-harness.js';
import { opDetail, runWasm, sampleText, wasmMismatch } from './wasm-harness.js';

/**
 * PIT forms of point-by-point ops on wasm (stage groups over the listed micro-tiles), fused
 * chains, and skipped fills of untouched cells, against the reference interpreter running the
 * same lowered program (the definition of a PIT kernel). Every run poisons the memory a run must
 * write before reading (intermediates, buffers, GEMM results) with NaN first, so a kernel that
 * reads a cell whose fill was skipped, or that nobody wrote, changes an output.
 *
 * Each case runs at odd shapes, several micro-tiles and densities (0: every strip empty but
 * what the program keeps itself; 'dense': nothing skipped), on 1 and 2 threads, fused and one
 * kernel per op; fused and unfused runs must give the same bits (the row code of each stage is
 * the same), and so must 1 and 2 threads. The ops named in `pit` must have run in their PIT
 * form (so the test cannot pass by running everything densely), fused as `fused` says.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly dims: readonly Record<string, number>[];
  /** Micro-tile hints (the planner's choice otherwise) and the tiles the random inputs are zeroed at. */
  readonly hints?: Record<string, readonly number[]>;
  readonly tiles: readonly Record<string, readonly number[]>[];
  readonly densities: readonly DensitySpec[];
  /** Ops that must run in their PIT form when the index is sparse enough. */
  readonly pit: readonly string[];
  /** Groups of ops that must run as one fused kernel (first op runs it) at the first dims. */
  readonly fused?: readonly (readonly string[])[];
  /** Ops whose untouched cells must not be written (the analysis says nobody reads them). */
  readonly unread?: readonly string[];
}

const MASKED_SOFTMAX = `dim T, N
input x: f32[T, N]
input m: bool[T, N] @dynamic
s[t, n] = where(m[t, n], x[t, n] * 2, -inf)
mx[t] = max[n] s[t, n]
ex[t, n] = exp(s[t, n] - mx[t])
z[t] = sum[n] ex[t, n]
y[t, n] = ex[t, n] / z[t]
output y, z`;

const CASES: Case[] = [
  {
    name: 'attention (samples/attention.pit)',
    text: sampleText('attention.pit'),
    dims: [
      { H: 2, S: 70 },
      { H: 3, S: 37 },
    ],
    hints: { mask: [32, 32] },
    tiles: [{ mask: [32, 32] }, { mask: [8, 8] }, { mask: [1, 1] }],
    densities: [0, 0.1, 0.4, 'dense'],
    pit: ['s', 'mx', 'ex', 'z', 'o'],
    fused: [['mx', 'ex', 'z']],
    unread: ['s', 'ex'],
  },
  {
    name: 'masked softmax whose rows may be entirely masked (guard, dense rerun)',
    text: MASKED_SOFTMAX,
    dims: [
      { T: 9, N: 67 },
      { T: 33, N: 5 },
    ],
    tiles: [{ m: [1, 1] }, { m: [1, 8] }, { m: [4, 16] }],
    densities: [0, 0.1, 0.5, 'dense'],
    // y = ex / z has no rule (0 / z is not known to be 0): it reads ex densely, so ex is filled
    pit: ['s', 'mx', 'ex', 'z'],
    fused: [['s', 'mx', 'ex', 'z']],
    unread: ['s'],
  },
  {
    name: 'MoE: the expert intermediate holds only routed rows (its reader sums over the routing index)',
    text: `dim T, E, D, F
input x: f32[T, D]
input r: f32[T, E] @dynamic
input w1: f32[E, D, F]
input w2: f32[E, F, D]
m[t, e] = where(r[t, e] != 0, 1, 0)
h[e, t, f] = m[t, e] * relu(sum[k] x[t, k] * w1[e, k, f])
y[t, d] = sum[e, f] r[t, e] * h[e, t, f] * w2[e, f, d]
output y`,
    dims: [
      { T: 29, E: 4, D: 18, F: 35 },
      { T: 6, E: 3, D: 5, F: 9 },
    ],
    tiles: [{ r: [1, 1] }],
    densities: [0, 0.25, 'dense'],
    pit: ['h', 'y'],
    unread: ['h'],
  },
  {
    name: 'gathered rows (1×64 micro-tiles: the gathered axis is a row, strips cut the vector axis)',
    text: `dim T, F
input a: f32[T, F] @dynamic
input b: f32[F]
y[t, f] = relu(a[t, f] * b[f] + a[t, f])
r[t] = max[f] relu(a[t, f]) * b[f]
output y, r`,
    dims: [
      { T: 13, F: 150 },
      { T: 70, F: 64 },
    ],
    hints: { a: [1, 64] },
    tiles: [{ a: [1, 64] }, { a: [1, 1] }, { a: [2, 64] }],
    densities: [0, 0.2, 'dense'],
    pit: ['y'],
  },
  {
    name: 'a gathered reduce loop (the lanes are cells, the reduction runs over the listed rows)',
    text: `dim T, F
input a: f32[T, F] @dynamic
input w: f32[F]
c[f] = sum[t] relu(a[t, f]) * w[f] * 3
d[t, f] = a[t, f] * 2
output c, d`,
    dims: [
      { T: 45, F: 21 },
      { T: 9, F: 70 },
    ],
    hints: { a: [1, 64] },
    tiles: [{ a: [1, 64] }, { a: [1, 1] }],
    densities: [0, 0.3, 'dense'],
    pit: ['c', 'd'],
  },
  {
    name: 'strips over several axes, scattered width-1 lists',
    text: `dim B, S, D
input x: f32[B, S, D] @dynamic
input g: f32[D]
y[b, s, d] = relu(x[b, s, d]) * g[d]
m[b, s] = max[d] where(x[b, s, d] != 0, x[b, s, d] + 1, -inf)
n[b, s] = sum[d] y[b, s, d] * 2
output y, m, n`,
    dims: [
      { B: 3, S: 5, D: 19 },
      { B: 2, S: 33, D: 6 },
    ],
    hints: { x: [2, 4, 1] },
    tiles: [{ x: [1, 1, 1] }, { x: [2, 4, 1] }, { x: [1, 4, 8] }],
    densities: [0, 0.15, 'dense'],
    pit: ['y', 'm', 'n'],
    fused: [['y', 'm', 'n']],
  },
  {
    name: 'causal sliding window written with index values (a mask tensor of the condition)',
    text: `dim H, S
input q: f32[H, S, 8]
input k: f32[H, S, 8]
input v: f32[H, S, 8]
s[h, i, j] = where(min(j <= i, i - j < 21), 0.5 * sum[d] q[h, i, d] * k[h, j, d], -inf)
mx[h, i] = max[j] s[h, i, j]
ex[h, i, j] = exp(s[h, i, j] - mx[h, i])
z[h, i] = sum[j] ex[h, i, j]
o[h, i, d] = sum[j] ex[h, i, j] * v[h, j, d] / z[h, i]
output o`,
    dims: [
      { H: 2, S: 70 },
      { H: 1, S: 129 },
    ],
    tiles: [{}],
    densities: ['dense'],
    pit: ['s', 'mx', 'ex', 'z', 'o'],
    fused: [['mx', 'ex', 'z']],
    unread: ['s', 'ex'],
  },
];

function planned(text: string, hints: Record<string, readonly number[]> | undefined): { program: LoweredProgram; graph: LoweredProgram['graph'] } {
  const c = compilePit(text);
  const analysis = analyse(c.graph, hints ? { hints: new Map(Object.entries(hints)) } : {});
  return { program: { name: 'case', graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) }, graph: analysis.graph };
}

describe('PIT forms of point-by-point ops on wasm', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', async (_name, k) => {
    const { program, graph } = planned(k.text, k.hints);
    for (const name of k.unread ?? []) {
      const kernel = program.kernels.find((x) => x.expr.output === name);
      expect(kernel?.kind === 'pit' && kernel.swrite.untouchedUnread, `${name}: its untouched cells are never read`).toBe(true);
    }
    let pitRuns = 0;
    for (const d of k.dims) {
      const dims = new Map(Object.entries(d));
      for (const tiles of k.tiles) {
        for (const density of k.densities) {
          const inputs = makeInputs(graph, dims, { density, seed: 7, tiles: new Map(Object.entries(tiles)) });
          const ref = await runProgram(program, inputs, dims);
          const where = `${k.name} at ${JSON.stringify(d)}, tiles ${JSON.stringify(tiles)}, density ${density}`;
          let first: Map<string, HostTensor> | undefined;
          for (const threads of [1, 2]) {
            for (const fuse of [true, false]) {
              const run = await runWasm(program, inputs, dims, { threads, fuse, poison: true });
              const guarded = run.ops.some((o) => o.detail?.['guard'] !== undefined);
              for (const out of graph.outputs) {
                const got = run.values.get(out) as HostTensor;
                const want = ref.values.get(out) as HostTensor;
                const m = compareTensors(got, want, { rtol: 1e-5, atol: 1e-5 * Math.max(1e-30, ...Array.from(want.data).filter(Number.isFinite).map(Math.abs)), nanEqual: true });
                expect(m?.message, `${where}: ${out}, ${threads} thread(s), fuse ${fuse}`).toBeUndefined();
                if (!first) continue;
                expect(new Uint8Array(got.data.buffer), `${where}: ${out} differs between runs (threads ${threads}, fuse ${fuse})`).toEqual(new Uint8Array((first.get(out) as HostTensor).data.buffer));
              }
              first ??= new Map(graph.outputs.map((o) => [o, run.values.get(o) as HostTensor]));
              if (guarded) continue;
              const sparse = opDetail(run.ops, k.pit[0] as string)['mode'] === 'pit';
              if (!sparse) continue;
              pitRuns++;
              for (const name of k.pit) {
                const detail = opDetail(run.ops, name);
                expect(detail['mode'] === 'pit' || detail['fusedInto'] !== undefined, `${where}: ${name} ran ${JSON.stringify(detail)}`).toBe(true);
              }
              // fused at the first dims (at tiny extents a stage may pick other lanes, and another layout)
              for (const group of fuse && d === k.dims[0] ? (k.fused ?? []) : []) {
                expect(opDetail(run.ops, group[0] as string)['fused'], `${where}: fused group`).toEqual(group);
              }
              for (const name of k.unread ?? []) {
                const ran = opDetail(run.ops, name);
                const detail = typeof ran['fusedInto'] === 'string' ? opDetail(run.ops, ran['fusedInto']) : ran;
                expect(detail['untouchedUnwritten'], `${where}: ${name}`).toContain(name);
              }
            }
          }
        }
      }
    }
    expect(pitRuns, 'some runs used the PIT forms').toBeGreaterThan(0);
  });

  it('a failed guard reruns the program densely, with the reference values (NaN in fully masked rows)', async () => {
    const { program, graph } = planned(MASKED_SOFTMAX, undefined);
    const dims = new Map([
      ['T', 6],
      ['N', 37],
    ]);
    const inputs = makeInputs(graph, dims, { density: 0.3, seed: 3, tiles: new Map([['m', [1, 4]]]) });
    const m = inputs.get('m') as HostTensor;
    const mask = m.data.slice();
    mask.fill(0, 2 * 37, 3 * 37); // row 2 entirely masked: its max is -inf
    inputs.set('m', { ...m, data: mask });
    const ref = await runProgram(program, inputs, dims);
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads, poison: true });
      expect(run.ops.some((o) => typeof o.detail?.['guard'] === 'string'), 'the guard failed').toBe(true);
      for (const out of graph.outputs) {
        expect(wasmMismatch(run.values.get(out) as HostTensor, ref.values.get(out) as HostTensor, { nanEqual: true }), out).toBeUndefined();
      }
      expect(Array.from((run.values.get('y') as HostTensor).data.subarray(2 * 37, 3 * 37)).every(Number.isNaN)).toBe(true);
    }
  });

  it('above the density crossover, and with exact, the ops run densely and the untouched cells are written', async () => {
    const { program, graph } = planned(sampleText('attention.pit'), { mask: [32, 32] });
    const dims = new Map([
      ['H', 2],
      ['S', 45],
    ]);
    const inputs = makeInputs(graph, dims, { density: 0.2, seed: 5, tiles: new Map([['mask', [8, 8]]]) });
    const ref = await runProgram(program, inputs, dims);
    const dense = await runWasm(program, inputs, dims, { threads: 2, poison: true, denseCrossover: 0 });
    expect(opDetail(dense.ops, 'mx')['mode']).toBe('dense (density above the crossover)');
    const exact = await runWasm(program, inputs, dims, { threads: 2, poison: true, exact: true });
    expect(opDetail(exact.ops, 'ex')['path']).toBe('scalar');
    // exact runs `ex` densely: `s`, which it reads, must be written whole (the poison would show)
    for (const run of [dense, exact]) expect(wasmMismatch(run.values.get('o') as HostTensor, ref.values.get('o') as HostTensor)).toBeUndefined();
  });

  it('samples/softmax.pit runs as one dense group (max, exp, sum, divide per row)', async () => {
    const { program, graph } = planned(sampleText('softmax.pit'), undefined);
    const dims = new Map([
      ['T', 37],
      ['N', 203],
    ]);
    const inputs = makeInputs(graph, dims, { density: 0.1, seed: 9 });
    const ref = await runProgram(program, inputs, dims);
    const fused = await runWasm(program, inputs, dims, { threads: 2, poison: true });
    const unfused = await runWasm(program, inputs, dims, { threads: 2, poison: true, fuse: false });
    expect(opDetail(fused.ops, 'mx')['fused']).toEqual(['mx', 'ex', 'z', 'y']);
    expect(wasmMismatch(fused.values.get('y') as HostTensor, ref.values.get('y') as HostTensor)).toBeUndefined();
    expect((fused.values.get('y') as HostTensor).data).toEqual((unfused.values.get('y') as HostTensor).data);
  });
});
