import type { CompiledWasm, OpProgram } from './compile-program.js';
import type { Blocking } from '../target.js';
import { CHUNK_FIELDS, LIST_PADDING, MR, TASK, TASK_FIELDS } from './gemm-layout.js';
import { initC, type ListedCells } from './c-init.js';
import { cachedArray, nextStamp, stampArray } from './stamps.js';
import { claimingName, claimJobs, COUNTER_BYTES, counterAfter } from './claim-jobs.js';
import { ensureMemory } from './instance.js';
import { columnsSplittable, mergeRowRuns, taskWork, type GemmTask, type ListCache } from './tasks.js';
import { equalWorkRanges, runJobs, type KernelCall, type ThreadPool } from './thread-pool.js';

type GemmOp = Extract<OpProgram, { kind: 'gemm' }>;
export type { KernelCall } from './thread-pool.js';

/**
 * The shared driver packs, per loop value, only the B rows its tasks list (all of B when they
 * list every k). When each packed row would serve fewer task rows than this on average (Σ
 * rows·|ks| over the packed rows), B is read in place instead: packing costs more than it saves.
 * Measured with `npm run bench` (docs/benchmarks.md).
 */
export const DIRECT_B_ROW_USES = 8;

/** A elements below which the prepack stays on one thread (a dispatch costs about as much). */
export const MIN_PARALLEL_PACK = 1 << 16;

/** Multiply-adds below which a GEMM stays on one thread (dispatch costs ~0.1 ms). */
export const MIN_PARALLEL_WORK = 1 << 22;

export interface GemmTuning {
  /** Force reading B in place (true) or packing it (false); default: by the share of work. */
  readonly forceDirectB?: boolean;
  /** Smallest GEMM (multiply-adds) split across threads. */
  readonly minParallelWork?: number;
  /** Smallest prepack (A elements) split across threads. */
  readonly minParallelPack?: number;
  /** Apply epilogues in the GEMM's stores where they can be (default true; false: always the separate pass, for A/B runs). */
  readonly fuseEpilogue?: boolean;
}

/**
 * Packed A the index build copied (index-emit.ts payload): strip s's tasks find their A at
 * address + 4·tileRows·stripPtr[s], when flags[s] (an i32 in memory) is set.
 */
export interface PackedA {
  readonly address: number;
  readonly flags: number;
  readonly tileRows: number;
  readonly stripPtr: Int32Array;
  /** The index's listed tiles: a task over several strips needs each to list the same ones. */
  readonly coords: Int32Array;
}

/**
 * The shared driver's dispatch once planned, and the bytes its planning wrote (task records and
 * lists, chunk records, the claim counter): what an op keeps between runs (plan-memo.ts) to
 * dispatch again without planning, after those bytes are written back.
 */
export interface SharedDispatch {
  readonly path: 'shared-packed' | 'shared-direct';
  readonly prepack?: readonly (readonly number[])[];
  readonly jobs: readonly (readonly number[])[];
  readonly split?: 'groups' | 'columns';
  readonly aFromIndex: number;
  readonly tasks: number;
  readonly written: readonly (readonly [number, number])[];
}

/** A kept plan to dispatch (its bytes already written back), or where to hand a fresh one before its dispatch changes them. */
export interface SharedPlans {
  readonly reuse?: SharedDispatch;
  readonly planned?: (d: SharedDispatch) => void;
}

export interface GemmRun {
  readonly path: 'shared-packed' | 'shared-direct' | 'per-task' | 'per-task-nt';
  readonly threads: number;
  /** ms initialising C (c-init.ts: zero fills), and ms of the GEMM itself (lists, packing, kernels). */
  readonly initMs: number;
  readonly gemmMs: number;
  /** Tasks the kernels ran: fewer than given when strips listing the same k values merged (mergeRowRuns). */
  readonly tasks: number;
  /** Tasks whose packed A the index build had copied (PackedA). */
  readonly aFromIndex: number;
  /** Whether the stores applied the op's epilogue (asked for with `fuse`), else why not. */
  readonly epilogue: { readonly fused: true } | { readonly fused: false; readonly why: string };
  /** How the shared driver cut its work into chunks for the threads (sharedChunks): by loop value or by columns. */
  readonly split?: 'groups' | 'columns';
}

