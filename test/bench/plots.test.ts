import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlots } from '../../src/bench/main.js';
import { matmulGridBenchmark } from '../../src/bench/matmul-grid.js';
import { layersBenchmark } from '../../src/bench/layers/layers-benchmark.js';
import type { BenchRecord } from '../../src/bench/types.js';
import { parseSvg, withAttribute } from '../helpers/svg.js';

/** `npm run bench` writes SVG plots beside its JSON: from records shaped as the benchmarks write them. */
const grid: BenchRecord[] = [
  { threads: 1, granularity: 'dense', sparsity: 0, density: 1, denseMs: 100, efficiency: null, vsBlock: null },
  ...[0.5, 0.9, 0.95].flatMap((sparsity) =>
    ['32x1', '1x64'].map((g, i) => ({ threads: 1, granularity: g, sparsity, density: 1 - sparsity, denseMs: 100, pitMs: (100 * (1 - sparsity)) / (0.9 - i * 0.1), efficiency: 0.9 - i * 0.1, vsBlock: 3 + sparsity, microTile: g })),
  ),
];
const layers: BenchRecord[] = [
  { layer: 'matmul', config: '2048³, 90% zeros', pitcMs: 40, denseMs: 120, ortMs: 116, numpyMs: 96, ortVsPitc: 2.9, denseVsPitc: 3, numpyVsPitc: 2.4 },
  { layer: 'attention', config: 'H=12, S=512', pitcMs: 80, denseMs: 60, ortMs: 20, numpyMs: null, ortVsPitc: 0.25, denseVsPitc: 0.75, numpyVsPitc: null },
  { layer: 'skipped', config: 'onnxruntime-node is missing' },
];

describe('benchmark plots', () => {
  it('matmul grid: efficiency and PIT against block sparsity per micro-tile shape, every point carried', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitc-plots-'));
    const files = writePlots(matmulGridBenchmark, grid, dir, 'test machine');
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['matmul-grid-efficiency.svg', 'matmul-grid-vs-block-sparse.svg']);
    const efficiency = parseSvg(readFileSync(files[0] as string, 'utf8'));
    const series = withAttribute(efficiency, 'data-series').map((s) => s.getAttribute('data-series'));
    expect(series).toEqual(['32x1 data, 1 thread', '1x64 data, 1 thread']);
    const points = withAttribute(efficiency, 'data-x').map((p) => [Number(p.getAttribute('data-x')), Number(p.getAttribute('data-y'))]);
    expect(points).toEqual(grid.filter((r) => r['granularity'] !== 'dense').sort((a, b) => String(a['granularity']).localeCompare(String(b['granularity'])) * -1 || Number(a['sparsity']) - Number(b['sparsity'])).map((r) => [r['sparsity'], r['efficiency']]));
    parseSvg(readFileSync(files[1] as string, 'utf8'));
  });

  it('layers: time per layer for pitc and each baseline, and the baselines over pitc (a row without a time is left out)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitc-plots-'));
    const files = writePlots(layersBenchmark, layers, dir, 'test machine');
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['layers-layer-times.svg', 'layers-vs-baselines.svg']);
    const times = parseSvg(readFileSync(files[0] as string, 'utf8'));
    const bars = withAttribute(times, 'data-value').map((b) => [b.getAttribute('data-series'), Number(b.getAttribute('data-value'))]);
    expect(bars).toEqual([
      ['pitc', 40],
      ['pitc dense', 120],
      ['onnxruntime', 116],
      ['NumPy', 96],
      ['pitc', 80],
      ['pitc dense', 60],
      ['onnxruntime', 20],
    ]);
    const ratios = parseSvg(readFileSync(files[1] as string, 'utf8'));
    expect(withAttribute(ratios, 'data-value').map((b) => Number(b.getAttribute('data-value')))).toEqual([3, 2.9, 2.4, 0.75, 0.25]);
    expect(writePlots(layersBenchmark, [layers[2] as BenchRecord], dir, 'x')).toEqual([]);
  });
});
