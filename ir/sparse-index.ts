/**
 * The online index of PIT (a micro-tile CSR). A tensor is cut into micro-tiles; one dimension
 * is the gather dimension, the others form strips. For every strip, `coords` lists (ordered,
 * ascending) the micro-tile coordinates along the gather dimension whose micro-tile holds at
 * least one present value (a value different from the tensor's fill value, 0 or -inf).
 * Order inside a strip does not matter to PIT (that is the invariance); ascending order makes
 * runs reproducible bit for bit.
 */
export interface SparseIndex {
  /** Shape of the tensor the index was built from. */
  readonly shape: readonly number[];
  /** Concrete micro-tile extents, one per dimension (edge tiles may be partial). */
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  /** The other dimensions, in order: a strip is one tile coordinate along each of them. */
  readonly stripDims: readonly number[];
  /** Number of tiles along each strip dimension (row-major strip numbering). */
  readonly stripGrid: readonly number[];
  readonly stripCount: number;
  /** Number of micro-tiles along the gather dimension. */
  readonly gatherTiles: number;
  /** stripPtr[s]..stripPtr[s+1] is strip s's slice of coords; stripPtr[stripCount] = listed tiles. */
  readonly stripPtr: Int32Array;
  /** Gather-dimension tile coordinates of the present micro-tiles. */
  readonly coords: Int32Array;
  /** Present values inside listed micro-tiles (for coverage waste); -1 when not counted. */
  readonly presentValues: number;
  /** Elements covered by the listed micro-tiles (partial edge tiles counted exactly). */
  readonly coveredValues: number;
}

/** Listed micro-tiles over all micro-tiles: the density at micro-tile granularity. */
export function indexDensity(index: SparseIndex): number {
  const total = index.stripCount * index.gatherTiles;
  return total === 0 ? 0 : (index.stripPtr[index.stripCount] ?? 0) / total;
}

/** Share of covered elements that are absent (computed needlessly): PIT's coverage waste. */
/** Share of the listed micro-tiles' elements that are absent; undefined when the build did not count. */
export function coverageWaste(index: SparseIndex): number | undefined {
  if (index.presentValues < 0) return undefined;
  if (index.coveredValues === 0) return 0;
  return 1 - index.presentValues / index.coveredValues;
}

/** `{ coverageWaste }` for a run report, or nothing when it was not counted. */
export function coverageWasteField(index: SparseIndex): { coverageWaste?: number } {
  const waste = coverageWaste(index);
  return waste === undefined ? {} : { coverageWaste: waste };
}

/** A copy of `index` that owns its arrays (builders reuse theirs for the next build). */
export function copyIndex(index: SparseIndex): SparseIndex {
  return { ...index, stripPtr: index.stripPtr.slice(), coords: index.coords.slice() };
}

export function listedTiles(index: SparseIndex): number {
  return index.stripPtr[index.stripCount] ?? 0;
}
