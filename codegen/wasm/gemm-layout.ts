import type { Blocking } from '../target.js';

/**
 * The data layout the generated GEMM code and the runtime share: register block, default cache
 * blocking, per-thread scratch, task records and list padding. No binaryen here, so the runtime
 * and the tuner can read it without loading the code generator.
 */

/** Register block of the micro-kernel: 4 rows × 8 columns (8 f32x4 accumulators). */
export const MR = 4;
export const NR = 8;

export const DEFAULT_BLOCKING: Blocking = { kc: 256, mc: 64, nc: 512 };

/** Per-thread scratch of a GEMM: packed panels, C row pointers, an edge tile and a sink row. */
export function gemmScratchBytes(b: Blocking): number {
  return 4 * (b.mc * b.kc + b.kc * b.nc) + 16 + 4 * MR * NR + 4 * NR + 64;
}

/**
 * Fields of one GEMM task (i32 each) in the task array the runtime fills. For the shared driver:
 * `aPacked` (the task's packed A), `bRows` (per k of the task, where its B row is: the byte
 * offset of the row in place, or its position in the group's B list), and `bList`/`bCount` (the
 * k values whose B rows the task's loop value packs: every k, or only those its tasks list),
 * `cRows` (the byte address of each of its rows in C), `aReady` (1: aPacked already holds the
 * packed A, copied by the index build).
 */
export const TASK_FIELDS = 13;
export const TASK = { loop: 0, rows: 1, rowCount: 2, ks: 3, kCount: 4, cols: 5, colCount: 6, aPacked: 7, bRows: 8, bList: 9, bCount: 10, cRows: 11, aReady: 12 } as const;

/**
 * Lists (rows, ks, columns) are read up to 8 entries past their count (padding lanes are
 * computed and then discarded), so the runtime pads every list with 8 copies of a valid entry.
 */
export const LIST_PADDING = 8;

/**
 * Fields of one chunk of the shared driver's work (i32 each): a range of task records (`tasks`,
 * the address of the first, and `count`), the columns [colLo, colHi) it computes for them, and
 * `packA` (1: the driver packs these tasks' A itself, per loop value; no other chunk reads it).
 * Threads claim chunks one at a time from a shared counter.
 */
export const CHUNK_FIELDS = 5;
export const CHUNK = { tasks: 0, count: 1, colLo: 2, colHi: 3, packA: 4 } as const;

/**
 * Arguments of the per-task GEMM drivers (`fn`, `fn_nt`) after their task range `(tasks, count)`:
 * colLo, colHi, scratch, zeroFirst, fuse. Their claiming forms (claim-loop.ts) pass them through.
 */
export const GEMM_RANGE_REST = 5;
