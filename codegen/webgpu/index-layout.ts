import { InternalError } from '../../ir/core/errors.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';

/**
 * ADAPTER (kernel IR → shader geometry; to be replaced by the loop IR's index geometry): the
 * geometry of a PIT kernel's index for bound shapes, known before the index is built. Shaders
 * are specialised to it; every index built at run time must match it.
 */
export interface IndexSpec {
  readonly key: string;
  readonly source: string;
  readonly fill: number;
  readonly shape: readonly number[];
  /** Concrete micro-tile extents (clamped to the shape, as the index builder reports them). */
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  readonly stripDims: readonly number[];
  readonly stripGrid: readonly number[];
  readonly stripCount: number;
  readonly gatherTiles: number;
}

export function indexSpecOf(kernel: PitKernel, shape: readonly number[]): IndexSpec {
  const microTile = shape.map((n, d) => {
    const e = kernel.index.microTile[d];
    return Math.max(1, Math.min(e === 'full' || e === undefined ? n : e, n));
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

/** An index built at run time must have the geometry its shaders were generated for. */
export function checkIndexMatches(index: SparseIndex, spec: IndexSpec): void {
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
  if (!ok)
    throw new InternalError(
      'webgpu',
      'the index built at run time does not have the geometry its shader was generated for',
    );
}

/** The index arrays as uploaded: exact-length copies (the builder's arrays may be views into larger workspaces). */
export function indexArrays(
  index: SparseIndex,
  spec: IndexSpec,
): { stripPtr: Int32Array; coords: Int32Array } {
  const stripPtr = index.stripPtr.slice(0, spec.stripCount + 1);
  const listed = stripPtr[spec.stripCount] ?? 0;
  return { stripPtr, coords: index.coords.slice(0, listed) };
}

/**
 * The inverse of the index: entry s·gatherTiles + c is the slot of gather tile c in strip s, or
 * -1 when it is not listed there. A per-cell shader finds in one read whether its cell is listed
 * (a scatter or an accumulate written as a gather).
 */
export function inverseIndex(index: SparseIndex, spec: IndexSpec): Int32Array {
  const inv = new Int32Array(spec.stripCount * spec.gatherTiles).fill(-1);
  for (let s = 0; s < spec.stripCount; s++) {
    for (let p = index.stripPtr[s] as number; p < (index.stripPtr[s + 1] as number); p++)
      inv[s * spec.gatherTiles + (index.coords[p] as number)] = p;
  }
  return inv;
}
