import { describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { sharedChunks } from '../../codegen/wasm/gemm-run.js';
import type { GemmTask } from '../../codegen/wasm/tasks.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import { planned, runWasm, wasmMismatch } from './wasm-harness.js';

const seq = (n: number, from = 0): Int32Array => Int32Array.from({ length: n }, (_, i) => from + i);
const task = (loop: number, rows: number, ks: number, n: number, row0 = 0): GemmTask => ({
  loop,
  rows: seq(rows, row0),
  ks: seq(ks),
  cols: seq(n),
});

describe('the chunks threads claim from the shared driver (sharedChunks)', () => {
  it('one chunk per loop value when there are enough and none dominates (attention p·v: 12 heads × 32 strips, 64 columns)', () => {
    const tasks = Array.from({ length: 12 * 32 }, (_, i) =>
      task(Math.floor(i / 32), 32, 133, 64, 32 * (i % 32)),
    );
    const { list, split } = sharedChunks(tasks, 2, 64, 128);
    expect(split).toBe('groups');
    expect(list).toEqual(
      Array.from({ length: 12 }, (_, h) => ({
        start: 32 * h,
        count: 32,
        colLo: 0,
        colHi: 64,
        packA: true,
      })),
    );
  });

  it('column chunks for one loop value: at least four per thread, multiples of 8, at most a B block wide', () => {
    // the 2048³ matmul: 64 strips, one loop value, B blocks of 64 columns
    const tasks = Array.from({ length: 64 }, (_, i) => task(0, 32, 205, 2048, 32 * i));
    const { list, split } = sharedChunks(tasks, 2, 2048, 64);
    expect(split).toBe('columns');
    expect(list).toHaveLength(32);
    expect(
      list.every(
        (c, i) =>
          c.start === 0 &&
          c.count === 64 &&
          c.colLo === 64 * i &&
          c.colHi === 64 * i + 64 &&
          !c.packA,
      ),
    ).toBe(true);
    // FFN fc2 (768 columns, B blocks of 512): 8 chunks of 96
    expect(sharedChunks(tasks, 2, 768, 512).list.map((c) => [c.colLo, c.colHi])).toEqual(
      Array.from({ length: 8 }, (_, i) => [96 * i, 96 * i + 96]),
    );
    // few columns: chunks of 8, the last one partial
    expect(sharedChunks(tasks, 2, 21, 512).list.map((c) => [c.colLo, c.colHi])).toEqual([
      [0, 8],
      [8, 16],
      [16, 21],
    ]);
  });

  it('column chunks when loop values are too few, or one holds much of the work; none without tasks', () => {
    const few = Array.from({ length: 5 }, (_, i) => task(i, 8, 10, 16));
    expect(sharedChunks(few, 2, 16, 512).split).toBe('columns');
    const skewed = [
      task(0, 32, 1000, 16),
      ...Array.from({ length: 8 }, (_, i) => task(i + 1, 4, 10, 16)),
    ];
    expect(sharedChunks(skewed, 2, 16, 512).split).toBe('columns');
    expect(sharedChunks([], 2, 16, 512).list).toEqual([]);
  });

  it('one thread: one chunk of everything, A packed by the driver', () => {
    const tasks = Array.from({ length: 3 }, (_, i) => task(i, 4, 3, 64, 4 * i));
    expect(sharedChunks(tasks, 1, 64, 512)).toEqual({
      list: [{ start: 0, count: 3, colLo: 0, colHi: 64, packA: true }],
      split: 'groups',
    });
  });
});

/**
 * A batched PIT GEMM (a gathered along k, strips of rows, a loop axis b) on 1 and 2 threads,
 * against the reference and bit for bit between thread counts, with both kinds of chunks: several
 * loop values (a chunk each; strips with nothing listed, one dense strip), and few loop values or
 * one (column chunks, the last one partial). Threads claim chunks as they go, so which thread
 * computes what changes from run to run; the bits must not.
 */
const PROGRAM =
  'dim B, M, K, N\ninput a : f32[B, M, K] @dynamic\ninput w : f32[B, K, N]\nc[b, m, n] = sum[k] a[b, m, k] * w[b, k, n]\noutput c\n';
const TILE = [1, 6, 1];

function lowered(): LoweredProgram {
  return planned(compilePit(PROGRAM, 'split.pit'), 'split', new Map([['a', TILE]]));
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
    for (const [b, n] of [
      [3, 5],
      [7, 21],
      [1, 70],
    ] as const) {
      const dims = new Map([
        ['B', b],
        ['M', 41],
        ['K', 37],
        ['N', n],
      ]);
      for (const keep of [0.3, 0.8]) {
        const inputs = shaped(makeInputs(c.graph, dims, { density: 'dense', seed: 3 }), keep);
        const want = denseValues(c.graph, inputs, dims).get('c') as HostTensor;
        const got: HostTensor[] = [];
        for (const threads of [1, 2]) {
          const run = await runWasm(program, inputs, dims, { threads });
          const where = `B=${b}, N=${n}, keep ${keep}, ${threads} thread(s)`;
          const out = run.values.get('c') as HostTensor;
          expect(wasmMismatch(out, want), where).toBeUndefined();
          got.push(out);
          const op = run.ops.find((o) => o.name === 'c');
          expect(op?.detail?.['mode'], where).toBe('pit');
          expect(String(op?.detail?.['gemm']), where).toMatch(/^shared/);
          if (threads === 2)
            splits.add(`${String(op?.detail?.['split'])} ${String(op?.detail?.['threads'])}`);
        }
        // each cell is one task's, summed in one order, whichever thread owns it
        expect(
          Array.from(got[1]?.data ?? []),
          `B=${b}, N=${n}, keep ${keep}: 2 threads bit for bit as 1`,
        ).toEqual(Array.from(got[0]?.data ?? []));
      }
    }
    // (B = 3, N = 5 is one column chunk: one thread runs it)
    expect([...splits].sort()).toEqual(['columns 2', 'groups 2', 'undefined 1']);
  });
});
