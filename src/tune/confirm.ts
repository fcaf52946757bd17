/**
 * The last step of tuning an op: the default and the two fastest other candidates are timed
 * again, one run each per round in alternation, the order reversed every other round (so that
 * drift in the machine's load, and going first or second, hit all alike). A finalist replaces the default only when it is faster beyond noise in the paired
 * rounds (paired.ts), the largest such gain winning; otherwise the default stays the winner.
 */
import { summarise } from './measure.js';
import { pairedVerdict } from './paired.js';
import type { Measurement } from './record.js';
import type { Candidate, SearchSpace } from './space.js';
import { candidateCompileOptions, opTimeMs, type ProgramLike, type TrialContext, type TrialOutcome } from './trial.js';

/** Rounds of the side-by-side confirmation. */
export const CONFIRM_ROUNDS = 5;

export interface Confirmed {
  readonly candidate: Candidate;
  readonly measurement: Measurement;
  /** The default's median in the same rounds (absent when the default failed). */
  readonly baselineMs?: number;
}

export async function confirm(history: readonly TrialOutcome[], space: SearchSpace, ctx: TrialContext): Promise<Confirmed | undefined> {
  const ok = history.filter((h) => h.status === 'ok' && h.measurement);
  if (ok.length === 0) return undefined;
  const base = history[0]?.status === 'ok' ? history[0] : undefined;
  const others = ok.filter((h) => h !== base).sort((a, b) => (a.measurement as Measurement).medianMs - (b.measurement as Measurement).medianMs);
  const finalists = [...(base ? [base] : []), ...others.slice(0, 2)];
  if (finalists.length === 1) {
    const only = finalists[0] as TrialOutcome;
    return { candidate: only.candidate, measurement: only.measurement as Measurement, ...(base ? { baselineMs: (base.measurement as Measurement).medianMs } : {}) };
  }
  const programs: ProgramLike[] = [];
  try {
    for (const f of finalists) {
      const compiled = await ctx.compile(ctx.text, candidateCompileOptions(ctx, space.compileOptions(f.candidate)));
      if (!compiled.program) return undefined;
      programs.push(compiled.program);
      await compiled.program.execute(ctx.inputs, { dims: ctx.dims }); // warm-up
    }
    const samples = finalists.map((): number[] => []);
    for (let round = 0; round < Math.max(CONFIRM_ROUNDS, ctx.measure.repeats); round++) {
      // ABBA order: whatever running second (or first) does to a time, each finalist gets it alike
      for (const i of alternating(programs.length, round)) {
        (samples[i] as number[]).push(opTimeMs(await (programs[i] as ProgramLike).execute(ctx.inputs, { dims: ctx.dims }), ctx.op));
      }
    }
    const confirmed = finalists.map((f, i) => ({ candidate: f.candidate, measurement: summarise(samples[i] as number[]), samples: samples[i] as number[] }));
    const pick = (c: (typeof confirmed)[number]) => ({ candidate: c.candidate, measurement: c.measurement });
    if (!base) return pick([...confirmed].sort((a, b) => a.measurement.medianMs - b.measurement.medianMs)[0] as (typeof confirmed)[number]);
    const baseline = confirmed[0] as (typeof confirmed)[number];
    const winners = confirmed
      .slice(1)
      .map((c) => ({ c, paired: pairedVerdict(c.samples, baseline.samples) }))
      .filter((x) => x.paired.verdict === 'faster')
      .sort((a, b) => b.paired.speedup - a.paired.speedup);
    return { ...pick(winners[0]?.c ?? baseline), baselineMs: baseline.measurement.medianMs };
  } finally {
    for (const p of programs) await p.dispose();
  }
}

/** 0..n-1 in even rounds, n-1..0 in odd ones. */
export function alternating(n: number, round: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  return round % 2 === 0 ? order : order.reverse();
}
