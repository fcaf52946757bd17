import { describe, expect, it } from 'vitest';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { executorsDisposedAfterAll, MATMUL_BIAS_RELU, planned, testExecutor, wasmMismatch } from './wasm-harness.js';

/**
 * When a GEMM's A is its PIT index's source read tile by tile (C = Σ_k a[m, k]·B, a gathered
 * along k in R×1 micro-tiles, R a multiple of 4), the index build copies each strip's listed
 * tiles as the tasks' packed A (index-emit.ts payload) and the prepack skips them. Strips are
 * copied only while the tiles listed so far stay under the dense crossover, so a tensor whose first
 * strips are dense has tasks with and without a payload in one run. Against the reference at odd
 * shapes (a partial last strip), several micro-tiles (R = 6 gets no payload), all-zero, sparse and
 * dense inputs, strips that list the same columns (merged into one task), with and without an
 * epilogue, 1 and 2 threads; the runs must have used the payload
 * where it applies, so the test cannot pass without it.
 */
const PROGRAMS = {
  plain: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n',
  epilogue: MATMUL_BIAS_RELU,
};
const DIMS = new Map([['M', 70], ['K', 45], ['N', 21]]);

const keep = executorsDisposedAfterAll();

/** Rows [0, denseRows) of a dense, the rest zero but for every 9th column of every row. */
function firstRowsDense(inputs: Map<string, HostTensor>, denseRows: number): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const [M, K] = a.shape as [number, number];
  const data = Float32Array.from(a.data, (v, i) => (Math.floor(i / K) < denseRows ? v || 0.5 : i % K === 3 || i % K === 30 ? v || 0.25 : 0));
  void M;
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

/**
 * Per-neuron zeros: every strip lists columns 3, 17 and 30, but strip 2 also lists 40 and strip 4
 * lists nothing (with R = 32, M = 70: strips 0, 1 and the partial 2 only). Runs of strips listing
 * the same columns merge into one task (mergeRowRuns), whose packed A is their payloads in a row.
 */
function sameColumnsEveryStrip(inputs: Map<string, HostTensor>, rows: number): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const K = a.shape[1] as number;
  const data = Float32Array.from(a.data, (v, i) => {
    const [m, k] = [Math.floor(i / K), i % K];
    const strip = Math.floor(m / rows);
    const live = strip !== 4 && (k === 3 || k === 17 || k === 30 || (strip === 2 && k === 40));
    return live ? v || 0.75 : 0;
  });
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('the packed A an index build copies (payload)', () => {
  it.each(Object.entries(PROGRAMS))('%s: every micro-tile height, odd shapes, 1 and 2 threads, against the reference', async (name, text) => {
    const c = compilePit(text, 'payload.pit');
    let usedPayload = 0;
    let mixed = 0;
    let merged = 0;
    for (const rows of [4, 8, 32, 6]) {
      const lowered = planned(c, 'payload', new Map([['a', [rows, 1]]]));
      for (const density of [0, 0.05, 0.3, 'dense', 'first rows dense', 'same columns'] as (DensitySpec | 'first rows dense' | 'same columns')[]) {
        const base = makeInputs(c.graph, DIMS, { density: typeof density === 'string' && density !== 'dense' ? 1 : density, seed: 5, tiles: new Map([['a', [rows, 1]]]) });
        const inputs = density === 'first rows dense' ? firstRowsDense(base, rows) : density === 'same columns' ? sameColumnsEveryStrip(base, rows) : base;
        const want = denseValues(c.graph, inputs, DIMS).get('c') as HostTensor;
        for (const threads of [1, 2]) {
          const executor = keep(testExecutor(lowered, threads, { denseCrossover: 0.9 }));
          const run = await executor.run(inputs, DIMS);
          await executor.dispose();
          const m = wasmMismatch(run.values.get('c') as HostTensor, want);
          expect(m, `${name}, micro-tile ${rows}×1, density ${density}, ${threads} thread(s)`).toBeUndefined();
          const op = run.ops.find((o) => o.name === 'c');
          const fromIndex = Number(op?.detail?.['aFromIndex'] ?? 0);
          const tasks = Number(op?.detail?.['mergedTasks'] ?? op?.detail?.['tasks'] ?? 0);
          if (density === 'same columns') {
            expect(op?.detail?.['mode']).toBe('pit');
            // strips 0–1 merge, strip 2 stands alone; with R < 32 strip 3 too (strip 4 is empty:
            // the rows are not a run) and strips 5… merge
            expect(Number(op?.detail?.['mergedTasks']), `${rows}×1: strips listing the same columns merged`).toBe(rows === 32 ? 2 : 4);
            merged++;
          }
          if (rows === 6) expect(fromIndex, 'no payload for micro-tiles of 6 rows').toBe(0);
          if (fromIndex > 0) usedPayload++;
          if (fromIndex > 0 && fromIndex < tasks) mixed++;
          if (op?.detail?.['mode'] === 'pit' && rows % 4 === 0 && density !== 'first rows dense' && density !== 0) expect(fromIndex, `${name}, ${rows}×1, density ${density}: every task's A from the index`).toBe(tasks);
        }
      }
    }
    expect(usedPayload).toBeGreaterThan(0);
    // the dense first strip (above the crossover) is not copied, the sparse ones are
    expect(mixed).toBeGreaterThan(0);
    expect(merged).toBe(8);
  });
});
