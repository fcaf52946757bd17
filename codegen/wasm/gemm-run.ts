import type { CompiledWasm, OpProgram } from './compile-program.js';
import type { Blocking } from '../target.js';
import { LIST_PADDING, MR, TASK, TASK_FIELDS } from './gemm-layout.js';
import { initC } from './c-init.js';
import { ensureMemory } from './instance.js';
import { columnsSplittable, taskWork, type GemmTask, type ListCache } from './tasks.js';
import { runJobs, type KernelCall, type ThreadPool } from './thread-pool.js';

type GemmOp = Extract<OpProgram, { kind: 'gemm' }>;
export type { KernelCall } from './thread-pool.js';

/**
 * Below this share of the dense A work (Σ rows·k over L·M·K), B is read in place instead of
 * packed: packing all of B would cost more than the few rows the tasks touch. Measured with
 * `npm run bench` (docs/benchmarks.md).
 */
export const DIRECT_B_BELOW = 0.015;

/** Multiply-adds below which a GEMM stays on one thread (dispatch costs ~0.1 ms). */
export const MIN_PARALLEL_WORK = 1 << 22;

export interface GemmTuning {
  /** Force reading B in place (true) or packing it (false); default: by the share of work. */
  readonly forceDirectB?: boolean;
  /** Smallest GEMM (multiply-adds) split across threads. */
  readonly minParallelWork?: number;
}

export interface GemmRun {
  readonly path: 'shared-packed' | 'shared-direct' | 'per-task';
  readonly threads: number;
}

/**
 * Runs one contraction's tasks: the shared driver when every task spans all columns (B packed
 * once per block, or read in place when the tasks touch little of it), the per-task driver when
 * tasks gather columns. C is initialised here (c-init.ts): zeroed only where no task's first k
 * block stores into it; unless `cZeroed` says the caller zeroed the cells the tasks write (an
 * output-sparse GEMM's listed tiles), and then the drivers accumulate.
 */
export async function runGemm(
  op: GemmOp,
  compiled: CompiledWasm,
  memory: WebAssembly.Memory,
  module: WebAssembly.Module,
  tasks: readonly GemmTask[],
  lists: ListCache,
  pool: ThreadPool | undefined,
  call: KernelCall,
  tuning: GemmTuning = {},
  cZeroed = false,
): Promise<GemmRun> {
  const n = op.sizes.n;
  const scratch = (t: number): number => compiled.gemmScratch + t * compiled.gemmScratchStride;
  const minWork = tuning.minParallelWork ?? MIN_PARALLEL_WORK;
  const threads = pool && pool.size > 1 && tasks.reduce((s, t) => s + taskWork(t), 0) >= minWork ? pool.size : 1;
  const forceDirect = tuning.forceDirectB;
  const denseLike = tasks.every((t) => t.rows.length === op.sizes.m && t.ks.length === op.sizes.k);
  const init = initC(op, tasks, memory, lists, cZeroed);
  const zeroFirst = init.zeroFirst ? 1 : 0;
  if (columnsSplittable(tasks, n) && !denseLike) {
    const sorted = [...tasks].sort((a, b) => a.loop - b.loop); // stable: keeps strip order per loop value
    const work = sorted.reduce((s, t) => s + t.rows.length * t.ks.length, 0);
    const dense = op.sizes.loop * op.sizes.m * op.sizes.k;
    const direct = op.directB && (forceDirect ?? work < DIRECT_B_BELOW * dense);
    const { tasksPtr, kFull, colFull } = writeShared(memory, compiled.dynamicBase, sorted, lists, op, direct);
    call(`${op.fn}_prepack`, tasksPtr, sorted.length);
    const per = Math.ceil(n / threads / 8) * 8;
    const { kc, nc } = sharedBlocking(op.sizes.k, sorted, direct, compiled.blocking);
    const jobs = Array.from({ length: threads }, (_, t) => [tasksPtr, sorted.length, Math.min(n, t * per), Math.min(n, (t + 1) * per), scratch(t), kFull, colFull, direct ? 1 : 0, kc, nc, zeroFirst]);
    await runJobs(`${op.fn}_shared`, jobs, pool, module, call);
    return { path: direct ? 'shared-direct' : 'shared-packed', threads };
  }
  const tasksPtr = writeTasks(memory, compiled.dynamicBase, tasks).tasksPtr;
  const jobs: number[][] = [];
  if (columnsSplittable(tasks, n) || !init.rowsDisjoint) {
    // threads take column ranges (each cell stays on one thread): every task spans all columns,
    // or two tasks write one cell (gathered columns of k strips), so task ranges would race
    const per = Math.ceil(n / threads / 8) * 8;
    for (let t = 0; t < threads; t++) jobs.push([tasksPtr, tasks.length, Math.min(n, t * per), Math.min(n, (t + 1) * per), scratch(t), zeroFirst]);
  } else {
    // tasks have disjoint rows, so they write disjoint cells: threads take task ranges of equal work
    const total = tasks.reduce((s, t) => s + taskWork(t), 0);
    let start = 0;
    let acc = 0;
    for (let i = 0, t = 0; i < tasks.length && threads > 1; i++) {
      acc += taskWork(tasks[i] as GemmTask);
      if (acc >= ((t + 1) * total) / threads || i === tasks.length - 1) {
        jobs.push([tasksPtr + start * TASK_FIELDS * 4, i + 1 - start, 0, n, scratch(t), zeroFirst]);
        start = i + 1;
        t++;
      }
    }
    if (jobs.length === 0) jobs.push([tasksPtr, tasks.length, 0, n, scratch(0), zeroFirst]);
  }
  await runJobs(op.fn, jobs, pool, module, call);
  return { path: 'per-task', threads: jobs.length };
}

