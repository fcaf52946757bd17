import { InternalError } from '../../ir/core/errors.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import { elementCount } from '../../ir/tensor.js';
import { unreadUntouched } from '../lower/untouched-cells.js';
import { emitStageGroup, type GroupMember } from './group-kernel-emit.js';
import { planStage } from './loop-plan.js';
import type { WasmModuleBuilder } from './module-builder.js';
import type { StageSource } from './pointwise-kernels.js';
import type { TensorPlacement } from './scalar-emit.js';
import { groupsKeepSharing } from './shared-buffers.js';
import { planStageGroups, type OpStages, type PlannedGroup } from './stage-groups.js';
import { pitLayout, pitStageIndex, spanAxis, type TaskLayout } from './stage-layout.js';

/** A stage group as the runtime drives it: `fn(tasks, count)` over tasks built from the index (pit) or rows (dense). */
export interface StageGroupProgram {
  readonly fn: string;
  readonly mode: 'pit' | 'dense';
  /** Member ops in order (one op may contribute several stages to a dense group). */
  readonly ops: readonly string[];
  readonly indexKey?: string;
  readonly layout?: TaskLayout;
  /** Dense groups: rows, and the positions every row visits (the sum of the members' vector extents). */
  readonly rows: number;
  readonly pointsPerRow: number;
  /** Work units per visited point (LoopPlan.work per point, summed over the members): the thread threshold. */
  readonly costPerPoint: number;
  /**
   * Each member op's row axes (its stage's loop axes, outermost first, that the group's rows
   * flatten row-major): loop-chains.ts reads which rows belong to one value of leading axes.
   */
  readonly rowAxes: ReadonlyMap<string, readonly string[]>;
}

/** A constant written over a whole tensor or buffer before a PIT stage writes its listed cells. */
export interface Fill {
  readonly tensor: string;
  readonly address: number;
  readonly count: number;
  readonly dtype: TensorPlacement['dtype'];
  readonly value: number;
}

/** How a point-by-point op runs over its PIT index: the group that computes its skipped scope, and the fills of its untouched cells. */
export interface PointwisePit {
  readonly group: StageGroupProgram;
  /** Its stage the group runs; earlier stages run densely before the group, later ones after. */
  readonly stage: number;
  readonly fills: readonly Fill[];
}

/**
 * An output-sparse GEMM (`s = where(keep, q·kᵀ, -inf)`) over its listed tiles: C is zeroed on
 * the listed tiles only (the cells the GEMM accumulates into), the epilogue's last stage runs over
 * them, and the untouched output cells are filled only if someone reads them.
 */
export interface GemmPitOutput {
  /** Zeroes C on the listed tiles (absent when a fill of the whole output, C itself, does it). */
  readonly zero?: StageGroupProgram;
  readonly epilogue?: { readonly group: StageGroupProgram; readonly stage: number };
  readonly fills: readonly Fill[];
}

export interface GroupedOps {
  readonly pointwise: ReadonlyMap<string, { readonly pit?: PointwisePit; readonly denseGroup?: StageGroupProgram }>;
  readonly gemm: ReadonlyMap<string, GemmPitOutput>;
  /** Ops whose untouched cells no one reads on this target (their fills are skipped). */
  readonly unread: ReadonlySet<string>;
  /** Whether the groups keep `options.shares` safe (shared-buffers.ts: groupsKeepSharing) and no fill writes a shared buffer's new tensor. */
  readonly sharingSafe: boolean;
}

/** What compile-program knows of an op after emitting its kernels. */
export interface EmittedOp {
  readonly op: string;
  readonly kernel: KernelIR;
  /** Its PIT form (the loop IR's), when it has one at these dims. */
  readonly pitLoops?: PitLoops;
  readonly kind: 'pointwise' | 'gemm';
  /** SIMD stages (pointwise ops; a GEMM's epilogue), absent for scalar kernels. */
  readonly stages?: readonly StageSource[];
  /** GEMMs: where C lies. */
  readonly c?: TensorPlacement;
  readonly plain?: boolean;
}

