/**
 * Degenerate online indexes that need no micro-tile scan (PIT-BRIEF §3.2):
 * - MoE routing given as expert ids per token → the tokens of each expert (a counting sort,
 *   like the artifact's `convert_sparse_index`, but ordered and without atomics);
 * - padding masks whose every row is a prefix → one valid length per row (`seqlens`).
 */
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';

/** Rows (tokens) per bucket (expert), CSR-style. */
export interface Buckets {
  readonly numBuckets: number;
  /** Ids per row: the k of top-k routing. */
  readonly perRow: number;
  /** ptr[b]..ptr[b+1] is bucket b's slice of `rows`; ptr[numBuckets] = ids.length. */
  readonly ptr: Int32Array;
  /**
   * Row ids, ascending inside each bucket. A row routed to the same bucket twice is listed
   * twice (once per routing slot).
   */
  readonly rows: Int32Array;
}

export type BucketsResult =
  | { readonly ok: true; readonly buckets: Buckets }
  /** `position` is the offending index into `ids`, or -1 for a bad argument. */
  | { readonly ok: false; readonly reason: string; readonly position: number };

/**
 * Buckets from routing ids of shape [T, perRow] (row-major): bucket b lists every row t with
 * ids[t·perRow + j] = b for some j. Two passes over `ids` (count, then place), stable. Ids
 * outside [0, numBuckets) and a length that is not a multiple of perRow are reported, not thrown.
 */
export function buildBuckets(ids: Int32Array, numBuckets: number, perRow = 1): BucketsResult {
  if (!Number.isSafeInteger(numBuckets) || numBuckets < 0) return fail(`the bucket count must be an integer >= 0, got ${numBuckets}`, -1);
  if (!Number.isSafeInteger(perRow) || perRow < 1) return fail(`ids per row must be an integer >= 1, got ${perRow}`, -1);
  if (ids.length % perRow !== 0) return fail(`${ids.length} ids do not split into rows of ${perRow}`, -1);
  const ptr = new Int32Array(numBuckets + 1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id < 0 || id >= numBuckets) return fail(`id ${id} at position ${i} (row ${Math.floor(i / perRow)}) is outside [0, ${numBuckets})`, i);
    ptr[id + 1] = (ptr[id + 1] as number) + 1;
  }
  for (let b = 0; b < numBuckets; b++) ptr[b + 1] = (ptr[b + 1] as number) + (ptr[b] as number);
  const next = ptr.slice(0, numBuckets); // where each bucket's next row goes
  const rows = new Int32Array(ids.length);
  for (let i = 0, t = 0, j = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const at = next[id] as number;
    rows[at] = t;
    next[id] = at + 1;
    if (++j === perRow) {
      j = 0;
      t++;
    }
  }
  return { ok: true, buckets: { numBuckets, perRow, ptr, rows } };
}

function fail(reason: string, position: number): BucketsResult {
  return { ok: false, reason, position };
}

/**
 * Per-strip lengths when a 1×1 index gathering along the last dimension lists exactly 0..n−1 in
 * every strip (each row of the tensor is a prefix of present values, as in a padding mask);
 * undefined otherwise, and for rank 0.
 */
export function prefixLengths(index: SparseIndex): Int32Array | undefined {
  const rank = index.shape.length;
  if (rank === 0 || index.gatherDim !== rank - 1 || index.microTile.some((t) => t !== 1)) return undefined;
  const { stripPtr, coords } = index;
  const lengths = new Int32Array(index.stripCount);
  for (let s = 0; s < index.stripCount; s++) {
    const from = stripPtr[s] as number;
    const length = (stripPtr[s + 1] as number) - from;
    // coordinates ascend, so 0..length-1 is the only list whose last entry is length-1
    if (length > 0 && coords[from + length - 1] !== length - 1) return undefined;
    lengths[s] = length;
  }
  return lengths;
}

/**
 * Valid lengths of a padding mask [B, S] (any rank >= 1: rows of the last dimension): row b's
 * length is its number of leading non-zeros, provided every value after them is zero (-0
 * included; NaN counts as non-zero). Undefined when some row is not a prefix, and for rank 0.
 */
export function buildPrefixLengths(mask: HostTensor): Int32Array | undefined {
  const rank = mask.shape.length;
  if (rank === 0) return undefined;
  const cols = mask.shape[rank - 1] ?? 0;
  const rowCount = cols === 0 ? mask.shape.slice(0, -1).reduce((a, b) => a * b, 1) : mask.data.length / cols;
  const data = mask.data;
  const lengths = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const start = r * cols;
    let c = 0;
    while (c < cols && (data[start + c] as number) !== 0) c++;
    lengths[r] = c;
    for (let k = c + 1; k < cols; k++) if ((data[start + k] as number) !== 0) return undefined;
  }
  return lengths;
}
