import { walkScalar, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';

/** Integers up to 2^24 in magnitude are exact in f32, and so is +, −, ·, max, min of them below it. */
const EXACT_INT = 2 ** 24;

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Why an op cannot run as an f32 SIMD kernel (undefined when it can). The SIMD kernels compute
 * in f32 lanes: f32 values are rounded at every operation (the default, within tolerance of the
 * float64 reference), but integer and bool values must stay exact. They do when every i32 value
 * the op computes (index arithmetic like `abs(i − j)`, sums of bools) is provably an integer of
 * magnitude at most 2^24: an interval analysis over axis extents shows it. i32 outputs, i32
 * arithmetic on i32 tensors and comparisons of them, promoted to f32 or not (their values are
 * unknown), stay on the exact scalar kernels; an i32 tensor read into f32 arithmetic is converted, as the language says.
 */
export function simdUnsupported(expr: TensorExpr, extents: ReadonlyMap<string, number>): string | undefined {
  if (expr.dtype === 'i32') return 'an i32 output (i32 arithmetic runs on the exact scalar path)';
  let reason: string | undefined;
  const visit = (e: ScalarExpr): Interval | undefined => {
    const range = interval(e, extents, intervalOf);
    if (reason) return range;
    if (e.kind === 'axis' && (extents.get(e.axis) ?? 0) > EXACT_INT) reason = `axis '${e.axis}' used as a value is longer than 2^24 (not exact in f32)`;
    const computedInt = e.dtype === 'i32' && e.kind !== 'access' && e.kind !== 'const' && e.kind !== 'axis';
    if (computedInt && !exact(range)) reason = 'i32 arithmetic that is not provably exact in f32 (runs on the exact scalar path)';
    // an i32 value rounded to f32 may compare differently, also inside promoted f32 arithmetic
    // (`q[i] + 1 != r[i] + 1`): only provably small integers are compared in f32
    if (e.kind === 'binary' && isComparison(e.op) && [e.lhs, e.rhs].some((x) => carriesInexactInteger(x, intervalOf))) {
      reason = 'a comparison of i32 values that may not be exact in f32 (runs on the exact scalar path)';
    }
    return range;
  };
  const memo = new Map<ScalarExpr, Interval | undefined>();
  const intervalOf = (e: ScalarExpr): Interval | undefined => {
    if (!memo.has(e)) memo.set(e, visit(e));
    return memo.get(e);
  };
  intervalOf(expr.body);
  return reason;
}

/** Whether a value is, or is computed from, an i32 value that f32 may not hold exactly. */
function carriesInexactInteger(e: ScalarExpr, intervalOf: (e: ScalarExpr) => Interval | undefined): boolean {
  let found = false;
  walkScalar(e, (n) => {
    if (n.dtype === 'i32' && !exact(intervalOf(n))) found = true;
  });
  return found;
}

function exact(r: Interval | undefined): boolean {
  return r !== undefined && r.lo >= -EXACT_INT && r.hi <= EXACT_INT;
}

function isComparison(op: string): boolean {
  return op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=';
}

/**
 * Range of an integer or bool node (undefined: unknown, or a non-integer f32 value), from the
 * ranges of its children (`child` visits them).
 */
function interval(e: ScalarExpr, extents: ReadonlyMap<string, number>, child: (c: ScalarExpr) => Interval | undefined): Interval | undefined {
  switch (e.kind) {
    case 'const':
      return Number.isInteger(e.value) ? { lo: e.value, hi: e.value } : undefined;
    case 'axis':
      return { lo: 0, hi: Math.max(0, (extents.get(e.axis) ?? 1) - 1) };
    case 'access':
      return e.dtype === 'bool' ? { lo: 0, hi: 1 } : undefined;
    case 'unary': {
      const a = child(e.arg);
      if (!a || e.dtype === 'f32') return undefined;
      if (e.op === 'neg') return { lo: -a.hi, hi: -a.lo };
      if (e.op === 'abs') return { lo: a.lo <= 0 && a.hi >= 0 ? 0 : Math.min(Math.abs(a.lo), Math.abs(a.hi)), hi: Math.max(Math.abs(a.lo), Math.abs(a.hi)) };
      if (e.op === 'relu') return { lo: Math.max(0, a.lo), hi: Math.max(0, a.hi) };
      return undefined;
    }
    case 'binary': {
      const a = child(e.lhs);
      const b = child(e.rhs);
      if (isComparison(e.op)) return { lo: 0, hi: 1 };
      if (!a || !b || e.dtype === 'f32') return undefined;
      switch (e.op) {
        case '+':
          return { lo: a.lo + b.lo, hi: a.hi + b.hi };
        case '-':
          return { lo: a.lo - b.hi, hi: a.hi - b.lo };
        case '*': {
          const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
          return { lo: Math.min(...p), hi: Math.max(...p) };
        }
        case 'max':
          return { lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
        case 'min':
          return { lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
        default:
          return undefined;
      }
    }
    case 'where': {
      child(e.cond);
      const a = child(e.then);
      const b = child(e.else);
      return a && b && e.dtype !== 'f32' ? { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) } : undefined;
    }
    case 'reduce': {
      const a = child(e.body);
      if (!a || e.dtype === 'f32') return undefined;
      const n = e.axes.reduce((p, x) => p * (extents.get(x) ?? 1), 1);
      switch (e.reducer) {
        case 'sum':
          return { lo: n * Math.min(a.lo, 0), hi: n * Math.max(a.hi, 0) };
        case 'prod': {
          const m = Math.max(Math.abs(a.lo), Math.abs(a.hi), 1) ** n;
          return { lo: -m, hi: m };
        }
        default:
          return a;
      }
    }
  }
}
