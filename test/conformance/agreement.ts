import type { ExecutionResult } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { TargetCapabilities } from '../../src/targets/registry.js';
import { compareTensors } from '../helpers/compare.js';

/**
 * The one comparison of the conformance suite: a target's tensors against the reference's, with
 * the tolerance its registry entry declares (`numerics`). i32 and bool always match exactly;
 * f32 values within rtol·|ref| + atol, where atol scales with the largest finite magnitude in the
 * reference tensor (sums that cancel keep an absolute error of that size). NaN passes only where
 * the reference has NaN, and an infinity only against the same infinity (test/helpers/compare.ts).
 */

export interface F32Tolerance {
  readonly rtol: number;
  /** atol = rtol·max(floor, largest finite |reference value|). */
  readonly floor: number;
}

/** f32 tolerance by declared numerics. */
export const TOLERANCE: Readonly<Record<TargetCapabilities['numerics'], F32Tolerance>> = {
  // the reference's own PIT forms against its dense evaluation: only skipped zero terms and
  // re-association differ (every value is computed in float64 and rounded to f32 once)
  definition: { rtol: 1e-5, floor: 0.1 },
  // f32 SIMD kernels against float64: a few f32 roundings
  'exact-option': { rtol: 1e-5, floor: 1 },
  // f32 throughout, other libms, fused multiply-adds
  tolerance: { rtol: 2e-4, floor: 1 },
};

/** The first tensor that disagrees, in words, or undefined. Outputs must be there; intermediates are compared where the target returned them. */
export function disagreement(
  graph: Graph,
  got: ExecutionResult | ReadonlyMap<string, HostTensor>,
  want: ReadonlyMap<string, HostTensor>,
  tolerance: F32Tolerance,
): string | undefined {
  const values = got instanceof Map ? got : (got as ExecutionResult).values;
  for (const op of graph.ops) {
    const name = op.expr.output;
    const expected = want.get(name);
    const actual = values.get(name);
    if (!expected) return `the reference did not produce '${name}'`;
    if (!actual) {
      if (graph.outputs.includes(name)) return `output '${name}' was not produced`;
      continue;
    }
    let magnitude = tolerance.floor;
    for (const v of expected.data)
      if (Number.isFinite(v)) magnitude = Math.max(magnitude, Math.abs(v));
    const m = compareTensors(actual, expected, {
      rtol: tolerance.rtol,
      atol: tolerance.rtol * magnitude,
    });
    if (m) return `'${name}': ${m.message}`;
  }
  return undefined;
}
