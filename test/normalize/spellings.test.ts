import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { printGraph } from '../../ir/graph/print.js';
import { verifyGraph } from '../../ir/graph/verify.js';
import type { HostTensor } from '../../ir/tensor.js';
import { guardsOf } from '../../src/api/compile.js';
import { analyse, type Analysis } from '../../src/pipeline.js';
import { compareTensors, type CompareOptions } from '../helpers/compare.js';
import { makeInputs, runProgram } from '../helpers/pit-harness.js';
import { LONG } from '../helpers/pit-rule-check.js';
import { annotate, dynamicProgramArbitrary, dyadicInputs, exactify, printAnnotated, templateArbitrary } from '../helpers/pit-programs.js';
import { chooserFromGen, dimBindings, generateProgram } from '../helpers/random-program.js';
import { respell } from '../helpers/respell.js';
import { runWasm, wasmMismatch } from '../wasm/wasm-harness.js';
import { graphOf, kernelKinds } from './normalize-helpers.js';

/**
 * How a program is written never decides which kernels run. Every sample and random programs
 * (test/helpers/random-program.ts, the PIT templates, exactified programs with spelled
 * infinities) are re-spelled at random (test/helpers/respell.ts: factors moved into and out of
 * sums, divisions inside and outside, products and sums commuted, constants split) and then:
 *
 * - both spellings normalize to one graph, so the plan of every op (rule or dense, micro-tile,
 *   write mode) and the wasm kernel kind (GEMM with its scale, or generic) are the same;
 * - the re-spelled program, normalized, gives the reference's values on the program as written:
 *   dense, within float tolerance with NaN and ±inf exactly where the written program has them
 *   (bit for bit on exactified programs, whose arithmetic is exact); and run as planned (PIT
 *   forms on the reference executor), within tolerance, NaN never passing.
 */

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.pit')).sort();

/** Small dims per sample (fixed sizes such as 64 or 768 are in the text). */
const SAMPLE_DIMS: Record<string, Record<string, number>> = {
  'attention.pit': { H: 2, S: 37 },
  'attention-longformer.pit': { H: 2, S: 41 },
  'conv2d.pit': { N: 2, C: 5, K: 3, H: 9, W: 7 },
  'dynamic-seqlen.pit': { B: 2, S: 7, D: 12, F: 10 },
  'ffn-relu.pit': { T: 6, D: 20, F: 33 },
  'layernorm.pit': { T: 5 },
  'matmul.pit': { M: 13, K: 35, N: 9 },
  'moe.pit': { T: 9, E: 3, D: 10, F: 12 },
  'moe-gate.pit': { T: 9, E: 3, D: 10, F: 12 },
  'softmax.pit': { T: 6, N: 40 },
};

const tally = { spellings: 0, changes: 0, denseCompared: 0, plannedRuns: 0, nanSkipped: 0, wasmRuns: 0, gemmOps: 0 };

function planOf(a: Analysis): string[] {
  return a.plan.ops.map((p) => (p.rule ? `${p.op}: pit ${p.rule.operand} along ${p.rule.axis} [${p.rule.microTile.join('x')}] ${p.rule.write}` : `${p.op}: dense`));
}

/** Same normal form, same plan, same wasm kernel kinds; returns the re-spelled program's analysis. */
function sameKernels(written: Graph, respelled: Graph, where: string): Analysis {
  expect(verifyGraph(respelled), where).toEqual([]);
  const a = analyse(written);
  const b = analyse(respelled);
  expect(printGraph(b.graph), where).toBe(printGraph(a.graph));
  expect(planOf(b), where).toEqual(planOf(a));
  const kinds = kernelKinds(b.graph);
  expect(kinds, where).toEqual(kernelKinds(a.graph));
  tally.gemmOps += [...kinds.values()].filter((k) => k.startsWith('gemm')).length;
  return b;
}

function hasNonFinite(values: ReadonlyMap<string, HostTensor>, graph: Graph, test: (v: number) => boolean): boolean {
  return graph.ops.some((op) => Array.from((values.get(op.expr.output) as HostTensor).data).some(test));
}

/** Every tensor of `got` against the reference on the written program. */
function mismatch(got: ReadonlyMap<string, HostTensor>, want: ReadonlyMap<string, HostTensor>, written: Graph, tolerance: CompareOptions): string | undefined {
  for (const op of written.ops) {
    const name = op.expr.output;
    const m = compareTensors(got.get(name) as HostTensor, want.get(name) as HostTensor, tolerance);
    if (m) return `'${name}': ${m.message}`;
  }
  return undefined;
}

const TOLERANCE: CompareOptions = { rtol: 1e-5, atol: 1e-6 };

/** The values checks: dense normal form vs written, then the planned (PIT) run vs written. */
async function sameValues(written: Graph, b: Analysis, inputs: Map<string, HostTensor>, dims: Map<string, number>, where: string, exact = false): Promise<void> {
  const want = evaluateGraph(written, inputs, dims);
  const dense = evaluateGraph(b.graph, inputs, dims);
  // NaN and ±inf exactly where the written program has them (compareTensors: ±inf match only themselves)
  expect(mismatch(dense, want, written, exact ? { exact: true, nanEqual: true } : { ...TOLERANCE, nanEqual: true }), `${where}\n${printGraph(b.graph)}`).toBeUndefined();
  tally.denseCompared++;
  if (hasNonFinite(want, written, Number.isNaN)) {
    // a PIT form assumes finite values (rules/abstract-value.ts): no test of it here
    tally.nanSkipped++;
    return;
  }
  const planned = await runProgram({ name: 'respelled', graph: b.graph, kernels: b.kernels, guards: guardsOf(b) }, inputs, dims);
  expect(mismatch(planned.values, want, written, TOLERANCE), `${where} (planned run)`).toBeUndefined();
  tally.plannedRuns++;
}

