import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { Contraction } from './contraction.js';

/** One GEMM task: fixed loop index; flattened row (M), k (K) and column (N) index lists. */
export interface GemmTask {
  readonly loop: number;
  readonly rows: Int32Array;
  readonly ks: Int32Array;
  readonly cols: Int32Array;
}

/** Values an axis takes inside one task: all of them, a range, or a list (ascending). */
type AxisValues = { readonly lo: number; readonly hi: number } | readonly number[];

const range = (lo: number, hi: number): AxisValues => ({ lo, hi });

function valuesOf(v: AxisValues): number[] {
  if (Array.isArray(v)) return v as number[];
  const r = v as { lo: number; hi: number };
  return Array.from({ length: Math.max(0, r.hi - r.lo) }, (_, i) => r.lo + i);
}

/** Row-major flattened indices of the Cartesian product of per-axis values. */
function flatten(axes: readonly string[], extents: ReadonlyMap<string, number>, values: ReadonlyMap<string, AxisValues>): Int32Array {
  let acc: number[] = [0];
  for (const axis of axes) {
    const n = extents.get(axis) ?? 1;
    const vs = valuesOf(values.get(axis) ?? range(0, n));
    const next: number[] = [];
    for (const base of acc) for (const v of vs) next.push(base * n + v);
    acc = next;
  }
  return Int32Array.from(acc);
}

/** Work of a task, for balancing threads. */
export function taskWork(t: GemmTask): number {
  return t.rows.length * t.ks.length * t.cols.length;
}

/** The dense form: one task per loop index with every row, k and column. */
export function denseTasks(c: Contraction, extents: ReadonlyMap<string, number>): GemmTask[] {
  const none = new Map<string, AxisValues>();
  const rows = flatten(c.m, extents, none);
  const ks = flatten(c.k, extents, none);
  const cols = flatten(c.n, extents, none);
  const loops = flatten(c.loop, extents, none);
  return [...loops].map((loop) => ({ loop, rows, ks, cols }));
}

/**
 * The PIT form as tasks: every strip of the index fixes the ranges of its strip axes, the listed
 * micro-tiles give the gathered axis its values, every other axis takes all of its values.
 * Points outside the tasks are exactly the skipped ones.
 */
export function pitTasks(kernel: PitKernel, c: Contraction, extents: ReadonlyMap<string, number>, index: SparseIndex): GemmTask[] {
  const tasks: GemmTask[] = [];
  const width = index.microTile[index.gatherDim] as number;
  const gatherAxis = kernel.gather.axis;
  const gatherExtent = extents.get(gatherAxis) ?? 0;
  const stripAxes = kernel.strips
    .map((s) => ({ axis: s.axis, sourceDim: kernel.operand.dimToSource[s.operandDim] }))
    .filter((s): s is { axis: string; sourceDim: number } => s.sourceDim !== null && s.sourceDim !== undefined);

  for (let s = 0; s < index.stripCount; s++) {
    const lo = index.stripPtr[s] as number;
    const hi = index.stripPtr[s + 1] as number;
    if (hi === lo) continue;
    const values = new Map<string, AxisValues>();
    let q = s;
    const tileCoord = new Map<number, number>();
    for (let i = index.stripDims.length - 1; i >= 0; i--) {
      const grid = index.stripGrid[i] as number;
      tileCoord.set(index.stripDims[i] as number, q % grid);
      q = Math.floor(q / grid);
    }
    for (const { axis, sourceDim } of stripAxes) {
      const tile = index.microTile[sourceDim] as number;
      const u = tileCoord.get(sourceDim) ?? 0;
      values.set(axis, range(u * tile, Math.min(u * tile + tile, extents.get(axis) ?? 0)));
    }
    const gathered: number[] = [];
    for (let p = lo; p < hi; p++) {
      const start = (index.coords[p] as number) * width;
      for (let g = start; g < Math.min(start + width, gatherExtent); g++) gathered.push(g);
    }
    values.set(gatherAxis, gathered);
    const rows = flatten(c.m, extents, values);
    const ks = flatten(c.k, extents, values);
    const cols = flatten(c.n, extents, values);
    if (rows.length === 0 || ks.length === 0 || cols.length === 0) continue;
    for (const loop of flatten(c.loop, extents, values)) tasks.push({ loop, rows, ks, cols });
  }
  return tasks;
}

/** Whether every task covers whole column ranges in order, so threads can split by column. */
export function columnsSplittable(tasks: readonly GemmTask[], n: number): boolean {
  return tasks.every((t) => t.cols.length === n);
}
