import type { SparseIndex } from '../../ir/sparse-index.js';
import type { TaskLayout } from './stage-layout.js';

/** Fields of one stage-group task (i32 each): rows [rowLo, rowHi), vector [vLo, vHi), spans (byte address, count). */
export const GROUP_TASK_FIELDS = 6;

/**
 * The tasks of a stage group, before they are written to memory: `records` holds
 * GROUP_TASK_FIELDS numbers per task with the span list as an index into `spans` (pairs of
 * positions); `work` is each task's points (rows × positions), to balance threads.
 */
export interface StageTasks {
  readonly records: Int32Array;
  readonly spans: Int32Array;
  readonly work: Float64Array;
  readonly count: number;
}

class TaskBuffer {
  records: number[] = [];
  spans: number[] = [];
  work: number[] = [];

  add(rowLo: number, rowHi: number, vLo: number, vHi: number, spanAt: number, spanCount: number, points: number): void {
    this.records.push(rowLo, rowHi, vLo, vHi, spanAt, spanCount);
    this.work.push(points);
  }

  done(): StageTasks {
    return { records: Int32Array.from(this.records), spans: Int32Array.from(this.spans), work: Float64Array.from(this.work), count: this.work.length };
  }
}

/**
 * The tasks of a dense stage group: every row, in pieces of about `perTask` rows (enough pieces
 * for threads to share and for V8 to swap in optimized code after the first ones).
 */
export function denseTasks(rows: number, pointsPerRow: number, perTask: number): StageTasks {
  const b = new TaskBuffer();
  const step = Math.max(1, perTask);
  for (let lo = 0; lo < rows; lo += step) {
    const hi = Math.min(rows, lo + step);
    b.add(lo, hi, 0, 0, 0, 0, (hi - lo) * pointsPerRow);
  }
  return b.done();
}

/**
 * Points of work one PIT task costs besides its own points: its record made in JS and its call.
 * MoE's routing mask `m = where(r != 0, 1, 0)` (2048 tokens × 32 experts, 1×1 tiles of r along the
 * tokens) made 1978 tasks of one point each: 3 ms of task lists and 3–13 ms in all, where its dense
 * form visits 65 536 points in well under 0.1 ms.
 */
export const TASK_COST_POINTS = 1024;

/**
 * Whether a stage group's PIT form is worth its tasks: its points (the listed share of the dense
 * form's) plus TASK_COST_POINTS per task cost less than the dense form's points. Tasks are counted
 * as pitTasks makes them: a run of consecutive listed tiles is a task where the group gathers a row
 * axis, a strip otherwise (row runs inside counted as one).
 */
export function pitTasksWorthIt(layout: TaskLayout, index: SparseIndex, density: number): boolean {
  const dense = layout.rows.reduce((points, r) => points * r.extent, 1) * Math.max(1, layout.vector.extent);
  let tasks = 0;
  for (let s = 0; s < index.stripCount; s++) {
    const lo = index.stripPtr[s] as number;
    const hi = index.stripPtr[s + 1] as number;
    if (layout.gather.kind !== 'row') tasks += hi > lo || layout.emptyStrips ? 1 : 0;
    else for (let p = lo; p < hi; p++) if (p === lo || (index.coords[p] as number) !== (index.coords[p - 1] as number) + 1) tasks++;
  }
  return density * dense + tasks * TASK_COST_POINTS < dense;
}

/**
 * The tasks that visit exactly the points of the listed micro-tiles of `index` (the reference's
 * PIT form, codegen/ref/compile-pit.ts): per strip, its strip axes' ranges, the listed
 * micro-tiles merged into runs of consecutive gathered positions, every other axis whole. Rows
 * are cut into runs of consecutive flattened rows. Tasks of one strip share its span list.
 */
