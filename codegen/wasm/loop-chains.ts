import { accessesOf, bareAxis, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { ChainCallee } from './chain-emit.js';
import type { OpProgram } from './op-program.js';
import type { StageGroupProgram } from './stage-group-compile.js';

/**
 * A run of consecutive ops that split by the values of their leading output axes: attention's
 * `s = q·kᵀ`, the softmax group and `p·v` over the head `h`. Every op of the chain computes the
 * cells of one value v of those axes from values v of the chain's own tensors only, so the
 * runtime can run the chain value by value, each value's ops back to back on one thread
 * (chain-run.ts, chain-emit.ts): a head's scores are still in that core's cache when its softmax
 * and its p·v read them, where op after op over all twelve heads they are not (docs/wasm.md,
 * "Loop chains").
 */
export interface LoopChain {
  /** Every op of the chain, in program order (ops another one computes included: group followers, GEMM consumers). */
  readonly ops: readonly string[];
  /** How many leading output axes split it, and the number of their values (row-major flattened). */
  readonly axes: number;
  readonly values: number;
  /** The module's function that runs it (chain-emit.ts), and its slots: an op that may run a kernel of its own, and the kernels it may call. */
  readonly fn: string;
  readonly slots: readonly { readonly op: string; readonly callees: readonly ChainCallee[] }[];
  /**
   * The extent of the next output axis when each value splits further into strips of rows along
   * it (attention's query rows `i`: a strip's scores, softmax and p·v then stay in a core's L1 and
   * L2). Every op then writes and reads chain tensors at its own value of that axis too, and every
   * GEMM has it as its only row axis; the runtime picks the strip height (chain-run.ts).
   */
  readonly rowSplit?: { readonly extent: number };
}

/**
 * The chains of a compiled program. An op can join one when:
 * - it is a GEMM whose loop axes are its output's leading axes (each task then belongs to one
 *   value), or a point-by-point op of one SIMD stage that runs in a stage group whose rows start
 *   with its leading output axes (each task's rows then do, when tasks are cut at values);
 * - its leading axes have the chain's extents;
 * - it reads every tensor an earlier op of the chain wrote at its own value: those indices are its
 *   leading axes, bare;
 * - it writes over no buffer but a chain tensor's, and none is written over if a guard checks it
 *   (the runtime checks guards after the chain);
 * - its PIT index (built before the chain runs) is not built from a chain tensor.
 * A chain holds at least one GEMM and one other op that runs (fewer gain nothing). Whether a chain
 * runs so is decided per run (chain-run.ts): the tasks must fit too.
 */
export function loopChains(
  ops: readonly OpProgram[],
  extentsOf: (tensor: string) => readonly number[] | undefined,
  shares: ReadonlyMap<string, string>,
  guarded: ReadonlySet<string>,
  indexSource: (key: string) => string | undefined,
): LoopChain[] {
  const chains: LoopChain[] = [];
  const byName = new Map(ops.map((o) => [o.op, o]));
  // the op and those it computes with it (its group's followers, its GEMM's consumer) must all fit
  const joinable = (
    op: OpProgram,
    leading: readonly number[],
    members: readonly string[],
  ): boolean => {
    const together = [
      op,
      ...coComputed(op).flatMap((name) => (name === op.op ? [] : [byName.get(name)])),
    ];
    const withThem = new Set([...members, ...together.map((o) => o?.op ?? '')]);
    // an index is built before the chain runs: not from a tensor the chain computes
    const indexed = together.flatMap((o) => (o?.pitLoops ? [indexSource(o.pitLoops.index)] : []));
    if (indexed.some((source) => source === undefined || withThem.has(source))) return false;
    return together.every(
      (o) =>
        o !== undefined &&
        (splitAxes(o) ?? 0) >= leading.length &&
        fits(o, leading, withThem, extentsOf, shares, guarded),
    );
  };
  let open: { ops: string[]; leading: readonly number[]; gemms: number; runs: number } | undefined;
  const close = (): void => {
    if (open && open.gemms >= 1 && open.runs >= 2) {
      const slots = open.ops.flatMap((name) => {
        const callees = calleesOf(byName.get(name) as OpProgram);
        return callees.length > 0 ? [{ op: name, callees }] : [];
      });
      const axes = open.leading.length;
      const rowSplit = rowSplitOf(
        open.ops.map((name) => byName.get(name) as OpProgram),
        axes,
        byName,
        extentsOf,
      );
      chains.push({
        ops: open.ops,
        axes,
        values: open.leading.reduce((n, e) => n * e, 1),
        fn: `chain${chains.length}`,
        slots,
        ...(rowSplit ? { rowSplit } : {}),
      });
    }
    open = undefined;
  };
  for (const op of ops) {
    const axes = splitAxes(op);
    const joins = open !== undefined && axes !== undefined && joinable(op, open.leading, open.ops);
    if (!joins) {
      close();
      // a chain starts at a GEMM (its loop axes say how many leading axes split the chain)
      if (op.kind !== 'gemm' || axes === undefined) continue;
      const leading = (extentsOf(op.op) ?? []).slice(0, axes);
      if (!joinable(op, leading, [])) continue;
      open = { ops: [], leading, gemms: 0, runs: 0 };
    }
    const chain = open as NonNullable<typeof open>;
    chain.ops.push(op.op);
    if (op.kind === 'gemm') chain.gemms++;
    if (!followsAnother(op, chain.ops)) chain.runs++;
  }
  close();
  return chains;
}

/**
 * Whether a chain split by `axes` leading axes splits further along the next output axis: every
 * op (and every op it computes too) has it, at one extent; reads chain tensors at its own value of
 * it; and is a GEMM whose one row (m) axis it is, or a point-by-point op whose stage groups' rows
 * start with it.
 */
function rowSplitOf(
  members: readonly OpProgram[],
  axes: number,
  byName: ReadonlyMap<string, OpProgram>,
  extentsOf: (tensor: string) => readonly number[] | undefined,
): { readonly extent: number } | undefined {
  const names = new Set(members.flatMap((o) => [o.op, ...coComputed(o)]));
  // a GEMM's consumer is computed in its stores: its cells are the GEMM's
  const consumers = new Set(
    members.flatMap((o) => (o.kind === 'gemm' && o.consumer !== undefined ? [o.consumer] : [])),
  );
  const ops = [...names].map((n) => byName.get(n));
  let extent: number | undefined;
  for (const op of ops) {
    if (!op) return undefined;
    const axis = op.kernel.expr.spatial[axes]?.name;
    const own = (extentsOf(op.op) ?? [])[axes];
    if (axis === undefined || own === undefined || (extent !== undefined && own !== extent))
      return undefined;
    extent = own;
    if (!readsOwnValues(op.kernel.expr, axes + 1, names)) return undefined;
    if (op.kind === 'gemm') {
      const m = op.contraction.m;
      if (m.length !== 1 || m[0] !== axis) return undefined;
    } else if (!consumers.has(op.op)) {
      const spatial = op.kernel.expr.spatial.map((a) => a.name);
      const groups = groupsOf(op);
      const startsWith = (rows: readonly string[]): boolean =>
        rows.length > axes && spatial.slice(0, axes + 1).every((a, d) => rows[d] === a);
      if (groups.length === 0 || !groups.every((g) => startsWith(g.rowAxes.get(op.op) ?? [])))
        return undefined;
    }
  }
  return extent !== undefined ? { extent } : undefined;
}

/** How many leading output axes split the op's work into values (all of them may be used), or undefined. */
function splitAxes(op: OpProgram): number | undefined {
  const spatial = op.kernel.expr.spatial.map((a) => a.name);
  if (op.kind === 'gemm') {
    const loop = op.contraction.loop;
    if (loop.length === 0 || op.aPayload !== undefined) return undefined;
    return loop.every((a, i) => spatial[i] === a) ? loop.length : undefined;
  }
  if (op.kernels.kind !== 'simd' || op.kernels.stages.length !== 1) return undefined;
  if (op.pit && (op.pit.stage !== 0 || op.pit.fills.length > 0)) return undefined;
  // the run picks its PIT group or its dense one: the rows of both must start with the axes
  const groups = groupsOf(op);
  if (groups.length === 0) return undefined;
  const prefix = (rows: readonly string[]): number => {
    let n = 0;
    while (n < rows.length && rows[n] === spatial[n]) n++;
    return n;
  };
  const n = Math.min(...groups.map((g) => prefix(g.rowAxes.get(op.op) ?? [])));
  return n > 0 ? n : undefined;
}

/** The stage groups a point-by-point op may run in: its PIT group, its dense group. */
function groupsOf(op: Extract<OpProgram, { kind: 'pointwise' }>): StageGroupProgram[] {
  return [op.pit?.group, op.denseGroup].filter((g) => g !== undefined);
}

/** Whether the op can join a chain of these leading extents whose ops so far are `members`. */
function fits(
  op: OpProgram,
  leading: readonly number[],
  members: ReadonlySet<string>,
  extentsOf: (tensor: string) => readonly number[] | undefined,
  shares: ReadonlyMap<string, string>,
  guarded: ReadonlySet<string>,
): boolean {
  const expr = op.kernel.expr;
  if (leading.length === 0) return false;
  // a guard reads its tensor after the chain: no op of it may write over that buffer
  if (guarded.has(op.op) && [...shares].some(([, under]) => under === op.op)) return false;
  const own = extentsOf(op.op) ?? [];
  if (!leading.every((e, i) => own[i] === e)) return false;
  const over = shares.get(op.op);
  if (over !== undefined && !members.has(over)) return false;
  return readsOwnValues(expr, leading.length, members);
}

/** Every access to a chain tensor indexes its first `axes` dimensions by the op's first `axes` output axes, bare. */
function readsOwnValues(expr: TensorExpr, axes: number, members: ReadonlySet<string>): boolean {
  const spatial = expr.spatial.map((a) => a.name);
  return accessesOf(expr.body).every((access) => {
    if (!members.has(access.tensor) && access.tensor !== expr.output) return true;
    for (let d = 0; d < axes; d++) {
      const index = access.indices[d];
      if (!index || bareAxis(index) !== spatial[d]) return false;
    }
    return true;
  });
}

/**
 * The kernels an op of a chain may run for one value (which one is the runtime's choice, as it
 * is op by op): a GEMM's task drivers (range, NT, shared), a group leader's PIT or dense group.
 * A group's followers run none.
 */
function calleesOf(op: OpProgram): ChainCallee[] {
  if (op.kind === 'gemm') {
    // (tasks, count, colLo, colHi, scratch, zeroFirst, fuse) and the shared driver's (chunks, count, counter, scratch, ...)
    const range = (fn: string): ChainCallee => ({ fn, params: 7, scratchAt: 4 });
    return [
      range(op.fn),
      ...(op.ntDriver ? [range(`${op.fn}_nt`)] : []),
      { fn: `${op.fn}_shared`, params: 10, scratchAt: 3 },
    ];
  }
  return groupsOf(op)
    .filter((g) => g.ops[0] === op.op)
    .map((g) => ({ fn: g.fn, params: 2 }));
}

/** The ops whose values an op's kernel may compute too: its stage groups' other members, its GEMM stores' consumer. */
function coComputed(op: OpProgram): readonly string[] {
  if (op.kind === 'gemm') return op.consumer !== undefined ? [op.consumer] : [];
  return [...new Set(groupsOf(op).flatMap((g) => g.ops))];
}

/** Point-by-point ops computed by an earlier member: a group's followers (the leader runs the group). */
function followsAnother(op: OpProgram, members: readonly string[]): boolean {
  if (op.kind !== 'pointwise') return false;
  const group = op.pit?.group ?? op.denseGroup;
  return group !== undefined && group.ops[0] !== op.op && members.includes(group.ops[0] as string);
}
