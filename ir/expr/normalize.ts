import { arith, reduceOver } from './build.js';
import { canonicalSort, type Ordering } from './canonical-order.js';
import { mayHoldInfinity } from './infinity.js';
import { balanceConstants, buildMonomial, constantSign, foldConstants, toMonomial, type Monomial } from './monomial.js';
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
 * - constants fold where the product is exact; `x / 2^k` becomes `x * 2^-k` (exact);
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
  return { ...expr, body };
}

interface OpContext {
  readonly order: Ordering;
  readonly mayBeInfinite: (tensor: string) => boolean;
}

class Normalizer {
  constructor(private readonly ctx: OpContext) {}

  expr(e: ScalarExpr): ScalarExpr {
    const candidate = this.rewrite(e);
    // a rewrite never changes what a node means; should it change its type (bool/i32 arithmetic
    // where a constant 1 or a double minus carried the type), the node keeps its shape
    return candidate.dtype === e.dtype ? candidate : this.shallow(e);
  }

  private rewrite(e: ScalarExpr): ScalarExpr {
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
   */
  private monomial(written: Monomial): ScalarExpr {
    const m = this.signedSums(written);
    // -(a - b) is b - a exactly: a negated sum is a sum
    const [lone] = m.num;
    if (m.num.length === 1 && m.den.length === 0 && lone && isSumNode(lone) && isMinusOne(m)) return negateSum(lone, this.ctx.order);
    const num = canonicalSort(m.num, (x) => x, this.ctx.order);
    const target = num.findIndex((x) => x.kind === 'reduce' && x.reducer === 'sum');
    const sum = num[target] as ReduceExpr | undefined;
    if (!sum) return buildMonomial(this.positiveSign(m), this.ctx.order);
    // the sum's finite constants join the outer ones, so that a constant divisor outside and a
    // scale inside settle into one form (balanceConstants); then sign and scale go back in if
    // they are finite (an infinite one stays out), divisors stay out
    const inner = toMonomial(sum.body);
    const whole = balanceConstants({ sign: m.sign === inner.sign ? 1 : -1, consts: [...m.consts, ...inner.consts.filter(Number.isFinite)], num, den: m.den });
    const push = whole.consts.every(Number.isFinite);
    const stuck = inner.consts.filter((c) => !Number.isFinite(c));
    const body = this.monomial({ sign: push ? whole.sign : 1, consts: [...(push ? whole.consts : []), ...stuck], num: inner.num, den: inner.den });
    const pushed = reduceOver(sum, body);
    const outer: Monomial = { sign: push ? 1 : whole.sign, consts: push ? [] : whole.consts, num: num.map((x, i) => (i === target ? pushed : x)), den: whole.den };
    return buildMonomial(this.positiveSign(outer), this.ctx.order);
  }

  /**
   * `(a - b) · x` and `-((b - a) · x)` are one product: every additive factor takes the sign
   * (of its two forms, ±) with more added terms, or whose text sorts first, and the monomial
   * keeps the sign.
   */
  private signedSums(m: Monomial): Monomial {
    let sign = m.sign;
    const num = m.num.map((f) => {
      if (!isSumNode(f)) return f;
      const flipped = negateSum(f, this.ctx.order);
      if (!signFirst(flipped, f, this.ctx.order)) return f;
      sign = sign === 1 ? -1 : 1;
      return flipped;
    });
    return { ...m, sign, num };
  }

  /** A negative constant part goes into the first additive factor, if there is one: -(a - b) · x = (b - a) · x. */
  private positiveSign(m: Monomial): Monomial {
    if (constantSign(m) > 0) return m;
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
    const scale = [...m.consts, ...denConstants];
    const positive = scale.every((c) => Number.isFinite(c) && c !== 0) && scale.filter((c) => c < 0).length % 2 === (m.sign < 0 ? 1 : 0);
    if (scale.length === 0 || !positive) return reduceOver(r, body);
    const inner = buildMonomial({ sign: 1, consts: [], num: m.num, den: m.den.filter((x) => x.kind !== 'const') }, this.ctx.order);
    // max[j] 2·(x_j + c): the scale leaves first, then the term
    const reduced = this.extremumReduction(r, inner, invariant, finite);
    const moved: Monomial = { sign: 1, consts: m.consts.map(Math.abs), num: [reduced], den: m.den.filter((x) => x.kind === 'const') };
    return this.monomial(moved);
  }
}

/** The constant part of `m` is exactly -1 (a negation). */
function isMinusOne(m: Monomial): boolean {
  const folded = foldConstants(m.sign < 0 ? [...m.consts, -1] : m.consts);
  return folded.length === 1 && folded[0] === -1;
}

/** Whether the sum `a` is the preferred sign form over its negation `b`: more added terms, then the text. */
function signFirst(a: ScalarExpr, b: ScalarExpr, order: Ordering): boolean {
  const added = (x: ScalarExpr): number => toTerms(x, order).filter((t) => t.sign === 1).length;
  if (added(a) !== added(b)) return added(a) > added(b);
  return printScalar(a) < printScalar(b);
}