/**
 * Runs one contraction's tasks: the shared driver when every task spans all columns (B packed
 * once per block, or read in place when the tasks touch little of it), the per-task driver when
 * tasks gather columns. C is initialised here (c-init.ts): zeroed only where no task's first k
 * block stores into it; an output-sparse GEMM's listed tiles start as `listed` says.
 */
export async function runGemm(
  op: GemmOp,
  compiled: CompiledWasm,
  memory: WebAssembly.Memory,
  module: WebAssembly.Module,
  tasksIn: readonly GemmTask[],
  lists: ListCache,
  pool: ThreadPool | undefined,
  call: KernelCall,
  tuning: GemmTuning = {},
  listed?: ListedCells,
  packedA?: PackedA,
  plans?: SharedPlans,
): Promise<GemmRun> {
  let tasks = tasksIn;
  const n = op.sizes.n;
  const scratch = (t: number): number => compiled.gemmScratch + t * compiled.gemmScratchStride;
  const minWork = tuning.minParallelWork ?? MIN_PARALLEL_WORK;
  const threads = pool && pool.size > 1 && tasks.reduce((s, t) => s + taskWork(t), 0) >= minWork ? pool.size : 1;
  const forceDirect = tuning.forceDirectB;
  const denseLike = tasks.every((t) => t.rows.length === op.sizes.m && t.ks.length === op.sizes.k);
  const t0 = performance.now();
  const init = initC(op, tasks, memory, lists, listed);
  const zeroFirst = init.zeroFirst ? 1 : 0;
  const t1 = performance.now();
  let aFromIndex = 0;
  const epilogue = storesEpilogue(op, tuning, init.oneTaskPerCell);
  const fuse = epilogue.fused ? 1 : 0;
  const timed = (path: GemmRun['path'], used: number, split?: GemmRun['split']): GemmRun => ({ path, threads: used, initMs: t1 - t0, gemmMs: performance.now() - t1, tasks: tasks.length, aFromIndex, epilogue, ...(split ? { split } : {}) });
  const dispatch = async (d: SharedDispatch): Promise<GemmRun> => {
    if (d.prepack) await runJobs(`${op.fn}_prepack`, d.prepack, pool, module, call);
    await runJobs(`${op.fn}_shared`, d.jobs, pool, module, call);
    aFromIndex = d.aFromIndex;
    return { ...timed(d.path, d.jobs.length, d.split), tasks: d.tasks };
  };
  // the caller wrote the kept plan's bytes back (plan-memo.ts): C is initialised above as planned
  if (plans?.reuse) return dispatch(plans.reuse);
  if (columnsSplittable(tasks, n) && !denseLike) {
    // stable: keeps strip order per loop value; strips listing the same k values become one task
    const sorted = mergeRowRuns(sortedByLoop(tasks));
    tasks = sorted;
    const plan = bListPlan(sorted, op.sizes.k, lists);
    const work = sorted.reduce((s, t) => s + t.rows.length * t.ks.length, 0);
    const direct = op.directB && (forceDirect ?? work < DIRECT_B_ROW_USES * plan.packedRows);
    const { tasksPtr, colFull, ready, listsEnd, end } = writeShared(memory, compiled.dynamicBase, sorted, lists, op, direct, plan, packedA);
    const { kc, nc } = sharedBlocking(plan, sorted, direct, compiled.blocking, op.sizes.k);
    const chunks = sharedChunks(sorted, threads, n, nc);
    // column chunks all read every task's A: it is packed first, split across the threads
    const prepack = chunks.list.some((c) => !c.packA) && ready < sorted.length ? prepackJobs(tasksPtr, sorted, threads, tuning.minParallelPack ?? MIN_PARALLEL_PACK) : undefined;
    const { chunksPtr, counter } = writeChunks(memory, end, tasksPtr, chunks.list);
    const used = Math.max(1, Math.min(threads, chunks.list.length));
    const jobs = Array.from({ length: used }, (_, t) => [chunksPtr, chunks.list.length, counter, scratch(t), colFull, direct ? 1 : 0, kc, nc, zeroFirst, fuse]);
    const split = used > 1 ? chunks.split : undefined;
    // [base, listsEnd) and the chunk records to the counter; not the room for packed A between them
    const written: [number, number][] = [[compiled.dynamicBase, listsEnd], [chunksPtr, counter + 4]];
    const planned: SharedDispatch = { path: direct ? 'shared-direct' : 'shared-packed', ...(prepack ? { prepack } : {}), jobs, ...(split ? { split } : {}), aFromIndex: ready, tasks: sorted.length, written };
    plans?.planned?.(planned);
    return dispatch(planned);
  }
  // grouped by loop value (stable: tasks sharing cells keep their order), so the B and C of one
  // loop value (a head's k and scores) stay in cache across its strips
  tasks = sortedByLoop(tasks);
  const { tasksPtr, end } = writeTasks(memory, compiled.dynamicBase, tasks);
  // B contiguous along k and every task's k one run: the NT driver reads B in place
  const nt = op.ntDriver && tasks.every(isKRun);
  const fn = nt ? `${op.fn}_nt` : op.fn;
  const path = nt ? 'per-task-nt' : 'per-task';
  if (threads === 1) {
    await runJobs(fn, [[tasksPtr, tasks.length, 0, n, scratch(0), zeroFirst, fuse]], pool, module, call);
    return timed(path, 1);
  }
  if (columnsSplittable(tasks, n) || !init.rowsDisjoint) {
    // threads take column ranges (each cell stays on one thread): every task spans all columns,
    // or two tasks write one cell (gathered columns of k strips), so task ranges would race
    const per = Math.ceil(n / threads / 8) * 8;
    const jobs = Array.from({ length: threads }, (_, t) => [tasksPtr, tasks.length, Math.min(n, t * per), Math.min(n, (t + 1) * per), scratch(t), zeroFirst, fuse]);
    await runJobs(fn, jobs, pool, module, call);
    return timed(path, jobs.length);
  }
  // tasks have disjoint rows, so they write disjoint cells: threads claim chunks of tasks
  const counter = counterAfter(end);
  ensureMemory(memory, counter + COUNTER_BYTES);
  const jobs = claimJobs(memory, counter, tasksPtr, tasks.length, Math.min(threads, tasks.length), (t) => [0, n, scratch(t), zeroFirst, fuse]);
  await runJobs(claimingName(fn), jobs, pool, module, call);
  return timed(path, jobs.length);
}

