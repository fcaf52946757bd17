import { arith, constant, negate } from './build.js';
import { canonicalSort, type Ordering } from './canonical-order.js';
import { exactProduct, exactReciprocal, splitPowerOfTwo } from './exact-constants.js';
import type { ScalarExpr } from './tensor-expr.js';

/**
 * A product read as `sign · Π consts · Π num / Π den`: what `*`, `/` and unary `-` build,
 * flattened. In real arithmetic (divisors non-zero) every spelling of the same factors is one
 * value, so the factors may be reordered and regrouped; IEEE gives the same ±inf and NaN for
 * every order too (0 · inf is NaN whatever multiplies it), apart from overflow and underflow.
 */
export interface Monomial {
  readonly sign: 1 | -1;
  /** Constant multipliers (not negative, never 1: the sign is apart), including the exact reciprocals of power-of-two divisors. */
  readonly consts: readonly number[];
  readonly num: readonly ScalarExpr[];
  /** Divisors; a constant divisor here is positive and not a power of two (or 0, ±inf). */
  readonly den: readonly ScalarExpr[];
}

export function isProductNode(e: ScalarExpr): boolean {
  return (e.kind === 'binary' && (e.op === '*' || e.op === '/')) || (e.kind === 'unary' && e.op === 'neg') || e.kind === 'const';
}

/**
 * Flattens `e` into a monomial. `leaf` maps every operand that is not itself a product (a
 * pass normalizes it there); an operand that comes back as a product is flattened too.
 */
export function toMonomial(e: ScalarExpr, leaf: (x: ScalarExpr) => ScalarExpr = (x) => x): Monomial {
  let sign: 1 | -1 = 1;
  const consts: number[] = [];
  const num: ScalarExpr[] = [];
  const den: ScalarExpr[] = [];
  const collect = (x: ScalarExpr, divide: boolean, mapLeaf: boolean): void => {
    if (x.kind === 'const') {
      // x * -2 is -(x * 2) and x / -3 is -(x / 3) exactly: constants keep no sign; -0 is 0 (the sign of a zero)
      if (x.value < 0) sign = sign === 1 ? -1 : 1;
      const magnitude = x.value < 0 ? -x.value : x.value === 0 ? 0 : x.value;
      const c = divide ? exactReciprocal(magnitude) : magnitude;
      if (c === undefined) den.push(constant(magnitude));
      else if (c !== 1) consts.push(c);
    } else if (x.kind === 'unary' && x.op === 'neg') {
      sign = sign === 1 ? -1 : 1;
      collect(x.arg, divide, mapLeaf);
    } else if (x.kind === 'binary' && x.op === '*') {
      collect(x.lhs, divide, mapLeaf);
      collect(x.rhs, divide, mapLeaf);
    } else if (x.kind === 'binary' && x.op === '/') {
      collect(x.lhs, divide, mapLeaf);
      collect(x.rhs, !divide, mapLeaf);
    } else if (mapLeaf) {
      const mapped = leaf(x);
      if (isProductNode(mapped)) collect(mapped, divide, false);
      else (divide ? den : num).push(mapped);
    } else (divide ? den : num).push(x);
  };
  collect(e, false, true);
  return { sign, consts, num, den };
}

/** The monomial with its sign flipped. */
export function negated(m: Monomial): Monomial {
  return { ...m, sign: m.sign === 1 ? -1 : 1 };
}

/**
 * The canonical expression of a monomial: `((n1 * n2 * ... * C) / d1) / d2 ...`, factors and
 * divisors in canonical order, the constants folded into C where folding is exact, the sign
 * folded into C when the product is f32 (an i32 or bool product keeps a unary minus: constants
 * are f32, and a sign alone does not change a type).
 */
export function buildMonomial(monomial: Monomial, order: Ordering): ScalarExpr {
  const m = balanceConstants(monomial);
  const num = canonicalSort(m.num, (x) => x, order);
  const den = canonicalSort(m.den, (x) => x, order);
  let consts = multiplyExactly(m.consts).filter((c) => c !== 1);
  let sign = m.sign;
  const f32 = consts.length > 0 || den.length > 0 || num.some((x) => x.dtype === 'f32');
  if (f32 && sign < 0) {
    consts = multiplyExactly([...consts, -1]);
    sign = 1;
  }
  const [first, ...rest] = [...num, ...consts.map(constant)];
  let product = first ? rest.reduce((acc, f) => arith('*', acc, f), first) : constant(sign);
  if (first && sign < 0) product = negate(product);
  for (const d of den) product = arith('/', product, d);
  return product;
}

/** Multiplies constants together where the product is exact; the rest stay separate (sorted, so the result does not depend on their order). */
export function multiplyExactly(values: readonly number[]): number[] {
  // -0 and 0 differ only in the sign of the zero they give
  const sorted = values.map((c) => (c === 0 ? 0 : c)).sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
  const out: number[] = [];
  for (const c of sorted) {
    const last = out.length - 1;
    const folded = last >= 0 ? exactProduct(out[last] as number, c) : undefined;
    if (folded !== undefined) out[last] = folded === 0 ? 0 : folded;
    else out.push(c);
  }
  return out;
}

/**
 * One spelling for a constant multiplier with a constant divisor: `x * 0.5 / 384`, `x / 768` and
 * `(x / 3) / 256` all become `x / 768`, and `x * 0.2 / 6` becomes `x * 0.1 / 3`. The value is
 * P / D = (p / d) · 2^e (P the multipliers, D the divisors, each folded exactly; p and d their odd
 * parts); 2^e goes to D when p = 1, else to P, so D is a power of two only when it can go (it is
 * then the multiplier 2^e). Only exact scaling by powers of two is involved.
 */
export function balanceConstants(m: Monomial): Monomial {
  const usable = (c: number): boolean => Number.isFinite(c) && c !== 0;
  const divisors: ScalarExpr[] = m.den.filter((x) => x.kind === 'const' && usable(x.value));
  if (divisors.length === 0) return m;
  const multipliers = m.consts.filter(usable);
  const p = multiplyExactly(multipliers.length > 0 ? multipliers : [1]);
  const d = multiplyExactly(divisors.map((x) => (x.kind === 'const' ? x.value : 1)));
  if (p.length !== 1 || d.length !== 1) return m;
  const top = splitPowerOfTwo(p[0] as number);
  const bottom = splitPowerOfTwo(d[0] as number);
  const consts = m.consts.filter((c) => !usable(c));
  const den = m.den.filter((x) => !divisors.includes(x));
  if (bottom.odd === 1) {
    const scaled = (p[0] as number) * 2 ** -bottom.exponent;
    if (!Number.isFinite(scaled) || Math.abs(scaled) < 2 ** -1022) return m;
    return { ...m, consts: [...consts, scaled], den };
  }
  // the power of two goes to the divisor when the multiplier is one (x / 768), else to the multiplier (x * 0.1 / 3)
  const multiplier = top.odd === 1 ? 1 : top.odd * 2 ** (top.exponent - bottom.exponent);
  const divisor = top.odd === 1 ? bottom.odd * 2 ** (bottom.exponent - top.exponent) : bottom.odd;
  if (![multiplier, divisor].every((c) => Number.isFinite(c) && Math.abs(c) >= 2 ** -1022)) return m;
  return { ...m, consts: multiplier === 1 ? consts : [...consts, multiplier], den: [...den, constant(divisor)] };
}
