import { erf } from './erf.js';
import type { BinaryOp, ScalarExpr, UnaryOp } from './tensor-expr.js';

/**
 * Constant folding over the scalar IR, with the reference's float64 semantics: one place for
 * what a unary or binary op does to numbers, so analyses that test for constants see `-inf`,
 * `-(inf)`, `0 - inf`, `-1 * inf`, `1 - 1` or `-0` as the constants they are (the front end
 * writes `-inf` as negation of `inf`). Pure: returns the input node itself where nothing folds.
 */

/** A unary op on a number, as the reference interpreter computes it (codegen/emit/js.ts). */
export function applyUnary(op: UnaryOp, x: number): number {
  switch (op) {
    case 'neg':
      return -x;
    case 'relu':
      return x < 0 ? 0 : x;
    case 'exp':
      return Math.exp(x);
    case 'log':
      return Math.log(x);
    case 'sqrt':
      return Math.sqrt(x);
    case 'tanh':
      return Math.tanh(x);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-x));
    case 'gelu':
      return 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
    case 'abs':
      return Math.abs(x);
    case 'erf':
      return erf(x);
  }
}

/** A binary op on numbers: arithmetic in float64, max/min propagate NaN, comparisons give 1 or 0. */
export function applyBinary(op: BinaryOp, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case 'max':
      return Math.max(x, y);
    case 'min':
      return Math.min(x, y);
    case '<':
      return x < y ? 1 : 0;
    case '<=':
      return x <= y ? 1 : 0;
    case '>':
      return x > y ? 1 : 0;
    case '>=':
      return x >= y ? 1 : 0;
    case '==':
      return x === y ? 1 : 0;
    case '!=':
      return x !== y ? 1 : 0;
  }
}

/**
 * `e` with every constant sub-expression replaced by its value (a `const` node of the node's
 * dtype), and every `where` whose condition folds replaced by the branch it picks (a condition
 * is true when it is not 0; NaN is true, as in the reference; the branch keeps its own dtype,
 * promotion being implicit in the IR). Reductions are left alone (their
 * value depends on the order and count of their terms); their bodies are folded.
 */
export function foldConstants(e: ScalarExpr): ScalarExpr {
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return e;
    case 'unary': {
      const arg = foldConstants(e.arg);
      if (arg.kind === 'const') return { kind: 'const', dtype: e.dtype, value: applyUnary(e.op, arg.value) };
      return arg === e.arg ? e : { ...e, arg };
    }
    case 'binary': {
      const lhs = foldConstants(e.lhs);
      const rhs = foldConstants(e.rhs);
      if (lhs.kind === 'const' && rhs.kind === 'const') return { kind: 'const', dtype: e.dtype, value: applyBinary(e.op, lhs.value, rhs.value) };
      return lhs === e.lhs && rhs === e.rhs ? e : { ...e, lhs, rhs };
    }
    case 'where': {
      const cond = foldConstants(e.cond);
      const then = foldConstants(e.then);
      const otherwise = foldConstants(e.else);
      if (cond.kind === 'const') return cond.value !== 0 ? then : otherwise;
      return cond === e.cond && then === e.then && otherwise === e.else ? e : { ...e, cond, then, else: otherwise };
    }
    case 'reduce': {
      const body = foldConstants(e.body);
      return body === e.body ? e : { ...e, body };
    }
  }
}

/** The value of a constant expression (after folding), or undefined when it is not constant. */
export function constantValue(e: ScalarExpr): number | undefined {
  const folded = foldConstants(e);
  return folded.kind === 'const' ? folded.value : undefined;
}
