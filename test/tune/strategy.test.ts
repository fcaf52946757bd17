import { describe, expect, it } from 'vitest';
import type { TuneConfig } from '../../src/tune/record.js';
import { describeCandidate, enumerate, type Candidate, type PlanOption, type SearchSpace } from '../../src/tune/space.js';
import { beamStrategy, exhaustiveStrategy, prune } from '../../src/tune/strategy.js';
import type { TrialOutcome } from '../../src/tune/trial.js';

/** A synthetic space: three plans × a knob x in 1..8; the measured time is a bowl around (p2, x=6). */
function bowl(): { space: SearchSpace; time: (c: Candidate) => number } {
  const plan = (id: string, rule?: string): PlanOption => ({ id, choice: { mode: 'dense' }, canon: { mode: 'dense' }, label: id, ...(rule ? { rule } : {}) });
  const plans = [plan('dense'), plan('p1', 'r'), plan('p2', 'r'), plan('p3', 'r')];
  const planCost: Record<string, number> = { dense: 10, p1: 6, p2: 4, p3: 5 };
  const time = (c: Candidate): number => (planCost[c.plan.id] as number) + Math.abs((c.knobs['x'] as number) - 6);
  const space: SearchSpace = {
    op: 'c',
    plans,
    knobs: [{ name: 'x', values: [1, 2, 3, 4, 5, 6, 7, 8], default: 1, meaning: 'x' }],
    defaultCandidate: { plan: plans[0] as PlanOption, knobs: { x: 1 } },
    invalid: (c) => (c.knobs['x'] === 8 ? 'x=8 is not allowed here' : undefined),
    effectiveKey: (c) => `${c.plan.id}:${Math.min(c.knobs['x'] as number, 7)}`,
    // the prior knows the plans but not the knob
    predictMs: (c) => planCost[c.plan.id] as number,
    compileOptions: (c) => ({ plan: c.plan.choice }),
  };
  return { space, time };
}

function run(strategy: ReturnType<typeof exhaustiveStrategy>, time: (c: Candidate) => number): TrialOutcome[] {
  const history: TrialOutcome[] = [];
  for (let c = strategy.next(history); c; c = strategy.next(history)) {
    const ms = time(c);
    history.push({ candidate: c, status: 'ok', measurement: { medianMs: ms, minMs: ms, maxMs: ms, runs: 1 } });
  }
  return history;
}

describe('search strategies', () => {
  it('enumerate lists each valid candidate once, the default first, then by prediction', () => {
    const { space } = bowl();
    const all = enumerate(space);
    expect(all[0]).toBe(space.defaultCandidate);
    expect(all).toHaveLength(4 * 7);
    expect(all.some((c) => c.knobs['x'] === 8)).toBe(false);
    expect(all[1]?.plan.id).toBe('p2');
  });

  it('exhaustive tries everything once and finds the optimum', () => {
    const { space, time } = bowl();
    const history = run(exhaustiveStrategy(space, enumerate(space)), time);
    expect(history).toHaveLength(28);
    expect(history[0]?.candidate).toBe(space.defaultCandidate);
    const best = [...history].sort((a, b) => (a.measurement?.medianMs ?? 0) - (b.measurement?.medianMs ?? 0))[0];
    expect(best && describeCandidate(best.candidate)).toBe('p2; x 6');
  });

  it('beam, guided by the prior, finds the optimum in fewer trials', () => {
    const { space, time } = bowl();
    const history = run(beamStrategy(space, enumerate(space), 2), time);
    const best = [...history].sort((a, b) => (a.measurement?.medianMs ?? 0) - (b.measurement?.medianMs ?? 0))[0];
    expect(best && describeCandidate(best.candidate)).toBe('p2; x 6');
    expect(history.length).toBeLessThan(28);
    expect(new Set(history.map((h) => space.effectiveKey(h.candidate))).size).toBe(history.length);
  });

  it('the cost model prunes candidates predicted far slower than the best, never the default', () => {
    const { space } = bowl();
    const skewed: SearchSpace = { ...space, predictMs: (c) => (c.plan.id === 'dense' ? 100 : 1) };
    const pruned = prune(skewed);
    expect(pruned.candidates[0]).toBe(space.defaultCandidate);
    expect(pruned.candidates.filter((c) => c.plan.id === 'dense')).toHaveLength(1);
    expect(pruned.pruned).toBe(6);
  });

  it('configs round-trip as plain JSON', () => {
    const { space } = bowl();
    const config: TuneConfig = { plan: space.defaultCandidate.plan.canon, knobs: space.defaultCandidate.knobs };
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});
