/** The speed goals of issue 9 as checks on one row's medians. */
import type { GoalCheck } from './layer-case.js';

/** `baselineMs / pitcMs ≥ min`: pitc at least `min` times faster than the baseline. */
export function ratioGoal(goal: string, baselineMs: number | undefined, pitcMs: number, min: number): GoalCheck {
  if (baselineMs === undefined) return { goal, met: false, measured: 'not measured' };
  const ratio = baselineMs / pitcMs;
  return { goal, met: ratio >= min, measured: `${ratio.toFixed(2)}×` };
}

/** `value ≤ max` (or `≥ min`), for shares and efficiencies. */
export function boundGoal(goal: string, value: number | undefined, bound: { readonly max?: number; readonly min?: number }): GoalCheck {
  if (value === undefined || !Number.isFinite(value)) return { goal, met: false, measured: 'not measured' };
  const met = (bound.max === undefined || value <= bound.max) && (bound.min === undefined || value >= bound.min);
  return { goal, met, measured: value.toFixed(2) };
}

/** One cell: "goal: met (1.8×)" per goal, joined. */
export function describeGoals(checks: readonly GoalCheck[]): string {
  return checks.map((c) => `${c.goal}: ${c.met ? 'met' : 'MISSED'} (${c.measured})`).join('; ');
}
