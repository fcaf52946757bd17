import type { SparseIndex } from '../../ir/sparse-index.js';
import { FILL32, FILL8 } from './group-kernel-emit.js';
import { claimingName, claimJobs, COUNTER_BYTES, counterAfter } from './claim-jobs.js';
import { ensureMemory } from './instance.js';
import { MIN_PARALLEL_WORK } from './simd-run.js';
import type { Fill, StageGroupProgram } from './stage-group-compile.js';
import { denseTasks, GROUP_TASK_FIELDS, pitTasks, type StageTasks } from './stage-tasks.js';
import { runJobs, type KernelCall, type ThreadPool } from './thread-pool.js';

/** Rows per task of a dense group: enough tasks for threads to share and for V8's tier-up (see emitStageGroup). */
const DENSE_TASKS = 64;

/** Words below which a fill stays on the calling thread. */
const MIN_PARALLEL_FILL = 1 << 20;

export interface GroupRun {
  readonly threads: number;
  readonly tasks: number;
  /** Building and writing the task list (ms). */
  readonly taskMs: number;
}

/**
 * Runs a stage group: builds its tasks (from the index for a PIT group, rows for a dense one),
 * writes them from byte `base` of the memory (spans, then records), and runs them: on several
 * threads, each claims chunks of consecutive tasks until none is left. Every row of every task is
 * computed by one thread in the same order, so results do not depend on the thread count.
 */
export async function runStageGroup(
  group: StageGroupProgram,
  index: SparseIndex | undefined,
  memory: WebAssembly.Memory,
  base: number,
  pool: ThreadPool | undefined,
  module: WebAssembly.Module,
  call: KernelCall,
  minParallelWork = MIN_PARALLEL_WORK,
): Promise<GroupRun> {
  const t0 = performance.now();
  const tasks = groupTasks(group, index);
  const spansAt = align16(base);
  const recordsAt = align16(spansAt + tasks.spans.length * 4);
  const counter = counterAfter(recordsAt + tasks.count * GROUP_TASK_FIELDS * 4);
  ensureMemory(memory, counter + COUNTER_BYTES);
  const view = new Int32Array(memory.buffer);
  view.set(tasks.spans, spansAt / 4);
  const records = tasks.records.slice();
  for (let t = 0; t < tasks.count; t++) records[t * GROUP_TASK_FIELDS + 4] = spansAt + 8 * (records[t * GROUP_TASK_FIELDS + 4] as number);
  view.set(records, recordsAt / 4);
  const taskMs = performance.now() - t0;

  let total = 0;
  for (let t = 0; t < tasks.count; t++) total += tasks.work[t] as number;
  const threads = pool && pool.size > 1 && total * group.costPerPoint >= minParallelWork && tasks.count > 1 ? Math.min(pool.size, tasks.count) : 1;
  // several threads claim chunks of tasks (claim-loop.ts): a late or descheduled one takes fewer
  if (threads > 1) await runJobs(claimingName(group.fn), claimJobs(memory, counter, recordsAt, tasks.count, threads, () => []), pool, module, call);
  else await runJobs(group.fn, [[recordsAt, tasks.count]], pool, module, call);
  return { threads, tasks: tasks.count, taskMs };
}

/** A group's tasks: over the listed micro-tiles of its index (PIT), or every row in pieces (dense). */
function groupTasks(group: StageGroupProgram, index: SparseIndex | undefined): StageTasks {
  if (group.mode === 'dense') return denseTasks(group.rows, group.pointsPerRow, Math.ceil(group.rows / DENSE_TASKS));
  if (!index || !group.layout) throw new Error(`stage group ${group.fn} needs its index`);
  return pitTasks(group.layout, index);
}

/** Writes each fill's constant over its region (split across threads when large). */
export async function runFills(fills: readonly Fill[], pool: ThreadPool | undefined, module: WebAssembly.Module, call: KernelCall): Promise<void> {
  for (const f of fills) {
    if (f.dtype === 'bool') {
      call(FILL8, f.address, f.count, f.value !== 0 ? 1 : 0);
      continue;
    }
    const bits = f.dtype === 'f32' ? new Int32Array(Float32Array.of(f.value).buffer)[0] as number : f.value | 0;
    const threads = pool && pool.size > 1 && f.count >= MIN_PARALLEL_FILL ? pool.size : 1;
    const per = Math.ceil(f.count / threads / 4) * 4;
    const jobs: number[][] = [];
    for (let lo = 0; lo < f.count; lo += per) jobs.push([f.address + 4 * lo, Math.min(per, f.count - lo), bits]);
    await runJobs(FILL32, jobs, pool, module, call);
  }
}

function align16(x: number): number {
  return Math.ceil(x / 16) * 16;
}

/** A stage group whose tasks are written to memory, to be run one unit of its rows at a time (chain-run.ts). */
export interface GroupByLoop {
  readonly end: number;
  readonly tasks: number;
  readonly taskMs: number;
  /** The call that runs unit u's tasks (undefined: it has none). */
  callFor(u: number): { readonly fn: string; readonly args: readonly number[] } | undefined;
}

