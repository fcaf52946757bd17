import type { DType } from '../../ir/dtype.js';
import type { BinaryOp, UnaryOp } from '../../ir/expr/tensor-expr.js';

/**
 * Names a value once and returns the name (an atom), or returns the text itself where every
 * value is one nested expression.
 */
export type Bind = (text: string) => string;

/**
 * How one C-like language spells the scalar semantics of the tensor-expression IR (the
 * reference's, codegen/ref): the hook table the shared text builder and scalar renderer read.
 * Every hook returns self-delimited text (an atom, a call, or a parenthesised expression), so
 * results nest without precedence questions. Booleans are 0/1 values; comparisons give 1 or 0
 * (false with NaN, `!=` true); `where` takes its first branch for any non-zero condition.
 */
export interface Language {
  /** The stage named by internal errors. */
  readonly stage: string;
  /** A literal of the computing type, NaN and ±inf included. */
  literal(value: number): string;
  /** An integer literal (offsets, coefficients, extents). */
  int(value: number): string;
  /** An (integer) axis loop variable as a value of the computing type. */
  axisValue(variable: string): string;
  /** An element read (`t0[...]`) of a tensor of `dtype` as a value of the computing type. */
  load(read: string, dtype: DType): string;
  /** A unary operator; `bind` names intermediate values where one is used twice. */
  unary(op: UnaryOp, x: string, bind: Bind): string;
  binary(op: BinaryOp, a: string, b: string): string;
  where(cond: string, then: string, otherwise: string): string;
  /** A computed value converted for storing into a tensor of `dtype` (the reference's rounding). */
  store(dtype: DType, value: string): string;
  /** A statement naming a value of the computing type once: `const v = x;`. */
  constant(name: string, value: string): string;
  /** A statement declaring a mutable value of the computing type: `let r = x;`. */
  variable(name: string, init: string): string;
  /** A counted loop over an integer variable, opening one brace: `for (...; v < hi; v++) {`. */
  loop(variable: string, lo: string, hi: string): string;
  /** A statement naming an integer (an index, a strip number) once. */
  intConstant(name: string, value: string): string;
  /** A statement declaring a mutable integer. */
  intVariable(name: string, init: string): string;
  intMax(a: string, b: string): string;
  intMin(a: string, b: string): string;
  /** The quotient of a non-negative integer by a positive constant, rounded down. */
  intDiv(a: string, n: number): string;
}

/** `((c0 * s + c1) * s + c2) ...` for coefficients from the highest power down (Horner's scheme). */
export function horner(
  coefficients: readonly number[],
  s: string,
  literal: (value: number) => string,
): string {
  let text = literal(coefficients[0] ?? 0);
  for (const c of coefficients.slice(1)) text = `(${text} * ${s} + ${literal(c)})`;
  return text;
}
