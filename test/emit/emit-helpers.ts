import type {
  AccessExpr,
  BinaryOp,
  ReduceExpr,
  Reducer,
  ScalarExpr,
  TensorExpr,
  UnaryOp,
} from '../../ir/expr/tensor-expr.js';

/** Hand-built IR nodes for the emit tests (f32 unless said). */
export function access(tensor: string, ...axes: string[]): AccessExpr {
  return {
    kind: 'access',
    dtype: 'f32',
    tensor,
    indices: axes.map((axis) => ({ terms: [{ axis, coef: 1 }], constant: 0 })),
  };
}

export function unary(op: UnaryOp, arg: ScalarExpr): ScalarExpr {
  return { kind: 'unary', dtype: 'f32', op, arg };
}

export function binary(op: BinaryOp, lhs: ScalarExpr, rhs: ScalarExpr): ScalarExpr {
  return { kind: 'binary', dtype: 'f32', op, lhs, rhs };
}

export function reduce(reducer: Reducer, axes: string[], body: ScalarExpr): ReduceExpr {
  return { kind: 'reduce', dtype: 'f32', reducer, axes, body };
}

/** An op `out[i] = body` over spatial axis i (extent n) and reduction axis k (extent m). */
export function op(body: ScalarExpr, reduceAxes: string[] = []): TensorExpr {
  return {
    output: 'out',
    dtype: 'f32',
    spatial: [{ name: 'i', extent: { kind: 'const', value: 1 } as never }],
    reduce: reduceAxes.map((name) => ({ name, extent: { kind: 'const', value: 1 } as never })),
    body,
  };
}

/** Every unary operator of the IR (a Record, so a new operator fails to compile here). */
const UNARY: Record<UnaryOp, true> = {
  neg: true,
  relu: true,
  exp: true,
  log: true,
  sqrt: true,
  tanh: true,
  sigmoid: true,
  gelu: true,
  abs: true,
  erf: true,
};
export const UNARY_OPS = Object.keys(UNARY) as UnaryOp[];

/** Every binary operator of the IR. */
const BINARY: Record<BinaryOp, true> = {
  '+': true,
  '-': true,
  '*': true,
  '/': true,
  max: true,
  min: true,
  '<': true,
  '<=': true,
  '>': true,
  '>=': true,
  '==': true,
  '!=': true,
};
export const BINARY_OPS = Object.keys(BINARY) as BinaryOp[];
