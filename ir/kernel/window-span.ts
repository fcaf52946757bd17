import { printScalar } from '../expr/print.js';
import { bareAxis } from '../expr/tensor-expr.js';
import type { PitKernel } from './kernel-ir.js';

/**
 * Why a PIT kernel's form does not hold at these shapes, or undefined: a dimension of its operand
 * indexed by a window (`x[n, c, y + r, x + s]`) must lie in one micro-tile, since a listed tile's
 * cells are read at several output positions; where the tile is shorter than the dimension the
 * op runs densely. Every target checks this before running a PIT form (`operandShape`: the
 * operand's shape at the bound dims).
 */
export function unspannedWindow(
  kernel: PitKernel,
  operandShape: readonly number[],
): string | undefined {
  for (const { operandDim: d, tile } of windowDims(kernel)) {
    const n = operandShape[d] ?? 0;
    if (tile < n)
      return `dimension ${d} of ${printScalar(kernel.operand.access)} is a window; its micro-tile extent ${tile} must span all ${n}`;
  }
  return undefined;
}

/** The operand dimensions indexed by a window (not a bare axis) whose micro-tile is a size, not 'full'. */
export function windowDims(kernel: PitKernel): { operandDim: number; tile: number }[] {
  const out: { operandDim: number; tile: number }[] = [];
  kernel.operand.access.indices.forEach((ix, d) => {
    const tile = kernel.operand.microTile[d];
    if (bareAxis(ix) === undefined && typeof tile === 'number') out.push({ operandDim: d, tile });
  });
  return out;
}
