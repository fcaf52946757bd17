/**
 * The fast index path: P independent 2-D slabs [R, C] (index-view.ts), each read row by row or
 * in short column walks, never element by element through tables. A micro-tile is present iff
 * the OR of its (v ^ key) has a bit in `mask` (index-presence.ts), so wide tiles OR eight values
 * at a time and stop at the first present one, and a tile already known present is not read
 * again. Gathering along the columns (index-slab-cols.ts) lists coordinates in order as it goes;
 * gathering along the rows (index-slab-rows.ts) fills a per-strip bitmap and lists it strip by
 * strip. No sort is ever needed.
 */
import type { IndexWorkspace } from './index-workspace.js';
import type { SlabView } from './index-view.js';
import { slabGatherCols } from './index-slab-cols.js';
import { slabGatherRows } from './index-slab-rows.js';
import type { SlabOutput, SlabSource } from './index-slab.js';

/**
 * Whether the slab kernels count present values themselves (reading only listed micro-tiles a
 * second time) when asked to. Unit tiles need no count (present = listed); the other narrow
 * kernels leave it to one counting pass over the tensor.
 */
export function slabKernelsCount(v: SlabView, isBool: boolean): boolean {
  return v.tileCols > 1 || (v.gatherCols && v.tileRows > 1 && !isBool);
}

/** Builds the index of every slab into ws; strips and coordinates continue from slab to slab. */
export function slabIndex(src: SlabSource, v: SlabView, key: number, mask: number, count: boolean, ws: IndexWorkspace, out: SlabOutput): void {
  const slabSize = v.rows * v.cols;
  const base = src.base;
  for (let p = 0; p < v.slabs; p++) {
    src.base = base + p * slabSize;
    if (v.gatherCols) slabGatherCols(src, v, key, mask, count, ws, out);
    else slabGatherRows(src, v, key, mask, count, ws, out);
  }
}