/**
 * Plans and emits the stage groups of a compiled program: PIT forms of point-by-point ops and of
 * output-sparse GEMMs' epilogues, fused chains (softmax: max → exp → sum over the kept tiles of a
 * row) and dense groups. Decides, with the loop IR's `swrite.untouched` and what this module
 * really runs in PIT form, which untouched cells must still be filled.
 */
export function emitStageGroups(
  w: WasmModuleBuilder,
  ops: readonly EmittedOp[],
  outputs: readonly string[],
  placement: (tensor: string) => TensorPlacement,
  options: { readonly fuse: boolean; readonly sink: number; readonly shares?: ReadonlyMap<string, string> },
): GroupedOps {
  const runsPit = new Set<string>();
  for (const op of ops) {
    if (!op.pitLoops) continue;
    if (op.kind === 'gemm') runsPit.add(op.op);
    else if (op.stages && op.stages.length > 0) {
      const at = pitStageIndex(op.pitLoops, op.stages);
      const source = op.stages[at];
      if (source && !('reason' in pitLayout(op.pitLoops, source))) runsPit.add(op.op);
    }
  }
  const kernels = ops.map((o) => o.kernel);
  const flagged = new Set(ops.filter((o) => o.pitLoops?.swrite.untouched === 'unread').map((o) => o.op));
  const unread = new Set([...unreadUntouched(kernels, outputs, (k) => runsPit.has(k.expr.output))].filter((t) => flagged.has(t)));

  const planned = planStageGroups(
    ops.map((o): OpStages => ({ op: o.op, kernel: o.kernel, ...(o.pitLoops ? { pitLoops: o.pitLoops } : {}), ...(o.kind === 'pointwise' && o.stages ? { stages: o.stages } : {}) })),
    { fuse: options.fuse, minDenseRows: 16 },
  );
  const pointwise = new Map<string, { pit?: PointwisePit; denseGroup?: StageGroupProgram }>();
  planned.forEach((g, n) => {
    const program = emitGroup(w, options.sink, `group${n}`, g);
    for (const m of g.members) {
      const op = ops.find((o) => o.op === m.op) as EmittedOp;
      if (g.mode === 'dense') pointwise.set(m.op, { denseGroup: program });
      else pointwise.set(m.op, { pit: { group: program, stage: m.stage, fills: fillsOf(op, m.source, unread) } });
    }
  });

  const gemm = new Map<string, GemmPitOutput>();
  for (const op of ops) {
    const pit = op.pitLoops;
    if (op.kind !== 'gemm' || pit?.scope.kind !== 'output' || !op.c) continue;
    const c = op.c;
    const out = placement(op.op);
    // the epilogue's last stage computes the output cells; without SIMD stages (exact) the GEMM runs as before
    const epilogueStage = op.stages ? op.stages.length - 1 : -1;
    const epilogue = op.plain ? undefined : op.stages?.[epilogueStage];
    if (!op.plain && !epilogue) continue;
    const axes = op.kernel.expr.spatial.map((a) => a.name);
    const spatialExtents = epilogue?.extents ?? new Map(axes.map((a, d) => [a, c.shape[d] ?? 1]));
    const cName = `@${op.op}.c`;
    const zeroStage = { out: cName, axes, value: { kind: 'const' as const, dtype: 'f32' as const, value: 0 } };
    const cPlacement = (t: string): TensorPlacement => (t === cName ? c : placement(t));
    const zeroSource: StageSource = { stage: zeroStage, plan: planStage(zeroStage, spatialExtents, (t) => cPlacement(t).shape), extents: spatialExtents, placement: cPlacement };
    const zeroLayout = pitLayout(pit, zeroSource);
    const epilogueLayout = epilogue ? pitLayout(pit, epilogue) : undefined;
    if ('reason' in zeroLayout || (epilogueLayout && 'reason' in epilogueLayout)) continue;
    const fills = unread.has(op.op) ? [] : [fillOf(op.op, out, pit.swrite.init)];
    const zeroNeeded = !(op.plain && fills.length > 0);
    const zero = zeroNeeded ? emitGroup(w, options.sink, `${op.op}_czero`, { mode: 'pit', indexKey: pit.index, layout: zeroLayout, members: [{ op: op.op, stage: 0, source: zeroSource }] }) : undefined;
    const epilogueGroup =
      epilogue && epilogueLayout && !('reason' in epilogueLayout)
        ? { group: emitGroup(w, options.sink, `${op.op}_epilogue_pit`, { mode: 'pit', indexKey: pit.index, layout: epilogueLayout, members: [{ op: op.op, stage: epilogueStage, source: epilogue }] }), stage: epilogueStage }
        : undefined;
    gemm.set(op.op, { ...(zero ? { zero } : {}), ...(epilogueGroup ? { epilogue: epilogueGroup } : {}), fills });
  }
  const shares = options.shares ?? new Map<string, string>();
  const fills = [...pointwise.values()].flatMap((p) => p.pit?.fills ?? []).concat([...gemm.values()].flatMap((g) => g.fills));
  const sharingSafe = groupsKeepSharing(planned.map((g) => g.members), shares) && !fills.some((f) => shares.has(f.tensor));
  return { pointwise, gemm, unread, sharingSafe };
}

