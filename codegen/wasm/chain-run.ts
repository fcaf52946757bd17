import { indexDensity, type SparseIndex } from '../../ir/sparse-index.js';
import type { OpRunRecord } from '../target.js';
import type { CompiledWasm, OpProgram } from './compile-program.js';
import { tasksStoreTheirCells } from './c-init.js';
import { CALL_FIELDS } from './chain-emit.js';
import { COUNTER_BYTES, counterAfter } from './claim-jobs.js';
import { gemmByLoop, type ValueCall } from './gemm-by-loop.js';
import type { GemmTuning } from './gemm-run.js';
import { ensureMemory } from './instance.js';
import type { LoopChain } from './loop-chains.js';
import { pitDetail, untouchedRecord } from './run-records.js';
import { stageGroupByLoop } from './stage-group-run.js';
import type { ListCache } from './tasks.js';
import { gemmOpTasks, type IndexLookup } from './op-tasks.js';
import { runJobs, type KernelCall, type ThreadPool } from './thread-pool.js';

/** What running a chain needs of the executor's run. */
export interface ChainContext {
  readonly compiled: CompiledWasm;
  readonly memory: WebAssembly.Memory;
  readonly module: WebAssembly.Module;
  readonly pool: ThreadPool | undefined;
  readonly call: KernelCall;
  readonly crossover: number;
  readonly gemm?: GemmTuning;
  readonly index: IndexLookup;
  lists(op: string): ListCache;
  /** Ops computed by another op's kernel this run: op → that op. */
  readonly fused: Map<string, string>;
}

/** A member of a chain that runs a kernel, ready: its call per value, and its record. */
interface Member {
  readonly slot: number;
  callFor(v: number): ValueCall | undefined;
  record(kernelMs: number, chainNote: Record<string, unknown>): OpRunRecord;
  readonly end: number;
  /** Ops its kernel computes too (a group's followers, a GEMM's consumer). */
  readonly fuses: ReadonlyMap<string, string>;
}

/**
 * Runs a loop chain (loop-chains.ts) value by value: every member's tasks are built and written
 * first (each after the previous one's, ordered by value), then one dispatch of the chain's
 * function (chain-emit.ts) in which each thread claims a value and runs every member's tasks of
 * that value, in program order, before it claims the next. A member that cannot run by value (C
 * needing zeros, an epilogue pass, fills, a scalar kernel, tasks straddling values) leaves the
 * whole chain to run op by op: `why` says which. Every cell is computed by the same task in the
 * same order either way, so the results are bit for bit those of the op-by-op run.
 */
export async function runLoopChain(
  chain: LoopChain,
  ctx: ChainContext,
): Promise<{ records: OpRunRecord[] } | { why: string }> {
  const byName = new Map(ctx.compiled.ops.map((o) => [o.op, o]));
  const members = new Map<string, Member>();
  const fusedHere = new Map<string, string>();
  let base = ctx.compiled.dynamicBase;
  for (const name of chain.ops) {
    if (fusedHere.has(name) || ctx.fused.has(name)) continue;
    const op = byName.get(name) as OpProgram;
    const slot = chain.slots.findIndex((s) => s.op === name);
    if (slot < 0) return { why: `'${name}' has no kernel in the chain's function` };
    const member =
      op.kind === 'gemm'
        ? gemmMember(op, slot, ctx, base)
        : groupMember(op, slot, chain.values, ctx, base);
    if ('why' in member) return member;
    for (const [m, l] of member.fuses) fusedHere.set(m, l);
    members.set(name, member);
    base = member.end;
  }
  // the call records: values × slots, a slot with no kernel this run (a follower) or no task for v calls nothing
  const tableAt = counterAfter(base);
  const counter = counterAfter(tableAt + chain.values * chain.slots.length * CALL_FIELDS * 4);
  ensureMemory(ctx.memory, counter + COUNTER_BYTES);
  const table = new Int32Array(chain.values * chain.slots.length * CALL_FIELDS);
  for (const m of members.values()) {
    const callees = (chain.slots[m.slot] as LoopChain['slots'][number]).callees;
    for (let v = 0; v < chain.values; v++) {
      const call = m.callFor(v);
      if (!call) continue;
      const which = callees.findIndex((c) => c.fn === call.fn);
      if (which < 0) return { why: `the chain's function cannot call '${call.fn}'` };
      const at = (v * chain.slots.length + m.slot) * CALL_FIELDS;
      table[at] = which + 1;
      table.set(call.args, at + 1);
    }
  }
  const view = new Int32Array(ctx.memory.buffer);
  view.set(table, tableAt / 4);
  view[counter / 4] = 0;
  const threads = Math.min(chain.values, ctx.pool && ctx.pool.size > 1 ? ctx.pool.size : 1);
  const scratch = (t: number): number =>
    ctx.compiled.gemmScratch + t * ctx.compiled.gemmScratchStride;
  const t0 = performance.now();
  await runJobs(
    chain.fn,
    Array.from({ length: threads }, (_, t) => [tableAt, chain.values, counter, scratch(t)]),
    ctx.pool,
    ctx.module,
    ctx.call,
  );
  const ms = performance.now() - t0;
  for (const [m, l] of fusedHere) ctx.fused.set(m, l);
  // one dispatch ran every member: its time is the first member's, and every record says so
  const first = [...members.keys()][0];
  const note = { ops: chain.ops, values: chain.values, threads, ms, timedIn: first };
  const records = new Map(
    [...members].map(([name, m]) => [name, m.record(name === first ? ms : 0, note)]),
  );
  return {
    records: chain.ops.map((name) => {
      const own = records.get(name);
      if (own) return own;
      // computed by another op's kernel: its form is that op's
      const leader = (fusedHere.get(name) ?? ctx.fused.get(name)) as string;
      const path = byName.get(leader)?.kind === 'gemm' ? 'gemm' : 'simd';
      return {
        name,
        target: 'wasm',
        kernelMs: 0,
        form: records.get(leader)?.form ?? 'dense',
        detail: { path, fusedInto: leader },
      };
    }),
  };
}

