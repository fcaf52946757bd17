/**
 * The error function, erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, as every pitc target computes it: one
 * definition of the algorithm and its coefficients, which the reference (codegen/ref), the wasm
 * generic kernels and gpu.js write out operation for operation (CUDA calls its own libm erf).
 *
 * The approximations are W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–638; the coefficients of
 * netlib SPECFUN's CALERF), rewritten here as plain Horner polynomials in three ranges of y = |x|:
 *
 *   y ≤ 0.46875:      erf(x)  = x · P₁(y²) / Q₁(y²)
 *   0.46875 < y ≤ 4:  erfc(y) = e^(−y²) · P₂(y) / Q₂(y)
 *   y > 4:            erfc(y) = e^(−y²) / y · (1/√π − z · P₃(z) / Q₃(z)),  z = 1 / y²
 *
 * and erf(x) = ±((0.5 − erfc(y)) + 0.5) outside the first range. In float64 the result is within
 * 1e-15 relative of the true value (test/ref/erf.test.ts measures it); NaN gives NaN, ±inf ±1.
 * Unlike CALERF, e^(−y²) is one exp call (CALERF splits y² to keep erfc's relative accuracy far
 * in the tail, which erf, being 1 − erfc there, does not need).
 */

/** A rational function P(s)/Q(s); coefficients from the highest power down (Horner order). */
export interface Rational {
  readonly p: readonly number[];
  readonly q: readonly number[];
}

/** Below this |x|, erf is the first rational function; above it, 1 − erfc. */
export const ERF_SMALL_LIMIT = 0.46875;
/** Above this |x|, erfc uses the asymptotic form in 1/x². */
export const ERF_MID_LIMIT = 4;
/** 1/√π. */
export const ERF_INV_SQRT_PI = 0.5641895835477563;

/** erf(x) = x · P(x²)/Q(x²) for |x| ≤ 0.46875. */
export const ERF_SMALL: Rational = {
  p: [0.185777706184603153, 3.16112374387056560, 113.864154151050156, 377.485237685302021, 3209.37758913846947],
  q: [1, 23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062],
};

/** erfc(y) = e^(−y²) · P(y)/Q(y) for 0.46875 < y ≤ 4. */
export const ERFC_MID: Rational = {
  p: [
    2.15311535474403846e-8, 0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
    1712.04761263407058, 2051.07837782607147, 1230.33935479799725,
  ],
  q: [
    1, 15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716,
    3439.36767414372164, 1230.33935480374942,
  ],
};

/** erfc(y) = e^(−y²)/y · (1/√π − z · P(z)/Q(z)), z = 1/y², for y > 4. */
export const ERFC_LARGE: Rational = {
  p: [0.0163153871373020978, 0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4],
  q: [1, 2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185],
};

function horner(coefficients: readonly number[], s: number): number {
  let acc = coefficients[0] ?? 0;
  for (let i = 1; i < coefficients.length; i++) acc = acc * s + (coefficients[i] ?? 0);
  return acc;
}

/** erf in float64, exactly as every target writes it out (the operations in the same order). */
export function erf(x: number): number {
  const y = Math.abs(x);
  const s = y * y;
  if (y <= ERF_SMALL_LIMIT) return x * (horner(ERF_SMALL.p, s) / horner(ERF_SMALL.q, s));
  const e = Math.exp(-s);
  let erfc: number;
  if (y <= ERF_MID_LIMIT) {
    erfc = (e * horner(ERFC_MID.p, y)) / horner(ERFC_MID.q, y);
  } else {
    const z = 1 / s;
    erfc = (e * (ERF_INV_SQRT_PI - (z * horner(ERFC_LARGE.p, z)) / horner(ERFC_LARGE.q, z))) / y;
  }
  const r = 0.5 - erfc + 0.5;
  return x < 0 ? -r : r;
}
