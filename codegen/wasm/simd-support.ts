import { F32_EXACT_INTEGERS, UNBOUNDED, valueRanges, type ValueRange } from '../../ir/expr/int-range.js';
import { accessesOf, isCompareOp, walkScalar, walkScalarPostOrder, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';

/**
 * Why an op cannot run as an f32 SIMD kernel (undefined when it can). The SIMD kernels compute
 * in f32 lanes: f32 values are rounded at every operation (the default, within tolerance of the
 * float64 reference), but integer and bool values must stay exact. They do when every i32 value
 * the op computes (index arithmetic like `abs(i − j)`, sums of bools) is provably an integer of
 * magnitude at most 2^24: the interval analysis of ir/expr/int-range.ts over axis extents shows
 * it. i32 outputs, i32 arithmetic on i32 tensors and comparisons of them, promoted to f32 or not
 * (their values are unknown), stay on the exact scalar kernels; an i32 tensor read into f32
 * arithmetic is converted, as the language says.
 */
export function simdUnsupported(expr: TensorExpr, extents: ReadonlyMap<string, number>): string | undefined {
  if (expr.dtype === 'i32') return 'an i32 output (i32 arithmetic runs on the exact scalar path)';
  // an i32 tensor read enters the lanes rounded to f32: integer arithmetic on it has no bound
  const i32Tensors = new Set(accessesOf(expr.body).flatMap((a) => (a.dtype === 'i32' ? [a.tensor] : [])));
  const rangeOf = valueRanges({ extents, rangeOf: (t) => (i32Tensors.has(t) ? UNBOUNDED : undefined) });
  let reason: string | undefined;
  // children before parents: the reason given is the innermost value that fails
  walkScalarPostOrder(expr.body, (e) => {
    if (reason) return;
    if (e.kind === 'axis' && (extents.get(e.axis) ?? 0) > F32_EXACT_INTEGERS) reason = `axis '${e.axis}' used as a value is longer than 2^24 (not exact in f32)`;
    const computedInt = e.dtype === 'i32' && e.kind !== 'access' && e.kind !== 'const' && e.kind !== 'axis';
    if (computedInt && !exact(rangeOf(e))) reason = 'i32 arithmetic that is not provably exact in f32 (runs on the exact scalar path)';
    // an i32 value rounded to f32 may compare differently, also inside promoted f32 arithmetic
    // (`q[i] + 1 != r[i] + 1`): only provably small integers are compared in f32
    if (e.kind === 'binary' && isCompareOp(e.op) && [e.lhs, e.rhs].some((x) => carriesInexactInteger(x, rangeOf))) {
      reason = 'a comparison of i32 values that may not be exact in f32 (runs on the exact scalar path)';
    }
    // a sum or product of i32 values past 2^24 accumulates rounding in f32 lanes that the
    // reference's float64 accumulation does not (max and min of rounded values are exact)
    if (e.kind === 'reduce' && (e.reducer === 'sum' || e.reducer === 'prod') && carriesInexactInteger(e.body, rangeOf)) {
      reason = `a ${e.reducer} of i32 values that may not be exact in f32 (runs on the exact scalar path)`;
    }
  });
  return reason;
}

/** Whether a value is, or is computed from, an i32 value that f32 may not hold exactly. */
function carriesInexactInteger(e: ScalarExpr, rangeOf: (e: ScalarExpr) => ValueRange): boolean {
  let found = false;
  walkScalar(e, (n) => {
    if (n.dtype === 'i32' && !exact(rangeOf(n))) found = true;
  });
  return found;
}

function exact(r: ValueRange): boolean {
  return r.lo >= -F32_EXACT_INTEGERS && r.hi <= F32_EXACT_INTEGERS;
}
