import { indexDensity, type SparseIndex } from '../../ir/sparse-index.js';
import type { OpRunRecord } from '../target.js';
import type { CompiledWasm, OpProgram } from './compile-program.js';
import { tasksStoreTheirCells } from './c-init.js';
import { CALL_FIELDS } from './chain-emit.js';
import { COUNTER_BYTES, counterAfter } from './claim-jobs.js';
import { gemmByLoop, type TaskUnits, type ValueCall } from './gemm-by-loop.js';
import type { GemmTuning } from './gemm-run.js';
import { ensureMemory } from './instance.js';
import type { LoopChain } from './loop-chains.js';
import { pitDetail, untouchedRecord } from './run-records.js';
import { stageGroupByLoop, stripsPerValue, type RowUnits } from './stage-group-run.js';
import type { ListCache } from './tasks.js';
import { gemmOpTasks, type GemmOpTasks, type IndexLookup } from './op-tasks.js';
import { PlanMemo } from './plan-memo.js';
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
  /** Cut values into strips of rows where the chain can (default true; tests compare). */
  readonly strips?: boolean;
  /** Plans kept from earlier runs of this binding, by chain function (absent: every run plans afresh). */
  readonly plans?: Map<string, PlanMemo<ChainPlan>>;
}

/**
 * This run's lookup of an index key a reused plan read, for the records: its ms and whether an
 * earlier op had built it, for the first member that asks; later members that read the same
 * index find it built (0 ms), as they do when the plan is made afresh.
 */
type FreshLookups = (key: string) => { readonly ms: number; readonly reused: boolean } | undefined;

function freshLookups(
  lookups: ReadonlyMap<string, { readonly ms: number; readonly reused: boolean }>,
): FreshLookups {
  const told = new Set<string>();
  return (key) => {
    const found = lookups.get(key);
    if (!found) return undefined;
    if (told.has(key)) return { ms: 0, reused: true };
    told.add(key);
    return found;
  };
}

/**
 * Rows of a strip at the least (more when a GEMM task's rows span more): a strip's working set
 * (attention: 32 query rows' kept scores, their p·v) stays in L1 and L2, and a claim, three calls
 * and a packed B list per strip cost little beside 32 rows' work.
 */
export const MIN_STRIP_ROWS = 32;

/** A member of a chain that runs a kernel, ready: its call per value, and its record. */
interface Member {
  readonly slot: number;
  /** The byte ranges [from, to) its planning wrote. */
  readonly written: readonly (readonly [number, number])[];
  callFor(v: number): ValueCall | undefined;
  /** Its record: `fresh` when the plan was kept from an earlier run (no setup this run, this run's index lookups). */
  record(kernelMs: number, chainNote: Record<string, unknown>, fresh?: FreshLookups): OpRunRecord;
  readonly end: number;
  /** Ops its kernel computes too (a group's followers, a GEMM's consumer). */
  readonly fuses: ReadonlyMap<string, string>;
}

/** A chain ready to dispatch: its members, the call table's place and the claim counter. */
export interface ChainPlan {
  readonly members: ReadonlyMap<string, Member>;
  readonly fusedHere: ReadonlyMap<string, string>;
  readonly units: RowUnits;
  readonly unitCount: number;
  readonly threads: number;
  readonly tableAt: number;
  readonly counter: number;
  /** Every byte range [from, to) the planning wrote: the members' records and lists, the call table, the counter. */
  readonly written: readonly (readonly [number, number])[];
}

/**
 * Runs a loop chain (loop-chains.ts) value by value: every member's tasks are built and written
 * first (each after the previous one's, ordered by value), then one dispatch of the chain's
 * function (chain-emit.ts) in which each thread claims a value and runs every member's tasks of
 * that value, in program order, before it claims the next. A member that cannot run by value (C
 * needing zeros, an epilogue pass, fills, a scalar kernel, tasks straddling values) leaves the
 * whole chain to run op by op: `why` says which. Every cell is computed by the same task in the
 * same order either way, so the results are bit for bit those of the op-by-op run. The plan of
 * the last run is reused when its indexes list the same micro-tiles (plan-memo.ts).
 */
