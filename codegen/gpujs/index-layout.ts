import { InternalError } from '../../ir/core/errors.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { IndexSpec } from './kernel-spec.js';

/**
 * The geometry of a PIT kernel's index for bound shapes, known before the index is built: the
 * kernels are specialised to it, and every index built at run time must match it.
 */
export function indexSpecOf(kernel: PitKernel, shape: readonly number[]): IndexSpec {
  const microTile = shape.map((n, d) => {
    const e = kernel.index.microTile[d];
    const want = e === 'full' || e === undefined ? n : e;
    return Math.max(1, Math.min(want, n));
  });
  const gatherDim = kernel.index.gatherDim;
  const stripDims = shape.map((_, d) => d).filter((d) => d !== gatherDim);
  const tiles = (d: number): number => Math.ceil((shape[d] as number) / (microTile[d] as number));
  const stripGrid = stripDims.map(tiles);
  return {
    key: kernel.index.key,
    source: kernel.index.source,
    fill: kernel.index.fill,
    shape: [...shape],
    microTile,
    gatherDim,
    stripDims,
    stripGrid,
    stripCount: stripGrid.reduce((a, b) => a * b, 1),
    gatherTiles: tiles(gatherDim),
  };
}

/** An index built at run time must have the geometry the kernel was generated for. */
export function checkIndexMatches(index: SparseIndex, spec: IndexSpec): void {
  const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  const ok =
    same(index.shape, spec.shape) &&
    same(index.microTile, spec.microTile) &&
    index.gatherDim === spec.gatherDim &&
    same(index.stripGrid, spec.stripGrid) &&
    index.gatherTiles === spec.gatherTiles &&
    index.stripPtr.length >= spec.stripCount + 1 &&
    (index.stripPtr[spec.stripCount] ?? -1) <= index.coords.length;
  if (!ok) throw new InternalError('gpujs', 'the index built at run time does not have the geometry its kernel was generated for');
}

/**
 * The index arrays as kernel arguments: fresh, exact-length copies (the builder's workspace
 * arrays may be views into larger buffers), coordinates padded to one entry so no argument is
 * empty.
 */
export function indexArguments(index: SparseIndex, stripCount: number): { stripPtr: Int32Array; coords: Int32Array } {
  const stripPtr = index.stripPtr.slice(0, stripCount + 1);
  const listed = stripPtr[stripCount] ?? 0;
  const coords = new Int32Array(Math.max(1, listed));
  coords.set(index.coords.subarray(0, listed));
  return { stripPtr, coords };
}

/**
 * The inverse of the index: for strip s and gather tile c, entry s·gatherTiles + c is the slot
 * of c in strip s, or -1 when c is not listed there. A per-cell kernel finds in one read
 * whether its cell was listed, which is how a scatter becomes a gather.
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
