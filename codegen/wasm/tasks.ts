import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { Contraction } from '../lower/contraction.js';

/** One GEMM task: fixed loop index; flattened row (M), k (K) and column (N) index lists. */
export interface GemmTask {
  readonly loop: number;
  readonly rows: Int32Array;
  readonly ks: Int32Array;
  readonly cols: Int32Array;
}

/** Values an axis takes inside one task: a range or an ascending list. */
type AxisValues = { readonly lo: number; readonly hi: number } | Int32Array;

const range = (lo: number, hi: number): AxisValues => ({ lo, hi });

/** Lists that do not depend on the data (whole axis groups), built once per op and shape. */
export type ListCache = Map<string, Int32Array>;

/** Row-major flattened indices of the Cartesian product of per-axis values. */
function flatten(axes: readonly string[], extents: ReadonlyMap<string, number>, values: ReadonlyMap<string, AxisValues>, cache: ListCache): Int32Array {
  const full = axes.every((a) => !values.has(a));
  const key = axes.join(',');
  if (full) {
    const hit = cache.get(key);
    if (hit) return hit;
  }
  let count = 1;
  for (const axis of axes) {
    const v = values.get(axis);
    count *= v === undefined ? (extents.get(axis) ?? 1) : v instanceof Int32Array ? v.length : Math.max(0, v.hi - v.lo);
  }
  const out = new Int32Array(count);
  out[0] = 0;
  let filled = count > 0 ? 1 : 0;
  for (const axis of axes) {
    const n = extents.get(axis) ?? 1;
    const v = values.get(axis) ?? range(0, n);
    const len = v instanceof Int32Array ? v.length : Math.max(0, v.hi - v.lo);
    // expand in place from the back: entry i of the previous level becomes len entries
    for (let i = filled - 1; i >= 0; i--) {
      const base = (out[i] as number) * n;
      if (v instanceof Int32Array) for (let j = len - 1; j >= 0; j--) out[i * len + j] = base + (v[j] as number);
      else for (let j = len - 1; j >= 0; j--) out[i * len + j] = base + v.lo + j;
    }
    filled *= len;
  }
  if (full) cache.set(key, out);
  return out;
}

/** Work of a task, for balancing threads. */
export function taskWork(t: GemmTask): number {
  return t.rows.length * t.ks.length * t.cols.length;
}

/** The dense form: one task per loop index with every row, k and column. */
export function denseTasks(c: Contraction, extents: ReadonlyMap<string, number>, cache: ListCache = new Map()): GemmTask[] {
  const none = new Map<string, AxisValues>();
  const rows = flatten(c.m, extents, none, cache);
  const ks = flatten(c.k, extents, none, cache);
  const cols = flatten(c.n, extents, none, cache);
  const loops = flatten(c.loop, extents, none, cache);
  return [...loops].map((loop) => ({ loop, rows, ks, cols }));
}

/**
 * The PIT form as tasks: every strip of the index fixes the ranges of its strip axes, the listed
 * micro-tiles give the gathered axis its values, every other axis takes all of its values.
 * Points outside the tasks are exactly the skipped ones.
 */
export function pitTasks(pit: PitLoops, c: Contraction, extents: ReadonlyMap<string, number>, index: SparseIndex, cache: ListCache = new Map()): GemmTask[] {
  const tasks: GemmTask[] = [];
  const width = index.microTile[index.gatherDim] as number;
  const gatherAxis = pit.gather.axis;
  const gatherExtent = extents.get(gatherAxis) ?? 0;
  const stripAxes = pit.strips.filter((s): s is typeof s & { sourceDim: number } => s.sourceDim !== null);

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
    values.set(gatherAxis, gatheredValues(index, lo, hi, width, gatherExtent));
    const rows = flatten(c.m, extents, values, cache);
    const ks = flatten(c.k, extents, values, cache);
    const cols = flatten(c.n, extents, values, cache);
    if (rows.length === 0 || ks.length === 0 || cols.length === 0) continue;
    for (const loop of flatten(c.loop, extents, values, cache)) tasks.push({ loop, rows, ks, cols });
  }
  return tasks;
}

/** The positions the listed micro-tiles of one strip cover along the gathered axis. */
function gatheredValues(index: SparseIndex, lo: number, hi: number, width: number, extent: number): Int32Array {
  if (width === 1) return index.coords.subarray(lo, hi);
  const out = new Int32Array((hi - lo) * width);
  let n = 0;
  for (let p = lo; p < hi; p++) {
    const start = (index.coords[p] as number) * width;
    const end = Math.min(start + width, extent);
    for (let g = start; g < end; g++) out[n++] = g;
  }
  return out.subarray(0, n);
}

/**
 * Consecutive tasks of one loop value that list the same k values and columns, each starting at
 * the row after the last one's, merged into one task over all their rows (the same products, in
 * the same order per cell; the index's packed A of consecutive strips is one task's: gemm-run.ts
 * payloadAt). Per-neuron zeros list the same neurons in every strip: FFN fc2 at 99 % made 64
 * tasks of 32 rows, and its shared GEMM took 2.0–2.2 ms with them, 1.8 merged.
 */
export function mergeRowRuns(tasks: readonly GemmTask[]): readonly GemmTask[] {
  const out: GemmTask[] = [];
  let pending: GemmTask[] = [];
  const flush = (): void => {
    const first = pending[0];
    if (!first) return;
    if (pending.length === 1) out.push(first);
    else {
      const rows = new Int32Array(pending.reduce((s, t) => s + t.rows.length, 0));
      let at = 0;
      for (const t of pending) {
        rows.set(t.rows, at);
        at += t.rows.length;
      }
      out.push({ loop: first.loop, rows, ks: first.ks, cols: first.cols });
    }
    pending = [];
  };
  for (const t of tasks) {
    const head = pending[0];
    const tail = pending[pending.length - 1];
    const next = tail !== undefined && tail.rows.length > 0 && t.rows[0] === (tail.rows[tail.rows.length - 1] as number) + 1;
    if (head && !(next && head.loop === t.loop && sameValues(head.ks, t.ks) && sameValues(head.cols, t.cols))) flush();
    pending.push(t);
  }
  flush();
  return out.length === tasks.length ? tasks : out;
}

/** Whether two lists hold the same numbers in the same order. */
export function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether every task covers whole column ranges in order, so threads can split by column. */
export function columnsSplittable(tasks: readonly GemmTask[], n: number): boolean {
  return tasks.every((t) => t.cols.length === n);
}
