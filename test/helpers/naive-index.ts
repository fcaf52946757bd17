import type { SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';

/**
 * An obviously correct index builder for tests: visits every micro-tile and every element of
 * it. Independent of src/runtime/index-builder.ts, which it checks.
 */
export function naiveBuildIndex(tensor: HostTensor, microTile: readonly number[], gatherDim: number, fill = 0): SparseIndex {
  const shape = tensor.shape;
  const rank = shape.length;
  const tile = shape.map((n, d) => Math.max(1, Math.min(microTile[d] ?? 1, n)));
  const grid = shape.map((n, d) => Math.ceil(n / (tile[d] as number)));
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const stripDims = [...Array(rank).keys()].filter((d) => d !== gatherDim);
  const stripGrid = stripDims.map((d) => grid[d] as number);
  const stripCount = stripGrid.reduce((a, b) => a * b, 1);
  const gatherTiles = rank === 0 ? 1 : (grid[gatherDim] as number);
  const present = (v: number): boolean => (fill === 0 ? v !== 0 : v !== fill);
  const ptr = new Int32Array(stripCount + 1);
  const coords: number[] = [];
  let presentValues = 0;
  let coveredValues = 0;
  for (let s = 0; s < stripCount; s++) {
    const tileCoord = new Array<number>(rank).fill(0);
    let q = s;
    for (let i = stripDims.length - 1; i >= 0; i--) {
      const g = stripGrid[i] as number;
      tileCoord[stripDims[i] as number] = q % g;
      q = Math.floor(q / g);
    }
    for (let c = 0; c < gatherTiles; c++) {
      if (rank > 0) tileCoord[gatherDim] = c;
      let count = 0;
      let covered = 0;
      const visit = (d: number, offset: number): void => {
        if (d === rank) {
          covered++;
          if (present(tensor.data[offset] as number)) count++;
          return;
        }
        const lo = (tileCoord[d] as number) * (tile[d] as number);
        const hi = Math.min(lo + (tile[d] as number), shape[d] as number);
        for (let x = lo; x < hi; x++) visit(d + 1, offset + x * (strides[d] as number));
      };
      visit(0, 0);
      if (count > 0) {
        coords.push(c);
        presentValues += count;
        coveredValues += covered;
      }
    }
    ptr[s + 1] = coords.length;
  }
  return {
    shape: [...shape],
    microTile: tile,
    gatherDim,
    stripDims,
    stripGrid,
    stripCount,
    gatherTiles,
    stripPtr: ptr,
    coords: Int32Array.from(coords),
    presentValues,
    coveredValues,
  };
}
