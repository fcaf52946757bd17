/**
 * Reduce an N-d index problem to the shape the fast kernels handle: P independent 2-D slabs
 * [R, C] (micro-tile th×tw, gathering along the rows or the columns), when merging dimensions
 * keeps both the strip numbering and the gather coordinates. Most real tensors reduce
 * ([B, S, H] with tile 1×32×1, matrices, vectors); the rest take the generic path.
 */
import type { IndexGeometry } from './index-geometry.js';

/** P slabs of R×C elements, one after another; slab p owns strips p·(strips per slab) onwards. */
export interface SlabView {
  readonly slabs: number;
  readonly rows: number;
  readonly cols: number;
  readonly tileRows: number;
  readonly tileCols: number;
  /** true: gather along the columns (strips are row tiles); false: along the rows. */
  readonly gatherCols: boolean;
}

interface Axis {
  size: number;
  tile: number;
  gather: boolean;
}

/**
 * Merge axis b into axis a (a directly left of b) when the merged axis tiles exactly like the
 * pair did, in row-major order: b is one whole tile (then a's tiles just grow), or a has tile 1
 * and b's tile divides b (then tiles never straddle a's steps). Never folds a strip axis into the
 * gather axis unless that strip axis has a single tile.
 */
function merged(a: Axis, b: Axis): Axis | undefined {
  if (b.gather) return undefined;
  if (b.tile === b.size) return { size: a.size * b.size, tile: a.tile * b.size, gather: a.gather };
  if (!a.gather && a.tile === 1 && b.size % b.tile === 0) return { size: a.size * b.size, tile: b.tile, gather: false };
  return undefined;
}

/** The slab view of a non-empty tensor's geometry, or undefined when it needs the generic path. */
export function slabView(g: IndexGeometry): SlabView | undefined {
  const axes: Axis[] = [];
  if (g.shape.length === 0) axes.push({ size: 1, tile: 1, gather: true });
  for (let d = 0; d < g.shape.length; d++) {
    const size = g.shape[d] ?? 1;
    const gather = d === g.gatherDim;
    if (size === 1 && !gather) continue; // a single-tile strip axis changes nothing
    axes.push({ size, tile: g.microTile[d] ?? 1, gather });
  }
  for (let i = 0; i + 1 < axes.length; ) {
    const m = merged(axes[i] as Axis, axes[i + 1] as Axis);
    if (m === undefined) {
      i++;
      continue;
    }
    axes.splice(i, 2, m);
    if (i > 0) i--; // the merged axis may now merge with its left neighbour
  }
  if (axes.length === 1) axes.unshift({ size: 1, tile: 1, gather: false });
  if (axes.length === 2) axes.unshift({ size: 1, tile: 1, gather: false });
  if (axes.length !== 3) return undefined;
  const [p, r, c] = axes as [Axis, Axis, Axis];
  if (p.gather || p.tile !== 1) return undefined;
  return { slabs: p.size, rows: r.size, cols: c.size, tileRows: r.tile, tileCols: c.tile, gatherCols: c.gather };
}
