import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDensity, measureDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { compileOrThrow, timeOp } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

const SAMPLE = join(import.meta.dirname, '../../../samples/matmul.pit');
const DENSITIES = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

/**
 * Where PIT stops paying: the PIT kernel (its dense fallback off) against the dense kernel on
 * the same data, for densities near 1. The wasm target's DEFAULT_DENSE_CROSSOVER comes from
 * here: the lowest density at which PIT is no faster than dense, for any granularity.
 */
export const crossoverBenchmark: Benchmark = {
  name: 'crossover',
  title: 'Dense fallback crossover: PIT / dense time near full density (matmul, wasm, 1 thread)',
  columns: [
    { key: 'granularity', header: 'granularity' },
    { key: 'density', header: 'density', digits: 3 },
    { key: 'denseMs', header: 'dense ms', digits: 1 },
    { key: 'pitMs', header: 'PIT ms', digits: 1 },
    { key: 'ratio', header: 'PIT / dense', digits: 3 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const n = ctx.quick ? 512 : 2048;
    const [warmup, runs] = ctx.quick ? [1, 3] : [1, 5];
    const text = readFileSync(SAMPLE, 'utf8');
    const dims = { M: n, K: n, N: n };
    const a0 = randomTensor('f32', [n, n], 1, 'a');
    const b = randomTensor('f32', [n, n], 2, 'b');
    const dense = await compileOrThrow(text, { file: 'matmul.pit', target: 'wasm', dense: true, threads: 1 });
    const records: BenchRecord[] = [];
    for (const tile of [
      [32, 1],
      [1, 64],
    ]) {
      const pit = await compileOrThrow(text, { file: 'matmul.pit', target: 'wasm', threads: 1, microTiles: { a: tile }, denseCrossover: 1 });
      for (const target of DENSITIES) {
        const a = applyDensity(a0, target, tile, 3, `a:${target}`);
        // dense timed beside each PIT point, so drift on a shared machine hits both alike
        const d = await timeOp(dense, 'c', { a, b }, dims, warmup, runs);
        const p = await timeOp(pit, 'c', { a, b }, dims, warmup, runs);
        const density = measureDensity(a, tile);
        records.push({ granularity: tile.join('x'), density, denseMs: d.kernelMs, pitMs: p.kernelMs, ratio: p.kernelMs / d.kernelMs });
        ctx.log(`crossover ${tile.join('x')} @ ${density.toFixed(3)}: PIT/dense ${(p.kernelMs / d.kernelMs).toFixed(3)}`);
      }
      await pit.dispose();
    }
    await dense.dispose();
    return records;
  },
};