function boundDims(graph: Graph, dims: Map<string, number>): Map<string, number> {
  for (const d of graph.dims) if (!dims.has(d.name)) dims.set(d.name, d.default ?? 4);
  return dims;
}

describe('samples: every re-spelling runs the same kernels with the same results', () => {
  it.each(SAMPLE_FILES)('%s', async (file) => {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const written = graphOf(text);
    const small = SAMPLE_DIMS[file];
    if (!small) throw new Error(`${file}: give the sample small dims in SAMPLE_DIMS (its defaults are too large for the reference interpreter)`);
    const dims = boundDims(written, new Map(Object.entries(small)));
    let changed = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const r = respell(written, seed * 7 + file.length, 0.6);
      changed += r.changes;
      tally.spellings++;
      const where = `${file}, spelling seed ${seed}`;
      const b = sameKernels(written, r.graph, where);
      await sameValues(written, b, makeInputs(written, dims, { density: 0.3, seed }), dims, where);
      if (seed === 1) {
        // the wasm target on the normalized re-spelling, against the reference on the written program
        const inputs = makeInputs(written, dims, { density: 0.3, seed: 11 });
        const want = evaluateGraph(written, inputs, dims);
        const run = await runWasm({ name: file, graph: b.graph, kernels: b.kernels, guards: guardsOf(b) }, inputs, dims, { threads: 1 });
        for (const name of written.outputs) expect(wasmMismatch(run.values.get(name) as HostTensor, want.get(name) as HostTensor), `${where} wasm '${name}'`).toBeUndefined();
        tally.wasmRuns++;
      }
    }
    tally.changes += changed;
    expect(changed, `${file}: the re-spellings changed something`).toBeGreaterThan(0);
  });

  it('attention with the division inside the sum (the issue\'s spelling) is the sample\'s GEMM', () => {
    const text = readFileSync(join(SAMPLES, 'attention.pit'), 'utf8');
    const inside = text.replace(/^o\[h, i, d\].*$/m, 'o[h, i, d] = sum[j] ex[h, i, j] * v[h, j, d] / z[h, i]');
    expect(inside).not.toBe(text);
    const b = sameKernels(graphOf(text), graphOf(inside), 'attention, division inside');
    expect(kernelKinds(b.graph).get('o')).toBe('gemm scale 1 + epilogue');
    expect(kernelKinds(b.graph).get('s')).toBe('gemm scale 0.125 + epilogue');
  });
});

const seedArb = fc.integer({ min: 1, max: 0x7fffffff });

/** Dims of a generated program, with every symbolic dim bound. */
function dimsOf(graph: Graph, dims: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(dims);
  for (const t of graph.tensors) for (const d of t.shape) if (evalDim(d, out) === undefined) boundDims(graph, out);
  return boundDims(graph, out);
}

describe('random programs: every re-spelling runs the same kernels with the same results', () => {
  it('random programs with @dynamic inputs and the PIT templates (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(dynamicProgramArbitrary(), templateArbitrary()), seedArb, async (p, seed) => {
        const written = graphOf(p.text);
        const dims = dimsOf(written, p.dims);
        const r = respell(written, seed);
        tally.spellings++;
        tally.changes += r.changes;
        const where = `spelling seed ${seed} of\n${p.text}`;
        const b = sameKernels(written, r.graph, where);
        await sameValues(written, b, makeInputs(written, dims, { density: 0.5, seed }), dims, where);
      }),
      { seed: 0x5be11, numRuns: LONG ? 3000 : 200 },
    );
  });

  it('exactified programs with spelled infinities: bit for bit, NaN and ±inf included (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.gen().map((g) => {
          const c = chooserFromGen(g);
          const desc = exactify(generateProgram(c, { maxStatements: 4, maxDepth: 3, maxNesting: 2, rawDomain: 0, boolMinMax: true }));
          return { desc, text: printAnnotated(annotate(desc, c)) };
        }),
        seedArb,
        async ({ desc, text }, seed) => {
          const written = graphOf(text);
          const r = respell(written, seed);
          tally.spellings++;
          tally.changes += r.changes;
          const where = `spelling seed ${seed} of\n${text}`;
          const b = sameKernels(written, r.graph, where);
          const dims = dimBindings(desc);
          const inputs = dyadicInputs(desc, seed);
          expect(mismatch(evaluateGraph(b.graph, inputs, dims), evaluateGraph(written, inputs, dims), written, { exact: true, nanEqual: true }), where).toBeUndefined();
          tally.denseCompared++;
        },
      ),
      { seed: 0xe4ac7, numRuns: LONG ? 3000 : 200 },
    );
  });
});

afterAll(() => {
  console.log(
    `spellings: ${tally.spellings} re-spelled programs (${tally.changes} rewrites), ${tally.denseCompared} dense comparisons, ${tally.plannedRuns} planned runs (${tally.nanSkipped} with a NaN in the reference: dense only), ${tally.wasmRuns} wasm runs, ${tally.gemmOps} GEMM ops seen`,
  );
});
