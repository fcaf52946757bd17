import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDensity, measureDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { compileOrThrow, timeOp, type OpTiming } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';
import { matmulGridPlots } from './plots.js';

export const MATMUL_SAMPLE = join(import.meta.dirname, '../../../samples/matmul.pit');

/** The PIT paper's micro-benchmark grid (DESIGN §7), scaled to CPU: C = A·B, A sparse. */
export const GRANULARITIES: readonly (readonly [number, number])[] = [
  [32, 1],
  [1, 64],
  [32, 64],
  [1, 1],
];
export const SPARSITIES = [0.5, 0.9, 0.95, 0.99];

/** For data sparse at 1×1 the planner's micro-tile is a choice; the benchmark tries these and keeps the fastest. */
const ELEMENT_TILES: readonly (readonly [number, number])[] = [
  [4, 1],
  [8, 1],
  [32, 1],
  [1, 64],
];

export const matmulGridBenchmark: Benchmark = {
  name: 'matmul-grid',
  title: 'Sparse matmul grid (PIT paper fig. 15 scaled to CPU): wasm dense vs PIT vs block-sparse 32×64',
  columns: [
    { key: 'threads', header: 'threads' },
    { key: 'granularity', header: 'granularity' },
    { key: 'sparsity', header: 'sparsity' },
    { key: 'density', header: 'density', digits: 4 },
    { key: 'denseMs', header: 'dense ms', digits: 1 },
    { key: 'pitMs', header: 'PIT ms', digits: 1 },
    { key: 'pitSpread', header: 'PIT min–max ms' },
    { key: 'microTile', header: 'PIT micro-tile' },
    { key: 'efficiency', header: 'efficiency', digits: 2 },
    { key: 'blockMs', header: 'block-sparse ms', digits: 1 },
    { key: 'vsBlock', header: 'PIT vs block', digits: 1 },
    { key: 'indexMs', header: 'index ms', digits: 2 },
    { key: 'indexShare', header: 'index / kernel', digits: 3 },
    { key: 'gflops', header: 'GFLOP/s (useful)', digits: 1 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const n = ctx.quick ? 512 : 2048;
    const [warmup, runs] = ctx.quick ? [1, 3] : [1, 5];
    const text = readFileSync(MATMUL_SAMPLE, 'utf8');
    const dims = { M: n, K: n, N: n };
    const a0 = randomTensor('f32', [n, n], 1, 'a');
    const b = randomTensor('f32', [n, n], 2, 'b');
    const flops = 2 * n ** 3;
    const records: BenchRecord[] = [];
    for (const threads of [1, 2]) {
      const dense = await compileOrThrow(text, { file: 'matmul.pit', target: 'wasm', dense: true, threads });
      const d = await timeOp(dense, 'c', { a: a0, b }, dims, warmup, runs);
      ctx.log(`matmul ${n}³ dense, ${threads} thread(s): ${d.kernelMs.toFixed(1)} ms, ${(flops / d.kernelMs / 1e6).toFixed(1)} GFLOP/s`);
      records.push({ threads, granularity: 'dense', sparsity: 0, density: 1, denseMs: d.kernelMs, pitMs: null, pitSpread: spread(d), microTile: '', efficiency: null, blockMs: null, vsBlock: null, indexMs: null, indexShare: null, gflops: flops / d.kernelMs / 1e6 });
      await dense.dispose();
      const block = await compileOrThrow(text, { file: 'matmul.pit', target: 'wasm', threads, microTiles: { a: [32, 64] }, denseCrossover: 1 });
      for (const g of GRANULARITIES) {
        const tiles = g[0] === 1 && g[1] === 1 ? ELEMENT_TILES : [g];
        for (const sparsity of SPARSITIES) {
          const a = applyDensity(a0, 1 - sparsity, g, 7, `a:${g.join('x')}:${sparsity}`);
          const density = measureDensity(a, g);
          let best: { t: OpTiming; tile: readonly number[] } | undefined;
          for (const tile of tiles) {
            // the crossover is off: the grid measures the PIT kernel itself
            const pit = await compileOrThrow(text, { file: 'matmul.pit', target: 'wasm', threads, microTiles: { a: [...tile] }, denseCrossover: 1 });
            const t = await timeOp(pit, 'c', { a, b }, dims, warmup, runs);
            await pit.dispose();
            if (!best || t.kernelMs < best.t.kernelMs) best = { t, tile };
          }
          const p = (best as { t: OpTiming; tile: readonly number[] }).t;
          const bl = await timeOp(block, 'c', { a, b }, dims, warmup, runs);
          const efficiency = (d.kernelMs * density) / p.kernelMs;
          records.push({
            threads,
            granularity: g.join('x'),
            sparsity,
            density,
            denseMs: d.kernelMs,
            pitMs: p.kernelMs,
            pitSpread: spread(p),
            microTile: (best as { tile: readonly number[] }).tile.join('x'),
            efficiency,
            blockMs: bl.kernelMs,
            vsBlock: bl.kernelMs / p.kernelMs,
            indexMs: p.indexMs,
            indexShare: p.indexMs / p.kernelMs,
            gflops: (flops * density) / p.kernelMs / 1e6,
          });
          ctx.log(`  ${g.join('x')} @ ${sparsity}: PIT ${p.kernelMs.toFixed(1)} ms (eff ${efficiency.toFixed(2)}), block ${bl.kernelMs.toFixed(1)} ms, index ${p.indexMs.toFixed(2)} ms`);
        }
      }
      await block.dispose();
    }
    return records;
  },
  plots: matmulGridPlots,
};

function spread(t: OpTiming): string {
  return `${t.kernelMinMs.toFixed(1)}–${t.kernelMaxMs.toFixed(1)}`;
}