/**
 * The units a loop chain claims: `values` values of the leading row axes, each cut into strips of
 * `strip.rows` values of the next row axis (of `strip.extent`) when strip is given.
 */
export interface RowUnits {
  readonly values: number;
  readonly strip?: { readonly extent: number; readonly rows: number };
}

/** Strips per value (1 when values are not cut). */
export function stripsPerValue(units: RowUnits): number {
  return units.strip ? Math.ceil(units.strip.extent / units.strip.rows) : 1;
}

/**
 * Prepares a stage group's run unit by unit (RowUnits): its tasks, cut at unit boundaries, written
 * from byte `base` ordered by unit. Only a group whose rows do not split into the units says why not.
 */
export function stageGroupByLoop(group: StageGroupProgram, index: SparseIndex | undefined, units: RowUnits, memory: WebAssembly.Memory, base: number): GroupByLoop | { readonly why: string } {
  const t0 = performance.now();
  const rows = group.layout ? group.layout.rows.reduce((n, r) => n * r.extent, 1) : group.rows;
  const cuts = unitCuts(rows, units);
  if ('why' in cuts) return { why: `${group.fn}: ${cuts.why}` };
  const tasks = groupTasks(group, index);
  // a task's rows cut at unit boundaries (rows are independent cells), then ordered by unit
  // (a counting sort, stable: the pieces of a unit keep their order)
  const pieces: number[] = [];
  const first = new Int32Array(cuts.count + 1);
  for (let t = 0; t < tasks.count; t++) {
    const at = t * GROUP_TASK_FIELDS;
    const lo = tasks.records[at] as number;
    const hi = tasks.records[at + 1] as number;
    for (let from = lo; from < hi; ) {
      const u = cuts.unitOf(from);
      const to = Math.min(hi, cuts.endOf(u));
      pieces.push(u, from, to, t);
      first[u + 1] = (first[u + 1] as number) + 1;
      from = to;
    }
  }
  for (let u = 0; u < cuts.count; u++) first[u + 1] = (first[u + 1] as number) + (first[u] as number);
  const count = pieces.length / 4;
  const spansAt = align16(base);
  const recordsAt = align16(spansAt + tasks.spans.length * 4);
  const end = recordsAt + count * GROUP_TASK_FIELDS * 4;
  ensureMemory(memory, end);
  const view = new Int32Array(memory.buffer);
  view.set(tasks.spans, spansAt / 4);
  // each piece's record straight into memory: its rows, the task's vector range and spans
  const next = first.slice(0, cuts.count);
  const src = tasks.records;
  for (let p = 0; p < pieces.length; p += 4) {
    const u = pieces[p] as number;
    const t = (pieces[p + 3] as number) * GROUP_TASK_FIELDS;
    const at = recordsAt / 4 + (next[u] as number) * GROUP_TASK_FIELDS;
    next[u] = (next[u] as number) + 1;
    view[at] = pieces[p + 1] as number;
    view[at + 1] = pieces[p + 2] as number;
    view[at + 2] = src[t + 2] as number;
    view[at + 3] = src[t + 3] as number;
    view[at + 4] = spansAt + 8 * (src[t + 4] as number);
    view[at + 5] = src[t + 5] as number;
  }
  return {
    end,
    tasks: count,
    taskMs: performance.now() - t0,
    callFor: (u) => {
      const n = (first[u + 1] as number) - (first[u] as number);
      return n === 0 ? undefined : { fn: group.fn, args: [recordsAt + (first[u] as number) * GROUP_TASK_FIELDS * 4, n] };
    },
  };
}

/** Which unit a row is in, and where that unit's rows end, for `rows` flattened rows. */
function unitCuts(rows: number, units: RowUnits): { count: number; unitOf(row: number): number; endOf(unit: number): number } | { why: string } {
  const perValue = rows / units.values;
  if (!Number.isInteger(perValue) || perValue < 1) return { why: `${rows} rows do not split into ${units.values} values` };
  const strip = units.strip;
  if (!strip) return { count: units.values, unitOf: (r) => Math.floor(r / perValue), endOf: (u) => (u + 1) * perValue };
  // each value's rows: `extent` values of the strip axis, `perRow` rows each
  const perRow = perValue / strip.extent;
  if (!Number.isInteger(perRow) || perRow < 1) return { why: `${perValue} rows per value do not split along an axis of ${strip.extent}` };
  const blocks = stripsPerValue(units);
  return {
    count: units.values * blocks,
    unitOf: (r) => {
      const v = Math.floor(r / perValue);
      return v * blocks + Math.floor((r - v * perValue) / perRow / strip.rows);
    },
    endOf: (u) => {
      const v = Math.floor(u / blocks);
      const b = u - v * blocks;
      return v * perValue + Math.min(strip.extent, (b + 1) * strip.rows) * perRow;
    },
  };
}
