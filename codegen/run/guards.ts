import type { HostTensor } from '../../ir/tensor.js';
import type { LoweredProgram, OpRunRecord } from '../target.js';

/** What every op record of a dense rerun says of the guard that failed (detail.guard). */
export function guardMessage(guard: { readonly tensor: string; readonly why: string }): string {
  return `${guard.tensor} is not finite, so the PIT forms could differ from the dense program (${guard.why}); ran densely`;
}

/**
 * The message of a failed guard on a tensor just computed, if the program guards it and a value
 * is not finite: every executor then re-runs the program densely (LoweredProgram.guards).
 */
export function checkGuard(
  program: LoweredProgram,
  tensor: string,
  value: HostTensor,
): string | undefined {
  const guard = program.guards.find((g) => g.tensor === tensor);
  if (!guard) return undefined;
  const data = value.data;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i] as number)) return guardMessage(guard);
  }
  return undefined;
}

/** One pass over a program's ops; `guardFailure` says why it stopped early. */
export interface ProgramPass {
  readonly ops: readonly OpRunRecord[];
  readonly guardFailure?: string;
}

/**
 * Runs `pass` with the PIT forms; if a guard fails (a PIT assumption does not hold on this data),
 * the dense program defines the result: `pass` runs again densely (`rerun` true; it must not stop
 * on a guard then) and each of its op records says which guard failed.
 */
export async function rerunDenselyOnGuard<P extends ProgramPass>(
  pass: (rerun: boolean) => Promise<P>,
): Promise<P> {
  const first = await pass(false);
  const failure = first.guardFailure;
  if (failure === undefined) return first;
  const dense = await pass(true);
  return {
    ...dense,
    ops: dense.ops.map((o) => ({ ...o, detail: { ...o.detail, guard: failure } })),
  };
}