type Prepared = Member | { readonly why: string };

/** A GEMM member: its tasks from the index (or dense), by loop value (gemm-by-loop.ts). */
function gemmMember(
  op: Extract<OpProgram, { kind: 'gemm' }>,
  slot: number,
  ctx: ChainContext,
  base: number,
): Prepared {
  const lists = ctx.lists(op.op);
  const t0 = performance.now();
  const { tasks, listed, indexMs, taskMs, detail } = gemmOpTasks(
    op,
    lists,
    ctx.crossover,
    ctx.index,
  );
  const sparseOut = listed && op.pitOutput ? op.pitOutput : undefined;
  if (sparseOut && sparseOut.fills.length > 0)
    return { why: `'${op.op}': its untouched cells are filled first` };
  // an output-sparse GEMM's listed cells must each be stored by one task (else they are zeroed first)
  if (sparseOut && !tasksStoreTheirCells(op, tasks, lists))
    return { why: `'${op.op}': its listed cells are zeroed first` };
  const run = gemmByLoop(
    op,
    ctx.compiled,
    ctx.memory,
    tasks,
    lists,
    base,
    ctx.gemm,
    sparseOut ? 'stored' : undefined,
  );
  if ('why' in run) return run;
  const fuses = new Map<string, string>(
    op.consumer !== undefined && run.epilogue.fused ? [[op.consumer, op.op]] : [],
  );
  const written = sparseOut
    ? untouchedRecord([{ op: op.op, filled: false }], ctx.compiled.unread)
    : {};
  const epilogue =
    fuses.size > 0
      ? { epilogue: { path: 'fused', consumer: op.consumer } }
      : op.epilogue
        ? { epilogue: { path: 'fused' } }
        : {};
  const setupMs = performance.now() - t0 - (indexMs ?? 0);
  return {
    slot,
    end: run.end,
    fuses,
    callFor: run.callFor,
    record: (ms, chain) => ({
      name: op.op,
      target: 'wasm',
      kernelMs: setupMs + ms,
      form: listed ? 'pit' : 'dense',
      ...(indexMs !== undefined ? { indexMs } : {}),
      detail: {
        ...detail,
        tasks: tasks.length,
        taskMs,
        gemm: run.path,
        gemmMs: ms,
        ...written,
        ...epilogue,
        chain,
      },
    }),
  };
}

/** A point-by-point member: the stage group it leads (its PIT group, or its dense one), by value. */
function groupMember(
  op: Extract<OpProgram, { kind: 'pointwise' }>,
  slot: number,
  values: number,
  ctx: ChainContext,
  base: number,
): Prepared {
  let group = op.denseGroup;
  let index: SparseIndex | undefined;
  let detail: Record<string, unknown> = { path: 'simd', mode: 'dense' };
  let indexMs: number | undefined;
  let pit = false;
  const t0 = performance.now();
  if (op.kernel.kind === 'pit' && op.pitLoops && op.pit) {
    const built = ctx.index(op.pitLoops.index);
    indexMs = built.ms;
    pit = indexDensity(built.index) <= ctx.crossover;
    detail = { path: 'simd', ...pitDetail(op.kernel, built.index, built.reused, pit) };
    if (pit) {
      group = op.pit.group;
      index = built.index;
    }
  }
  if (!group) return { why: `'${op.op}' runs in no stage group here` };
  if (group.ops[0] !== op.op) return { why: `'${op.op}' is in a group '${group.ops[0]}' leads` };
  const ran = stageGroupByLoop(group, index, values, ctx.memory, base);
  if ('why' in ran) return ran;
  const members = group.ops;
  const fuses = new Map(members.filter((m) => m !== op.op).map((m) => [m, op.op]));
  const untouched = pit
    ? untouchedRecord(
        members.map((m) => ({ op: m, filled: false })),
        ctx.compiled.unread,
      )
    : {};
  const setupMs = performance.now() - t0 - (indexMs ?? 0);
  return {
    slot,
    end: ran.end,
    fuses,
    callFor: ran.callFor,
    record: (ms, chain) => ({
      name: op.op,
      target: 'wasm',
      kernelMs: setupMs + ms,
      form: pit ? 'pit' : 'dense',
      ...(indexMs !== undefined ? { indexMs } : {}),
      detail: {
        ...detail,
        ...(members.length > 1 ? { fused: [...members] } : {}),
        tasks: ran.tasks,
        taskMs: ran.taskMs,
        ...untouched,
        chain,
      },
    }),
  };
}
