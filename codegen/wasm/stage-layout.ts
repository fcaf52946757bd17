import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { StageSource } from './pointwise-kernels.js';

/** How one loop axis of a stage follows a PIT index: its whole range, a strip's range, or the gathered positions. */
export type AxisRole = { readonly kind: 'full' } | { readonly kind: 'strip'; readonly sourceDim: number } | { readonly kind: 'gather' };

/**
 * How a SIMD stage runs over the listed micro-tiles of a PIT index: which of its loops each
 * index dimension drives. The stage's cells are rows (its row axes, flattened) times the vector
 * axis; a task is a run of consecutive rows, a vector range, and a list of spans (runs of
 * consecutive gathered positions) for the gathered loop:
 *
 * - `row`: a row axis is gathered; each run of listed positions gives rows of its own;
 * - `vector`: the vector axis is gathered; its loop runs over the spans (a 32×32-block mask
 *   indexed at 32×1 gives spans of 32 consecutive positions, so lanes stay contiguous);
 * - `loop`: a reduce loop is gathered (a reduction whose lanes are cells); it runs over the spans.
 *
 * Strip axes must be row axes or (for cells) the vector axis: a strip never splits a reduction, so
 * every cell is computed whole by one task, in the same order whatever the split into threads.
 */
export interface TaskLayout {
  readonly rows: readonly { readonly extent: number; readonly role: AxisRole }[];
  readonly vector: { readonly extent: number; readonly role: AxisRole };
  readonly gather: { readonly kind: 'row'; readonly row: number } | { readonly kind: 'vector' } | { readonly kind: 'loop'; readonly axis: string; readonly extent: number };
  /** A strip with nothing listed still gets its tasks: the stage reduces over the gathered axis, and every cell must be written (the SWrite init). */
  readonly emptyStrips: boolean;
}

/** The axis whose loop runs over the spans, if any. */
export function spanAxis(layout: TaskLayout, source: StageSource): string | undefined {
  if (layout.gather.kind === 'vector') return source.plan.vector.axis;
  if (layout.gather.kind === 'loop') return layout.gather.axis;
  return undefined;
}

/**
 * The layout of `source` (the stage of a PIT op that computes its skipped scope) driven by the
 * index of the PIT form `pit` (the loop IR's), or why it cannot be run that way (it then runs
 * densely).
 */
export function pitLayout(pit: PitLoops, source: StageSource): TaskLayout | { readonly reason: string } {
  const { stage, plan, extents } = source;
  const value = stage.value;
  const gatherAxis = pit.gather.axis;
  const roleOf = (axis: string): AxisRole => {
    if (axis === gatherAxis) return { kind: 'gather' };
    const sourceDim = pit.strips.find((s) => s.axis === axis)?.sourceDim ?? null;
    return sourceDim === null ? { kind: 'full' } : { kind: 'strip', sourceDim };
  };
  const extent = (a: string): number => extents.get(a) ?? 1;
  const rows = plan.rowAxes.map((a) => ({ extent: extent(a), role: roleOf(a) }));
  const vector = { extent: plan.vector.extent, role: roleOf(plan.vector.axis) };
  const reduced = new Set(value.kind === 'reduce' ? value.axes : []);
  for (const a of [...plan.reduceLoops, ...(plan.lanes === 'reduce' ? [plan.vector.axis] : [])]) {
    if (roleOf(a).kind === 'strip') return { reason: `strips split the reduction over '${a}'` };
  }
  let gather: TaskLayout['gather'];
  const rowAt = plan.rowAxes.indexOf(gatherAxis);
  if (rowAt >= 0) gather = { kind: 'row', row: rowAt };
  else if (plan.vector.axis === gatherAxis) gather = { kind: 'vector' };
  else if (plan.reduceLoops.includes(gatherAxis)) gather = { kind: 'loop', axis: gatherAxis, extent: extent(gatherAxis) };
  else return { reason: `the gathered axis '${gatherAxis}' is not a loop of the stage` };
  // a reduction over the gathered axis writes every cell (rows of empty strips get the init)
  const emptyStrips = reduced.has(gatherAxis);
  return { rows, vector, gather, emptyStrips };
}

/**
 * Which stage of a PIT op computes the skipped scope: the one reducing over the rule's reduction
 * axes, or for skipped output cells the last one (its cells are the op's). The other stages
 * (reductions the rule does not skip) run densely, as the reference computes them.
 */
export function pitStageIndex(pit: PitLoops, stages: readonly StageSource[]): number {
  if (pit.scope.kind === 'output') return stages.length - 1;
  const axes = pit.scope.axes;
  return stages.findIndex(({ stage: { value } }) => value.kind === 'reduce' && value.axes.length === axes.length && value.axes.every((a, i) => a === axes[i]));
}

/** Equal layouts build equal tasks from one index (so stages with equal layouts may share a group). */
export function layoutKey(layout: TaskLayout): string {
  const role = (r: AxisRole): string => (r.kind === 'strip' ? `s${r.sourceDim}` : r.kind[0] as string);
  const g = layout.gather;
  return [
    layout.rows.map((r) => `${r.extent}${role(r.role)}`).join(','),
    `${layout.vector.extent}${role(layout.vector.role)}`,
    g.kind === 'row' ? `row${g.row}` : g.kind === 'loop' ? `loop${g.extent}` : 'vector',
  ].join('|');
}
