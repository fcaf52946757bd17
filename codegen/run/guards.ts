import type { HostTensor } from '../../ir/tensor.js';
import type { LoweredProgram } from '../target.js';

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
    if (!Number.isFinite(data[i] as number)) {
      return `${tensor} is not finite, so the PIT forms could differ from the dense program (${guard.why}); ran densely`;
    }
  }
  return undefined;
}
