import type { Expr, FunctionScope, ValType, WasmModuleBuilder } from './module-builder.js';

/**
 * exp, log, tanh, sigmoid, gelu and erf on f32x4 lanes: range reduction and short polynomials
 * (one rational function for erf), no tables, no calls. Each result y of an f32 input x is within
 *
 *     |y − f(x)| ≤ 1e-6 · max(|f(x)|, 2^-126)
 *
 * of f(x) computed in float64 (Math.exp, Math.log, Math.tanh, 1/(1+e^-x), gelu as x·sigmoid(2u),
 * u = √(2/π)(x + 0.044715x³), and erf as ir/expr/erf.ts): relative error 1e-6 where f(x) is a normal f32
 * number, and an absolute error of 1e-6·2^-126 ≈ 1.2e-44 (about 8 steps of the smallest
 * denormal) where it is smaller, so results that underflow keep their denormal value to within
 * a few units instead of flushing to zero. Where f(x) overflows f32 the result is ±inf. NaN gives
 * NaN; ±inf, ±0 and denormal inputs give the limits of f (gelu(−inf) is NaN, as in the
 * reference's 0.5·x·(1 + tanh u)). `test/wasm/vector-math.test.ts` checks this over a dense
 * sweep of every f32 bit pattern; docs/wasm.md lists the measured errors.
 *
 * For erf that is the relative error of erf itself, also where erf is near ±1: 1 + erf(x) for
 * x < 0 (exact GELU's x·½(1 + erf(x/√2))) keeps an absolute error (up to 1e-6, measured 4.4e-7),
 * not a relative one, as with any f32 erf followed by an f32 addition (see verf).
 *
 * The coefficients are near-minimax fits (Lawson's iteratively reweighted least squares, float64)
 * of the relative error; `scripts/fit-vector-math.mjs` reproduces them.
 */

/**
 * Vector constants, each set once in a local at the function's entry: V8 would otherwise
 * rebuild a v128 constant inside the loop at every use (several instructions each).
 */
export class ConstantPool {
  readonly stmts: Expr[] = [];
  private readonly locals = new Map<string, number>();

  constructor(
    private readonly w: WasmModuleBuilder,
    private readonly scope: FunctionScope,
  ) {}

  get(key: string, make: () => Expr): Expr {
    let local = this.locals.get(key);
    if (local === undefined) {
      local = this.scope.local('v128');
      this.stmts.push(this.w.set(local, make()));
      this.locals.set(key, local);
    }
    return this.w.get(this.scope, local);
  }
}

/** Appends statements to a list: temporaries (`let`), other statements, nested blocks. */
export class Binder {
  constructor(
    readonly w: WasmModuleBuilder,
    readonly scope: FunctionScope,
    readonly stmts: Expr[],
    readonly pool?: ConstantPool,
  ) {}

  /** Four f32 lanes equal to c. */
  f32(c: number): Expr {
    const make = (): Expr => this.w.f32x4.const([c, c, c, c]);
    return this.pool ? this.pool.get(`f32:${Object.is(c, -0) ? '-0' : c}`, make) : make();
  }

  /** Four i32 lanes equal to c. */
  i32(c: number): Expr {
    const make = (): Expr => this.w.i32x4.const([c, c, c, c]);
    return this.pool ? this.pool.get(`i32:${c | 0}`, make) : make();
  }

  /** Two f64 lanes equal to c. */
  f64(c: number): Expr {
    const make = (): Expr => this.w.f64x2.splat(this.w.f64.const(c));
    return this.pool ? this.pool.get(`f64:${c}`, make) : make();
  }

  /** Stores `value` in a new local and returns a reader of it. */
  let(value: Expr, type: ValType = 'v128'): () => Expr {
    const local = this.scope.local(type);
    this.stmts.push(this.w.set(local, value));
    return () => this.w.get(this.scope, local);
  }

  /** A new local set to `value`, which later statements may overwrite. */
  variable(value: Expr, type: ValType = 'v128'): { get: () => Expr; local: number } {
    const local = this.scope.local(type);
    this.stmts.push(this.w.set(local, value));
    return { get: () => this.w.get(this.scope, local), local };
  }

  emit(stmt: Expr): void {
    this.stmts.push(stmt);
  }

  /** A binder for a nested block (its statements go where the caller puts them). */
  nested(): Binder {
    return new Binder(this.w, this.scope, [], this.pool);
  }
}

