import type { CompiledWasm, OpProgram } from './compile-program.js';
import { CHUNK_FIELDS, TASK_FIELDS } from './gemm-layout.js';
import { initC, type ListedCells } from './c-init.js';
import { COUNTER_BYTES } from './claim-jobs.js';
import { ensureMemory } from './instance.js';
import {
  bListPlan,
  DIRECT_B_ROW_USES,
  isKRun,
  sharedBlocking,
  storesEpilogue,
  writeChunks,
  writeShared,
  writeTasks,
  type GemmRun,
  type GemmTuning,
  type SharedChunk,
} from './gemm-run.js';
import { columnsSplittable, type GemmTask, type ListCache } from './tasks.js';

type GemmOp = Extract<OpProgram, { kind: 'gemm' }>;

/** One value's call of a chain slot: the kernel and its arguments (the scratch one is the thread's: chain-emit.ts). */
export interface ValueCall {
  readonly fn: string;
  readonly args: readonly number[];
}

/**
 * How a loop chain cuts a GEMM's tasks into the units it claims: their number, and each task's
 * (its loop value, or a strip of rows of it). A unit's tasks must hold every cell they store.
 */
export interface TaskUnits {
  readonly count: number;
  of(t: GemmTask): number;
}

/** A GEMM whose tasks are written to memory, to be run one loop value at a time on one thread (a loop chain's member: chain-run.ts). */
export interface GemmByLoop {
  readonly path: GemmRun['path'];
  /** The first byte after its task data: the next member writes from there. */
  readonly end: number;
  /** The byte ranges [from, to) it wrote (the rest up to `end` is room its kernels write into). */
  readonly written: readonly (readonly [number, number])[];
  /** The call that computes every cell of unit u, epilogue included (undefined: u has no task). */
  callFor(u: number): ValueCall | undefined;
  readonly epilogue: GemmRun['epilogue'];
}

/**
 * Prepares a GEMM's run unit by unit (by loop value unless `units` says otherwise; see runGemm
 * for the drivers): writes its task records from byte `base`, ordered by unit, and for the shared
 * driver one chunk, one claim counter and one packed B list per unit. Only a GEMM whose every cell is summed whole by one task (C needs no zeros, and
 * the stores apply the epilogue) can run so; otherwise it says why not, having written nothing
 * but its tasks.
 */
export function gemmByLoop(
  op: GemmOp,
  compiled: CompiledWasm,
  memory: WebAssembly.Memory,
  tasksIn: readonly GemmTask[],
  lists: ListCache,
  base: number,
  tuning: GemmTuning = {},
  listed?: ListedCells,
  units: TaskUnits = { count: op.sizes.loop, of: (t) => t.loop },
): GemmByLoop | { readonly why: string } {
  const tasks = sortedByUnit(tasksIn, units);
  const n = op.sizes.n;
  const init = initC(op, tasks, memory, lists, listed);
  if (!init.zeroFirst || !init.oneTaskPerCell)
    return { why: `'${op.op}': some cells are summed by several tasks or by none` };
  const epilogue = storesEpilogue(op, tuning, init.oneTaskPerCell);
  if (op.epilogue && !epilogue.fused)
    return { why: `'${op.op}': its epilogue runs as a pass of its own` };
  const fuse = epilogue.fused ? 1 : 0;
  // tasks of unit u are [first[u], first[u + 1])
  const first = new Int32Array(units.count + 1);
  for (const t of tasks) first[units.of(t) + 1] = (first[units.of(t) + 1] as number) + 1;
  for (let v = 0; v < units.count; v++)
    first[v + 1] = (first[v + 1] as number) + (first[v] as number);
  const count = (v: number): number => (first[v + 1] as number) - (first[v] as number);
  const denseLike = tasks.every((t) => t.rows.length === op.sizes.m && t.ks.length === op.sizes.k);
  if (columnsSplittable(tasks, n) && !denseLike) {
    const plan = bListPlan(tasks, op.sizes.k, lists, units.of);
    const work = tasks.reduce((s, t) => s + t.rows.length * t.ks.length, 0);
    const direct =
      op.directB && (tuning.forceDirectB ?? work < DIRECT_B_ROW_USES * plan.packedRows);
    const { tasksPtr, colFull, listsEnd, end } = writeShared(
      memory,
      base,
      tasks,
      lists,
      op,
      direct,
      plan,
      undefined,
    );
    const { kc, nc } = sharedBlocking(plan, tasks, direct, compiled.blocking, op.sizes.k);
    // a chunk per unit with tasks, each with a claim counter of its own (one claim takes it)
    const chunks: SharedChunk[] = [];
    const chunkOf = new Int32Array(units.count).fill(-1);
    for (let v = 0; v < units.count; v++) {
      if (count(v) === 0) continue;
      chunkOf[v] = chunks.length;
      chunks.push({ start: first[v] as number, count: count(v), colLo: 0, colHi: n, packA: true });
    }
    const { chunksPtr, counter: counters } = writeChunks(memory, end, tasksPtr, chunks);
    const after = counters + chunks.length * COUNTER_BYTES;
    ensureMemory(memory, after);
    new Int32Array(memory.buffer, counters, (chunks.length * COUNTER_BYTES) / 4).fill(0);
    const path = direct ? 'shared-direct' : 'shared-packed';
    return {
      path,
      end: after,
      written: [
        [base, listsEnd],
        [chunksPtr, after],
      ],
      epilogue,
      callFor: (v) => {
        const c = chunkOf[v] as number;
        if (c < 0) return undefined;
        return {
          fn: `${op.fn}_shared`,
          args: [
            chunksPtr + c * CHUNK_FIELDS * 4,
            1,
            counters + c * COUNTER_BYTES,
            0,
            colFull,
            direct ? 1 : 0,
            kc,
            nc,
            1,
            fuse,
          ],
        };
      },
    };
  }
  const { tasksPtr, end } = writeTasks(memory, base, tasks);
  const nt = op.ntDriver && tasks.every(isKRun);
  const fn = nt ? `${op.fn}_nt` : op.fn;
  return {
    path: nt ? 'per-task-nt' : 'per-task',
    end,
    written: [[base, end]],
    epilogue,
    callFor: (v) =>
      count(v) === 0
        ? undefined
        : {
            fn,
            args: [tasksPtr + (first[v] as number) * TASK_FIELDS * 4, count(v), 0, n, 0, 1, fuse],
          },
  };
}

/** Tasks ordered by unit, stably (each unit's keep their order). */
function sortedByUnit(tasks: readonly GemmTask[], units: TaskUnits): readonly GemmTask[] {
  for (let i = 1; i < tasks.length; i++)
    if (units.of(tasks[i] as GemmTask) < units.of(tasks[i - 1] as GemmTask))
      return [...tasks].sort((a, b) => units.of(a) - units.of(b));
  return tasks;
}
