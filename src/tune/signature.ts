/**
 * What a sparse operand's data looks like, in the coarse terms a tuning record is keyed by:
 * - density bucket: the element density on a log scale, in quarter decades (0.01, 0.05, 0.1, 0.5
 *   each sit near a bucket's middle), so 0.05 and 0.055 share records while 0.05 and 0.1 do not;
 * - granularity: per dimension, how much denser the tensor looks in tiles of 32 along that
 *   dimension than element by element, as a rounded log2 (0: non-zeros come in runs of 32 or more
 *   along it; 5: scattered). 32x1-blocked data reads `0.4`, 1x64-blocked `4.0`, scattered `4.4`.
 * Both come from the index builder (the same pass PIT runs online), so they are cheap.
 */
import { indexDensity } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { buildIndex } from '../runtime/index-builder.js';

/** Extent of the probe tiles that measure granularity. */
export const GRANULARITY_PROBE = 32;
/** Largest granularity step (log2 of the density ratio). */
const MAX_STEP = 5;

export interface DataSignature {
  /** Element density: non-fill values over all values. */
  readonly density: number;
  /** Quarter-decade bucket of the density: round(4·log10(density)); `null` for an all-fill tensor. */
  readonly bucket: number | null;
  /** Per-dimension steps joined by '.', e.g. `0.4`; '-' for a tensor without elements. */
  readonly granularity: string;
}

export function densityBucket(density: number): number | null {
  return density <= 0 ? null : Math.round(4 * Math.log10(Math.min(1, density)));
}

/** The density range a bucket stands for, for people: `0.0422–0.0750`. */
export function bucketRange(bucket: number | null): string {
  if (bucket === null) return '0';
  const lo = 10 ** ((bucket - 0.5) / 4);
  const hi = Math.min(1, 10 ** ((bucket + 0.5) / 4));
  return `${lo.toPrecision(3)}–${hi.toPrecision(3)}`;
}

/** Signature of a tensor whose absent entries equal `fill` (0, or -inf for masked scores). */
export function dataSignature(tensor: HostTensor, fill = 0): DataSignature {
  const rank = tensor.shape.length;
  if (tensor.data.length === 0) return { density: 0, bucket: null, granularity: '-' };
  const ones = tensor.shape.map(() => 1);
  const gatherDim = Math.max(0, rank - 1);
  const element = rank === 0 ? (tensor.data[0] === fill ? 0 : 1) : indexDensity(buildIndex(tensor, ones, gatherDim, fill, undefined, { countPresent: false }));
  const steps = tensor.shape.map((size, d) => {
    if (size <= 1 || element === 0) return 0;
    const tile = ones.map((one, e) => (e === d ? Math.min(GRANULARITY_PROBE, size) : one));
    const tiled = indexDensity(buildIndex(tensor, tile, gatherDim, fill, undefined, { countPresent: false }));
    return Math.max(0, Math.min(MAX_STEP, Math.round(Math.log2(tiled / element))));
  });
  return { density: element, bucket: densityBucket(element), granularity: rank === 0 ? '-' : steps.join('.') };
}

/** `0.0500 [0.0442–0.0625] g 0.4`: a signature for tables. */
export function describeSignature(s: DataSignature): string {
  return `${s.density.toPrecision(3)} [${bucketRange(s.bucket)}] g ${s.granularity}`;
}