export function statementBinder(w: WasmModuleBuilder, scope: FunctionScope, stmts: Expr[], pool?: ConstantPool): Binder {
  return new Binder(w, scope, stmts, pool);
}

const VECTOR_FUNCTIONS = ['exp', 'log', 'tanh', 'sigmoid', 'gelu', 'erf'] as const;
export type VectorFunction = (typeof VECTOR_FUNCTIONS)[number];

/** Whether an op is one of the functions computed here (each costs about ten lane operations or more). */
export function isVectorFunction(op: string): op is VectorFunction {
  return (VECTOR_FUNCTIONS as readonly string[]).includes(op);
}

export function vectorMath(b: Binder, fn: VectorFunction, x: Expr): Expr {
  switch (fn) {
    case 'exp':
      return vexp(b, x);
    case 'log':
      return vlog(b, x);
    case 'tanh':
      return vtanh(b, x);
    case 'sigmoid':
      return vsigmoid(b, x);
    case 'gelu':
      return vgelu(b, x);
    case 'erf':
      return verf(b, x);
  }
}

const LOG2E = 1.4426950408889634;
/** ln 2 split so that n·LN2_HI is exact for |n| < 2^9 (LN2_HI has 16 significant bits). */
const LN2_HI = 0.693145751953125;
const LN2_LO = 1.4286068203094172e-6;
/** 1.5·2^23: adding it rounds a float below 2^22 in magnitude to an integer held in its low bits. */
const MAGIC = 12582912;
const MAGIC_BITS = 0x4b400000;
/** e^r ≈ 1 + r + r²·(P0 + P1·r + P2·r² + P3·r³) on |r| ≤ ln2/2 (approximation error 1.1e-7). */
const EXP_POLY = [0.4999920129776001, 0.16667133569717407, 0.04189450293779373, 0.008312051184475422];
/** log(1+f) = 2s + s·z·(L0 + L1·z + L2·z²), s = f/(2+f), z = s² (approximation error 8.7e-10). */
const LOG_POLY = [0.6666678190231323, 0.3997664749622345, 0.29897835850715637];
/** tanh x ≈ x + x·z·(T0 + T1·z + … + T4·z⁴), z = x², for |x| < TANH_SMALL (approximation error 4.4e-9). */
const TANH_POLY = [-0.3333328068256378, 0.13331441581249237, -0.05373971164226532, 0.020639078691601753, -0.005704978480935097];
const TANH_SMALL = 0.625;
const FLT_MIN = 2 ** -126;
/** From −86.9 (above ln FLT_MIN = −87.33654…, and n = round(x/ln2) ≥ −125) e^x is normal and 2^(n−1) too; below −104 e^x rounds to 0. */
const EXP_NORMAL_BELOW = -86.9;
const EXP_ZERO_BELOW = -104;
/** gelu's √(2/π), doubled: sigmoid(2u) = (1 + tanh u)/2. */
const GELU_2K = 2 * 0.7978845608028654;
const GELU_A = 0.044715;
/** Below this x, |gelu(x)| < 2^-150 rounds to −0 (x·e^{2u} with 2u < −107). */
const GELU_ZERO_BELOW = -10.8;
const GELU_SCALE_BITS = 64;
/**
 * erf x ≈ x·P(z)/Q(z), z = x², on |x| < ERF_ONE_FROM: a near-minimax fit of erf's relative error
 * (Loeb's linearisation with Lawson's weights, float64; 1.9e-8 before the coefficients are rounded
 * to f32, 5.5e-8 after, mostly P's constant 2/√π). Every coefficient is positive, so neither
 * Horner sum cancels and Q ≥ 1 has no pole.
 */
const ERF_P = [1.1283791065216064, 0.1903744488954544, 0.05274513363838196, 0.0037644135300070047, 0.0002848859003279358, 0.00000205073956749402];
const ERF_Q = [1, 0.5020477175712585, 0.11409646272659302, 0.014966790564358234, 0.0011622993042692542, 0.00003809861300396733];
/** The first f32 x whose erf rounds to 1 in f32 (1 − erf x ≤ 2^-25). */
const ERF_ONE_FROM = 3.919205904006958;
/** |x| is raised to this before squaring, so that no operation but the last is denormal (P/Q changes by < 2^-80). */
const ERF_TINY = 2 ** -40;

