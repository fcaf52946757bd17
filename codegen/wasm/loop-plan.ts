import { accessesOf, walkScalar, type AccessExpr, type Reducer, type ScalarExpr } from '../../ir/expr/tensor-expr.js';
import { foldAccess } from '../emit/affine.js';
import type { Stage } from './simd-stages.js';
import { isVectorFunction } from './vector-math.js';

/**
 * The loop nest of one SIMD stage. The cells the stage computes are enumerated as rows (every
 * axis but the vector one, flattened, row-major) times the vector axis, stepped four lanes at a
 * time with a remainder of 1–3 lanes. The kernel takes a row range and a vector-axis range as
 * arguments, so threads split it into ranges, and a later driver can run the same kernel over
 * listed rows or tiles (a PIT index) instead of the full range.
 *
 * With `lanes: 'cells'` the four lanes are four neighbouring cells along the last axis of the
 * output (each computed in the order of the reference); with `lanes: 'reduce'` each row is one
 * cell, and the four lanes are four positions of the reduced axis, each accumulating every
 * fourth term, combined at the end (a different order of the same terms).
 */
export interface LoopPlan {
  /** Axes flattened into the row index, outermost first. */
  readonly rowAxes: readonly string[];
  readonly rows: number;
  readonly vector: { readonly axis: string; readonly extent: number };
  readonly lanes: 'cells' | 'reduce';
  /** Reduction loops outermost first; with lanes 'reduce' the vector axis is the innermost, after them. */
  readonly reduceLoops: readonly string[];
  readonly reducer?: Reducer;
  /** The expression computed per point: the stage's value, or the body of its reduction. */
  readonly body: ScalarExpr;
  /**
   * Estimated work: points visited (cells × reduced terms) times a cost per point (1, plus 10
   * per exp, log, tanh, sigmoid or gelu); threads split a stage above a threshold.
   */
  readonly work: number;
}

/** The vector axis of a stage with no axes (a scalar output): one lane, used by nothing. */
export const LANE_AXIS = '@lane';

/** Element steps of an access along each axis (affine coefficients times strides), and its constant. */
export function elementSteps(access: AccessExpr, shape: readonly number[]): { steps: Map<string, number>; constant: number } {
  const { terms, constant } = foldAccess(access, shape);
  return { steps: new Map(terms.map((t) => [t.axis, t.coef])), constant };
}

/**
 * Relative cost of four lanes of `body` along an axis: a contiguous load 1, a broadcast 0 (it is
 * hoisted out of the loop), a gather 4, times the waste of the last partial vector.
 */
function laneCost(body: ScalarExpr, axis: string, extent: number, shapeOf: (tensor: string) => readonly number[]): number {
  let cost = 0;
  for (const a of accessesOf(body)) {
    const step = elementSteps(a, shapeOf(a.tensor)).steps.get(axis) ?? 0;
    cost += step === 0 ? 0 : step === 1 ? 1 : 4;
  }
  walkScalar(body, (n) => {
    if (n.kind === 'axis' && n.axis === axis) cost += 1;
  });
  return (cost * (4 * Math.ceil(extent / 4))) / extent;
}

/** Relative cost of one point of a body: a vector math function costs about ten loads or adds. */
function pointCost(body: ScalarExpr): number {
  let cost = 1;
  walkScalar(body, (n) => {
    if (n.kind === 'unary' && isVectorFunction(n.op)) cost += 10;
  });
  return cost;
}

/**
 * Picks the vector axis: the output's last axis (lanes are cells), or for a reduction whose terms
 * are contiguous along a reduced axis and not along the output's (`max[j] s[h, i, j]`), that
 * reduced axis (lanes accumulate, then combine; 16 / extent charges the final combine).
 */
export function planStage(stage: Stage, extents: ReadonlyMap<string, number>, shapeOf: (tensor: string) => readonly number[]): LoopPlan {
  const extent = (a: string): number => (a === LANE_AXIS ? 1 : (extents.get(a) ?? 1));
  const cells = stage.axes.reduce((n, a) => n * extent(a), 1);
  const last = stage.axes[stage.axes.length - 1];
  const value = stage.value;
  if (value.kind !== 'reduce') {
    const axis = last ?? LANE_AXIS;
    const rowAxes = stage.axes.slice(0, -1);
    return { rowAxes, rows: rowAxes.reduce((n, a) => n * extent(a), 1), vector: { axis, extent: extent(axis) }, lanes: 'cells', reduceLoops: [], body: value, work: cells * pointCost(value) };
  }
  const terms = value.axes.reduce((n, a) => n * extent(a), 1);
  const work = cells * terms * pointCost(value.body);
  let best: { axis: string; cost: number } | undefined;
  for (const r of value.axes) {
    const cost = laneCost(value.body, r, extent(r), shapeOf) + 16 / extent(r);
    if (!best || cost <= best.cost) best = { axis: r, cost };
  }
  const reduceAxis = best as { axis: string; cost: number };
  const cellCost = last === undefined ? Infinity : laneCost(value.body, last, extent(last), shapeOf);
  if (last !== undefined && cellCost <= reduceAxis.cost) {
    const rowAxes = stage.axes.slice(0, -1);
    return { rowAxes, rows: cells / extent(last), vector: { axis: last, extent: extent(last) }, lanes: 'cells', reduceLoops: [...value.axes], reducer: value.reducer, body: value.body, work };
  }
  return {
    rowAxes: [...stage.axes],
    rows: cells,
    vector: { axis: reduceAxis.axis, extent: extent(reduceAxis.axis) },
    lanes: 'reduce',
    reduceLoops: value.axes.filter((a) => a !== reduceAxis.axis),
    reducer: value.reducer,
    body: value.body,
    work,
  };
}
