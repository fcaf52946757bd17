import { InternalError } from '../core/errors.js';
import type { DType } from '../dtype.js';
import { arith, constant, negate, reduceOver } from './build.js';
import { canonicalSort, type Ordering } from './canonical-order.js';
import { mayHoldInfinity } from './infinity.js';
import { balanceConstants, buildMonomial, multiplyExactly, toMonomial, type Monomial } from './monomial.js';
import { buildTerms, isSumNode, negateSum, toTerms, type Term } from './terms.js';
import { printScalar } from './print.js';
import { freeAxesOf, mapChildren, type BinaryExpr, type ReduceExpr, type ScalarExpr, type TensorExpr } from './tensor-expr.js';

/**
 * Normalization: one canonical form for the many spellings of an op, so that how a program is
 * written never decides which kernel runs (`sum[j] e*v/z` and `(sum[j] e*v)/z` are one GEMM).
 * Every rewrite is exact in real arithmetic for finite inputs (docs/language.md, Normalization,
 * states the rules and why): only float rounding, and the sign of a zero, may change. Spelled
 * infinities (`-inf` fills) keep their meaning: a factor or term that may hold one never moves
 * across a reduction.
 *
 * - products, sums, max/min chains and ==/!= take their operands in canonical order;
 * - constants fold where the product is exact; `x / 2^k` becomes `x * 2^-k` (exact); a constant
 *   multiplier and divisor take one form (`x * 0.5 / 384` is `x / 768`); the sign is the
 *   monomial's, and an additive factor takes one of its two signs (`-(a - b)` is `b - a`);
 * - `sum`: factors invariant to its axes (that hold no spelled infinity) and invariant divisors
 *   move out; constant factors and the sign move in (the GEMM's scale, no epilogue);
 * - `max`/`min`: invariant terms move out (`max[j](x + c) = max[j] x + c`), and so does a
 *   positive constant scale (`max[j] 2*x = 2 * max[j] x`); nothing else (a negative scale
 *   would turn max into min);
 * - `prod`: nothing moves (`prod[j] c*x = c^n * prod[j] x` needs a power with the extent n).
 */
export interface NormalizeContext {
  /** Position of a tensor in the graph (declaration order), for the canonical operand order. */
  readonly tensorOrder: (tensor: string) => number;
  /** Whether a tensor may hold a spelled infinity (see infinity.ts); inputs and weights do not. */
  readonly mayBeInfinite: (tensor: string) => boolean;
}

export function normalizeTensorExpr(expr: TensorExpr, ctx: NormalizeContext): TensorExpr {
  const axes = [...expr.spatial, ...expr.reduce].map((a) => a.name);
  const order: Ordering = { tensor: ctx.tensorOrder, axis: (name) => (axes.includes(name) ? axes.indexOf(name) : axes.length) };
  const body = new Normalizer({ order, mayBeInfinite: ctx.mayBeInfinite }).expr(expr.body);
  return { ...expr, body: storedAs(body, expr.dtype, expr.output) };
}

/**
 * Inside a statement every value is a float64 and types only say how a value was made (a
 * constant 1 makes bool arithmetic f32, a double minus makes it i32); only the stored type
 * matters. Dropping such a 1 or minus may narrow the body's type, so it is restored on top.
 */
function storedAs(body: ScalarExpr, dtype: DType, output: string): ScalarExpr {
  if (body.dtype === dtype) return body;
  if (dtype === 'f32') return arith('*', body, constant(1));
  if (dtype === 'i32' && body.dtype === 'bool') return negate(negate(body));
  throw new InternalError('normalize', `op '${output}' of type ${dtype} would store a ${body.dtype}`);
}

interface OpContext {
  readonly order: Ordering;
  readonly mayBeInfinite: (tensor: string) => boolean;
}

class Normalizer {
  constructor(private readonly ctx: OpContext) {}

  expr(e: ScalarExpr): ScalarExpr {
    if (e.kind === 'reduce') return this.reduction(e);
    if (e.kind === 'unary' && e.op === 'neg') return this.product(e);
    if (e.kind !== 'binary') return this.shallow(e);
    switch (e.op) {
      case '*':
      case '/':
        return this.product(e);
      case '+':
      case '-':
        return buildTerms(this.terms(e), this.ctx.order);
      case 'max':
      case 'min':
        return this.chain(e);
      case '==':
      case '!=': {
        const [lhs, rhs] = canonicalSort([this.expr(e.lhs), this.expr(e.rhs)], (x) => x, this.ctx.order) as [ScalarExpr, ScalarExpr];
        return { ...e, lhs, rhs };
      }
      default:
        return this.shallow(e);
    }
  }

  /** Children normalized, the node itself as written. */
  private shallow(e: ScalarExpr): ScalarExpr {
    return mapChildren(e, (x) => this.expr(x));
  }

  private terms(e: ScalarExpr): Term[] {
    return toTerms(e, this.ctx.order, (x) => this.expr(x));
  }