/** Horner: c[0] + t·c[1] + t²·c[2] + … */
function horner(b: Binder, t: () => Expr, c: readonly number[]): Expr {
  const w = b.w;
  let acc = b.f32(c[c.length - 1] as number);
  for (let i = c.length - 2; i >= 0; i--) acc = w.f32x4.add(w.f32x4.mul(acc, t()), b.f32(c[i] as number));
  return acc;
}

/**
 * 2·e^r for |r| ≤ ~0.35, by Horner on the doubled coefficients of 1 + r + r²·P(r) (the factor 2
 * lets the scale be 2^(n−1), a normal number for every n the normal path meets, up to 128).
 */
function expPoly2(b: Binder, r: () => Expr): Expr {
  return horner(b, r, [2, 2, ...EXP_POLY.map((c) => 2 * c)]);
}

/**
 * p·2^n for integer lanes n in [−252, 254], in two exact steps (2^⌊n/2⌋ then 2^(n−⌊n/2⌋)) so
 * that a result in the denormal range is rounded once, correctly, instead of flushed.
 */
function scaleByPow2(b: Binder, p: Expr, n: () => Expr): Expr {
  const w = b.w;
  const half = b.let(w.i32x4.shrS(n(), 1));
  const rest = w.i32x4.sub(n(), half());
  const pow2 = (k: Expr): Expr => w.i32x4.shl(w.i32x4.add(k, b.i32(127)), 23);
  return w.f32x4.mul(w.f32x4.mul(p, pow2(half())), pow2(rest));
}

/** x = n·ln2 + r: n = round(x/ln2) by the magic-number trick (`t` holds n in its low bits), r in two exact-ish steps. */
function reduce(b: Binder, x: Expr): { t: () => Expr; r: () => Expr } {
  const w = b.w;
  const xc = b.let(x);
  const t = b.let(w.f32x4.add(w.f32x4.mul(xc(), b.f32(LOG2E)), b.f32(MAGIC)));
  const n = b.let(w.f32x4.sub(t(), b.f32(MAGIC)));
  const r = b.let(w.f32x4.sub(w.f32x4.sub(xc(), w.f32x4.mul(n(), b.f32(LN2_HI))), w.f32x4.mul(n(), b.f32(LN2_LO))));
  return { t, r };
}

/**
 * e^x. A vector whose lanes are all ≥ −86.9 (or NaN), the usual case, takes one comparison and
 * the short path: x clamped to at most 89, where e^x is normal (or overflows) and the scale
 * 2^(n−1) is one normal number, so no operation produces a denormal (x86 takes a microcode
 * assist of ~100 cycles for each one). Otherwise lanes below −104 (e^x < 2^−150 rounds to 0) are
 * zeroed, a vector of only such lanes (masked scores, −inf) is not computed at all, and lanes in
 * [−104, −86.9) are recomputed with a two-step scale, which rounds denormal results once. The
 * usual lanes get the same bits on either path.
 */
export function vexp(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const y = b.variable(w.v128.zero());
  const usual = (into: Binder, clamped: Expr): Expr => {
    const { t, r } = reduce(into, clamped);
    const scale = w.i32x4.shl(w.i32x4.add(t(), into.i32(126 - MAGIC_BITS)), 23);
    return w.f32x4.mul(expPoly2(into, r), scale);
  };
  // pmax/pmin keep a NaN in their first operand, so NaN flows through to the result
  const fast = b.nested();
  fast.emit(w.set(y.local, usual(fast, w.f32x4.pmin(xv(), fast.f32(89)))));
  const slow = b.nested();
  const zero = slow.let(w.f32x4.lt(xv(), slow.f32(EXP_ZERO_BELOW)));
  const work = slow.nested();
  work.emit(w.set(y.local, w.v128.andNot(usual(work, w.f32x4.pmin(w.f32x4.pmax(xv(), work.f32(EXP_NORMAL_BELOW)), work.f32(89))), zero())));
  const tiny = work.let(w.v128.andNot(w.f32x4.lt(xv(), work.f32(EXP_NORMAL_BELOW)), zero()));
  const denormalPath = work.nested();
  const low = reduce(denormalPath, w.f32x4.pmax(xv(), denormalPath.f32(EXP_ZERO_BELOW)));
  const denormal = scaleByPow2(denormalPath, expPoly2(denormalPath, low.r), () => w.i32x4.sub(low.t(), denormalPath.i32(MAGIC_BITS + 1)));
  denormalPath.emit(w.set(y.local, w.v128.bitselect(denormal, y.get(), tiny())));
  work.emit(w.ifThen(w.v128.anyTrue(tiny()), denormalPath.stmts));
  slow.emit(w.ifThen(w.i32.eqz(w.i32x4.allTrue(zero())), work.stmts));
  b.emit(w.ifThen(w.v128.anyTrue(w.f32x4.lt(xv(), b.f32(EXP_NORMAL_BELOW))), slow.stmts, fast.stmts));
  return y.get();
}

