import type { DimExpr } from '../dim-expr.js';
import type { DType } from '../dtype.js';
import type { Span } from '../core/span.js';

/**
 * The tensor-expression IR: one operator `OUT[spatial...] = body`, where the body is a scalar
 * expression over tensor accesses and index values, possibly containing (nested) reductions.
 * All nodes are immutable plain data. Every reduction axis name is unique within an op and
 * distinct from the spatial axis names, so an axis name identifies one loop.
 *
 * Each node carries its result dtype. Promotion is implicit: an operand whose dtype differs
 * from its parent's is converted (bool → 0/1, i32 → f32). Values are computed in float64 by
 * the reference and rounded to the defined tensor's dtype when stored.
 */

/** Σ coef·axis + constant; terms are merged, non-zero and in first-appearance order. */
export interface AffineIndex {
  readonly terms: readonly AffineTerm[];
  readonly constant: number;
}

export interface AffineTerm {
  readonly axis: string;
  readonly coef: number;
}

/** The axis an index is, bare (one term, coefficient 1, no offset: `a[i]`), or undefined. */
export function bareAxis(index: AffineIndex): string | undefined {
  const [term] = index.terms;
  return index.terms.length === 1 && term !== undefined && term.coef === 1 && index.constant === 0 ? term.axis : undefined;
}

export type Reducer = 'sum' | 'max' | 'min' | 'prod';
export const REDUCERS: readonly Reducer[] = ['sum', 'max', 'min', 'prod'];

export type UnaryOp = 'neg' | 'relu' | 'exp' | 'log' | 'sqrt' | 'tanh' | 'sigmoid' | 'gelu' | 'abs' | 'erf';
export const UNARY_FUNCTIONS: readonly UnaryOp[] = ['relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs', 'erf'];

export type ArithOp = '+' | '-' | '*' | '/' | 'max' | 'min';
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type BinaryOp = ArithOp | CompareOp;

export const COMPARE_OPS: readonly CompareOp[] = ['<', '<=', '>', '>=', '==', '!='];

export function isCompareOp(op: BinaryOp): op is CompareOp {
  return (COMPARE_OPS as readonly string[]).includes(op);
}

export type ScalarExpr =
  | ConstExpr
  | AccessExpr
  | AxisValueExpr
  | UnaryExpr
  | BinaryExpr
  | WhereExpr
  | ReduceExpr;

export interface ConstExpr {
  readonly kind: 'const';
  readonly dtype: DType;
  readonly value: number;
}

export interface AccessExpr {
  readonly kind: 'access';
  readonly dtype: DType;
  readonly tensor: string;
  readonly indices: readonly AffineIndex[];
  readonly span?: Span;
}

/** An index name used as a value (`where(j <= i, ...)`): makes its axis position dependent. */
export interface AxisValueExpr {
  readonly kind: 'axis';
  readonly dtype: 'i32';
  readonly axis: string;
  readonly span?: Span;
}

export interface UnaryExpr {
  readonly kind: 'unary';
  readonly dtype: DType;
  readonly op: UnaryOp;
  readonly arg: ScalarExpr;
}

export interface BinaryExpr {
  readonly kind: 'binary';
  readonly dtype: DType;
  readonly op: BinaryOp;
  readonly lhs: ScalarExpr;
  readonly rhs: ScalarExpr;
}

export interface WhereExpr {
  readonly kind: 'where';
  readonly dtype: DType;
  readonly cond: ScalarExpr;
  readonly then: ScalarExpr;
  readonly else: ScalarExpr;
}

export interface ReduceExpr {
  readonly kind: 'reduce';
  readonly dtype: DType;
  readonly reducer: Reducer;
  readonly axes: readonly string[];
  readonly body: ScalarExpr;
}

export interface Axis {
  readonly name: string;
  readonly extent: DimExpr;
}

export interface TensorExpr {
  /** The tensor this op defines. */
  readonly output: string;
  readonly dtype: DType;
  /** Output axes, in the output's dimension order. */
  readonly spatial: readonly Axis[];
  /** Every axis bound by a reduction in the body; nested reductions' axes come before their parent's. */
  readonly reduce: readonly Axis[];
  readonly body: ScalarExpr;
}