/**
 * Blocks of the shared driver. A B block (kc × nc floats) must fit the scratch; each task's k
 * list is cut at block boundaries, and a micro-kernel call per piece costs a C load and store,
 * so for scattered k lists kc grows until a task lists about 128 positions per block (all of K
 * for sparse tasks); nc takes the rest of the space. Reading B in place needs no block.
 */
function sharedBlocking(k: number, tasks: readonly GemmTask[], direct: boolean, blocking: Blocking): { kc: number; nc: number } {
  const capacity = blocking.kc * blocking.nc;
  if (direct) return { kc: Math.max(1, k), nc: blocking.nc };
  // tasks over runs of consecutive k (an m-rule's k-blocks) keep the dense blocking: each block
  // then serves whole runs, and B and C blocks stay in cache (measured: 1x64 at 0.9, 0.62 → 0.79)
  const runs = tasks.every((t) => t.ks.length === 0 || (t.ks[t.ks.length - 1] as number) - (t.ks[0] as number) === t.ks.length - 1);
  if (runs) return { kc: Math.min(k, blocking.kc), nc: blocking.nc };
  const avg = tasks.reduce((s, t) => s + t.ks.length, 0) / Math.max(1, tasks.length);
  const pieces = Math.max(1, Math.floor(avg / 128));
  const kc = Math.max(1, Math.min(k, Math.ceil(k / pieces), Math.floor(capacity / 8)));
  const nc = Math.max(8, Math.min(blocking.nc * 4, Math.floor(capacity / kc / 8) * 8));
  return { kc, nc: Math.min(nc, Math.floor(capacity / kc / 8) * 8 || 8) };
}

/** Lists are written once each and padded for the kernels' over-reads (LIST_PADDING). */
class ListWriter {
  private readonly at = new Map<Int32Array, number>();
  private readonly pending: Int32Array[] = [];
  private words = 0;

  add(list: Int32Array): void {
    if (this.at.has(list)) return;
    this.at.set(list, -1);
    this.pending.push(list);
    this.words += list.length + LIST_PADDING;
  }