/**
 * log x: x = 2^e·m with m in [√½, √2) (denormals scaled by 2^23 first), then
 * log x = e·ln2 + log1p(m − 1) with log1p by its odd series in s = f/(2+f). x < 0 and NaN give
 * NaN, ±0 gives −inf, +inf gives +inf.
 */
export function vlog(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const tiny = b.let(w.f32x4.lt(xv(), b.f32(FLT_MIN)));
  const xs = w.v128.bitselect(w.f32x4.mul(xv(), b.f32(2 ** 23)), xv(), tiny());
  // shift the bits so that mantissas from √½ up get the next exponent: m lands in [√½, √2)
  const ix = b.let(w.i32x4.add(xs, b.i32(0x3f800000 - 0x3f3504f3)));
  const e = w.i32x4.sub(w.i32x4.sub(w.i32x4.shrS(ix(), 23), b.i32(127)), w.v128.and(tiny(), b.i32(23)));
  const ef = b.let(w.f32x4.convertI32x4S(e));
  const m = w.i32x4.add(w.v128.and(ix(), b.i32(0x007fffff)), b.i32(0x3f3504f3));
  const f = b.let(w.f32x4.sub(m, b.f32(1)));
  const s = b.let(w.f32x4.div(f(), w.f32x4.add(f(), b.f32(2))));
  const z = b.let(w.f32x4.mul(s(), s()));
  const log1p = w.f32x4.add(w.f32x4.add(s(), s()), w.f32x4.mul(w.f32x4.mul(s(), z()), horner(b, z, LOG_POLY)));
  let y = w.f32x4.add(w.f32x4.mul(ef(), b.f32(LN2_HI)), w.f32x4.add(w.f32x4.mul(ef(), b.f32(LN2_LO)), log1p));
  const bad = w.v128.or(w.f32x4.lt(xv(), b.f32(0)), w.f32x4.ne(xv(), xv()));
  y = w.v128.bitselect(b.f32(Number.NaN), y, bad);
  y = w.v128.bitselect(b.f32(-Infinity), y, w.f32x4.eq(xv(), b.f32(0)));
  return w.v128.bitselect(b.f32(Infinity), y, w.f32x4.eq(xv(), b.f32(Infinity)));
}

/**
 * tanh x: an odd polynomial below |x| = 0.625, else sign(x)·(1 − 2/(e^{2|x|} + 1)) (2|x| is
 * exact, and there the subtraction loses at most a factor 2 of accuracy).
 */
export function vtanh(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const a = b.let(w.f32x4.abs(xv()));
  const z = b.let(w.f32x4.mul(a(), a()));
  const small = w.f32x4.add(a(), w.f32x4.mul(w.f32x4.mul(a(), z()), horner(b, z, TANH_POLY)));
  const e2 = vexp(b, w.f32x4.add(a(), a()));
  const large = w.f32x4.sub(b.f32(1), w.f32x4.div(b.f32(2), w.f32x4.add(e2, b.f32(1))));
  // |tanh x| from either branch, then x's sign bit (so tanh(−0) = −0)
  const magnitude = w.v128.bitselect(small, large, w.f32x4.lt(a(), b.f32(TANH_SMALL)));
  return w.v128.or(magnitude, w.v128.and(xv(), b.i32(-0x80000000)));
}

/** 1/(1 + e^−x) as 1/(1 + s) for x ≥ 0 and s/(1 + s) for x < 0, with s = e^−|x| (no overflow). */
export function vsigmoid(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const s = b.let(vexp(b, w.f32x4.neg(w.f32x4.abs(xv()))));
  const num = w.v128.bitselect(s(), b.f32(1), w.f32x4.lt(xv(), b.f32(0)));
  return w.f32x4.div(num, w.f32x4.add(s(), b.f32(1)));
}

/**
 * gelu x = x·sigmoid(t), t = 2u = 2√(2/π)(x + 0.044715x³), computed stably (no 1 + tanh u,
 * which cancels for x < 0). e^−|t| is sensitive to the rounding of t (its relative error is
 * |t| times t's), so t and its reduction t = n·ln2 + r are computed in float64 lanes; r and n
 * then go back to f32 lanes. For x < 0 the result x·s/(1 + s) is formed at scale 2^64 and
 * scaled back once, so that values near and below the smallest normal round once.
 */