/** Whether a GEMM's stores apply its epilogue (and consumer), or why not: they do when each cell is one task's whole sum. */
export function storesEpilogue(op: GemmOp, tuning: GemmTuning, oneTaskPerCell: boolean): GemmRun['epilogue'] {
  if (!op.fusion) return { fused: false, why: 'no epilogue' };
  if ('why' in op.fusion) return { fused: false, why: op.fusion.why };
  if (tuning.fuseEpilogue === false) return { fused: false, why: 'turned off (gemm.fuseEpilogue)' };
  return oneTaskPerCell ? { fused: true } : { fused: false, why: 'several tasks add into one cell, or no task writes some' };
}

/** One chunk of the shared driver's work (gemm-layout.ts's CHUNK record): tasks [start, start + count) over columns [colLo, colHi). */
export interface SharedChunk {
  readonly start: number;
  readonly count: number;
  readonly colLo: number;
  readonly colHi: number;
  /** The driver packs these tasks' A itself (no other chunk reads it). */
  readonly packA: boolean;
}

/**
 * The chunks threads claim from the shared driver's counter (first come, first served, so a
 * thread that starts late or is descheduled on a busy host takes fewer; a static split waits for
 * the slowest thread). Every cell belongs to one chunk and is summed there in task order, so
 * results do not depend on which thread takes which chunk.
 *
 * - One thread: one chunk of everything, A packed per loop value right before use.
 * - `groups`: a chunk per loop value (its tasks, every column), when there are enough of them
 *   for the threads and none holds much of the work (attention's p·v: 12 heads). A chunk reads
 *   only its own A, packed just before use, and no B block is packed twice.
 * - `columns`: otherwise (one loop value, as the 2048³ matmul or FFN fc2): every task over a
 *   range of columns, at least four chunks per thread where the columns allow (a multiple of 8
 *   wide, at most one B block); each chunk reads every task's A, packed first.
 */
