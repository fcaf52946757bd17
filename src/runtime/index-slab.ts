/**
 * What the slab kernels (index-slab-rows.ts, index-slab-cols.ts) read and write: where a slab's
 * values are, the running totals across slabs, and where one of its rows starts.
 */
import { widenRow } from './index-scan.js';

/**
 * Where a slab's values are: Int32 words in `ints` (f32 bits or i32), or bool `bytes` (then
 * widened one row at a time; `ints` is ignored), starting at element `base`.
 */
export interface SlabSource {
  ints: Int32Array;
  bytes: Uint8Array | undefined;
  base: number;
}

/** Running totals across slabs: strips written, coordinates listed, present values counted. */
export interface SlabOutput {
  strip: number;
  listed: number;
  present: number;
}

/**
 * Where slab row r starts in `words` (the tensor's own words, or the widened-bool row buffer,
 * which this call fills).
 */
export function rowStart(src: SlabSource, r: number, cols: number, words: Int32Array): number {
  const from = src.base + r * cols;
  if (src.bytes === undefined) return from;
  widenRow(src.bytes, from, cols, words);
  return 0;
}