/** Emits a group's kernel and describes how to drive it. */
function emitGroup(w: WasmModuleBuilder, sink: number, fn: string, g: PlannedGroup): StageGroupProgram {
  const members: GroupMember[] = g.members.map((m) => {
    if (g.mode === 'dense') return { source: m.source, vector: 'whole' };
    const axis = spanAxis(g.layout, m.source);
    return { source: m.source, vector: 'task', ...(axis !== undefined ? { spanAxis: axis } : {}), ...(m.init !== undefined ? { init: m.init } : {}) };
  });
  emitStageGroup(w, fn, members, sink);
  const costPerPoint = g.members.reduce((s, m) => s + m.source.plan.work / Math.max(1, m.source.plan.rows * m.source.plan.vector.extent), 0);
  const ops = [...new Set(g.members.map((m) => m.op))];
  const rowAxes = new Map(g.members.map((m) => [m.op, m.source.plan.rowAxes]));
  if (g.mode === 'dense') {
    const pointsPerRow = g.members.reduce((s, m) => s + m.source.plan.vector.extent, 0);
    return { fn, mode: 'dense', ops, rows: g.rows, pointsPerRow, costPerPoint: costPerPoint / Math.max(1, g.members.length), rowAxes };
  }
  return { fn, mode: 'pit', ops, indexKey: g.indexKey, layout: g.layout, rows: 0, pointsPerRow: 0, costPerPoint, rowAxes };
}

function fillOf(tensor: string, place: TensorPlacement, init: number): Fill {
  const value = place.dtype === 'bool' ? (init !== 0 ? 1 : 0) : init;
  return { tensor, address: place.address, count: elementCount(place.shape), dtype: place.dtype, value };
}

/**
 * The untouched cells a PIT stage must fill first: none when its tasks write every cell (a
 * reduction over the gathered axis), none for the op's output when no one reads them; a buffer
 * of a hoisted reduction always (later stages read all of it).
 */
function fillsOf(op: EmittedOp, source: StageSource, unread: ReadonlySet<string>): Fill[] {
  const pit = op.pitLoops;
  if (!pit) throw new InternalError('wasm', `'${op.op}' has no PIT form to fill for`);
  if (pit.swrite.untouched === 'none') return [];
  const own = pitLayout(pit, source);
  if (!('reason' in own) && own.emptyStrips) return [];
  const out = source.stage.out;
  if (out === op.op && unread.has(out)) return [];
  return [fillOf(out, source.placement(out), pit.swrite.init)];
}