  private product(e: ScalarExpr): ScalarExpr {
    return this.monomial(toMonomial(e, (x) => this.expr(x)));
  }

  /**
   * A monomial of normalized factors in canonical form. The constant part (sign and finite
   * constants) moves into the first sum among the factors, and so on down nested sums:
   * `c · Σ x = Σ c·x` in real arithmetic for a finite c (also under IEEE with infinities in x).
   * Types inside are rebuilt by the language's rules (a dropped 1 may leave bool arithmetic i32).
   */
  private monomial(written: Monomial): ScalarExpr {
    const m = this.signedSums(written);
    // -(a - b) is b - a exactly: a negated sum is a sum
    const [lone] = m.num;
    if (m.num.length === 1 && m.den.length === 0 && lone && isSumNode(lone) && isMinusOne(m)) return negateSum(lone, this.ctx.order);
    // every sum factor's finite constants and sign (down nested sums) join the outer ones, so that
    // a divisor outside and a scale inside settle into one form (balanceConstants); then sign and
    // scale go into the first sum (in the order of the bare sums) if they are finite, and sink to
    // its innermost sum; divisors stay out
    let sign = m.sign;
    const pulled: number[] = [];
    const bare = m.num.map((x) => {
      if (x.kind !== 'reduce' || x.reducer !== 'sum') return x;
      const b = this.bareSum(x);
      if (b.sign < 0) sign = sign === 1 ? -1 : 1;
      pulled.push(...b.consts);
      return b.sum;
    });
    const num = canonicalSort(bare, (x) => x, this.ctx.order);
    const target = num.findIndex((x) => x.kind === 'reduce' && x.reducer === 'sum');
    const sum = num[target] as ReduceExpr | undefined;
    if (!sum) return buildMonomial(this.positiveSign(m), this.ctx.order);
    const whole = balanceConstants({ sign, consts: [...m.consts, ...pulled], num, den: m.den });
    const push = whole.consts.every(Number.isFinite);
    const inner = toMonomial(sum.body);
    // (a factor 1 goes in as nothing, so an i32 sum stays one)
    const body = this.monomial({ sign: push ? whole.sign : 1, consts: [...(push ? whole.consts.filter((c) => c !== 1) : []), ...inner.consts], num: inner.num, den: inner.den });
    const pushed = reduceOver(sum, body);
    const outer: Monomial = { sign: push ? 1 : whole.sign, consts: push ? [] : whole.consts, num: num.map((x, i) => (i === target ? pushed : x)), den: whole.den };
    return buildMonomial(this.positiveSign(outer), this.ctx.order);
  }

  /** A sum without its finite constants and sign, and those of the sums among its factors: `Σ c·x = c · Σ x`. */
  private bareSum(s: ReduceExpr): { readonly sum: ReduceExpr; readonly sign: 1 | -1; readonly consts: readonly number[] } {
    const inner = toMonomial(s.body);
    let sign = inner.sign;
    const consts = inner.consts.filter(Number.isFinite);
    const num = inner.num.map((x) => {
      if (x.kind !== 'reduce' || x.reducer !== 'sum') return x;
      const b = this.bareSum(x);
      if (b.sign < 0) sign = sign === 1 ? -1 : 1;
      consts.push(...b.consts);
      return b.sum;
    });
    const body = buildMonomial({ sign: 1, consts: inner.consts.filter((c) => !Number.isFinite(c)), num, den: inner.den }, this.ctx.order);
    return { sum: reduceOver(s, body), sign, consts };
  }

  /**
   * `(a - b) · x` and `-((b - a) · x)` are one product: every additive factor takes the sign
   * (of its two forms, ±) with more added terms, or whose text sorts first, and the monomial
   * keeps the sign.
   */
  private signedSums(m: Monomial): Monomial {
    let sign = m.sign;
    // a factor 0 leaves ±0 or NaN: the product's sign is only a zero's
    let signless = m.consts.includes(0);
    const num = m.num.map((f) => {
      if (!isSumNode(f)) return f;
      const flipped = negateSum(f, this.ctx.order);
      // x - x is its own negation: it is 0 or NaN, so the product's sign is only a zero's
      if (printScalar(flipped) === printScalar(f)) signless = true;
      if (!signFirst(flipped, f, this.ctx.order)) return f;
      sign = sign === 1 ? -1 : 1;
      return flipped;
    });
    return { ...m, sign: signless ? 1 : sign, num };
  }

  /** A negative constant part goes into the first additive factor, if there is one: -(a - b) · x = (b - a) · x. */
  private positiveSign(m: Monomial): Monomial {
    if (m.sign > 0) return m;
    const num = canonicalSort(m.num, (x) => x, this.ctx.order);
    const first = num.findIndex(isSumNode);
    if (first < 0) return m;
    return { ...m, sign: m.sign === 1 ? -1 : 1, num: num.map((x, i) => (i === first ? negateSum(x, this.ctx.order) : x)) };
  }

