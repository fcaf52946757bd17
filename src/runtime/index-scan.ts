/**
 * Scanning primitives shared by the index kernels. A value with 32-bit pattern v is present iff
 * ((v ^ key) & mask) !== 0 (index-presence.ts). Loops are unrolled by hand: V8 does not unroll,
 * and with a typed-array bounds check per load, loop overhead is most of a small body's cost.
 */

/** 1 when x !== 0, else 0, without a branch (x | -x has the sign bit set iff x !== 0). */
export function nonZero(x: number): number {
  return (x | (0 - x)) >>> 31;
}

/**
 * OR of (v ^ key) over words[from..to), stopping early once a bit in `mask` is set: absent
 * micro-tiles are read in full, present ones usually after one group of eight.
 */
export function scanSegment(words: Int32Array, from: number, to: number, key: number, mask: number): number {
  let a = 0;
  let j = from;
  const end8 = to - 7;
  while (j < end8) {
    a |=
      ((words[j] as number) ^ key) |
      ((words[j + 1] as number) ^ key) |
      ((words[j + 2] as number) ^ key) |
      ((words[j + 3] as number) ^ key) |
      ((words[j + 4] as number) ^ key) |
      ((words[j + 5] as number) ^ key) |
      ((words[j + 6] as number) ^ key) |
      ((words[j + 7] as number) ^ key);
    j += 8;
    if ((a & mask) !== 0) return a;
  }
  while (j < to) a |= (words[j++] as number) ^ key;
  return a;
}

/** Present values among words[from..to). */
export function countSegment(words: Int32Array, from: number, to: number, key: number, mask: number): number {
  let count = 0;
  let i = from;
  for (; i + 7 < to; i += 8) {
    const x0 = ((words[i] as number) ^ key) & mask;
    const x1 = ((words[i + 1] as number) ^ key) & mask;
    const x2 = ((words[i + 2] as number) ^ key) & mask;
    const x3 = ((words[i + 3] as number) ^ key) & mask;
    const x4 = ((words[i + 4] as number) ^ key) & mask;
    const x5 = ((words[i + 5] as number) ^ key) & mask;
    const x6 = ((words[i + 6] as number) ^ key) & mask;
    const x7 = ((words[i + 7] as number) ^ key) & mask;
    count +=
      ((x0 | (0 - x0)) >>> 31) +
      ((x1 | (0 - x1)) >>> 31) +
      ((x2 | (0 - x2)) >>> 31) +
      ((x3 | (0 - x3)) >>> 31) +
      ((x4 | (0 - x4)) >>> 31) +
      ((x5 | (0 - x5)) >>> 31) +
      ((x6 | (0 - x6)) >>> 31) +
      ((x7 | (0 - x7)) >>> 31);
  }
  for (; i < to; i++) count += nonZero(((words[i] as number) ^ key) & mask);
  return count;
}

/** Copies `count` bools from bytes[from..] into words[0..count). */
export function widenRow(bytes: Uint8Array, from: number, count: number, words: Int32Array): void {
  for (let j = 0; j < count; j++) words[j] = bytes[from + j] as number;
}

/**
 * Appends the set bits of bitmap[from..from+words) in ascending order, bit b of word w being
 * coordinate 32w + b (count-trailing-zeros through clz32 of the lowest set bit).
 */
export function listBits(bitmap: Int32Array, from: number, words: number, coords: Int32Array, listed: number): number {
  let n = listed;
  for (let w = 0; w < words; w++) {
    let word = bitmap[from + w] as number;
    const base = (w << 5) + 31;
    while (word !== 0) {
      const low = word & (0 - word);
      coords[n++] = base - Math.clz32(low);
      word ^= low;
    }
  }
  return n;
}

/**
 * listBits for dense bitmaps: every bit position is written and the count moves on only for a
 * set bit (branch-free, unrolled by eight; needs 32 spare slots). Faster than count-trailing-
 * zeros once about a quarter of the bits are set, when that loop's exit mispredicts often.
 */
export function listBitsDense(bitmap: Int32Array, from: number, words: number, coords: Int32Array, listed: number): number {
  let n = listed;
  for (let w = 0; w < words; w++) {
    const word = bitmap[from + w] as number;
    if (word === 0) continue;
    const base = w << 5;
    for (let j = 0; j < 32; j += 8) {
      const b = word >>> j;
      coords[n] = base + j;
      n += b & 1;
      coords[n] = base + j + 1;
      n += (b >>> 1) & 1;
      coords[n] = base + j + 2;
      n += (b >>> 2) & 1;
      coords[n] = base + j + 3;
      n += (b >>> 3) & 1;
      coords[n] = base + j + 4;
      n += (b >>> 4) & 1;
      coords[n] = base + j + 5;
      n += (b >>> 5) & 1;
      coords[n] = base + j + 6;
      n += (b >>> 6) & 1;
      coords[n] = base + j + 7;
      n += (b >>> 7) & 1;
    }
  }
  return n;
}