/** Visit every node of a scalar expression, parents before children. */
export function walkScalar(e: ScalarExpr, visit: (node: ScalarExpr) => void): void {
  visit(e);
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return;
    case 'unary':
      walkScalar(e.arg, visit);
      return;
    case 'binary':
      walkScalar(e.lhs, visit);
      walkScalar(e.rhs, visit);
      return;
    case 'where':
      walkScalar(e.cond, visit);
      walkScalar(e.then, visit);
      walkScalar(e.else, visit);
      return;
    case 'reduce':
      walkScalar(e.body, visit);
      return;
  }
}

/** Visits every node of `e`, each node's children (in order) before the node itself. */
export function walkScalarPostOrder(e: ScalarExpr, visit: (node: ScalarExpr) => void): void {
  switch (e.kind) {
    case 'unary':
      walkScalarPostOrder(e.arg, visit);
      break;
    case 'binary':
      walkScalarPostOrder(e.lhs, visit);
      walkScalarPostOrder(e.rhs, visit);
      break;
    case 'where':
      walkScalarPostOrder(e.cond, visit);
      walkScalarPostOrder(e.then, visit);
      walkScalarPostOrder(e.else, visit);
      break;
    case 'reduce':
      walkScalarPostOrder(e.body, visit);
      break;
    default:
      break;
  }
  visit(e);
}

/** The node with `f` applied to each direct child (leaves come back as they are). */
export function mapChildren(e: ScalarExpr, f: (child: ScalarExpr) => ScalarExpr): ScalarExpr {
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return e;
    case 'unary':
      return { ...e, arg: f(e.arg) };
    case 'binary':
      return { ...e, lhs: f(e.lhs), rhs: f(e.rhs) };
    case 'where':
      return { ...e, cond: f(e.cond), then: f(e.then), else: f(e.else) };
    case 'reduce':
      return { ...e, body: f(e.body) };
  }
}

/** All tensor accesses in a body, in evaluation order. */
export function accessesOf(e: ScalarExpr): AccessExpr[] {
  const out: AccessExpr[] = [];
  walkScalar(e, (n) => {
    if (n.kind === 'access') out.push(n);
  });
  return out;
}

export function axisByName(expr: TensorExpr, name: string): Axis | undefined {
  return expr.spatial.find((a) => a.name === name) ?? expr.reduce.find((a) => a.name === name);
}

/**
 * Axes the value of `e` depends on: those its accesses index or it uses as values, less the
 * axes bound by reductions inside `e`.
 */
export function freeAxesOf(e: ScalarExpr): Set<string> {
  const used = new Set<string>();
  const bound = new Set<string>();
  walkScalar(e, (n) => {
    if (n.kind === 'access') for (const ix of n.indices) for (const t of ix.terms) used.add(t.axis);
    if (n.kind === 'axis') used.add(n.axis);
    if (n.kind === 'reduce') for (const a of n.axes) bound.add(a);
  });
  return new Set([...used].filter((a) => !bound.has(a)));
}

/** The reductions in `e`, in post-order (inner before outer). */
export function reductionsOf(e: ScalarExpr): ReduceExpr[] {
  const out: ReduceExpr[] = [];
  walkScalarPostOrder(e, (n) => {
    if (n.kind === 'reduce') out.push(n);
  });
  return out;
}

/** The reduction of `e` over exactly `axes`, in order (a PIT rule's skipped scope), if any. */
export function reductionOver(e: ScalarExpr, axes: readonly string[]): ReduceExpr | undefined {
  return reductionsOf(e).find(
    (r) => r.axes.length === axes.length && r.axes.every((a, i) => a === axes[i]),
  );
}

/** The innermost reduction of `body` whose body contains the node `target` (undefined: outside all). */
export function enclosingReduction(body: ScalarExpr, target: ScalarExpr): ReduceExpr | undefined {
  let found: ReduceExpr | undefined;
  const visit = (e: ScalarExpr, enclosing: ReduceExpr | undefined): void => {
    if (e === target) found = enclosing;
    switch (e.kind) {
      case 'unary':
        visit(e.arg, enclosing);
        return;
      case 'binary':
        visit(e.lhs, enclosing);
        visit(e.rhs, enclosing);
        return;
      case 'where':
        visit(e.cond, enclosing);
        visit(e.then, enclosing);
        visit(e.else, enclosing);
        return;
      case 'reduce':
        visit(e.body, e);
        return;
      default:
        return;
    }
  };
  visit(body, undefined);
  return found;
}