export function sharedChunks(tasks: readonly GemmTask[], threads: number, n: number, nc: number): { list: SharedChunk[]; split: 'groups' | 'columns' } {
  if (threads <= 1) return { list: tasks.length > 0 ? [{ start: 0, count: tasks.length, colLo: 0, colHi: n, packA: true }] : [], split: 'groups' };
  const groups: SharedChunk[] = [];
  let largest = 0;
  let total = 0;
  for (let start = 0; start < tasks.length; ) {
    const loop = (tasks[start] as GemmTask).loop;
    let end = start;
    let work = 0;
    while (end < tasks.length && (tasks[end] as GemmTask).loop === loop) work += taskWork(tasks[end++] as GemmTask);
    groups.push({ start, count: end - start, colLo: 0, colHi: n, packA: true });
    largest = Math.max(largest, work);
    total += work;
    start = end;
  }
  if (groups.length >= 3 * threads && largest * 2 * threads <= total) return { list: groups, split: 'groups' };
  const width = Math.max(8, Math.min(nc, Math.ceil(n / (4 * threads) / 8) * 8));
  const list: SharedChunk[] = [];
  if (tasks.length > 0) for (let lo = 0; lo < n; lo += width) list.push({ start: 0, count: tasks.length, colLo: lo, colHi: Math.min(n, lo + width), packA: false });
  return { list, split: 'columns' };
}

/** Chunk records after the shared driver's data (from byte `end`), and the claim counter (zero) on a cache line of its own. */
export function writeChunks(memory: WebAssembly.Memory, end: number, tasksPtr: number, chunks: readonly SharedChunk[]): { chunksPtr: number; counter: number } {
  const chunksPtr = align64(end);
  const counter = align64(chunksPtr + chunks.length * CHUNK_FIELDS * 4);
  ensureMemory(memory, counter + 64);
  const view = new Int32Array(memory.buffer);
  chunks.forEach((c, i) => view.set([tasksPtr + c.start * TASK_FIELDS * 4, c.count, c.colLo, c.colHi, c.packA ? 1 : 0], chunksPtr / 4 + i * CHUNK_FIELDS));
  view[counter / 4] = 0;
  return { chunksPtr, counter };
}

/** The prepack of every task's A, split into task ranges of about equal size (rows · k). */
function prepackJobs(tasksPtr: number, tasks: readonly GemmTask[], threads: number, minPack: number): number[][] {
  const size = (t: GemmTask): number => t.rows.length * t.ks.length;
  const total = tasks.reduce((s, t) => s + size(t), 0);
  if (threads <= 1 || total < minPack || tasks.length < 2) return [[tasksPtr, tasks.length]];
  return equalWorkRanges(tasks.length, (i) => size(tasks[i] as GemmTask), threads).map((r) => [tasksPtr + r.start * TASK_FIELDS * 4, r.count]);
}

/** Tasks ordered by loop value, stably (the same array when already ordered). */
export function sortedByLoop(tasks: readonly GemmTask[]): readonly GemmTask[] {
  for (let i = 1; i < tasks.length; i++) if ((tasks[i] as GemmTask).loop < (tasks[i - 1] as GemmTask).loop) return [...tasks].sort((a, b) => a.loop - b.loop);
  return tasks;
}

/** The task's k list is one run of consecutive values. */
export function isKRun(t: GemmTask): boolean {
  return t.ks.length === 0 || (t.ks[t.ks.length - 1] as number) - (t.ks[0] as number) === t.ks.length - 1;
}

/**
 * Blocks of the shared driver. A B block (kc × nc floats) must fit the scratch; each task's B
 * positions are cut at block boundaries, and a micro-kernel call per piece costs a C load and
 * store, so for scattered positions kc grows until a task lists about 128 per block (the whole
 * B list for sparse tasks); nc takes the rest of the space. Reading B in place needs no block.
 */
export function sharedBlocking(plan: BListPlan, tasks: readonly GemmTask[], direct: boolean, blocking: Blocking, k: number): { kc: number; nc: number } {
  const capacity = blocking.kc * blocking.nc;
  if (direct) return { kc: Math.max(1, k), nc: blocking.nc };
  const length = Math.max(1, plan.longest);
  // tasks over runs of consecutive positions (an m-rule's k-blocks, neurons every strip lists)
  // keep the dense blocking: each block then serves whole runs, and B and C blocks stay in cache
  // (measured: 1x64 at 0.9, 0.62 → 0.79)
  const runs = tasks.every((t) => isRun(plan.positions.get(t) as Int32Array));
  if (runs) return { kc: Math.min(length, blocking.kc), nc: blocking.nc };
  const avg = tasks.reduce((s, t) => s + t.ks.length, 0) / Math.max(1, tasks.length);
  const pieces = Math.max(1, Math.floor(avg / 128));
  const kc = Math.max(1, Math.min(length, Math.ceil(length / pieces), Math.floor(capacity / 8)));
  const nc = Math.max(8, Math.min(blocking.nc * 4, Math.floor(capacity / kc / 8) * 8));
  return { kc, nc: Math.min(nc, Math.floor(capacity / kc / 8) * 8 || 8) };
}

