/**
 * Presence bits of 1×1 micro-tiles gathered along the rows: rows are packed into bit words
 * along the columns (a sequential read with no memory writes per element), then each 32×32 bit
 * block is transposed so that every column gets one word of 32 row bits. Cheaper than building
 * column words directly, which needs column walks or a read-modify-write per element.
 */
import { nonZero } from './index-scan.js';

/** out[outOff + w] = presence bits of row[off + 32w .. off + 32w + 31] (bit j = column 32w + j). */
export function packRowBits(row: Int32Array, off: number, count: number, key: number, mask: number, out: Int32Array, outOff: number): void {
  let w = 0;
  let c = 0;
  for (; c + 31 < count; c += 32, w++) {
    let bits = 0;
    for (let j = 0; j < 32; j += 4) {
      const i = off + c + j;
      const x0 = ((row[i] as number) ^ key) & mask;
      const x1 = ((row[i + 1] as number) ^ key) & mask;
      const x2 = ((row[i + 2] as number) ^ key) & mask;
      const x3 = ((row[i + 3] as number) ^ key) & mask;
      bits |=
        (((x0 | (0 - x0)) >>> 31) << j) |
        (((x1 | (0 - x1)) >>> 31) << (j + 1)) |
        (((x2 | (0 - x2)) >>> 31) << (j + 2)) |
        (((x3 | (0 - x3)) >>> 31) << (j + 3));
    }
    out[outOff + w] = bits;
  }
  if (c < count) {
    let bits = 0;
    for (let j = 0; c + j < count; j++) bits |= nonZero(((row[off + c + j] as number) ^ key) & mask) << j;
    out[outOff + w] = bits;
  }
}

/**
 * Transposes a 32×32 bit matrix in place: afterwards bit k of block[j] is what bit j of
 * block[k] was. Five rounds swap ever smaller off-diagonal sub-blocks (Hacker's Delight 7-3).
 */
export function transpose32(block: Int32Array): void {
  swapRound(block, 16, 0x0000ffff);
  swapRound(block, 8, 0x00ff00ff);
  swapRound(block, 4, 0x0f0f0f0f);
  swapRound(block, 2, 0x33333333);
  swapRound(block, 1, 0x55555555);
}

function swapRound(a: Int32Array, s: number, m: number): void {
  for (let k = 0; k < 32; k = (k + s + 1) & ~s) {
    const lo = a[k] as number;
    const hi = a[k + s] as number;
    const t = ((lo >>> s) ^ hi) & m;
    a[k + s] = hi ^ t;
    a[k] = lo ^ (t << s);
  }
}
