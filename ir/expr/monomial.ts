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
  /** Constant multipliers, including the exact reciprocals of power-of-two divisors. */
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
      const c = divide ? exactReciprocal(x.value) : x.value;
      if (c !== undefined) consts.push(c);
      else {
        // x / -3 is -(x / 3) exactly: the divisor keeps no sign
        if (x.value < 0) sign = sign === 1 ? -1 : 1;
        den.push(x.value < 0 ? constant(-x.value) : x);
      }
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

/** Sign of the constant part (sign and constants; NaN counts as positive). */
export function constantSign(m: Monomial): 1 | -1 {
  let s: number = m.sign;
  for (const c of m.consts) if (c < 0 || Object.is(c, -0)) s = -s;
  return s < 0 ? -1 : 1;
}

/**
 * The canonical expression of a monomial: `((n1 * n2 * ... * C) / d1) / d2 ...`, factors and
 * divisors in canonical order, the constants folded into C where folding is exact (the sign
 * too, when the product is f32; an i32 product without constants keeps a unary minus).
 */
export function buildMonomial(monomial: Monomial, order: Ordering): ScalarExpr {
  const m = balanceConstants(monomial);
  const num = canonicalSort(m.num, (x) => x, order);
  const den = canonicalSort(m.den, (x) => x, order);
  const f32 = m.consts.length > 0 || den.length > 0 || num.some((x) => x.dtype === 'f32');
  let consts = [...m.consts];
  let sign = m.sign;
  if (f32 && sign < 0) {
    consts.push(-1);
    sign = 1;
  }
  consts = foldConstants(consts);
  // a factor 1 goes, unless it is the only thing that makes the product f32 (`b * 1` for a bool b)
  const kept = consts.filter((c) => c !== 1);
  const typedByConstant = !num.some((x) => x.dtype === 'f32') && den.length === 0;
  if (kept.length === 0 && consts.length > 0 && typedByConstant) kept.push(1);
  const factors = [...num, ...kept.map(constant)];
  let product = factors.length === 0 ? constant(1) : factors.slice(1).reduce((acc, f) => arith('*', acc, f), factors[0] as ScalarExpr);
  if (sign < 0) product = negate(product);
  for (const d of den) product = arith('/', product, d);
  return product;
}

/** Multiplies constants together where the product is exact; the rest stay separate (sorted, so the result does not depend on their order). */
export function foldConstants(values: readonly number[]): number[] {
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
 * `(x / 3) / 256` all become `x / 768`. The value is P / D (P the multipliers, D the divisors,
 * each folded exactly); powers of two move into D, which keeps P an odd integer (dropped when 1),
 * or into P when D is a power of two. Only exact scaling by powers of two is involved.
 */
export function balanceConstants(m: Monomial): Monomial {
  const usable = (c: number): boolean => Number.isFinite(c) && c !== 0;
  const divisors: ScalarExpr[] = m.den.filter((x) => x.kind === 'const' && usable(x.value));
  if (divisors.length === 0) return m;
  const multipliers = m.consts.filter(usable);
  const p = foldConstants(multipliers.length > 0 ? multipliers : [1]);
  const d = foldConstants(divisors.map((x) => (x.kind === 'const' ? x.value : 1)));
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
  const divisor = bottom.odd * 2 ** (bottom.exponent - top.exponent);
  if (!Number.isFinite(divisor) || divisor < 2 ** -1022) return m;
  return { ...m, consts: top.odd === 1 ? consts : [...consts, top.odd], den: [...den, constant(divisor)] };
}