function ascending(list: Int32Array): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i] as number) <= (list[i - 1] as number)) return false;
  return true;
}

/** 0, 1, …, n − 1: one array per length, so the list writer writes it once. */
function iota(cache: ListCache, n: number): Int32Array {
  return fullList(cache, `iota-${n}`, n);
}

function isRun(list: Int32Array): boolean {
  return list.length === 0 || (list[list.length - 1] as number) - (list[0] as number) === list.length - 1;
}

/**
 * Which B rows the shared driver packs for each loop value (or each group of tasks `groupOf`
 * names, consecutive in `tasks`: a loop chain's strips): the k values its tasks list (in
 * ascending order; every k when they list all of them), and each task's k list as positions in
 * that list.
 */
export interface BListPlan {
  /** By group of tasks (their loop value, or a loop chain's unit: groupOf). */
  readonly lists: ReadonlyMap<number, Int32Array>;
  readonly groupOf: (t: GemmTask) => number;
  readonly positions: ReadonlyMap<GemmTask, Int32Array>;
  /** The longest list, and the rows packed over all loop values. */
  readonly longest: number;
  readonly packedRows: number;
}

export function bListPlan(tasks: readonly GemmTask[], k: number, cache: ListCache, groupOf: (t: GemmTask) => number = (t) => t.loop): BListPlan {
  const full = fullList(cache, 'k-full', k);
  const seen = stampArray(cache, 'b-list', k);
  const rank = cachedArray(cache, 'b-rank', k);
  const lists = new Map<number, Int32Array>();
  const positions = new Map<GemmTask, Int32Array>();
  let longest = 0;
  let packedRows = 0;
  for (let start = 0; start < tasks.length; ) {
    const group = groupOf(tasks[start] as GemmTask);
    let end = start;
    while (end < tasks.length && groupOf(tasks[end] as GemmTask) === group) end++;
    const only = tasks[start] as GemmTask;
    if (end === start + 1 && ascending(only.ks)) {
      // one task (a loop chain's strip): its own k list, at positions 0, 1, …
      const list = only.ks.length === k ? full : only.ks;
      positions.set(only, list === full ? only.ks : iota(cache, only.ks.length));
      lists.set(group, list);
      longest = Math.max(longest, list.length);
      packedRows += list.length;
      start = end;
      continue;
    }
    const stamp = nextStamp(seen);
    let count = 0;
    for (let i = start; i < end; i++) {
      const ks = (tasks[i] as GemmTask).ks;
      for (let j = 0; j < ks.length; j++) {
        const kv = ks[j] as number;
        if (seen[kv] !== stamp) {
          seen[kv] = stamp;
          count++;
        }
      }
    }
    let list = full;
    if (count < k) {
      list = new Int32Array(count);
      for (let kv = 0, at = 0; kv < k; kv++) {
        if (seen[kv] !== stamp) continue;
        rank[kv] = at;
        list[at++] = kv;
      }
    }
    const mapped = new Map<Int32Array, Int32Array>();
    for (let i = start; i < end; i++) {
      const t = tasks[i] as GemmTask;
      let pos = list === full ? t.ks : mapped.get(t.ks);
      if (!pos) {
        pos = new Int32Array(t.ks.length);
        for (let j = 0; j < pos.length; j++) pos[j] = rank[t.ks[j] as number] as number;
        mapped.set(t.ks, pos);
      }
      positions.set(t, pos);
    }
    lists.set(group, list);
    longest = Math.max(longest, list.length);
    packedRows += list.length;
    start = end;
  }
  return { lists, groupOf, positions, longest, packedRows };
}

/** A list computed straight into memory when the lists are written (ListWriter.compute). */
interface ComputedList {
  readonly length: number;
  write(view: Int32Array, at: number): void;
}

/**
 * Lists are written once each and padded for the kernels' over-reads (LIST_PADDING). A list
 * shared by several tasks (an identical array) is written once; a computed one (a task's C row
 * addresses) is written straight into memory, with no array of its own.
 */
class ListWriter {
  private readonly at = new Map<Int32Array | ComputedList, number>();
  private readonly pending: (Int32Array | ComputedList)[] = [];
  private words = 0;

