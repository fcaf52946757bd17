/**
 * Comparing two configurations timed in alternation (round i of each ran back to back, under the
 * same machine load): per-round ratios cancel the drift that ratios of medians keep, and a win
 * counts only when most rounds agree. This is what "faster than the default by more than noise"
 * means throughout pitc's tuning.
 */
import { median } from '../runtime/stats.js';

/** Smallest median gain that counts. */
export const SIGNIFICANT_GAIN = 0.03;
/** Share of rounds that must agree. */
export const AGREEING_ROUNDS = 0.75;

/** baseline_i / candidate_i per round: above 1 where the candidate was faster. */
export function pairedSpeedups(candidate: readonly number[], baseline: readonly number[]): number[] {
  const n = Math.min(candidate.length, baseline.length);
  return Array.from({ length: n }, (_, i) => (baseline[i] as number) / Math.max(1e-9, candidate[i] as number));
}

export type PairedVerdict = 'faster' | 'slower' | 'same (noise)';

export function pairedVerdict(candidate: readonly number[], baseline: readonly number[]): { readonly speedup: number; readonly verdict: PairedVerdict } {
  const s = pairedSpeedups(candidate, baseline);
  const speedup = median(s);
  const need = Math.ceil(AGREEING_ROUNDS * s.length);
  if (s.filter((x) => x > 1).length >= need && speedup >= 1 + SIGNIFICANT_GAIN) return { speedup, verdict: 'faster' };
  if (s.filter((x) => x < 1).length >= need && speedup <= 1 - SIGNIFICANT_GAIN) return { speedup, verdict: 'slower' };
  return { speedup, verdict: 'same (noise)' };
}
