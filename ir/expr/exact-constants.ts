/**
 * Constant arithmetic that never rounds: a pass may fold or invert a constant only when the
 * float64 result is exactly the real one, so folding changes no value a program computes.
 * (f32 literals have at most 24 significant bits, so the product of two always folds.)
 */

/** Significant bits of a finite float64 (0 for zero): the width of its odd integer mantissa. */
export function significantBits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  let m = Math.abs(x);
  // scale into [2^52, 2^53) by powers of two (exact), then strip trailing zero bits
  while (m < 2 ** 52) m *= 2;
  while (m >= 2 ** 53) m /= 2;
  let bits = 53;
  while (bits > 1 && m % 2 === 0) {
    m /= 2;
    bits--;
  }
  return bits;
}

const MIN_NORMAL = 2 ** -1022;

/**
 * `a · b` when float64 computes it exactly (no rounding, overflow or underflow), or when either
 * is infinite or NaN (IEEE then defines the value exactly: ±inf, or NaN for 0 · inf); otherwise
 * undefined.
 */
export function exactProduct(a: number, b: number): number | undefined {
  const p = a * b;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return p;
  if (a === 0 || b === 0) return p;
  if (!Number.isFinite(p) || Math.abs(p) < MIN_NORMAL) return undefined;
  return significantBits(a) + significantBits(b) <= 53 ? p : undefined;
}

/** `1 / c` when it is exact: c a finite power of two (±2^k) whose reciprocal is a normal float64. */
export function exactReciprocal(c: number): number | undefined {
  if (c === 0 || !Number.isFinite(c) || significantBits(c) !== 1) return undefined;
  const r = 1 / c;
  return Number.isFinite(r) && Math.abs(r) >= MIN_NORMAL ? r : undefined;
}

/**
 * `x = odd · 2^exponent` for a finite non-zero x, `odd` an odd integer (its significant bits):
 * how constants trade powers of two exactly.
 */
export function splitPowerOfTwo(x: number): { readonly odd: number; readonly exponent: number } {
  let odd = x;
  let exponent = 0;
  while (!Number.isInteger(odd)) {
    odd *= 2;
    exponent--;
  }
  while (odd % 2 === 0) {
    odd /= 2;
    exponent++;
  }
  return { odd, exponent };
}
