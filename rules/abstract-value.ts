import type { ScalarExpr, UnaryOp } from '../ir/expr/tensor-expr.js';

/**
 * A tiny abstract interpretation of scalar expressions, used to decide what a dropped
 * micro-tile contributes. A value is either known exactly or unknown (then possibly known to
 * be non-negative). Unknown tensor values are assumed finite: like every PIT system, pitc
 * treats 0·x as 0 (a NaN or inf hidden in a skipped product is not reproduced).
 */
export type AbsValue = { readonly kind: 'known'; readonly value: number } | { readonly kind: 'unknown'; readonly nonNegative: boolean };

export const known = (value: number): AbsValue => ({ kind: 'known', value });
export const unknown = (nonNegative: boolean): AbsValue => ({ kind: 'unknown', nonNegative });

export function isNonNegative(v: AbsValue): boolean {
  return v.kind === 'known' ? v.value >= 0 || Object.is(v.value, -0) : v.nonNegative;
}

export function isKnown(v: AbsValue, value: number): boolean {
  return v.kind === 'known' && (v.value === value || (Number.isNaN(v.value) && Number.isNaN(value)));
}

/** What an access evaluates to: substituted (the dropped value) or the tensor's sign fact. */
export type AccessValue = (access: Extract<ScalarExpr, { kind: 'access' }>) => AbsValue;

const UNARY: Record<UnaryOp, { fn: (x: number) => number; nonNegative: boolean }> = {
  neg: { fn: (x) => -x, nonNegative: false },
  relu: { fn: (x) => (x < 0 ? 0 : x), nonNegative: true },
  exp: { fn: Math.exp, nonNegative: true },
  log: { fn: Math.log, nonNegative: false },
  sqrt: { fn: Math.sqrt, nonNegative: true },
  tanh: { fn: Math.tanh, nonNegative: false },
  sigmoid: { fn: (x) => 1 / (1 + Math.exp(-x)), nonNegative: true },
  gelu: { fn: (x) => 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x))), nonNegative: false },
  abs: { fn: Math.abs, nonNegative: true },
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
      if (a.kind === 'known') return known(op.fn(a.value));
      return unknown(op.nonNegative || (e.op !== 'neg' && e.op !== 'log' && e.op !== 'tanh' && e.op !== 'gelu' && a.nonNegative));
    }
    case 'binary':
      return binary(e.op, evalAbstract(e.lhs, access), evalAbstract(e.rhs, access));
    case 'where': {
      const c = evalAbstract(e.cond, access);
      const t = evalAbstract(e.then, access);
      const f = evalAbstract(e.else, access);
      if (c.kind === 'known') return c.value !== 0 ? t : f;
      if (t.kind === 'known' && f.kind === 'known' && t.value === f.value) return t;
      return unknown(isNonNegative(t) && isNonNegative(f));
    }
    case 'reduce': {
      const b = evalAbstract(e.body, access);
      if (b.kind === 'known') {
        if (e.reducer === 'max' || e.reducer === 'min') return b;
        if (e.reducer === 'sum' && (b.value === 0 || !Number.isFinite(b.value))) return b;
        if (e.reducer === 'prod' && (b.value === 0 || b.value === 1)) return b;
        return unknown(b.value >= 0);
      }
      return unknown(b.nonNegative);
    }
  }
}

function binary(op: string, a: AbsValue, b: AbsValue): AbsValue {
  if (a.kind === 'known' && b.kind === 'known') return known(apply(op, a.value, b.value));
  const nn = isNonNegative(a) && isNonNegative(b);
  switch (op) {
    case '*':
      if (isKnown(a, 0) || isKnown(b, 0)) return known(0);
      return unknown(nn);
    case '/':
      if (isKnown(a, 0)) return known(0);
      if (b.kind === 'known' && !Number.isFinite(b.value) && !Number.isNaN(b.value)) return known(0);
      return unknown(nn);
    case '+':
      if (a.kind === 'known' && Math.abs(a.value) === Infinity) return a;
      if (b.kind === 'known' && Math.abs(b.value) === Infinity) return b;
      return unknown(nn);
    case '-':
      if (a.kind === 'known' && Math.abs(a.value) === Infinity) return a;
      if (b.kind === 'known' && Math.abs(b.value) === Infinity) return known(-b.value);
      return unknown(false);
    case 'max':
      if (isKnown(a, -Infinity)) return b;
      if (isKnown(b, -Infinity)) return a;
      return unknown(isNonNegative(a) || isNonNegative(b));
    case 'min':
      if (isKnown(a, Infinity)) return b;
      if (isKnown(b, Infinity)) return a;
      return unknown(nn);
    default:
      return unknown(true); // comparisons give 0/1
  }
}

function apply(op: string, x: number, y: number): number {
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
    default:
      return x !== y ? 1 : 0;
  }
}
