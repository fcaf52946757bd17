import { promoteArithmetic, type DType } from '../dtype.js';
import type { ArithOp, Reducer, ReduceExpr, ScalarExpr } from './tensor-expr.js';

/**
 * Constructors of scalar-expression nodes that type them by the language's rules
 * (docs/language.md, Types), for passes that build new nodes: any f32 operand gives f32,
 * otherwise i32; `/` gives f32; max/min of two bools is a bool; `sum`/`prod` of bools is i32.
 */

export function constant(value: number): ScalarExpr {
  return { kind: 'const', dtype: 'f32', value };
}

export function arith(op: ArithOp, lhs: ScalarExpr, rhs: ScalarExpr): ScalarExpr {
  return { kind: 'binary', op, dtype: arithDType(op, lhs.dtype, rhs.dtype), lhs, rhs };
}

export function negate(arg: ScalarExpr): ScalarExpr {
  return { kind: 'unary', op: 'neg', dtype: arg.dtype === 'f32' ? 'f32' : 'i32', arg };
}

/** The reduction `r` over a new body, retyped. */
export function reduceOver(r: ReduceExpr, body: ScalarExpr): ReduceExpr {
  return { ...r, body, dtype: reduceDType(r.reducer, body.dtype) };
}

export function arithDType(op: ArithOp, a: DType, b: DType): DType {
  if (op === '/') return 'f32';
  if ((op === 'max' || op === 'min') && a === 'bool' && b === 'bool') return 'bool';
  return promoteArithmetic(a, b);
}

export function reduceDType(reducer: Reducer, body: DType): DType {
  return (reducer === 'sum' || reducer === 'prod') && body === 'bool' ? 'i32' : body;
}