export function vgelu(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const reduce = (half: Expr): { n: Expr; r: Expr } => {
    const xd = b.let(half);
    const t = w.f64x2.mul(w.f64x2.mul(xd(), b.f64(GELU_2K)), w.f64x2.add(b.f64(1), w.f64x2.mul(w.f64x2.mul(xd(), xd()), b.f64(GELU_A))));
    // −|t|, clamped so that e^−|t|·2^64 stays normal (lanes below GELU_ZERO_BELOW are zeroed later anyway)
    const a = b.let(w.f64x2.pmax(w.f64x2.neg(w.f64x2.abs(t)), b.f64(-120)));
    const n = b.let(w.f64x2.nearest(w.f64x2.mul(a(), b.f64(LOG2E))));
    const r = w.f64x2.sub(a(), w.f64x2.mul(n(), b.f64(Math.LN2)));
    return { n: w.i32x4.truncSatF64x2SZero(n()), r: w.f32x4.demoteF64x2Zero(r) };
  };
  const lo = reduce(w.f64x2.promoteLowF32x4(xv()));
  const hi = reduce(w.f64x2.promoteLowF32x4(w.i8x16.shuffle(xv(), xv(), [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15])));
  const joinLow = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
  const r = b.let(w.i8x16.shuffle(lo.r, hi.r, joinLow));
  const n = b.let(w.i32x4.add(w.i8x16.shuffle(lo.n, hi.n, joinLow), b.i32(GELU_SCALE_BITS - 1)));
  // s' = e^−|t| · 2^64 (2e^r · 2^(n+63)), zero where the result is below every denormal
  const scaled = b.let(w.v128.andNot(scaleByPow2(b, expPoly2(b, r), n), w.f32x4.lt(xv(), b.f32(GELU_ZERO_BELOW))));
  const negative = b.let(w.f32x4.lt(xv(), b.f32(0)));
  // 1 + s, with s kept above 2^−104 (1 + s is 1 there anyway) so that no product is denormal
  const den = w.f32x4.add(w.f32x4.mul(w.f32x4.pmax(scaled(), b.f32(2 ** -40)), b.f32(2 ** -GELU_SCALE_BITS)), b.f32(1));
  const num = w.v128.bitselect(w.f32x4.mul(xv(), scaled()), xv(), negative());
  const back = w.v128.bitselect(b.f32(2 ** -GELU_SCALE_BITS), b.f32(1), negative());
  return w.f32x4.mul(w.f32x4.div(num, den), back);
}

/**
 * erf x = sign(x)·|x|·P(x²)/Q(x²) below ERF_ONE_FROM and ±1 from there (the structure of XNNPACK's
 * f32 GELU kernels, src/f32-vgelu/rational-12-10.c.in, with coefficients fitted here for erf's
 * relative error). |x|·(P/Q) is the only rounding in the denormal range, so denormal x keep an
 * accurately rounded 2x/√π; ±0 keep their sign, ±inf give ±1 and NaN gives NaN.
 *
 * Near ±1 the result is erf within 1e-6 relative, so within 1e-6 absolute (measured 4.4e-7; f32's
 * spacing there is 6e-8): erfc = 1 − |erf| is not computed to relative accuracy, and 1 + erf(x)
 * is 0 from x = −3.92 down (erfc < 3e-8 there). docs/wasm.md says what that means for GELU.
 */
export function verf(b: Binder, x: Expr): Expr {
  const w = b.w;
  const xv = b.let(x);
  const a = b.let(w.f32x4.abs(xv()));
  // pmax keeps a NaN in its first operand; lanes past ERF_ONE_FROM (inf/inf = NaN for huge x) are replaced below
  const t = b.let(w.f32x4.pmax(a(), b.f32(ERF_TINY)));
  const z = b.let(w.f32x4.mul(t(), t()));
  const magnitude = w.f32x4.mul(a(), w.f32x4.div(horner(b, z, ERF_P), horner(b, z, ERF_Q)));
  const clamped = w.v128.bitselect(b.f32(1), magnitude, w.f32x4.ge(a(), b.f32(ERF_ONE_FROM)));
  return w.v128.or(clamped, w.v128.and(xv(), b.i32(-0x80000000)));
}
