import { printScalar } from '../../ir/expr/print.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import {
  coverageWasteField,
  indexDensity,
  listedTiles,
  type SparseIndex,
} from '../../ir/sparse-index.js';

/** An op record's `mode` when a PIT op ran densely because its operand is denser than the crossover. */
export const DENSE_ABOVE_CROSSOVER = 'dense (density above the crossover)';

/** The rule a PIT kernel applies, as op records and artifacts name it: `x[m,k] along k (scatter)`. */
export function pitRule(kernel: PitKernel): string {
  return `${printScalar(kernel.operand.access)} along ${kernel.gather.axis} (${kernel.swrite.mode})`;
}

/**
 * What an op record says of the index a PIT op built or reused (`pitc run --json`): the rule, the
 * index's key, whether an earlier op of the run built it, its micro-tile, density, how many
 * micro-tiles it skipped and listed, and how much of the listed tiles' area is fill.
 */
export function pitDetail(
  rule: string | undefined,
  key: string,
  index: SparseIndex,
  reused: boolean,
): Record<string, unknown> {
  const listed = listedTiles(index);
  return {
    rule,
    index: key,
    indexReused: reused,
    microTile: [...index.microTile],
    density: indexDensity(index),
    microTilesSkipped: index.stripCount * index.gatherTiles - listed,
    microTilesListed: listed,
    ...coverageWasteField(index),
  };
}