  get bytes(): number {
    return this.words * 4;
  }

  /** Writes every list from byte address `base`; returns the end. */
  flush(view: Int32Array, base: number): number {
    let at = base / 4;
    for (const list of this.pending) {
      this.at.set(list, at * 4);
      view.set(list, at);
      view.fill(list.length > 0 ? (list[list.length - 1] as number) : 0, at + list.length, at + list.length + LIST_PADDING);
      at += list.length + LIST_PADDING;
    }
    return at * 4;
  }

  address(list: Int32Array): number {
    return this.at.get(list) as number;
  }
}

function writeTasks(memory: WebAssembly.Memory, base: number, tasks: readonly GemmTask[]): { tasksPtr: number } {
  const lists = new ListWriter();
  for (const t of tasks) for (const l of [t.rows, t.ks, t.cols]) lists.add(l);
  ensureMemory(memory, base + tasks.length * TASK_FIELDS * 4 + lists.bytes + 64);
  const view = new Int32Array(memory.buffer);
  lists.flush(view, base + tasks.length * TASK_FIELDS * 4);
  tasks.forEach((t, i) => view.set(record(t, lists, 0, 0), base / 4 + i * TASK_FIELDS));
  return { tasksPtr: base };
}

function record(t: GemmTask, lists: ListWriter, aPacked: number, bRows: number): number[] {
  const r = new Array<number>(TASK_FIELDS).fill(0);
  r[TASK.loop] = t.loop;
  r[TASK.rows] = lists.address(t.rows);
  r[TASK.rowCount] = t.rows.length;
  r[TASK.ks] = lists.address(t.ks);
  r[TASK.kCount] = t.ks.length;
  r[TASK.cols] = lists.address(t.cols);
  r[TASK.colCount] = t.cols.length;
  r[TASK.aPacked] = aPacked;
  r[TASK.bRows] = bRows;
  return r;
}

/**
 * Tasks for the shared driver: records, lists, the full k and column lists, every task's packed-A
 * area, and (direct mode) every task's B row offsets in bytes.
 */
function writeShared(memory: WebAssembly.Memory, base: number, tasks: readonly GemmTask[], cache: ListCache, op: GemmOp, direct: boolean) {
  const lists = new ListWriter();
  const kFull = fullList(cache, 'k-full', op.sizes.k);
  const colFull = fullList(cache, 'n-full', op.sizes.n);
  lists.add(kFull);
  lists.add(colFull);
  const bRows = new Map<GemmTask, Int32Array>();
  for (const t of tasks) {
    for (const l of [t.rows, t.ks, t.cols]) lists.add(l);
    if (direct) {
      const rows = new Int32Array(t.ks.length);
      const loopPart = op.tables.bLoop[t.loop] as number;
      for (let i = 0; i < t.ks.length; i++) rows[i] = 4 * (loopPart + (op.tables.bK[t.ks[i] as number] as number));
      bRows.set(t, rows);
      lists.add(rows);
    }
  }
  const recordsBytes = tasks.length * TASK_FIELDS * 4;
  const aBytes = tasks.map((t) => Math.ceil(t.rows.length / MR) * MR * t.ks.length * 4);
  const listsAt = base + recordsBytes;
  const aAt = align64(listsAt + lists.bytes);
  const end = aAt + aBytes.reduce((s, b) => s + align64(b), 0);
  ensureMemory(memory, end + 64);
  const view = new Int32Array(memory.buffer);
  lists.flush(view, listsAt);
  let a = aAt;
  tasks.forEach((t, i) => {
    view.set(record(t, lists, a, direct ? lists.address(bRows.get(t) as Int32Array) : 0), base / 4 + i * TASK_FIELDS);
    a += align64(aBytes[i] as number);
  });
  return { tasksPtr: base, kFull: lists.address(kFull), colFull: lists.address(colFull) };
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
