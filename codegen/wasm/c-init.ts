import type { OpProgram } from './compile-program.js';
import { zeroBytes } from './tensor-io.js';
import { nextStamp, stampArray } from './stamps.js';
import { columnsSplittable, type GemmTask, type ListCache } from './tasks.js';

type GemmOp = Extract<OpProgram, { kind: 'gemm' }>;

/** How a GEMM's C was initialised, and what that showed about its tasks. */
export interface CInit {
  /** The drivers start each task's first k block from zero (C was not zeroed where tasks write). */
  readonly zeroFirst: boolean;
  /** No (loop, row) pair is in two tasks (with work): tasks then write disjoint cells. */
  readonly rowsDisjoint: boolean;
  /**
   * Every cell that matters is summed whole by one task: an epilogue can run in the stores of
   * its last k block. Dense outputs: every (loop, row) pair is in exactly one task and every task
   * spans all columns; output-sparse ones: the caller found each listed cell in one task (`stored`).
   */
  readonly oneTaskPerCell: boolean;
}

/**
 * How a GEMM's C gets its initial zeros, exactly where they are needed. The drivers can start a
 * task's first k block from zero instead of from C (`zeroFirst`): right when no two tasks write
 * one cell, since a second task would wipe the first one's sum. When every task spans all columns
 * (dense, and PIT forms that gather rows or k), tasks write disjoint cells iff no (loop, row) pair
 * is in two tasks; the cells of pairs in no task (a PIT strip with nothing listed) keep the
 * reduction's init, 0, and only they are zeroed here. Otherwise all of C is zeroed and the
 * drivers accumulate.
 *
 * An output-sparse GEMM writes only its listed tiles (no one reads the others), and its caller says
 * how they start: `zeroed` (the caller zeroed them: the drivers accumulate) or `stored` (the caller
 * checked tasksStoreTheirCells: the first k blocks store every cell). Nothing is zeroed here then.
 */
export function initC(op: GemmOp, tasks: readonly GemmTask[], memory: WebAssembly.Memory, cache: ListCache, listed?: ListedCells): CInit {
  if (listed === 'stored') return { zeroFirst: true, rowsDisjoint: true, oneTaskPerCell: true };
  const { loop, m, n } = op.sizes;
  const seen = stamps(cache, loop * m);
  const stamp = nextStamp(seen);
  let written = 0;
  let rowsDisjoint = true;
  for (const t of tasks) {
    if (t.ks.length === 0 || t.cols.length === 0) continue; // runs no k block: writes nothing
    const base = t.loop * m;
    for (let i = 0; i < t.rows.length; i++) {
      const at = base + (t.rows[i] as number);
      if (seen[at] === stamp) rowsDisjoint = false;
      else written++;
      seen[at] = stamp;
    }
  }
  if (listed === 'zeroed') return { zeroFirst: false, rowsDisjoint, oneTaskPerCell: false };
  if (!rowsDisjoint || !columnsSplittable(tasks, n)) {
    zeroBytes(memory.buffer, op.cAddress, op.cBytes);
    return { zeroFirst: false, rowsDisjoint, oneTaskPerCell: false };
  }
  const missing = loop * m - written;
  const oneTaskPerCell = missing === 0;
  // many rows unwritten, or rows that are not runs of cells: one pass over C is simpler and faster
  if (missing * 4 > loop * m || !contiguous(op.cTables.col)) zeroBytes(memory.buffer, op.cAddress, op.cBytes);
  else if (missing > 0) zeroRows(op, memory, seen, stamp);
  return { zeroFirst: true, rowsDisjoint, oneTaskPerCell };
}

/** How an output-sparse GEMM's listed cells start (see initC). */
export type ListedCells = 'zeroed' | 'stored';

/**
 * Whether the tasks' first k blocks store every cell the tasks write, each cell from one task:
 * every task with columns has a k block, and either no (loop, row) pair is in two tasks (an SDDMM
 * gathering columns: one task per strip of rows), or tasks sharing a column list have no pair in
 * common and tasks with different column lists share no column (an SDDMM gathering rows: one
 * task per strip of columns, all with the same rows). Then the listed tiles of an output-sparse
 * GEMM need no zeroing before it runs, and its epilogue can run in the stores.
 */
export function tasksStoreTheirCells(op: GemmOp, tasks: readonly GemmTask[], cache: ListCache): boolean {
  const working = tasks.filter((t) => t.cols.length > 0);
  if (working.some((t) => t.ks.length === 0)) return false;
  if (rowsInOneTask(op, working, cache)) return true;
  const byColumns = new Map<Int32Array, GemmTask[]>();
  for (const t of working) byColumns.set(t.cols, [...(byColumns.get(t.cols) ?? []), t]);
  const columns = stampArray(cache, 'c-init-columns', op.sizes.n);
  const stamp = nextStamp(columns);
  for (const [cols, group] of byColumns) {
    for (let j = 0; j < cols.length; j++) {
      if (columns[cols[j] as number] === stamp) return false;
      columns[cols[j] as number] = stamp;
    }
    if (!rowsInOneTask(op, group, cache)) return false;
  }
  return true;
}

/** No (loop, row) pair is in two of the tasks. */
function rowsInOneTask(op: GemmOp, tasks: readonly GemmTask[], cache: ListCache): boolean {
  const m = op.sizes.m;
  const seen = stamps(cache, op.sizes.loop * m);
  const stamp = nextStamp(seen);
  for (const t of tasks) {
    const base = t.loop * m;
    for (let i = 0; i < t.rows.length; i++) {
      const at = base + (t.rows[i] as number);
      if (seen[at] === stamp) return false;
      seen[at] = stamp;
    }
  }
  return true;
}

/** Zeroes the C cells of every (loop, row) pair not stamped (a row's cells are consecutive). */
function zeroRows(op: GemmOp, memory: WebAssembly.Memory, seen: Int32Array, stamp: number): void {
  const { loop, m, n } = op.sizes;
  const { loop: loopPart, row: rowPart, col: colPart } = op.cTables;
  const c = new Float32Array(memory.buffer, op.cAddress, op.cBytes / 4);
  for (let l = 0; l < loop; l++) {
    for (let r = 0; r < m; r++) {
      if (seen[l * m + r] === stamp) continue;
      const start = (loopPart[l] as number) + (rowPart[r] as number) + (colPart[0] as number);
      c.fill(0, start, start + n);
    }
  }
}

function contiguous(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== (values[i - 1] as number) + 1) return false;
  return true;
}

/** A stamp per (loop, row) pair, kept per op between runs (stamps.ts). */
function stamps(cache: ListCache, size: number): Int32Array {
  return stampArray(cache, 'c-init', size);
}
