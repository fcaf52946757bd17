/**
 * Index build: buildIndex on a 4096×4096 f32 tensor (1024² with --quick) whose micro-tiles are
 * kept with probability `density` (applyDensity at the index's own micro-tile), over PIT's
 * micro-tile grid, with and without counting present values. One reused workspace per case
 * (steady state). A plain counting pass over the tensor is the read-once floor for comparison.
 */
import { listedTiles } from '../../ir/sparse-index.js';
import { applyDensity } from '../runtime/density.js';
import { IndexWorkspace, buildIndex } from '../runtime/index-builder.js';
import { countPresentInts } from '../runtime/index-presence.js';
import { randomTensor } from '../runtime/random.js';
import { timeRuns, type Timing } from './timing.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

/** (micro-tile, gather dim): 1×1, 32×1 (k-rule), 1×64 (m-rule), 32×64; square ones both ways. */
const CASES: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 1], 1],
  [[1, 1], 0],
  [[32, 1], 1],
  [[1, 64], 0],
  [[32, 64], 1],
  [[32, 64], 0],
];
const DENSITIES = [0.5, 0.1, 0.01];
const WARMUP = 2;

interface Case {
  readonly what: string;
  readonly n: number;
  readonly microTile: string;
  readonly gatherDim: number | null;
  readonly density: number | null;
  readonly listed: number;
  readonly tiles: number;
  readonly countPresent: boolean;
}

function record(c: Case, t: Timing): BenchRecord {
  const elements = c.n * c.n;
  return {
    what: c.what,
    size: `${c.n}x${c.n}`,
    microTile: c.microTile,
    gatherDim: c.gatherDim,
    density: c.density,
    listedFraction: Number((c.listed / c.tiles).toFixed(4)),
    listedTiles: c.listed,
    countPresent: c.countPresent,
    ms: Number(t.medianMs.toFixed(3)),
    minMs: Number(t.minMs.toFixed(3)),
    nsPerElement: Number(((t.medianMs * 1e6) / elements).toFixed(3)),
    bestNsPerElement: Number(((t.minMs * 1e6) / elements).toFixed(3)),
    runs: t.runs,
  };
}

function run(ctx: BenchContext): BenchRecord[] {
  const n = ctx.quick ? 1024 : 4096;
  const runs = ctx.quick ? 3 : 9;
  const dense = randomTensor('f32', [n, n], 1, 'index-build');
  const bits = new Int32Array((dense.data as Float32Array).buffer);
  const records: BenchRecord[] = [];
  const floor = timeRuns(() => void countPresentInts(bits, 0, 0x7fffffff), WARMUP, runs);
  const all = n * n;
  records.push(record({ what: 'read pass (count non-zeros)', n, microTile: '-', gatherDim: null, density: null, listed: all, tiles: all, countPresent: true }, floor));
  for (const [tile, gatherDim] of CASES) {
    const tiles = Math.ceil(n / tile[0]) * Math.ceil(n / tile[1]);
    for (const density of DENSITIES) {
      const t = applyDensity(dense, density, tile, 7, `density-${tile.join('x')}`);
      const ws = new IndexWorkspace();
      for (const countPresent of [false, true]) {
        const options = { countPresent };
        let listed = 0;
        const timing = timeRuns(() => void (listed = listedTiles(buildIndex(t, tile, gatherDim, 0, ws, options))), WARMUP, runs);
        const microTile = tile.join('x');
        records.push(record({ what: 'buildIndex', n, microTile, gatherDim, density, listed, tiles, countPresent }, timing));
        ctx.log(`index-build ${microTile} gather ${gatherDim} density ${density} count ${countPresent}: ${timing.medianMs.toFixed(2)} ms`);
      }
    }
  }
  return records;
}

export const indexBuildBenchmark: Benchmark = {
  name: 'index-build',
  title: 'Index build (buildIndex, f32, single thread)',
  columns: [
    { key: 'what', header: 'what' },
    { key: 'size', header: 'size' },
    { key: 'microTile', header: 'micro-tile' },
    { key: 'gatherDim', header: 'gather dim' },
    { key: 'density', header: 'density' },
    { key: 'listedFraction', header: 'listed / tiles', digits: 4 },
    { key: 'listedTiles', header: 'listed tiles' },
    { key: 'countPresent', header: 'count present' },
    { key: 'ms', header: 'median ms', digits: 2 },
    { key: 'nsPerElement', header: 'ns / element', digits: 3 },
    { key: 'bestNsPerElement', header: 'best ns / element', digits: 3 },
  ],
  run,
};