  add(list: Int32Array): void {
    if (this.at.has(list)) return;
    this.at.set(list, -1);
    this.pending.push(list);
    this.words += list.length + LIST_PADDING;
  }

  /** A list of `length` values that `write` computes into the view at word `at`. */
  compute(length: number, write: (view: Int32Array, at: number) => void): ComputedList {
    const list = { length, write };
    this.at.set(list, -1);
    this.pending.push(list);
    this.words += length + LIST_PADDING;
    return list;
  }

  get bytes(): number {
    return this.words * 4;
  }

  /** Writes every list from byte address `base`; returns the end. */
  flush(view: Int32Array, base: number): number {
    let at = base / 4;
    for (const list of this.pending) {
      this.at.set(list, at * 4);
      if (list instanceof Int32Array) view.set(list, at);
      else list.write(view, at);
      const last = list.length > 0 ? (view[at + list.length - 1] as number) : 0;
      view.fill(last, at + list.length, at + list.length + LIST_PADDING);
      at += list.length + LIST_PADDING;
    }
    return at * 4;
  }

  address(list: Int32Array | ComputedList): number {
    return this.at.get(list) as number;
  }
}

/** Task records from byte `base`, then their lists; `end` is the first byte after them. */
export function writeTasks(memory: WebAssembly.Memory, base: number, tasks: readonly GemmTask[]): { tasksPtr: number; end: number } {
  const lists = new ListWriter();
  for (const t of tasks) {
    lists.add(t.rows);
    lists.add(t.ks);
    lists.add(t.cols);
  }
  ensureMemory(memory, base + tasks.length * TASK_FIELDS * 4 + lists.bytes + 64);
  const view = new Int32Array(memory.buffer);
  const end = lists.flush(view, base + tasks.length * TASK_FIELDS * 4);
  tasks.forEach((t, i) => writeRecord(view, base / 4 + i * TASK_FIELDS, t, lists, 0, 0));
  return { tasksPtr: base, end };
}

/** Writes task t's record (TASK's fields) at word `at` of the view; the fields not given are 0. */
function writeRecord(view: Int32Array, at: number, t: GemmTask, lists: ListWriter, aPacked: number, bRows: number, bList = 0, bCount = 0, cRows = 0, aReady = 0): void {
  view[at + TASK.loop] = t.loop;
  view[at + TASK.rows] = lists.address(t.rows);
  view[at + TASK.rowCount] = t.rows.length;
  view[at + TASK.ks] = lists.address(t.ks);
  view[at + TASK.kCount] = t.ks.length;
  view[at + TASK.cols] = lists.address(t.cols);
  view[at + TASK.colCount] = t.cols.length;
  view[at + TASK.aPacked] = aPacked;
  view[at + TASK.bRows] = bRows;
  view[at + TASK.bList] = bList;
  view[at + TASK.bCount] = bCount;
  view[at + TASK.cRows] = cRows;
  view[at + TASK.aReady] = aReady;
}

/**
 * Tasks for the shared driver: records, lists, the full column list, every task's packed-A area,
 * and its B rows: byte offsets of the rows in place (direct), or positions in its loop value's B
 * list (packed).
 */