  /** max/min chains: flattened, arguments in canonical order. */
  private chain(e: BinaryExpr): ScalarExpr {
    const args: ScalarExpr[] = [];
    const collect = (x: ScalarExpr, mapLeaf: boolean): void => {
      if (x.kind === 'binary' && x.op === e.op) {
        collect(x.lhs, mapLeaf);
        collect(x.rhs, mapLeaf);
      } else if (mapLeaf) collect(this.expr(x), false);
      else args.push(x);
    };
    collect(e, true);
    const sorted = canonicalSort(args, (x) => x, this.ctx.order);
    return sorted.slice(1).reduce((acc, x) => arith(e.op as 'max' | 'min', acc, x), sorted[0] as ScalarExpr);
  }

  private reduction(r: ReduceExpr): ScalarExpr {
    const body = this.expr(r.body);
    const invariant = (x: ScalarExpr): boolean => ![...freeAxesOf(x)].some((a) => r.axes.includes(a));
    const finite = (x: ScalarExpr): boolean => !mayHoldInfinity(x, this.ctx.mayBeInfinite);
    if (r.reducer === 'sum') return this.sumReduction(r, body, invariant, finite);
    if (r.reducer === 'max' || r.reducer === 'min') return this.extremumReduction(r, body, invariant, finite);
    return reduceOver(r, body);
  }

  /**
   * Σ_j f·x_j / d = f · (Σ_j x_j) / d for f, d invariant to j: exact in real arithmetic; under
   * IEEE too when f is not infinite (f = 0: both NaN exactly when some x_j is not finite) and d is
   * not 0 (d = ±inf: both 0); so f must hold no spelled infinity, and division by zero is, like
   * overflow, outside what the language defines.
   */
  private sumReduction(r: ReduceExpr, body: ScalarExpr, invariant: (x: ScalarExpr) => boolean, finite: (x: ScalarExpr) => boolean): ScalarExpr {
    const m = toMonomial(body);
    const outNum = m.num.filter((x) => invariant(x) && finite(x));
    const outDen = m.den.filter(invariant);
    if (outNum.length === 0 && outDen.length === 0) return reduceOver(r, body);
    const inner = this.monomial({ ...m, num: m.num.filter((x) => !outNum.includes(x)), den: m.den.filter((x) => !outDen.includes(x)) });
    return this.monomial({ sign: 1, consts: [], num: [...outNum, reduceOver(r, inner)], den: outDen });
  }

  /**
   * max_j (x_j + c) = max_j x_j + c for c invariant (IEEE: also for c = -inf, not for c = +inf,
   * so c holds no spelled infinity), and max_j (k·x_j) = k · max_j x_j for a constant k > 0
   * (rounding is monotone, so both are even bit-identical); likewise for min.
   */
  private extremumReduction(r: ReduceExpr, body: ScalarExpr, invariant: (x: ScalarExpr) => boolean, finite: (x: ScalarExpr) => boolean): ScalarExpr {
    const terms = toTerms(body, this.ctx.order);
    const out = terms.filter((t) => invariant(t.expr) && finite(t.expr));
    if (out.length > 0 && out.length < terms.length) {
      const inner = this.reduction(reduceOver(r, buildTerms(terms.filter((t) => !out.includes(t)), this.ctx.order)));
      return buildTerms([...toTerms(inner, this.ctx.order), ...out], this.ctx.order);
    }
    const m = toMonomial(body);
    const denConstants = m.den.flatMap((x) => (x.kind === 'const' ? [x.value] : []));
    const scale = [...m.consts, ...denConstants]; // (constants are positive: the sign is apart)
    if (scale.length === 0 || m.sign < 0 || !scale.every((c) => Number.isFinite(c) && c !== 0)) return reduceOver(r, body);
    const inner = buildMonomial({ sign: 1, consts: [], num: m.num, den: m.den.filter((x) => x.kind !== 'const') }, this.ctx.order);
    // max[j] 2·(x_j + c): the scale leaves first, then the term
    const reduced = this.extremumReduction(r, inner, invariant, finite);
    const moved: Monomial = { sign: 1, consts: m.consts, num: [reduced], den: m.den.filter((x) => x.kind === 'const') };
    return this.monomial(moved);
  }
}

/** The constant part of `m` is exactly -1 (a negation). */
function isMinusOne(m: Monomial): boolean {
  return m.sign < 0 && multiplyExactly(m.consts).every((c) => c === 1);
}

/** Whether the sum `a` is the preferred sign form over its negation `b`: more added terms, then the text. */
function signFirst(a: ScalarExpr, b: ScalarExpr, order: Ordering): boolean {
  const added = (x: ScalarExpr): number => toTerms(x, order).filter((t) => t.sign === 1).length;
  if (added(a) !== added(b)) return added(a) > added(b);
  return printScalar(a) < printScalar(b);
}
