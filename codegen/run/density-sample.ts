/**
 * A look at a PIT operand before its index is built: whether its density is clearly above the
 * dense crossover, so the op runs its dense kernel and the index is never built. A dense kernel is
 * right whatever the data, so a wrong guess costs time, never a result. FFN fc2 at 50 % elementwise
 * zeros lists every micro-tile: its index (a 25 MB pass, 2.4–2.9 ms) bought nothing.
 */

/** Micro-tiles looked at: each is read until its first present value (a present tile's first or second one, usually). */
export const SAMPLE_TILES = 256;

/** What the sample saw: tiles looked at, and how many of them were absent. */
export interface DensitySample {
  readonly tiles: number;
  readonly absent: number;
}

/**
 * SAMPLE_TILES micro-tiles at seeded pseudo-random coordinates (an even stride would miss whole
 * columns of per-neuron zeros); `dense` when at most a tenth of the share the crossover allows
 * is absent (crossover 0.9: 2 of 256 tiles; a tensor 90 % dense shows so few with probability
 * about 1e-9). Undefined when the tensor has too few micro-tiles for a sample to save anything,
 * or when the crossover never picks dense.
 */
export function sampleDensity(
  data: ArrayLike<number>,
  shape: readonly number[],
  tile: readonly number[],
  fill: number,
  crossover: number,
): (DensitySample & { readonly dense: boolean }) | undefined {
  if (crossover >= 1) return undefined;
  const rank = shape.length;
  const sizes = Int32Array.from(shape, (n, d) => Math.max(1, Math.min(n, tile[d] ?? 1)));
  const grid = Int32Array.from(shape, (n, d) => Math.ceil(n / (sizes[d] as number)));
  const total = grid.reduce((a, b) => a * b, 1);
  if (total < 16 * SAMPLE_TILES) return undefined;
  const allowed = Math.floor((SAMPLE_TILES * (1 - crossover)) / 10);
  const strides = Int32Array.from(shape, (_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  // scratch for one tile: its origin, extent and the odometer over its cells
  const origin = new Int32Array(rank);
  const extent = new Int32Array(rank);
  const at = new Int32Array(rank);
  let seed = 0x9e3779b9;
  let absent = 0;
  for (let s = 0; s < SAMPLE_TILES; s++) {
    // xorshift32: a fixed sequence, so one tensor always gets the same answer
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    let q = (seed >>> 0) % total;
    for (let d = rank - 1; d >= 0; d--) {
      const g = grid[d] as number;
      origin[d] = (q % g) * (sizes[d] as number);
      extent[d] = Math.min(sizes[d] as number, (shape[d] as number) - (origin[d] as number));
      q = Math.floor(q / g);
    }
    if (!tilePresent(data, strides, origin, extent, at, fill) && ++absent > allowed)
      return { tiles: s + 1, absent, dense: false };
  }
  return { tiles: SAMPLE_TILES, absent, dense: true };
}

/** Whether any value of the micro-tile at `origin` (of `extent`) differs from `fill`: an odometer over its cells in `at`. */
function tilePresent(
  data: ArrayLike<number>,
  strides: Int32Array,
  origin: Int32Array,
  extent: Int32Array,
  at: Int32Array,
  fill: number,
): boolean {
  const rank = strides.length;
  at.fill(0);
  for (;;) {
    let offset = 0;
    for (let d = 0; d < rank; d++)
      offset += ((origin[d] as number) + (at[d] as number)) * (strides[d] as number);
    if (data[offset] !== fill) return true;
    let d = rank - 1;
    while (d >= 0 && (at[d] = (at[d] as number) + 1) >= (extent[d] as number)) at[d--] = 0;
    if (d < 0) return false;
  }
}
