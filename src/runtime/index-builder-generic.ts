/**
 * The generic index kernel, for any rank and tiling the slab kernels cannot take: every element
 * is mapped to its micro-tile through two small tables (as in density.ts), and presence flags
 * are kept in strip-major order, then listed strip by strip. Simple, and slower than the slabs.
 */
import type { IndexGeometry } from './index-geometry.js';
import type { IndexWorkspace } from './index-workspace.js';

/**
 * Fills ws.stripPtr / ws.coords for a non-empty tensor viewed as rows of its last dimension;
 * returns the number of listed micro-tiles. `bytes` (bool data) is widened one row at a time.
 */
export function genericIndex(ints: Int32Array, bytes: Uint8Array | undefined, g: IndexGeometry, key: number, mask: number, ws: IndexWorkspace): number {
  const rank = g.shape.length;
  const last = rank - 1;
  const cols = g.shape[last] ?? 1;
  const rows = bytes === undefined ? ints.length / cols : bytes.length / cols;
  const gatherTiles = g.gatherTiles;
  const total = g.stripCount * gatherTiles;
  tileOffsets(g, rows, ws);
  const rowOffset = ws.rowOffset;
  const colOffset = ws.colOffset;
  const flags = ws.ensureFlags(total);
  flags.fill(0, 0, total);
  const words = bytes === undefined ? ints : ws.ensureRowBuf(cols);
  for (let r = 0; r < rows; r++) {
    let off = r * cols;
    if (bytes !== undefined) {
      for (let j = 0; j < cols; j++) words[j] = bytes[off + j] as number;
      off = 0;
    }
    const base = rowOffset[r] as number;
    for (let j = 0; j < cols; j++) {
      const x = ((words[off + j] as number) ^ key) & mask;
      const at = base + (colOffset[j] as number);
      flags[at] = (flags[at] as number) | ((x | (0 - x)) >>> 31);
    }
  }
  const stripPtr = ws.stripPtr;
  let n = 0;
  for (let s = 0; s < g.stripCount; s++) {
    const coords = ws.ensureCoords(n + gatherTiles + 1, n);
    const from = s * gatherTiles;
    for (let k = 0; k < gatherTiles; k++) {
      coords[n] = k;
      n += flags[from + k] as number;
    }
    stripPtr[s + 1] = n;
  }
  return n;
}

/**
 * ws.rowOffset[r] + ws.colOffset[j] = strip·gatherTiles + gather tile of element (row r, column j),
 * where a row is one index along every dimension but the last.
 */
function tileOffsets(g: IndexGeometry, rows: number, ws: IndexWorkspace): void {
  const rank = g.shape.length;
  const last = rank - 1;
  const cols = g.shape[last] ?? 1;
  // per dimension: how much one tile step adds to strip·gatherTiles + gather tile
  const weight = new Array<number>(rank).fill(0);
  let stride = g.gatherTiles;
  for (let i = g.stripDims.length - 1; i >= 0; i--) {
    weight[g.stripDims[i] ?? 0] = stride;
    stride *= g.stripGrid[i] ?? 1;
  }
  weight[g.gatherDim] = 1;
  ws.ensureOffsets(rows, cols);
  const tileOf = (d: number, i: number): number => Math.floor(i / (g.microTile[d] ?? 1)) * (weight[d] ?? 0);
  for (let j = 0; j < cols; j++) ws.colOffset[j] = rank === 0 ? 0 : tileOf(last, j);
  const at = new Array<number>(Math.max(last, 0)).fill(0); // odometer over all but the last dim
  for (let r = 0; r < rows; r++) {
    let offset = 0;
    for (let d = 0; d < last; d++) offset += tileOf(d, at[d] ?? 0);
    ws.rowOffset[r] = offset;
    for (let d = last - 1; d >= 0; d--) {
      at[d] = (at[d] ?? 0) + 1;
      if ((at[d] ?? 0) < (g.shape[d] ?? 1)) break;
      at[d] = 0;
    }
  }
}
