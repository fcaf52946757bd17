/**
 * Block sparsity for test and benchmark inputs, like the PIT paper's masks: the tensor is cut into
 * micro-tiles (one extent per dimension; edge tiles are partial) and each tile is kept with
 * probability `density` or zeroed entirely. Also the two density measures reports use.
 */
import { invariant } from '../../ir/core/errors.js';
import { elementCount, stridesOf, type HostTensor } from '../../ir/tensor.js';
import { randomStream, unitFromUint32 } from './random.js';

/**
 * What is wrong with density arguments, in words (the CLI reports it as PIT7002), or undefined
 * when they are valid for a tensor of this shape.
 */
export function checkDensityArgs(shape: readonly number[], density: number, microTile: readonly number[]): string | undefined {
  if (!Number.isFinite(density) || density < 0 || density > 1) return `density must be a number in [0, 1], got ${density}`;
  if (microTile.length !== shape.length) {
    return `micro-tile ${microTile.join('x') || '(none)'} has ${microTile.length} extent${microTile.length === 1 ? '' : 's'} but the tensor has rank ${shape.length}`;
  }
  const bad = microTile.find((e) => !Number.isInteger(e) || e < 1);
  if (bad !== undefined) return `micro-tile extents must be integers >= 1, got ${bad}`;
  return undefined;
}

/** Number of micro-tiles along each dimension (ceil: a partial edge tile counts as one). */
function tileGrid(shape: readonly number[], microTile: readonly number[]): number[] {
  return shape.map((d, i) => Math.ceil(d / (microTile[i] ?? 1)));
}

/**
 * Where each element's micro-tile is, as two small tables: element (row r, column j) of the
 * tensor viewed as rows of its last dimension lies in tile `rowTile[r] + columnTile[j]` (C order
 * of the tile grid). Keeps the per-element work to two lookups, with no division.
 */
interface TileMap {
  readonly rowLength: number;
  readonly rowTile: Int32Array;
  readonly columnTile: Int32Array;
}

function tileMap(shape: readonly number[], microTile: readonly number[]): TileMap {
  if (shape.length === 0) return { rowLength: 1, rowTile: Int32Array.of(0), columnTile: Int32Array.of(0) };
  const gridStrides = stridesOf(tileGrid(shape, microTile));
  const last = shape.length - 1;
  const rowLength = shape[last] ?? 1;
  const columnTile = new Int32Array(rowLength);
  for (let j = 0; j < rowLength; j++) columnTile[j] = Math.floor(j / (microTile[last] ?? 1)) * (gridStrides[last] ?? 1);
  const rows = rowLength === 0 ? 0 : elementCount(shape) / rowLength;
  const rowTile = new Int32Array(rows);
  const outer = new Array<number>(last).fill(0); // odometer over all but the last dimension
  for (let r = 0; r < rows; r++) {
    let tile = 0;
    for (let d = 0; d < last; d++) tile += Math.floor((outer[d] ?? 0) / (microTile[d] ?? 1)) * (gridStrides[d] ?? 1);
    rowTile[r] = tile;
    for (let d = last - 1; d >= 0; d--) {
      outer[d] = (outer[d] ?? 0) + 1;
      if ((outer[d] ?? 0) < (shape[d] ?? 1)) break;
      outer[d] = 0;
    }
  }
  return { rowLength, rowTile, columnTile };
}

/**
 * A copy of `tensor` in which each micro-tile is kept iff a uniform draw is < `density`, else
 * zeroed. Draws are one per tile, in C order of the tile grid, from stream (seed, stream), so
 * density 0 zeroes everything and density 1 keeps everything. Arguments must pass
 * `checkDensityArgs`.
 */
export function applyDensity(
  tensor: HostTensor,
  density: number,
  microTile: readonly number[],
  seed: number,
  stream: string,
): HostTensor {
  const problem = checkDensityArgs(tensor.shape, density, microTile);
  invariant(problem === undefined, 'density', problem ?? '');
  const tiles = elementCount(tileGrid(tensor.shape, microTile));
  const keep = new Uint8Array(tiles);
  const rng = randomStream(seed, stream);
  for (let t = 0; t < tiles; t++) keep[t] = unitFromUint32(rng.nextUint32()) < density ? 1 : 0;

  const data = tensor.data.slice();
  const { rowLength, rowTile, columnTile } = tileMap(tensor.shape, microTile);
  for (let r = 0; r < rowTile.length; r++) {
    const base = rowTile[r] ?? 0;
    const start = r * rowLength;
    for (let j = 0; j < rowLength; j++) if (keep[base + (columnTile[j] ?? 0)] === 0) data[start + j] = 0;
  }
  return { dtype: tensor.dtype, shape: [...tensor.shape], data };
}

/**
 * Fraction of micro-tiles holding at least one non-zero (NaN counts as non-zero, -0 as zero).
 * 0 for a tensor with no elements.
 */
export function measureDensity(tensor: HostTensor, microTile: readonly number[]): number {
  const problem = checkDensityArgs(tensor.shape, 0, microTile);
  invariant(problem === undefined, 'density', problem ?? '');
  const tiles = elementCount(tileGrid(tensor.shape, microTile));
  if (tiles === 0 || elementCount(tensor.shape) === 0) return 0;
  const nonZero = new Uint8Array(tiles);
  const data = tensor.data;
  const { rowLength, rowTile, columnTile } = tileMap(tensor.shape, microTile);
  for (let r = 0; r < rowTile.length; r++) {
    const base = rowTile[r] ?? 0;
    const start = r * rowLength;
    for (let j = 0; j < rowLength; j++) if (data[start + j] !== 0) nonZero[base + (columnTile[j] ?? 0)] = 1;
  }
  let kept = 0;
  for (const flag of nonZero) kept += flag;
  return kept / tiles;
}

/** Fraction of elements that are non-zero (NaN counts as non-zero); 0 for an empty tensor. */
export function elementDensity(tensor: HostTensor): number {
  const data = tensor.data;
  if (data.length === 0) return 0;
  let nonZero = 0;
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) nonZero++;
  return nonZero / data.length;
}
