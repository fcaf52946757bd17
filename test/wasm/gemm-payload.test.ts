import { afterAll, describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { createWasmExecutor, type WasmExecutor } from '../../codegen/wasm/executor.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { wasmMismatch } from './wasm-harness.js';

/**
 * When a GEMM's A is its PIT index's source read tile by tile (C = Σ_k a[m, k]·B, a gathered
 * along k in R×1 micro-tiles, R a multiple of 4), the index build copies each strip's listed
 * tiles as the tasks' packed A (index-emit.ts payload) and the prepack skips them. Strips are
 * copied only while the tiles listed so far stay under the dense crossover, so a tensor whose first
 * strips are dense has tasks with and without a payload in one run. Against the reference at odd
 * shapes (a partial last strip), several micro-tiles (R = 6 gets no payload), all-zero, sparse and
 * dense inputs, with and without an epilogue, 1 and 2 threads; the runs must have used the payload
 * where it applies, so the test cannot pass without it.
 */
const PROGRAMS = {
  plain: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n',
  epilogue: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\ninput bias : f32[N]\nc[m, n] = relu(bias[n] + sum[k] a[m, k] * b[k, n])\noutput c\n',
};
const DIMS = new Map([['M', 70], ['K', 45], ['N', 21]]);

const executors: WasmExecutor[] = [];
afterAll(async () => {
  await Promise.all(executors.map((e) => e.dispose()));
});

function program(text: string, tile: readonly number[]): LoweredProgram {
  const c = compilePit(text, 'payload.pit');
  const analysis = analyse(c.graph, { hints: new Map([['a', tile]]) });
  return { name: programName('payload'), graph: c.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

/** Rows [0, denseRows) of a dense, the rest zero but for every 9th column of every row. */
function firstRowsDense(inputs: Map<string, HostTensor>, denseRows: number): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const [M, K] = a.shape as [number, number];
  const data = Float32Array.from(a.data, (v, i) => (Math.floor(i / K) < denseRows ? v || 0.5 : i % K === 3 || i % K === 30 ? v || 0.25 : 0));
  void M;
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('the packed A an index build copies (payload)', () => {
  it.each(Object.entries(PROGRAMS))('%s: every micro-tile height, odd shapes, 1 and 2 threads, against the reference', async (name, text) => {
    const c = compilePit(text, 'payload.pit');
    let usedPayload = 0;
    let mixed = 0;
    for (const rows of [4, 8, 32, 6]) {
      const lowered = program(text, [rows, 1]);
      for (const density of [0, 0.05, 0.3, 'dense', 'first rows dense'] as (DensitySpec | 'first rows dense')[]) {
        const base = makeInputs(c.graph, DIMS, { density: density === 'first rows dense' ? 1 : density, seed: 5, tiles: new Map([['a', [rows, 1]]]) });
        const inputs = density === 'first rows dense' ? firstRowsDense(base, rows) : base;
        const want = denseValues(c.graph, inputs, DIMS).get('c') as HostTensor;
        for (const threads of [1, 2]) {
          const executor = createWasmExecutor(lowered, createIndexService(), { features: detectFeatures(), threads, denseCrossover: 0.9, createPool: createNodePool, gemm: { minParallelWork: 0, minParallelPack: 0 } });
          executors.push(executor);
          const run = await executor.run(inputs, DIMS);
          await executor.dispose();
          const m = wasmMismatch(run.values.get('c') as HostTensor, want);
          expect(m, `${name}, micro-tile ${rows}×1, density ${density}, ${threads} thread(s)`).toBeUndefined();
          const op = run.ops.find((o) => o.name === 'c');
          const fromIndex = Number(op?.detail?.['aFromIndex'] ?? 0);
          const tasks = Number(op?.detail?.['tasks'] ?? 0);
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
  });
});
