import { applyBinary, applyUnary } from '../ir/expr/fold.js';
import type { BinaryOp, ScalarExpr, UnaryOp } from '../ir/expr/tensor-expr.js';

/**
 * A tiny abstract interpretation of scalar expressions, used to decide what a dropped
 * micro-tile contributes. A value is either known exactly or unknown; an unknown may be known
 * to be non-negative and known to be finite. Inputs and weights are assumed finite (and
 * arithmetic not to overflow); values that can be infinite or NaN (inf constants, -inf fills,
 * exp, log, sqrt, division) are tracked, so a dropped 0 is never assumed to cancel them: 0·inf
 * is NaN in the dense program, and PIT must not hide it.
 */
export type AbsValue =
  | { readonly kind: 'known'; readonly value: number }
  | { readonly kind: 'unknown'; readonly nonNegative: boolean; readonly finite: boolean; readonly nonZero?: boolean };

export const known = (value: number): AbsValue => ({ kind: 'known', value });
export const unknown = (nonNegative: boolean, finite = true): AbsValue => ({ kind: 'unknown', nonNegative, finite });

/** A present entry of a dynamic tensor: unknown, but certainly not its absent value 0. */
export const present = (nonNegative: boolean, finite: boolean): AbsValue => ({ kind: 'unknown', nonNegative, finite, nonZero: true });

function isNonZero(v: AbsValue): boolean {
  return v.kind === 'known' ? v.value !== 0 : v.nonZero === true;
}

export function isFinite(v: AbsValue): boolean {
  return v.kind === 'known' ? Number.isFinite(v.value) : v.finite;
}

export function isNonNegative(v: AbsValue): boolean {
  return v.kind === 'known' ? v.value >= 0 || Object.is(v.value, -0) : v.nonNegative;
}

export function isKnown(v: AbsValue, value: number): boolean {
  return v.kind === 'known' && (v.value === value || (Number.isNaN(v.value) && Number.isNaN(value)));
}

/** What an access evaluates to: substituted (the dropped value) or the tensor's sign fact. */
export type AccessValue = (access: Extract<ScalarExpr, { kind: 'access' }>) => AbsValue;

/** `keepsFinite`: a finite argument gives a finite result (exp overflows, log(0) and sqrt(-1) do not). */
const UNARY: Record<UnaryOp, { nonNegative: boolean; keepsFinite: boolean }> = {
  neg: { nonNegative: false, keepsFinite: true },
  relu: { nonNegative: true, keepsFinite: true },
  exp: { nonNegative: true, keepsFinite: false },
  log: { nonNegative: false, keepsFinite: false },
  sqrt: { nonNegative: true, keepsFinite: false },
  tanh: { nonNegative: false, keepsFinite: true },
  sigmoid: { nonNegative: true, keepsFinite: true },
  gelu: { nonNegative: false, keepsFinite: true },
  abs: { nonNegative: true, keepsFinite: true },
  erf: { nonNegative: false, keepsFinite: true },
};

export function evalAbstract(e: ScalarExpr, access: AccessValue): AbsValue {
  switch (e.kind) {
    case 'const':
      return known(e.value);
    case 'access':
      return access(e);
    case 'axis':
      return unknown(true);
    case 'unary': {
      const a = evalAbstract(e.arg, access);
      const op = UNARY[e.op];
      if (a.kind === 'known') return known(applyUnary(e.op, a.value));
      const nonNegative = op.nonNegative || (e.op !== 'neg' && e.op !== 'log' && e.op !== 'tanh' && e.op !== 'gelu' && a.nonNegative);
      return unknown(nonNegative, op.keepsFinite && a.finite);
    }
    case 'binary':
      return binary(e.op, evalAbstract(e.lhs, access), evalAbstract(e.rhs, access));
    case 'where': {
      const c = evalAbstract(e.cond, access);
      const t = evalAbstract(e.then, access);
      const f = evalAbstract(e.else, access);
      if (c.kind === 'known') return c.value !== 0 ? t : f;
      if (isNonZero(c)) return t;
      if (t.kind === 'known' && f.kind === 'known' && t.value === f.value) return t;
      return unknown(isNonNegative(t) && isNonNegative(f), isFinite(t) && isFinite(f));
    }
    case 'reduce': {
      const b = evalAbstract(e.body, access);
      if (b.kind === 'known') {
        if (e.reducer === 'max' || e.reducer === 'min') return b;
        if (e.reducer === 'sum' && (b.value === 0 || !Number.isFinite(b.value))) return b;
        if (e.reducer === 'prod' && (b.value === 0 || b.value === 1)) return b;
        return unknown(b.value >= 0, Number.isFinite(b.value));
      }
      return unknown(b.nonNegative, b.finite);
    }
  }
}

function binary(op: BinaryOp, a: AbsValue, b: AbsValue): AbsValue {
  if (a.kind === 'known' && b.kind === 'known') return known(applyBinary(op, a.value, b.value));
  const nn = isNonNegative(a) && isNonNegative(b);
  const fin = isFinite(a) && isFinite(b);
  const infinite = (v: AbsValue): boolean => v.kind === 'known' && Math.abs(v.value) === Infinity;
  switch (op) {
    case '*':
      // 0·x is 0 only when x cannot be infinite (0·inf is NaN)
      if ((isKnown(a, 0) && isFinite(b)) || (isKnown(b, 0) && isFinite(a))) return known(0);
      return unknown(nn, fin);
    case '/':
      // 0/x is 0 only when x is a known non-zero constant (0/0 is NaN)
      if (isKnown(a, 0) && b.kind === 'known' && b.value !== 0 && !Number.isNaN(b.value)) return known(0);
      if (infinite(b) && isFinite(a)) return known(0);
      return unknown(nn, fin && b.kind === 'known' && b.value !== 0);
    case '+':
      if (infinite(a) && isFinite(b)) return a;
      if (infinite(b) && isFinite(a)) return b;
      return unknown(nn, fin);
    case '-':
      if (infinite(a) && isFinite(b)) return a;
      if (infinite(b) && isFinite(a)) return known(-(b as { value: number }).value);
      return unknown(false, fin);
    case 'max':
      if (isKnown(a, -Infinity)) return b;
      if (isKnown(b, -Infinity)) return a;
      if ((isKnown(a, Infinity) && isFinite(b)) || (isKnown(b, Infinity) && isFinite(a))) return known(Infinity);
      return unknown(isNonNegative(a) || isNonNegative(b), fin);
    case 'min':
      if (isKnown(a, Infinity)) return b;
      if (isKnown(b, Infinity)) return a;
      if ((isKnown(a, -Infinity) && isFinite(b)) || (isKnown(b, -Infinity) && isFinite(a))) return known(-Infinity);
      return unknown(nn, fin);
    case '!=':
    case '==': {
      // a present entry compared with 0: known
      const zeroVsPresent = (isKnown(a, 0) && isNonZero(b)) || (isKnown(b, 0) && isNonZero(a));
      if (zeroVsPresent) return known(op === '!=' ? 1 : 0);
      return unknown(true);
    }
    default:
      return unknown(true); // comparisons give 0/1
  }
}
