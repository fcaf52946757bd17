import { walkScalar, type AccessExpr } from '../../ir/expr/tensor-expr.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { StageSource } from './pointwise-kernels.js';
import { layoutKey, pitLayout, pitStageIndex, type TaskLayout } from './stage-layout.js';

/** What the group planner knows of one op: its kernel, and its SIMD stages when it has them (not a GEMM, not scalar). */
export interface OpStages {
  readonly op: string;
  readonly kernel: KernelIR;
  /** Its PIT form (the loop IR's), when it has one at these dims. */
  readonly pitLoops?: PitLoops;
  readonly stages?: readonly StageSource[];
}

/** One member stage of a planned group. */
export interface PlannedMember {
  readonly op: string;
  /** Index of the stage among its op's stages. */
  readonly stage: number;
  readonly source: StageSource;
  /** Start of the accumulators of a skipped reduction: the rule's SWrite init (max over values ≥ 0 starts at 0). */
  readonly init?: number;
}

/**
 * Consecutive stages run as one kernel, row by row (group-kernel-emit.ts). `pit`: stages of PIT
 * ops sharing one index and one task layout, run over the listed micro-tiles (each op's only
 * stage, or one op's skipped-scope stage alone); `dense`: whole ops whose every stage has the
 * same rows.
 */
export type PlannedGroup =
  | { readonly mode: 'pit'; readonly indexKey: string; readonly layout: TaskLayout; readonly members: readonly PlannedMember[] }
  | { readonly mode: 'dense'; readonly rows: number; readonly members: readonly PlannedMember[] };

export interface GroupOptions {
  /** Fuse consecutive compatible ops (false: every PIT op alone, no dense groups). */
  readonly fuse: boolean;
  /** Fewest rows a dense group may have: a fused group splits across threads by rows only. */
  readonly minDenseRows: number;
}

/**
 * Plans the stage groups of a program, in op order (pure). A PIT op whose skipped scope has a
 * task layout gets a group; consecutive PIT ops with one stage each join it when they share the
 * index and the layout and read earlier members' outputs only at the row (and span positions)
 * being computed; consecutive dense point-by-point ops join a dense group under the same
 * condition. Ops it cannot place (GEMMs, scalar kernels, PIT forms without a layout) run as
 * before.
 */
export function planStageGroups(ops: readonly OpStages[], options: GroupOptions): PlannedGroup[] {
  const groups: PlannedGroup[] = [];
  let open: { mode: 'pit'; indexKey: string; layout: TaskLayout; key: string; members: PlannedMember[] } | { mode: 'dense'; rows: readonly number[]; members: PlannedMember[] } | undefined;
  const close = (): void => {
    if (!open) return;
    if (open.mode === 'pit') groups.push({ mode: 'pit', indexKey: open.indexKey, layout: open.layout, members: open.members });
    else if (new Set(open.members.map((m) => m.op)).size >= 2) groups.push({ mode: 'dense', rows: open.rows.reduce((p, r) => p * r, 1), members: open.members });
    open = undefined;
  };
  for (const op of ops) {
    const stages = op.stages;
    if (!stages) {
      close();
      continue;
    }
    if (op.pitLoops) {
      const k = op.pitLoops;
      const at = pitStageIndex(k, stages);
      const source = stages[at];
      const layout = source ? pitLayout(k, source) : { reason: 'no stage' };
      if (!source || 'reason' in layout) {
        close();
        continue;
      }
      const member: PlannedMember = { op: op.op, stage: at, source, ...(k.scope.kind === 'reduction' ? { init: k.swrite.init } : {}) };
      const key = layoutKey(layout);
      const joins =
        options.fuse &&
        stages.length === 1 &&
        open?.mode === 'pit' &&
        open.indexKey === k.index &&
        open.key === key &&
        readsAligned(source, open.members, 'pit');
      if (!joins) {
        close();
        open = { mode: 'pit', indexKey: k.index, layout, key, members: [] };
      } else if (layout.emptyStrips && open?.mode === 'pit') {
        // a member reducing over the gathered axis needs the tasks of empty strips too
        open.layout = { ...open.layout, emptyStrips: true };
      }
      (open as { members: PlannedMember[] }).members.push(member);
      // an op with stages before or after its skipped scope stays alone
      if (stages.length > 1 || !options.fuse) close();
      continue;
    }
    // a dense op: every stage must have the group's rows
    const rows = stages[0]?.plan.rowAxes.map((a) => (stages[0] as StageSource).extents.get(a) ?? 1) ?? [];
    const sameRows = (s: StageSource, want: readonly number[]): boolean => {
      const got = s.plan.rowAxes.map((a) => s.extents.get(a) ?? 1);
      return got.length === want.length && got.every((n, i) => n === want[i]);
    };
    const product = rows.reduce((p, r) => p * r, 1);
    if (!options.fuse || product < options.minDenseRows || !stages.every((s) => sameRows(s, rows))) {
      close();
      continue;
    }
    const candidate = stages.map((source, stage): PlannedMember => ({ op: op.op, stage, source }));
    const fits = (members: readonly PlannedMember[]): boolean => {
      const all = [...members];
      for (const m of candidate) {
        if (!readsAligned(m.source, all, 'dense')) return false;
        all.push(m);
      }
      return true;
    };
    if (!(open?.mode === 'dense' && open.rows.length === rows.length && open.rows.every((n, i) => n === rows[i]) && fits(open.members))) {
      close();
      if (!fits([])) continue;
      open = { mode: 'dense', rows, members: [] };
    }
    (open as { members: PlannedMember[] }).members.push(...candidate);
  }
  close();
  return groups;
}

/**
 * Whether `x` reads the outputs of earlier members only where the same row iteration has written
 * them: every index a bare axis, the earlier stage's row axes read at `x`'s row axes in the same
 * positions, and its vector axis read at `x`'s vector axis (PIT groups: one layout, so the same
 * spans or vector range) or, in a dense group, at any loop of `x` that is not a row (the earlier
 * stage wrote its whole row).
 */
function readsAligned(x: StageSource, earlier: readonly PlannedMember[], mode: 'pit' | 'dense'): boolean {
  const writers = new Map(earlier.map((m) => [m.source.stage.out, m.source]));
  let ok = true;
  walkScalar(x.stage.value, (e) => {
    if (e.kind !== 'access') return;
    const writer = writers.get(e.tensor);
    if (writer && !alignedAccess(e, writer, x, mode)) ok = false;
  });
  return ok;
}

function alignedAccess(access: AccessExpr, y: StageSource, x: StageSource, mode: 'pit' | 'dense'): boolean {
  if (access.indices.length !== y.stage.axes.length) return false;
  const xRows = x.plan.rowAxes;
  return access.indices.every((ix, d) => {
    const t = ix.terms[0];
    if (ix.terms.length !== 1 || !t || t.coef !== 1 || ix.constant !== 0) return false;
    const ya = y.stage.axes[d] as string;
    const k = y.plan.rowAxes.indexOf(ya);
    if (k >= 0) return xRows[k] === t.axis;
    if (ya !== y.plan.vector.axis) return false;
    return mode === 'pit' ? t.axis === x.plan.vector.axis : !xRows.includes(t.axis);
  });
}

