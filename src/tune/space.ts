/**
 * A search space: for one op on one target, the plan choices (dense, or a rule at a micro-tile)
 * times the target's numeric knobs. Targets build theirs behind `TargetTuner` (targets.ts); the
 * strategies and the tuner only see this interface.
 */
import type { Blocking } from '../../codegen/target.js';
import type { TargetId } from '../targets/registry.js';
import type { OpChoice } from '../../rules/plan.js';
import type { CanonChoice } from './canonical-op.js';
import type { TuneConfig } from './record.js';
import type { OpWorkload } from './workload.js';

/** One way to run the op: dense, or one PIT rule at one micro-tile. */
export interface PlanOption {
  /** Stable and canonical: `dense`, `t0/r0/8x1`. */
  readonly id: string;
  readonly choice: OpChoice;
  readonly canon: CanonChoice;
  /** In the program's names: `a along k, 8x1`. */
  readonly label: string;
  /** The rule it belongs to (`t0/r0`), for neighbour moves; undefined for dense. */
  readonly rule?: string;
  /** Index density of the tuning data at this plan's micro-tile (the coverage it pays for). */
  readonly density?: number;
}

export interface KnobAxis {
  readonly name: string;
  /** Ascending. */
  readonly values: readonly number[];
  readonly default: number;
  readonly meaning: string;
}

export interface Candidate {
  readonly plan: PlanOption;
  readonly knobs: Readonly<Record<string, number>>;
}

/** What a target can vary, and what it holds fixed (so reports can say so). */
export interface TuneCapabilities {
  readonly target: TargetId;
  readonly knobs: readonly { readonly name: string; readonly meaning: string }[];
  /** Properties other targets may tune but this one fixes, e.g. vector width `4 (f32x4)`. */
  readonly fixed: Readonly<Record<string, string>>;
}

/** What compiling a candidate changes, on top of the choices fixed for other ops. */
export interface CandidateOptions {
  readonly plan: OpChoice;
  readonly blocking?: Blocking;
  readonly threads?: number;
}

export interface SearchSpace {
  readonly op: string;
  readonly plans: readonly PlanOption[];
  readonly knobs: readonly KnobAxis[];
  /** What the static planner and the target's defaults would run: always measured first. */
  readonly defaultCandidate: Candidate;
  /** Static pruning by the target's capabilities: why this candidate cannot run (undefined: it can). */
  invalid(c: Candidate): string | undefined;
  /** Candidates with equal keys run the same code the same way (e.g. blocks larger than the problem). */
  effectiveKey(c: Candidate): string;
  /** The analytic cost model's estimate, in ms (a prior for ordering and pruning, not a measurement). */
  predictMs(c: Candidate): number;
  compileOptions(c: Candidate): CandidateOptions;
}

/** A space of one op for one target, or why the op has nothing to tune there. */
export type SpaceOrReason = SearchSpace | { readonly reason: string };

export interface TargetTuner {
  readonly target: TargetId;
  readonly capabilities: TuneCapabilities;
  space(workload: OpWorkload, maxThreads: number): SpaceOrReason;
  /** Hash of what is not tuned but changes results or speed (engine features, the thread cap). */
  optionsKey(maxThreads: number): string;
  /** Why a stored record's knobs cannot be used on this target, if they cannot (a record read from a file may hold anything). */
  knobsProblem(knobs: Readonly<Record<string, number>>): string | undefined;
}

export function isSpace(s: SpaceOrReason): s is SearchSpace {
  return 'plans' in s;
}

/** Every valid candidate once (by effective key), ordered by predicted time, the default first. */
export function enumerate(space: SearchSpace): Candidate[] {
  const out = new Map<string, Candidate>([[space.effectiveKey(space.defaultCandidate), space.defaultCandidate]]);
  const axes = space.knobs;
  const combos: Record<string, number>[] = [{}];
  for (const axis of axes) {
    const next: Record<string, number>[] = [];
    for (const c of combos) for (const v of axis.values) next.push({ ...c, [axis.name]: v });
    combos.splice(0, combos.length, ...next);
  }
  for (const plan of space.plans) {
    for (const knobs of combos) {
      const c: Candidate = { plan, knobs };
      if (space.invalid(c) !== undefined) continue;
      const key = space.effectiveKey(c);
      if (!out.has(key)) out.set(key, c);
    }
  }
  const [first, ...rest] = [...out.values()];
  return [first as Candidate, ...rest.sort((a, b) => space.predictMs(a) - space.predictMs(b))];
}

/** One step away: the next micro-tile of the same rule, another rule or dense, or one knob one value up or down. */
export function neighbours(space: SearchSpace, c: Candidate): Candidate[] {
  const out: Candidate[] = [];
  const same = space.plans.filter((p) => p.rule !== undefined && p.rule === c.plan.rule);
  const at = same.indexOf(c.plan);
  for (const p of [same[at - 1], same[at + 1]]) if (p) out.push({ plan: p, knobs: c.knobs });
  // the best-predicted plan of every other rule, and dense
  const others = new Map<string, PlanOption>();
  for (const p of space.plans) {
    const group = p.rule ?? 'dense';
    if (group === (c.plan.rule ?? 'dense')) continue;
    const known = others.get(group);
    if (!known || space.predictMs({ plan: p, knobs: c.knobs }) < space.predictMs({ plan: known, knobs: c.knobs })) others.set(group, p);
  }
  for (const p of others.values()) out.push({ plan: p, knobs: c.knobs });
  for (const axis of space.knobs) {
    const i = axis.values.indexOf(c.knobs[axis.name] ?? axis.default);
    for (const v of [axis.values[i - 1], axis.values[i + 1]]) if (v !== undefined) out.push({ plan: c.plan, knobs: { ...c.knobs, [axis.name]: v } });
  }
  return out.filter((n) => space.invalid(n) === undefined);
}

export function toConfig(c: Candidate): TuneConfig {
  return { plan: c.plan.canon, knobs: { ...c.knobs } };
}

/** `a along k, 8x1; kc 256, mc 64, nc 512; threads 2`. */
export function describeCandidate(c: Candidate): string {
  const knobs = Object.entries(c.knobs)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return knobs ? `${c.plan.label}; ${knobs}` : c.plan.label;
}
