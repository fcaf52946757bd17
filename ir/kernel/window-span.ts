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
  const access = kernel.operand.access;
  for (let d = 0; d < access.indices.length; d++) {
    const ix = access.indices[d];
    const extent = kernel.operand.microTile[d];
    if (
      !(ix !== undefined && bareAxis(ix) !== undefined) &&
      extent !== 'full' &&
      (extent ?? 0) < (operandShape[d] ?? 0)
    ) {
      return `dimension ${d} of ${printScalar(access)} is a window; its micro-tile extent ${extent} must span all ${operandShape[d]}`;
    }
  }
  return undefined;
}
