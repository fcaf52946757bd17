import { afterAll, describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { createWasmExecutor, type WasmExecutor } from '../../codegen/wasm/executor.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { taskRanges } from '../../codegen/wasm/gemm-run.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import type { GemmTask } from '../../codegen/wasm/tasks.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import { wasmMismatch } from './wasm-harness.js';

const seq = (n: number, from = 0): Int32Array => Int32Array.from({ length: n }, (_, i) => from + i);
const task = (loop: number, rows: number, ks: number, n: number, row0 = 0): GemmTask => ({ loop, rows: seq(rows, row0), ks: seq(ks), cols: seq(n) });

describe('how the shared driver splits its tasks across threads (taskRanges)', () => {
  it('takes task ranges when column ranges would make every thread stream all of A (many loop values, one column block)', () => {
    // attention's p·v: 12 heads × 32 strips, 64 columns
    const tasks = Array.from({ length: 12 * 32 }, (_, i) => task(Math.floor(i / 32), 32, 133, 64, 32 * (i % 32)));
    const ranges = taskRanges(tasks, 2, 64, 128, 1024);
    expect(ranges).toEqual([
      { start: 0, count: 192 },
      { start: 192, count: 192 },
    ]);
  });

  it('keeps column ranges when task ranges would pack B twice for nothing (one loop value, many column blocks)', () => {
    // the 2048³ matmul: 64 strips, one loop value, 32 column blocks of 64
    const tasks = Array.from({ length: 64 }, (_, i) => task(0, 32, 205, 2048, 32 * i));
    expect(taskRanges(tasks, 2, 2048, 64, 2048)).toBeUndefined();
  });

  it('keeps column ranges with fewer tasks than threads, or ranges of very unequal work', () => {
    expect(taskRanges([task(0, 32, 100, 16)], 2, 16, 512, 100)).toBeUndefined();
    expect(taskRanges([], 2, 16, 512, 100)).toBeUndefined();
    // one task holds most of the work: no cut gives two equal halves
    const uneven = [task(0, 32, 1000, 16), task(1, 4, 10, 16), task(2, 4, 10, 16)];
    expect(taskRanges(uneven, 2, 16, 512, 1000)).toBeUndefined();
  });

  it('reads the cost of packing a shared loop value twice: none when B is read in place', () => {
    // one loop value, one column block: task ranges read A once but pack B twice
    const tasks = Array.from({ length: 8 }, (_, i) => task(0, 4, 3, 64, 4 * i));
    expect(taskRanges(tasks, 2, 64, 512, 64)).toBeUndefined();
    expect(taskRanges(tasks, 2, 64, 512, 0)).toBeDefined();
  });
});

/**
 * A batched PIT GEMM (a gathered along k, strips of rows, a loop axis b) on 1 and 2 threads,
 * against the reference and bit for bit between thread counts, with the splits both ways: few
 * columns and several loop values (task ranges: a loop value cut between the threads, whose B both
 * pack; strips with nothing listed; one dense strip holding most of the work), and one loop value
 * with more columns (column ranges).
 */
const PROGRAM = 'dim B, M, K, N\ninput a : f32[B, M, K] @dynamic\ninput w : f32[B, K, N]\nc[b, m, n] = sum[k] a[b, m, k] * w[b, k, n]\noutput c\n';
const TILE = [1, 6, 1];

const executors: WasmExecutor[] = [];
afterAll(async () => {
  await Promise.all(executors.map((e) => e.dispose()));
});

function lowered(): LoweredProgram {
  const c = compilePit(PROGRAM, 'split.pit');
  const analysis = analyse(c.graph, { hints: new Map([['a', TILE]]) });
  return { name: programName('split'), graph: c.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

/** a with whole strips zero (every third), strip 1 of batch 0 dense, the rest at `keep` of its k. */
function shaped(inputs: Map<string, HostTensor>, keep: number): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const [, M, K] = a.shape as [number, number, number];
  const data = Float32Array.from(a.data, (v, i) => {
    const k = i % K;
    const m = Math.floor(i / K) % M;
    const b = Math.floor(i / (K * M));
    const strip = Math.floor(m / (TILE[1] as number));
    if (b === 0 && strip === 1) return v || 0.5;
    if ((strip + b) % 3 === 0) return 0;
    return (k * 7 + strip * 3 + b) % 10 < keep * 10 ? v || 0.25 : 0;
  });
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('the shared driver on 1 and 2 threads, split by tasks or by columns', () => {
  it('agrees with the reference and across thread counts, both splits', async () => {
    const c = compilePit(PROGRAM, 'split.pit');
    const program = lowered();
    const splits = new Set<string>();
    for (const [b, n] of [[3, 5], [5, 21], [1, 70]] as const) {
      const dims = new Map([['B', b], ['M', 41], ['K', 37], ['N', n]]);
      for (const keep of [0.3, 0.8]) {
        const inputs = shaped(makeInputs(c.graph, dims, { density: 'dense', seed: 3 }), keep);
        const want = denseValues(c.graph, inputs, dims).get('c') as HostTensor;
        const got: HostTensor[] = [];
        for (const threads of [1, 2]) {
          const executor = createWasmExecutor(program, createIndexService(), { features: detectFeatures(), threads, denseCrossover: 2, createPool: createNodePool, gemm: { minParallelWork: 0, minParallelPack: 0 } });
          executors.push(executor);
          const run = await executor.run(inputs, dims);
          await executor.dispose();
          const where = `B=${b}, N=${n}, keep ${keep}, ${threads} thread(s)`;
          const out = run.values.get('c') as HostTensor;
          expect(wasmMismatch(out, want), where).toBeUndefined();
          got.push(out);
          const op = run.ops.find((o) => o.name === 'c');
          expect(op?.detail?.['mode'], where).toBe('pit');
          expect(String(op?.detail?.['gemm']), where).toMatch(/^shared/);
          if (threads === 2) splits.add(`${String(op?.detail?.['split'])} ${String(op?.detail?.['threads'])}`);
        }
        // each cell is one task's, summed in one order, whichever thread owns it
        expect(Array.from(got[1]?.data ?? []), `B=${b}, N=${n}, keep ${keep}: 2 threads bit for bit as 1`).toEqual(Array.from(got[0]?.data ?? []));
      }
    }
    expect([...splits].sort()).toEqual(['columns 2', 'tasks 2']);
  });
});
