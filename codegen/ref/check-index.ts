import { InternalError } from '../../ir/core/errors.js';
import type { SparseIndex } from '../../ir/sparse-index.js';

/**
 * The reference interpreter trusts no data-dependent address: before a PIT kernel reads
 * through an index, the index must describe the tensor it claims to (shape, tiles) and every
 * pointer and coordinate must be in range and ordered.
 */
export function checkIndex(index: SparseIndex, shape: readonly number[], microTile: readonly number[], gatherDim: number): void {
  const fail = (why: string): never => {
    throw new InternalError('ref', `invalid sparse index: ${why}`);
  };
  if (index.shape.join() !== shape.join()) fail(`built for shape [${index.shape}] but the tensor is [${shape}]`);
  if (index.gatherDim !== gatherDim) fail(`gathers along ${index.gatherDim}, expected ${gatherDim}`);
  shape.forEach((n, d) => {
    const want = Math.max(1, Math.min(microTile[d] ?? 1, n));
    if (index.microTile[d] !== want) fail(`micro-tile extent ${index.microTile[d]} along ${d}, expected ${want}`);
  });
  const ptr = index.stripPtr;
  if (ptr.length !== index.stripCount + 1 || ptr[0] !== 0 || ptr[index.stripCount] !== index.coords.length) fail('strip pointers do not frame the coordinates');
  for (let s = 0; s < index.stripCount; s++) {
    const lo = ptr[s] as number;
    const hi = ptr[s + 1] as number;
    if (hi < lo) fail(`strip ${s} has a negative count`);
    for (let p = lo; p < hi; p++) {
      const c = index.coords[p] as number;
      if (c < 0 || c >= index.gatherTiles) fail(`coordinate ${c} outside [0, ${index.gatherTiles})`);
      if (p > lo && c <= (index.coords[p - 1] as number)) fail(`strip ${s} is not strictly ascending`);
    }
  }
}