export function writeShared(memory: WebAssembly.Memory, base: number, tasks: readonly GemmTask[], cache: ListCache, op: GemmOp, direct: boolean, plan: BListPlan, packedA: PackedA | undefined) {
  const lists = new ListWriter();
  const colFull = fullList(cache, 'n-full', op.sizes.n);
  lists.add(colFull);
  const bRows: (Int32Array | ComputedList)[] = new Array(tasks.length);
  const cRows: ComputedList[] = new Array(tasks.length);
  for (const list of plan.lists.values()) lists.add(list);
  const { loop: cLoop, row: cRow } = op.cTables;
  tasks.forEach((t, i) => {
    lists.add(t.rows);
    lists.add(t.ks);
    lists.add(t.cols);
    // the byte address of each of the task's rows in C, written straight into memory
    const cLoopPart = cLoop[t.loop] as number;
    cRows[i] = lists.compute(t.rows.length, (view, at) => {
      for (let r = 0; r < t.rows.length; r++) view[at + r] = op.cAddress + 4 * (cLoopPart + (cRow[t.rows[r] as number] as number));
    });
    if (direct) {
      const bLoopPart = op.tables.bLoop[t.loop] as number;
      const bK = op.tables.bK;
      bRows[i] = lists.compute(t.ks.length, (view, at) => {
        for (let k = 0; k < t.ks.length; k++) view[at + k] = 4 * (bLoopPart + (bK[t.ks[k] as number] as number));
      });
    } else {
      const positions = plan.positions.get(t) as Int32Array;
      lists.add(positions);
      bRows[i] = positions;
    }
  });
  const recordsBytes = tasks.length * TASK_FIELDS * 4;
  const flags = packedA ? new Int32Array(memory.buffer, packedA.flags, packedA.stripPtr.length - 1) : undefined;
  const ready = tasks.map((t) => (packedA && flags ? payloadAt(packedA, flags, t) : -1));
  const aBytes = tasks.map((t, i) => (ready[i] !== -1 ? 0 : Math.ceil(t.rows.length / MR) * MR * t.ks.length * 4));
  const listsAt = base + recordsBytes;
  const aAt = align64(listsAt + lists.bytes);
  const end = aAt + aBytes.reduce((s, b) => s + align64(b), 0);
  ensureMemory(memory, end + 64);
  const view = new Int32Array(memory.buffer);
  const listsEnd = lists.flush(view, listsAt);
  let a = aAt;
  tasks.forEach((t, i) => {
    const bList = plan.lists.get(plan.groupOf(t)) as Int32Array;
    const payload = ready[i] as number;
    writeRecord(view, base / 4 + i * TASK_FIELDS, t, lists, payload !== -1 ? payload : a, lists.address(bRows[i] as Int32Array | ComputedList), lists.address(bList), bList.length, lists.address(cRows[i] as ComputedList), payload !== -1 ? 1 : 0);
    a += align64(aBytes[i] as number);
  });
  // [base, listsEnd) is written here; [aAt, end) is room the kernels pack A into
  return { tasksPtr: base, colFull: lists.address(colFull), ready: ready.filter((r) => r !== -1).length, listsEnd, end };
}

/**
 * Where the index build left task t's packed A, or -1: t must be the task of strips s, s + 1, …
 * (its rows theirs, in order; its k each strip's listed tiles: mergeRowRuns) and each strip
 * copied. Strip s + 1's panels follow strip s's, so such strips' panels are one task's.
 */
function payloadAt(packed: PackedA, flags: Int32Array, t: GemmTask): number {
  const first = t.rows[0] ?? 0;
  const s = Math.floor(first / packed.tileRows);
  if (first !== s * packed.tileRows || (t.rows[t.rows.length - 1] as number) !== first + t.rows.length - 1) return -1;
  const strips = Math.ceil(t.rows.length / packed.tileRows);
  if (s + strips >= packed.stripPtr.length) return -1;
  const start = packed.stripPtr[s] as number;
  for (let q = s; q < s + strips; q++) {
    const lo = packed.stripPtr[q] as number;
    if ((packed.stripPtr[q + 1] as number) - lo !== t.ks.length || flags[q] !== 1) return -1;
    for (let j = 0; q > s && j < t.ks.length; j++) if (packed.coords[lo + j] !== packed.coords[start + j]) return -1;
  }
  return packed.address + 4 * packed.tileRows * start;
}

function fullList(cache: ListCache, key: string, n: number): Int32Array {
  let list = cache.get(key);
  if (!list) {
    list = Int32Array.from({ length: n }, (_, i) => i);
    cache.set(key, list);
  }
  return list;
}

function align64(x: number): number {
  return Math.ceil(x / 64) * 64;
}

/**
 * Room for the per-call data of the module's GEMMs (task records, lists, packed A), enough for a
 * PIT form at any density with tiles of four or more rows: packed A holds at most every element
 * of A once (plus row padding), lists about an eighth of that more. A plain memory grows into it
 * before input views are lent, so later runs need not grow it (growth detaches views).
 */
export function taskSpaceEstimate(compiled: CompiledWasm): number {
  let most = 0;
  for (const op of compiled.ops) {
    if (op.kind !== 'gemm') continue;
    const packedA = 4 * op.sizes.loop * Math.ceil(op.sizes.m / MR) * MR * op.sizes.k;
    most = Math.max(most, Math.ceil(packedA * 1.125));
  }
  const limit = 2 ** 32 - 2 * 65536 - compiled.dynamicBase;
  return Math.max(0, Math.min(limit, most + (1 << 20)));
}
