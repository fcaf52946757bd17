import { dimAdd, dimConst, dimFloorDiv, dimMin, type DimExpr } from './dim-expr.js';
import type { KernelExtent } from './kernel/kernel-ir.js';
import type { SparseIndex } from './sparse-index.js';

/**
 * The geometry of an online index: which micro-tiles a tensor of a given shape is cut into, and
 * how they are numbered (strips, tiles along the gather dimension). One definition for every
 * target and the runtime builder; `indexGrid` says the same counts over symbolic extents.
 *
 * Rules: a micro-tile extent is clamped to its dimension and to at least 1 (an empty dimension
 * still has a one-element tile); `'full'` spans the dimension; a strip is one tile coordinate
 * along every dimension but the gather dimension, numbered row-major; rank 0 is one strip of one
 * tile (gatherDim 0, no strip dimensions).
 */
export type IndexGeometry = Pick<
  SparseIndex,
  'shape' | 'microTile' | 'gatherDim' | 'stripDims' | 'stripGrid' | 'stripCount' | 'gatherTiles'
>;

/** A micro-tile extent: a size, or the whole dimension (the kernel IR's). */
export type TileExtent = KernelExtent;

/** The dimensions that number strips: every one but the gather dimension, in order. */
export function stripDimsOf(rank: number, gatherDim: number): number[] {
  const dims: number[] = [];
  for (let d = 0; d < rank; d++) if (d !== gatherDim) dims.push(d);
  return dims;
}

/** Micro-tile extents for a concrete shape: 'full' spans the dimension; min(tile, dim), at least 1. */
export function concreteMicroTile(
  shape: readonly number[],
  microTile: readonly TileExtent[],
): number[] {
  return shape.map((n, d) => {
    const e = microTile[d];
    return Math.max(1, Math.min(e === 'full' || e === undefined ? n : e, n));
  });
}

/** The geometry for a concrete shape (arguments valid: see src/runtime/index-geometry.ts's checks); arrays are fresh and frozen. */
export function indexGeometry(
  shape: readonly number[],
  microTile: readonly TileExtent[],
  gatherDim: number,
): IndexGeometry {
  const tile = concreteMicroTile(shape, microTile);
  const stripDims = stripDimsOf(shape.length, gatherDim);
  const stripGrid = stripDims.map((d) => Math.ceil((shape[d] ?? 0) / (tile[d] ?? 1)));
  const gatherTiles =
    shape.length === 0 ? 1 : Math.ceil((shape[gatherDim] ?? 0) / (tile[gatherDim] ?? 1));
  return {
    shape: Object.freeze([...shape]),
    microTile: Object.freeze(tile),
    gatherDim,
    stripDims: Object.freeze(stripDims),
    stripGrid: Object.freeze(stripGrid),
    stripCount: stripGrid.reduce((a, b) => a * b, 1),
    gatherTiles,
  };
}

/** The counts of `indexGeometry` over symbolic extents (equal to it once the dims are bound). */
export interface IndexGrid {
  readonly shape: readonly DimExpr[];
  /** As requested (unclamped): clamping changes no count, only the concrete tile of a short dimension. */
  readonly microTile: readonly TileExtent[];
  readonly gatherDim: number;
  readonly stripDims: readonly number[];
  /** Tiles along each strip dimension; strips are their product (DimExpr has no symbolic product). */
  readonly stripGrid: readonly DimExpr[];
  readonly gatherTiles: DimExpr;
}

/**
 * Tiles along one dimension of extent n ≥ 0: ⌈n / t⌉ for a size t (a clamped tile gives the same
 * count), and for 'full' one tile, none when the dimension is empty (min(n, 1)).
 */
export function tilesAlong(n: DimExpr, tile: TileExtent): DimExpr {
  if (tile === 'full') return dimMin(n, dimConst(1));
  return dimFloorDiv(dimAdd(n, dimConst(tile - 1)), tile);
}

export function indexGrid(
  shape: readonly DimExpr[],
  microTile: readonly TileExtent[],
  gatherDim: number,
): IndexGrid {
  const stripDims = stripDimsOf(shape.length, gatherDim);
  const along = (d: number): DimExpr => tilesAlong(shape[d] ?? dimConst(0), microTile[d] ?? 'full');
  const stripGrid = stripDims.map(along);
  return {
    shape,
    microTile,
    gatherDim,
    stripDims,
    stripGrid,
    gatherTiles: shape.length === 0 ? dimConst(1) : along(gatherDim),
  };
}
