import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { DENSE_ABOVE_CROSSOVER, pitDetail as indexDetail, pitRule } from '../run/pit-detail.js';

/** A PIT op's record detail: whether it ran its PIT form, its rule and its index. */
export function pitDetail(
  kernel: PitKernel,
  index: SparseIndex,
  reused: boolean,
  pit: boolean,
): Record<string, unknown> {
  return {
    mode: pit ? 'pit' : DENSE_ABOVE_CROSSOVER,
    ...indexDetail(pitRule(kernel), kernel.index.key, index, reused),
  };
}

/** Which ops' untouched cells a PIT run filled, and which it left unwritten because no one reads them. */
export function untouchedRecord(
  ops: readonly { op: string; filled: boolean }[],
  unread: ReadonlySet<string>,
): Record<string, unknown> {
  const filled = ops.filter((o) => o.filled).map((o) => o.op);
  const skipped = ops.filter((o) => !o.filled && unread.has(o.op)).map((o) => o.op);
  return {
    ...(filled.length > 0 ? { untouchedFilled: filled } : {}),
    ...(skipped.length > 0 ? { untouchedUnwritten: skipped } : {}),
  };
}
