/**
 * What a PIT op's index sees in its source tensor: the tensor cut into micro-tiles, and for each
 * micro-tile how many of its values are present (different from the absent value, 0 or -inf).
 * A micro-tile with one present value is listed in the index and computed whole; one with none is
 * skipped. The counts give the pattern (listed or skipped), the coverage (present values against
 * the values the listed tiles make the kernel compute: the waste) and the index's strips.
 *
 * The 2-D view: a rank-2 tensor as it is; a higher rank folds every dimension but the last into
 * the rows (row-major, as the tensor is stored); rank 1 is one row; rank 0 one tile.
 */
import type { HostTensor } from '../../ir/tensor.js';

export interface TileSpec {
  /** Concrete micro-tile extents, one per dimension of the source. */
  readonly microTile: readonly number[];
  /** The absent value: 0, or -Infinity for a masked score. */
  readonly fill: number;
  /** The dimension the index gathers along (its strips are the others). */
  readonly gatherDim: number;
}

export interface TileMap {
  readonly shape: readonly number[];
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  /** Micro-tiles along each dimension. */
  readonly grid: readonly number[];
  /** The 2-D view, in micro-tiles. */
  readonly rows: number;
  readonly cols: number;
  /** Present values per micro-tile, row-major over the 2-D view. */
  readonly present: Int32Array;
  /** Values per micro-tile (edge tiles hold fewer). */
  readonly size: Int32Array;
  readonly total: number;
  readonly listed: number;
  readonly elements: number;
  /** Values of the tensor that are present. */
  readonly presentValues: number;
  /** Values inside listed micro-tiles: what the PIT kernel computes. */
  readonly coveredValues: number;
}

/** Counts the present values of every micro-tile of `tensor`. */
export function tileMap(tensor: HostTensor, spec: TileSpec): TileMap {
  const shape = tensor.shape;
  const rank = shape.length;
  const tile = shape.map((n, d) => Math.max(1, Math.min(spec.microTile[d] ?? 1, Math.max(1, n))));
  const grid = shape.map((n, d) => Math.ceil(n / (tile[d] as number)));
  const total = grid.reduce((a, b) => a * b, 1);
  const cols = rank === 0 ? 1 : (grid[rank - 1] as number);
  const rows = cols === 0 ? 0 : total / cols;
  const present = new Int32Array(total);
  const size = new Int32Array(total);
  // sizes: product over dims of the tile's extent there (an edge tile is cut by the tensor's end)
  const coord = new Array<number>(rank).fill(0);
  for (let t = 0; t < total; t++) {
    let n = 1;
    for (let d = 0; d < rank; d++) n *= Math.min(tile[d] as number, (shape[d] as number) - (coord[d] as number) * (tile[d] as number));
    size[t] = n;
    for (let d = rank - 1; d >= 0; d--) {
      coord[d] = (coord[d] as number) + 1;
      if ((coord[d] as number) < (grid[d] as number)) break;
      coord[d] = 0;
    }
  }
  // present values: walk the tensor in C order, keeping each element's tile index incrementally
  const data = tensor.data;
  const fill = spec.fill;
  const index = new Array<number>(rank).fill(0);
  const tileStride = new Array<number>(rank).fill(1);
  for (let d = rank - 2; d >= 0; d--) tileStride[d] = (tileStride[d + 1] as number) * (grid[d + 1] as number);
  const elements = data.length;
  let tileAt = 0;
  let presentValues = 0;
  for (let i = 0; i < elements; i++) {
    const v = data[i] as number;
    // NaN is present (it is not the absent value); -0 is 0
    if (v !== fill) {
      present[tileAt] = (present[tileAt] as number) + 1;
      presentValues++;
    }
    for (let d = rank - 1; d >= 0; d--) {
      const before = index[d] as number;
      const after = before + 1;
      if (after < (shape[d] as number)) {
        index[d] = after;
        if (after % (tile[d] as number) === 0) tileAt += tileStride[d] as number;
        break;
      }
      index[d] = 0;
      tileAt -= Math.floor(before / (tile[d] as number)) * (tileStride[d] as number);
    }
  }
  let listed = 0;
  let coveredValues = 0;
  for (let t = 0; t < total; t++) {
    if ((present[t] as number) > 0) {
      listed++;
      coveredValues += size[t] as number;
    }
  }
  return { shape: [...shape], microTile: tile, gatherDim: spec.gatherDim, grid, rows, cols, present, size, total, listed, elements, presentValues, coveredValues };
}

/** Share of the computed values that are absent: what PIT computes needlessly. */
export function wasteOf(map: TileMap): number {
  return map.coveredValues === 0 ? 0 : 1 - map.presentValues / map.coveredValues;
}

/**
 * The index's strips: for every strip (a micro-tile coordinate along each dimension but the
 * gather dimension), the gather coordinates of its listed micro-tiles, ascending, as the runtime's
 * index lists them.
 */
export function stripsOf(map: TileMap): { readonly count: number; readonly lengths: Int32Array; readonly coords: (s: number) => number[] } {
  const rank = map.grid.length;
  const g = map.gatherDim;
  const gatherTiles = rank === 0 ? 1 : (map.grid[g] as number);
  const count = gatherTiles === 0 ? 0 : map.total / gatherTiles;
  const stride = new Array<number>(rank).fill(1);
  for (let d = rank - 2; d >= 0; d--) stride[d] = (stride[d + 1] as number) * (map.grid[d + 1] as number);
  const stripDims = map.grid.map((_, d) => d).filter((d) => d !== g);
  /** The tile index of strip s at gather coordinate k. */
  const at = (s: number, k: number): number => {
    let rest = s;
    let flat = 0;
    for (let i = stripDims.length - 1; i >= 0; i--) {
      const d = stripDims[i] as number;
      const n = map.grid[d] as number;
      flat += (rest % n) * (stride[d] as number);
      rest = Math.floor(rest / n);
    }
    return rank === 0 ? 0 : flat + k * (stride[g] as number);
  };
  const lengths = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    let n = 0;
    for (let k = 0; k < gatherTiles; k++) if ((map.present[at(s, k)] as number) > 0) n++;
    lengths[s] = n;
  }
  return {
    count,
    lengths,
    coords: (s) => {
      const out: number[] = [];
      for (let k = 0; k < gatherTiles; k++) if ((map.present[at(s, k)] as number) > 0) out.push(k);
      return out;
    },
  };
}
