/**
 * Search strategies over a space. Both start with the default candidate (the baseline every
 * result is compared with) and follow the cost model's order; both skip candidates that run the
 * same code as one already tried (equal effective keys).
 * - exhaustive: every candidate the cost model does not rule out, best-predicted first (small spaces);
 * - beam: tinygrad's BEAM with the cost model as prior: measure the default and the best-predicted
 *   few, then repeatedly expand the neighbours (one knob or micro-tile step) of the `width` fastest
 *   measured so far, until a round brings no gain of at least 1% or nothing new is left.
 */
import { enumerate, neighbours, type Candidate, type SearchSpace } from './space.js';
import type { TrialOutcome } from './trial.js';

export type StrategyName = 'auto' | 'exhaustive' | 'beam';

export interface SearchStrategy {
  readonly name: 'exhaustive' | 'beam';
  /** How many candidates it will try at most, when known (progress bars). */
  readonly planned?: number;
  /** The next candidate, or undefined when it is done. */
  next(history: readonly TrialOutcome[]): Candidate | undefined;
}

/** Spaces up to this size (after pruning) are searched exhaustively by `auto`. */
export const EXHAUSTIVE_MAX = 40;
/** Candidates predicted slower than this many times the best prediction are never tried. */
export const PRUNE_FACTOR = 8;
export const BEAM_WIDTH = 3;

export interface PrunedSpace {
  readonly candidates: readonly Candidate[];
  readonly pruned: number;
}

/** Every candidate once, minus those the cost model rules out (the default always stays). */
export function prune(space: SearchSpace): PrunedSpace {
  const all = enumerate(space);
  const best = Math.min(...all.map((c) => space.predictMs(c)));
  const kept = all.filter((c, i) => i === 0 || space.predictMs(c) <= PRUNE_FACTOR * best);
  return { candidates: kept, pruned: all.length - kept.length };
}

export function chooseStrategy(name: StrategyName, space: SearchSpace, pruned: PrunedSpace): SearchStrategy {
  const exhaustive = name === 'exhaustive' || (name === 'auto' && pruned.candidates.length <= EXHAUSTIVE_MAX);
  return exhaustive ? exhaustiveStrategy(space, pruned.candidates) : beamStrategy(space, pruned.candidates, BEAM_WIDTH);
}

export function exhaustiveStrategy(space: SearchSpace, candidates: readonly Candidate[]): SearchStrategy {
  return {
    name: 'exhaustive',
    planned: candidates.length,
    next: (history) => {
      const tried = triedKeys(space, history);
      return candidates.find((c) => !tried.has(space.effectiveKey(c)));
    },
  };
}

export function beamStrategy(space: SearchSpace, candidates: readonly Candidate[], width: number): SearchStrategy {
  let queue: Candidate[] = candidates.slice(0, 1 + 2 * width);
  let lastRoundBest = Infinity;
  let rounds = 0;
  const allowed = new Set(candidates.map((c) => space.effectiveKey(c)));
  return {
    name: 'beam',
    next(history) {
      const tried = triedKeys(space, history);
      for (;;) {
        const c = queue.find((q) => !tried.has(space.effectiveKey(q)));
        if (c) return c;
        const ok = history.filter((h) => h.status === 'ok' && h.measurement).sort((a, b) => (a.measurement?.medianMs ?? 0) - (b.measurement?.medianMs ?? 0));
        const best = ok[0]?.measurement?.medianMs ?? Infinity;
        if (rounds > 0 && !(best < lastRoundBest * 0.99)) return undefined;
        const expansions = new Map<string, Candidate>();
        for (const h of ok.slice(0, width)) {
          for (const n of neighbours(space, h.candidate)) {
            const key = space.effectiveKey(n);
            if (!tried.has(key) && allowed.has(key) && !expansions.has(key)) expansions.set(key, n);
          }
        }
        if (expansions.size === 0) return undefined;
        queue = [...expansions.values()].sort((a, b) => space.predictMs(a) - space.predictMs(b));
        lastRoundBest = best;
        rounds++;
      }
    },
  };
}

function triedKeys(space: SearchSpace, history: readonly TrialOutcome[]): Set<string> {
  return new Set(history.map((h) => space.effectiveKey(h.candidate)));
}