export function pitTasks(layout: TaskLayout, index: SparseIndex): StageTasks {
  const b = new TaskBuffer();
  const width = index.microTile[index.gatherDim] as number;
  const gatherExtent = layout.gather.kind === 'row' ? (layout.rows[layout.gather.row]?.extent ?? 0) : layout.gather.kind === 'loop' ? layout.gather.extent : layout.vector.extent;
  const tileOf = new Map<number, number>();
  const rowRanges: [number, number][] = layout.rows.map((r) => [0, r.extent]);
  const runs: number[] = [];
  for (let s = 0; s < index.stripCount; s++) {
    const lo = index.stripPtr[s] as number;
    const hi = index.stripPtr[s + 1] as number;
    if (hi === lo && !layout.emptyStrips) continue;
    let q = s;
    for (let i = index.stripDims.length - 1; i >= 0; i--) {
      const grid = index.stripGrid[i] as number;
      tileOf.set(index.stripDims[i] as number, q % grid);
      q = Math.floor(q / grid);
    }
    const rangeOf = (extent: number, role: TaskLayout['vector']['role']): [number, number] => {
      if (role.kind !== 'strip') return [0, extent];
      const tile = index.microTile[role.sourceDim] as number;
      const start = (tileOf.get(role.sourceDim) ?? 0) * tile;
      return [Math.min(start, extent), Math.min(start + tile, extent)];
    };
    layout.rows.forEach((r, k) => (rowRanges[k] = rangeOf(r.extent, r.role)));
    const [vLo, vHi] = rangeOf(layout.vector.extent, layout.vector.role);
    runs.length = 0;
    for (let p = lo; p < hi; p++) {
      const start = (index.coords[p] as number) * width;
      const end = Math.min(start + width, gatherExtent);
      if (start >= end) continue;
      if (runs.length > 0 && runs[runs.length - 1] === start) runs[runs.length - 1] = end;
      else runs.push(start, end);
    }
    if (layout.gather.kind === 'row') {
      const g = layout.gather.row;
      for (let r = 0; r < runs.length; r += 2) {
        rowRanges[g] = [runs[r] as number, runs[r + 1] as number];
        rowRuns(layout, rowRanges, (rowLo, rowHi) => b.add(rowLo, rowHi, vLo, vHi, 0, 0, (rowHi - rowLo) * (vHi - vLo)));
      }
      continue;
    }
    const spanAt = b.spans.length / 2;
    let positions = 0;
    for (let r = 0; r < runs.length; r += 2) {
      b.spans.push(runs[r] as number, runs[r + 1] as number);
      positions += (runs[r + 1] as number) - (runs[r] as number);
    }
    const spanCount = runs.length / 2;
    const perRow = layout.gather.kind === 'vector' ? positions : positions * (vHi - vLo);
    // an empty strip still costs a store per row
    rowRuns(layout, rowRanges, (rowLo, rowHi) => b.add(rowLo, rowHi, vLo, vHi, spanAt, spanCount, (rowHi - rowLo) * Math.max(1, perRow)));
  }
  return b.done();
}

/**
 * Cuts the box of per-axis row ranges into runs of consecutive flattened rows (row-major): the
 * innermost restricted axis and every whole axis inside it make one run; the axes outside it
 * are enumerated.
 */
function rowRuns(layout: TaskLayout, ranges: readonly (readonly [number, number])[], emit: (lo: number, hi: number) => void): void {
  const n = layout.rows.length;
  if (ranges.some(([lo, hi]) => hi <= lo)) return;
  let m = n - 1;
  while (m >= 0 && (ranges[m] as [number, number])[0] === 0 && (ranges[m] as [number, number])[1] === (layout.rows[m] as { extent: number }).extent) m--;
  if (m < 0) {
    emit(0, layout.rows.reduce((p, r) => p * r.extent, 1));
    return;
  }
  let inner = 1;
  for (let k = m + 1; k < n; k++) inner *= (layout.rows[k] as { extent: number }).extent;
  const [mLo, mHi] = ranges[m] as [number, number];
  const mExtent = (layout.rows[m] as { extent: number }).extent;
  const visit = (k: number, prefix: number): void => {
    if (k === m) {
      const base = prefix * mExtent;
      emit((base + mLo) * inner, (base + mHi) * inner);
      return;
    }
    const [lo, hi] = ranges[k] as [number, number];
    const extent = (layout.rows[k] as { extent: number }).extent;
    for (let v = lo; v < hi; v++) visit(k + 1, prefix * extent + v);
  };
  visit(0, 0);
}
