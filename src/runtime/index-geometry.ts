/**
 * Geometry of an online index: the public fields of a `SparseIndex` that depend only on
 * (shape, micro-tile, gather dimension), argument checks, and the exact covered-element count.
 */
import { indexGeometry, type IndexGeometry } from '../../ir/index-geometry.js';

/** The shape-only part of a `SparseIndex`. */
export type { IndexGeometry };

/**
 * What is wrong with index arguments, in words, or undefined when they are valid. Rank 0 has no
 * dimension to gather along: it takes gatherDim 0 and an empty micro-tile (one strip, one tile).
 */
export function checkIndexArgs(shape: readonly number[], microTile: readonly number[], gatherDim: number): string | undefined {
  const badDim = shape.find((d) => !Number.isSafeInteger(d) || d < 0);
  if (badDim !== undefined) return `shape extents must be integers >= 0, got ${badDim}`;
  if (microTile.length !== shape.length) {
    return `micro-tile ${microTile.join('x') || '(none)'} has ${microTile.length} extent${microTile.length === 1 ? '' : 's'} but the tensor has rank ${shape.length}`;
  }
  const bad = microTile.find((e) => !Number.isSafeInteger(e) || e < 1);
  if (bad !== undefined) return `micro-tile extents must be integers >= 1, got ${bad}`;
  const dims = Math.max(shape.length, 1);
  if (!Number.isInteger(gatherDim) || gatherDim < 0 || gatherDim >= dims) {
    return `gather dimension ${gatherDim} is out of range for rank ${shape.length}`;
  }
  return undefined;
}

/**
 * The geometry for valid arguments (see `checkIndexArgs`): ir/index-geometry.ts, the one
 * definition every target shares; arrays are fresh and frozen.
 */
export { indexGeometry };

/** Whether (shape, microTile, gatherDim) are valid and give geometry `g` (for plan reuse). */
export function sameGeometryArgs(g: IndexGeometry, shape: readonly number[], microTile: readonly number[], gatherDim: number): boolean {
  if (g.gatherDim !== gatherDim || g.shape.length !== shape.length) return false;
  for (let d = 0; d < shape.length; d++) {
    const size = shape[d] ?? 0;
    const t = microTile[d] ?? 0;
    if (g.shape[d] !== size || !Number.isSafeInteger(t) || t < 1 || g.microTile[d] !== Math.max(1, Math.min(t, size))) return false;
  }
  return true;
}

/**
 * Elements covered by the listed micro-tiles, partial edge tiles counted exactly. Uses that coords
 * are ascending inside a strip: only a strip's last coordinate can be the partial edge tile.
 */
export function coveredValues(g: IndexGeometry, stripPtr: Int32Array, coords: Int32Array): number {
  const rank = g.shape.length;
  if (rank === 0) return stripPtr[1] ?? 0;
  const gatherSize = g.shape[g.gatherDim] ?? 0;
  const gatherTile = g.microTile[g.gatherDim] ?? 1;
  const lastShortfall = g.gatherTiles * gatherTile - gatherSize; // missing elements of the edge tile
  const dims = g.stripDims;
  const at = new Array<number>(dims.length).fill(0); // odometer over the strip grid
  let total = 0;
  for (let s = 0; s < g.stripCount; s++) {
    const begin = stripPtr[s] ?? 0;
    const end = stripPtr[s + 1] ?? 0;
    if (end > begin) {
      let volume = 1;
      for (let i = 0; i < dims.length; i++) {
        const d = dims[i] ?? 0;
        const t = g.microTile[d] ?? 1;
        volume *= Math.min(t, (g.shape[d] ?? 0) - (at[i] ?? 0) * t);
      }
      let along = (end - begin) * gatherTile;
      if (coords[end - 1] === g.gatherTiles - 1) along -= lastShortfall;
      total += volume * along;
    }
    for (let i = dims.length - 1; i >= 0; i--) {
      at[i] = (at[i] ?? 0) + 1;
      if ((at[i] ?? 0) < (g.stripGrid[i] ?? 0)) break;
      at[i] = 0;
    }
  }
  return total;
}
