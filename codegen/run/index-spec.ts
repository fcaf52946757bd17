import { InternalError } from '../../ir/core/errors.js';
import { indexGeometry, type IndexGeometry } from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';

/**
 * The geometry of a PIT kernel's index for bound shapes, known before the index is built: targets
 * that specialise kernels to shapes (gpujs, webgpu) generate for it, and every index built at run
 * time must match it.
 */
export interface IndexSpec extends IndexGeometry {
  readonly key: string;
  readonly source: string;
  readonly fill: number;
}

export function indexSpecOf(kernel: PitKernel, shape: readonly number[]): IndexSpec {
  const { key, source, fill, microTile, gatherDim } = kernel.index;
  return { key, source, fill, ...indexGeometry(shape, microTile, gatherDim) };
}

/** An index built at run time must have the geometry `target`'s kernels were generated for. */
export function checkIndexMatches(index: SparseIndex, spec: IndexSpec, target: string): void {
  const same = (a: readonly number[], b: readonly number[]): boolean =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const ok =
    same(index.shape, spec.shape) &&
    same(index.microTile, spec.microTile) &&
    index.gatherDim === spec.gatherDim &&
    same(index.stripGrid, spec.stripGrid) &&
    index.gatherTiles === spec.gatherTiles &&
    index.stripPtr.length >= spec.stripCount + 1 &&
    (index.stripPtr[spec.stripCount] ?? -1) <= index.coords.length;
  if (!ok) {
    throw new InternalError(
      target,
      'the index built at run time does not have the geometry its kernel was generated for',
    );
  }
}

/**
 * The inverse of the index: for strip s and gather tile c, entry s·gatherTiles + c is the slot
 * of c in strip s, or -1 when c is not listed there. A per-cell kernel finds in one read
 * whether its cell was listed, which is how a scatter becomes a gather. `reuse` is filled
 * instead of a new array when it has the right length.
 */
export function inverseIndex(index: SparseIndex, spec: IndexSpec, reuse?: Int32Array): Int32Array {
  const size = spec.stripCount * spec.gatherTiles;
  const inv = reuse && reuse.length === size ? reuse : new Int32Array(size);
  inv.fill(-1);
  for (let s = 0; s < spec.stripCount; s++) {
    const lo = index.stripPtr[s] as number;
    const hi = index.stripPtr[s + 1] as number;
    for (let p = lo; p < hi; p++) inv[s * spec.gatherTiles + (index.coords[p] as number)] = p;
  }
  return inv;
}
