/**
 * The benchmarks' pictures, from their JSON records (pictures/charts.ts): `npm run bench` writes
 * them beside each benchmark's JSON. The matmul grid: efficiency against sparsity per micro-tile
 * shape, and PIT against block sparsity; the layers: time per layer of pitc, pitc dense,
 * onnxruntime and NumPy, and each baseline's time over pitc's.
 */
import { barChart, lineChart } from '../pictures/charts.js';
import { ms, type Picture } from '../pictures/svg.js';
import type { BenchRecord } from './types.js';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function byKey<T>(records: readonly BenchRecord[], key: (r: BenchRecord) => string | undefined, value: (r: BenchRecord) => T | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    const v = value(r);
    if (k === undefined || v === undefined) continue;
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

/** matmul-grid: efficiency (dense time × density / PIT time) and PIT against 32×64 block sparsity. */
export function matmulGridPlots(records: readonly BenchRecord[], label: string): Picture[] {
  const sparse = records.filter((r) => r['granularity'] !== 'dense');
  const series = (value: (r: BenchRecord) => number | undefined) =>
    [...byKey(sparse, (r) => `${String(r['granularity'])} data, ${String(r['threads'])} thread${r['threads'] === 1 ? '' : 's'}`, (r) => {
      const x = num(r['sparsity']);
      const y = value(r);
      return x === undefined || y === undefined ? undefined : { x, y };
    })].map(([name, points]) => ({ name, points }));
  return [
    lineChart({
      name: 'efficiency.svg',
      title: 'PIT efficiency against sparsity, per micro-tile shape of the zeros',
      subtitle: `${label}; efficiency = dense time × density / PIT time (1: PIT does exactly the work left)`,
      xLabel: 'sparsity (fraction of A zero)',
      yLabel: 'efficiency',
      series: series((r) => num(r['efficiency'])),
      yMin: 0,
      reference: { y: 1, label: 'ideal' },
    }),
    lineChart({
      name: 'vs-block-sparse.svg',
      title: 'PIT against block sparsity (32×64 blocks), same data',
      subtitle: `${label}; block-sparse time / PIT time (above 1: PIT is faster)`,
      xLabel: 'sparsity (fraction of A zero)',
      yLabel: 'block-sparse / PIT',
      series: series((r) => num(r['vsBlock'])),
      yMin: 0,
      reference: { y: 1, label: 'as fast' },
    }),
  ];
}

const BASELINES = [
  { key: 'denseMs', ratio: 'denseVsPitc', name: 'pitc dense' },
  { key: 'ortMs', ratio: 'ortVsPitc', name: 'onnxruntime' },
  { key: 'numpyMs', ratio: 'numpyVsPitc', name: 'NumPy' },
] as const;

/** layers: ms per layer row (pitc and each baseline), and each baseline's time over pitc's. */
export function layersPlots(records: readonly BenchRecord[], label: string): Picture[] {
  const rows = records.filter((r) => num(r['pitcMs']) !== undefined);
  if (rows.length === 0) return [];
  const rowLabel = (r: BenchRecord): string => `${String(r['layer'])}: ${String(r['config'])}`.slice(0, 60);
  return [
    barChart({
      name: 'layer-times.svg',
      title: 'Whole layers: time per call',
      subtitle: `${label}; medians, run() wall time`,
      unit: 'ms',
      format: ms,
      groups: rows.map((r) => ({
        label: rowLabel(r),
        bars: [
          { series: 'pitc', value: num(r['pitcMs']) as number },
          ...BASELINES.flatMap((b) => (num(r[b.key]) !== undefined ? [{ series: b.name, value: num(r[b.key]) as number }] : [])),
        ],
      })),
    }),
    barChart({
      name: 'vs-baselines.svg',
      title: 'Each baseline\u2019s time over pitc\u2019s (above 1: pitc is faster)',
      subtitle: label,
      unit: '×',
      format: (v) => `${v.toFixed(2)}×`,
      reference: { value: 1, label: 'as fast as pitc' },
      groups: rows.map((r) => ({
        label: rowLabel(r),
        bars: BASELINES.flatMap((b) => (num(r[b.ratio]) !== undefined ? [{ series: b.name, value: num(r[b.ratio]) as number }] : [])),
      })).filter((g) => g.bars.length > 0),
    }),
  ];
}