export async function runLoopChain(
  chain: LoopChain,
  ctx: ChainContext,
): Promise<{ records: OpRunRecord[] } | { why: string }> {
  const p0 = performance.now();
  const settings = planSettings(chain, ctx);
  const kept = ctx.plans?.get(chain.fn);
  // the indexes the kept plan read, looked up to compare (built now if no op built them yet)
  const probed = new Map<string, ReturnType<IndexLookup>>();
  const probe: IndexLookup = (key) => {
    const found = ctx.index(key);
    if (!probed.has(key)) probed.set(key, found);
    return found;
  };
  let plan: ChainPlan;
  let fresh: FreshLookups | undefined;
  if (kept?.fits(settings, probe)) {
    kept.restore(ctx.memory);
    plan = kept.plan;
    fresh = freshLookups(probed);
  } else {
    // planning's first lookup of a probed key gets the probe's result (its ms, whether it was
    // built before); every index planning reads is kept with the plan
    const read = new Map<string, SparseIndex>();
    const made = planChain(chain, {
      ...ctx,
      index: (key) => {
        const found = probed.get(key) ?? ctx.index(key);
        probed.delete(key);
        if (!read.has(key)) read.set(key, found.index);
        return found;
      },
    });
    if ('why' in made) return made;
    plan = made;
    ctx.plans?.set(chain.fn, PlanMemo.keep(settings, read, ctx.memory, made.written, made));
  }
  // a kept plan's setup this run: comparing the indexes and copying the plan back
  const setupMs = fresh ? performance.now() - p0 - sumMs(probed) : 0;
  const { members, fusedHere, units, unitCount, threads, tableAt, counter } = plan;
  const scratch = (t: number): number =>
    ctx.compiled.gemmScratch + t * ctx.compiled.gemmScratchStride;
  const t0 = performance.now();
  await runJobs(
    chain.fn,
    Array.from({ length: threads }, (_, t) => [tableAt, unitCount, counter, scratch(t)]),
    ctx.pool,
    ctx.module,
    ctx.call,
  );
  const ms = performance.now() - t0;
  for (const [m, l] of fusedHere) ctx.fused.set(m, l);
  // one dispatch ran every member: its time is the first member's, and every record says so
  const first = [...members.keys()][0];
  const strips = units.strip ? { strips: { rows: units.strip.rows, units: unitCount } } : {};
  const reuse = fresh ? { planReused: true } : {};
  const note = {
    ops: chain.ops,
    values: chain.values,
    ...strips,
    threads,
    ms,
    timedIn: first,
    ...reuse,
  };
  const records = new Map(
    [...members].map(([name, m]) => [
      name,
      m.record(name === first ? ms + setupMs : 0, note, fresh),
    ]),
  );
  const byName = new Map(ctx.compiled.ops.map((o) => [o.op, o]));
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

/** What a chain's plan depends on besides its indexes: equal strings plan alike. */
function planSettings(chain: LoopChain, ctx: ChainContext): string {
  return JSON.stringify({
    strips: ctx.strips !== false,
    threads: ctx.pool?.size ?? 1,
    crossover: ctx.crossover,
    gemm: ctx.gemm ?? {},
    fused: chain.ops.filter((name) => ctx.fused.has(name)),
  });
}

function sumMs(lookups: ReadonlyMap<string, { readonly ms: number }>): number {
  let ms = 0;
  for (const l of lookups.values()) ms += l.ms;
  return ms;
}

/**
 * Plans a chain: every member's tasks and records in memory from the binding's dynamic base, then
 * the call table and the claim counter (zero), nothing dispatched; or why the chain cannot run.
 */
function planChain(chain: LoopChain, ctx: ChainContext): ChainPlan | { why: string } {
  const byName = new Map(ctx.compiled.ops.map((o) => [o.op, o]));
  const members = new Map<string, Member>();
  const fusedHere = new Map<string, string>();
  // the GEMMs' tasks first: a strip must hold each task's rows
  const gemmTasks = new Map<string, GemmOpTasks>();
  for (const name of chain.ops) {
    const op = byName.get(name) as OpProgram;
    if (op.kind === 'gemm' && !ctx.fused.has(name))
      gemmTasks.set(name, gemmOpTasks(op, ctx.lists(op.op), ctx.crossover, ctx.index));
  }
  const rows = ctx.strips === false ? undefined : stripRows(chain, [...gemmTasks.values()]);
  const units: RowUnits = {
    values: chain.values,
    ...(chain.rowSplit && rows !== undefined
      ? { strip: { extent: chain.rowSplit.extent, rows } }
      : {}),
  };
  const unitCount = chain.values * stripsPerValue(units);
  let base = ctx.compiled.dynamicBase;
  for (const name of chain.ops) {
    if (fusedHere.has(name) || ctx.fused.has(name)) continue;
    const op = byName.get(name) as OpProgram;
    const slot = chain.slots.findIndex((s) => s.op === name);
    if (slot < 0) return { why: `'${name}' has no kernel in the chain's function` };
    const member =
      op.kind === 'gemm'
        ? gemmMember(op, gemmTasks.get(name) as GemmOpTasks, gemmUnits(op, units), slot, ctx, base)
        : groupMember(op, slot, units, ctx, base);
    // a member that cannot run in strips (a group whose rows do not cut there) may by value
    if ('why' in member) return units.strip ? planChain(chain, { ...ctx, strips: false }) : member;
    for (const [m, l] of member.fuses) fusedHere.set(m, l);
    members.set(name, member);
    base = member.end;
  }
  // the call records: values × slots, a slot with no kernel this run (a follower) or no task for v calls nothing
  const tableAt = counterAfter(base);
  const counter = counterAfter(tableAt + unitCount * chain.slots.length * CALL_FIELDS * 4);
  ensureMemory(ctx.memory, counter + COUNTER_BYTES);
  const threads = Math.min(unitCount, ctx.pool && ctx.pool.size > 1 ? ctx.pool.size : 1);
  const claimOf = claimOrder(unitCount, units.values, threads);
  const table = new Int32Array(unitCount * chain.slots.length * CALL_FIELDS);
  for (const m of members.values()) {
    const callees = (chain.slots[m.slot] as LoopChain['slots'][number]).callees;
    for (let v = 0; v < unitCount; v++) {
      const call = m.callFor(v);
      if (!call) continue;
      const which = callees.findIndex((c) => c.fn === call.fn);
      if (which < 0) return { why: `the chain's function cannot call '${call.fn}'` };
      const at = ((claimOf[v] as number) * chain.slots.length + m.slot) * CALL_FIELDS;
      table[at] = which + 1;
      table.set(call.args, at + 1);
    }
  }
  const view = new Int32Array(ctx.memory.buffer);
  view.set(table, tableAt / 4);
  view[counter / 4] = 0;
  const written = [
    ...[...members.values()].flatMap((m) => m.written),
    [tableAt, tableAt + table.byteLength] as const,
    [counter, counter + 4] as const,
  ];
  return { members, fusedHere, units, unitCount, threads, tableAt, counter, written };
}

type Prepared = Member | { readonly why: string };

/**
 * The claim at which each unit runs (a permutation). Units are a value's strips in a row; claims
 * deal them out from `threads` runs of values in turn (claims 0, 2, 4, … from the first half of
 * the heads, 1, 3, 5, … from the second on two threads), so threads that claim in turn work on
 * different values and each reads its value's operands (attention's k and v) into its own core's
 * cache, not both into both.
 */
export function claimOrder(units: number, values: number, threads: number): Int32Array {
  const order = new Int32Array(units);
  const perValue = units / values;
  const runs = Math.max(1, Math.min(threads, values));
  const next = Array.from({ length: runs }, (_, r) => Math.floor((r * values) / runs) * perValue);
  const ends = Array.from(
    { length: runs },
    (_, r) => Math.floor(((r + 1) * values) / runs) * perValue,
  );
  for (let c = 0, r = 0; c < units; r = (r + 1) % runs) {
    if ((next[r] as number) >= (ends[r] as number)) continue;
    order[next[r] as number] = c++;
    next[r] = (next[r] as number) + 1;
  }
  return order;
}

type GemmOp = Extract<OpProgram, { kind: 'gemm' }>;

/**
 * The strip height: at least MIN_STRIP_ROWS, a power of two times the tallest task's rows, such
 * that no GEMM task's rows straddle two strips; undefined when the chain does not split along
 * rows or no height below the axis's extent holds every task.
 */
function stripRows(chain: LoopChain, gemms: readonly GemmOpTasks[]): number | undefined {
  if (!chain.rowSplit) return undefined;
  const spans: number[] = [];
  let tallest = 1;
  for (const g of gemms)
    for (const t of g.tasks) {
      if (t.rows.length === 0) continue;
      let lo = t.rows[0] as number;
      let hi = lo;
      for (let r = 1; r < t.rows.length; r++) {
        const row = t.rows[r] as number;
        if (row < lo) lo = row;
        else if (row > hi) hi = row;
      }
      spans.push(lo, hi);
      tallest = Math.max(tallest, hi - lo + 1);
    }
  for (let rows = Math.max(MIN_STRIP_ROWS, tallest); rows < chain.rowSplit.extent; rows *= 2) {
    let fits = true;
    for (let s = 0; s < spans.length && fits; s += 2)
      fits =
        Math.floor((spans[s] as number) / rows) === Math.floor((spans[s + 1] as number) / rows);
    if (fits) return rows;
  }
  return undefined;
}

/** A GEMM's tasks by unit: by its value of the chain's leading axes, and by strip of its rows. */
function gemmUnits(op: GemmOp, units: RowUnits): TaskUnits {
  // the chain's values are the GEMM's leading loop values (it may loop over more axes)
  const perValue = op.sizes.loop / units.values;
  const strip = units.strip;
  if (!strip) return { count: units.values, of: (t) => Math.floor(t.loop / perValue) };
  const blocks = stripsPerValue(units);
  return {
    count: units.values * blocks,
    of: (t) => Math.floor(t.loop / perValue) * blocks + Math.floor((t.rows[0] ?? 0) / strip.rows),
  };
}

/** A GEMM member: its tasks from the index (or dense), by unit (gemm-by-loop.ts). */
function gemmMember(
  op: GemmOp,
  built: GemmOpTasks,
  units: TaskUnits,
  slot: number,
  ctx: ChainContext,
  base: number,
): Prepared {
  const lists = ctx.lists(op.op);
  const t0 = performance.now();
  const { tasks, listed, indexMs, taskMs, detail } = built;
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
    units,
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
  const setupMs = taskMs + performance.now() - t0;
  return {
    slot,
    end: run.end,
    written: run.written,
    fuses,
    callFor: run.callFor,
    record: (ms, chain, fresh) =>
      memberRecord(op, listed ? 'pit' : 'dense', setupMs, ms, indexMs, detail, fresh, {
        tasks: tasks.length,
        taskMs: fresh ? 0 : taskMs,
        gemm: run.path,
        gemmMs: ms,
        ...written,
        ...epilogue,
        chain,
      }),
  };
}

/** A point-by-point member: the stage group it leads (its PIT group, or its dense one), by value. */
function groupMember(
  op: Extract<OpProgram, { kind: 'pointwise' }>,
  slot: number,
  units: RowUnits,
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
  const ran = stageGroupByLoop(group, index, units, ctx.memory, base);
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
    written: [[base, ran.end]],
    fuses,
    callFor: ran.callFor,
    record: (ms, chain, fresh) =>
      memberRecord(op, pit ? 'pit' : 'dense', setupMs, ms, indexMs, detail, fresh, {
        ...(members.length > 1 ? { fused: [...members] } : {}),
        tasks: ran.tasks,
        taskMs: fresh ? 0 : ran.taskMs,
        ...untouched,
        chain,
      }),
  };
}

/**
 * A member's record: its setup (when it planned this run) and dispatch ms, its index's ms and
 * whether it found the index built (of its planning run, or of this run's lookup when the plan
 * was kept), the planning's detail and the rest.
 */
function memberRecord(
  op: OpProgram,
  form: 'pit' | 'dense',
  setupMs: number,
  ms: number,
  plannedIndexMs: number | undefined,
  detail: Record<string, unknown>,
  fresh: FreshLookups | undefined,
  rest: Record<string, unknown>,
): OpRunRecord {
  const now = fresh && op.pitLoops ? fresh(op.pitLoops.index) : undefined;
  const indexMs = fresh ? now?.ms : plannedIndexMs;
  return {
    name: op.op,
    target: 'wasm',
    kernelMs: (fresh ? 0 : setupMs) + ms,
    form,
    ...(indexMs !== undefined ? { indexMs } : {}),
    detail: { ...detail, ...(now ? { indexReused: now.reused } : {}), ...rest },
  };
}
