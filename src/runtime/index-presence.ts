/**
 * "Is this value present (different from the fill)?" as integer bit tests, so the index kernels
 * can OR whole micro-tiles together and test once: a value with 32-bit pattern v is present iff
 * ((v ^ key) & mask) !== 0. f32 tensors are read through an Int32Array view of their bits.
 *
 * The rule is exactly `value !== fill`: with fill 0, -0 is absent and NaN present; with fill
 * -Infinity only -inf is absent; a fill the dtype cannot hold (NaN, 0.5 for i32, 2 for bool)
 * makes every value present.
 */
import type { DType } from '../../ir/dtype.js';
import { countSegment, nonZero } from './index-scan.js';

export interface PresenceTest {
  readonly key: number;
  readonly mask: number;
}

const f32Scratch = new Float32Array(1);
const f32Bits = new Int32Array(f32Scratch.buffer);

/** ±0 absent: +0 and -0 differ only in the sign bit. */
const F32_ZERO: PresenceTest = Object.freeze({ key: 0, mask: 0x7fffffff });
const INT_ZERO: PresenceTest = Object.freeze({ key: 0, mask: -1 });

/** The bit test for `fill` in `dtype`, or undefined when every value is present. */
export function presenceTest(dtype: DType, fill: number): PresenceTest | undefined {
  if (fill === 0) return dtype === 'f32' ? F32_ZERO : INT_ZERO; // the common case allocates nothing
  switch (dtype) {
    case 'f32':
      if (Number.isNaN(fill) || Math.fround(fill) !== fill) return undefined;
      f32Scratch[0] = fill;
      return { key: f32Bits[0] ?? 0, mask: -1 };
    case 'i32':
      return Number.isInteger(fill) && fill === (fill | 0) ? { key: fill | 0, mask: -1 } : undefined;
    case 'bool':
      return fill === 0 || fill === 1 ? { key: fill, mask: -1 } : undefined;
  }
}

/** Present values among ints (f32 bits or i32). */
export function countPresentInts(ints: Int32Array, key: number, mask: number): number {
  return countSegment(ints, 0, ints.length, key, mask);
}

/** Present values among bool bytes. */
export function countPresentBytes(bytes: Uint8Array, key: number): number {
  let count = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) count += nonZero((bytes[i] as number) ^ key);
  return count;
}
