/**
 * Using records: for a program about to run on known inputs, find for each op the best winner
 * whose key matches exactly (op, shapes, density bucket, granularity, target + options, version,
 * machine), and turn it into compile options. Ops without one keep the static planner's choice
 * (the cost model), and every op says which it got and why.
 */
import { printable } from '../../ir/core/printable.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { Blocking } from '../../codegen/target.js';
import { targetEntry, type TargetId } from '../targets/registry.js';
import type { OpChoice } from '../../rules/plan.js';
import { compile, type CompileOptions, type CompileResult } from '../api/compile.js';
import { analyse } from '../pipeline.js';
import { PITC_VERSION } from '../version.js';
import { fromCanonChoice, type CanonChoice } from './canonical-op.js';
import { keyHash } from './key.js';
import { probeValues } from './probe.js';
import { bucketRange } from './signature.js';
import type { TuningRecord } from './record.js';
import { tunerFor } from './targets.js';
import { describeWorkloads, operandSignatures, shapeKey, tensorsNeeded, workloadKey, type OpWorkload } from './workload.js';

export interface PlanSource {
  readonly op: string;
  readonly source: 'tuned' | 'cost model';
  /** In words: which record, or why none applies. */
  readonly why: string;
  readonly record?: TuningRecord;
}

/** What the matching records change, as compile options. */
export interface TunedOptions {
  readonly plan: ReadonlyMap<string, OpChoice>;
  readonly blocking?: Blocking;
  readonly threads?: number;
  readonly denseCrossover?: number;
}

export interface TuningResolution {
  readonly options: TunedOptions;
  /** One per op, in program order. */
  readonly sources: readonly PlanSource[];
  /** Records that match an op but cannot be used (their knobs are invalid for the target), skipped: why, in words. */
  readonly skipped: readonly string[];
}

export interface ResolveRequest {
  readonly graph: Graph;
  readonly target: TargetId;
  readonly dims: ReadonlyMap<string, number>;
  readonly inputs: ReadonlyMap<string, HostTensor>;
  /** The thread cap the program runs with (part of the key). */
  readonly maxThreads: number;
  readonly records: readonly TuningRecord[];
  readonly machine: string;
  readonly version?: string;
  /** Planner hints the program is compiled with (`--microtile`). */
  readonly hints?: ReadonlyMap<string, readonly number[]>;
}

export async function resolveTuning(req: ResolveRequest): Promise<TuningResolution> {
  const tuner = tunerFor(req.target);
  const ops = req.graph.ops.map((o) => o.expr.output);
  if (!tuner) return { options: { plan: new Map() }, sources: ops.map((op) => ({ op, source: 'cost model', why: `${req.target} is not tuned` })), skipped: [] };
  const analysis = analyse(req.graph, req.hints ? { hints: req.hints } : {});
  const keyCtx = { target: req.target, options: tuner.optionsKey(req.maxThreads), version: req.version ?? PITC_VERSION, machine: req.machine };
  const skipped = new Set<string>();
  const winners = req.records.filter((r) => r.kind === 'winner' && r.status === 'ok' && r.measurement);
  const usable = (r: TuningRecord): boolean => {
    const problem = tuner.knobsProblem(r.config.knobs);
    if (problem) skipped.add(`tuning record ${printable(r.id.slice(0, 8))} for op '${printable(r.opText.split('\n')[0] ?? '')}' was skipped: ${printable(problem)}`);
    return problem === undefined;
  };
  let workloads = describeWorkloads(analysis.graph, analysis, req.dims, req.inputs);
  const family = (w: OpWorkload): TuningRecord[] => {
    const shape = shapeKey(w);
    return winners.filter((r) => r.key.op === w.canonical.hash && r.opText === w.canonical.text && r.key.shape === shape && r.key.target === keyCtx.target && r.key.options === keyCtx.options && r.key.version === keyCtx.version && r.key.machine === keyCtx.machine);
  };
  // intermediates are computed only when some op has records and its data is not an input
  if (workloads.some((w) => family(w).length > 0 && tensorsNeeded(w).some((t) => !req.inputs.has(t)))) {
    workloads = describeWorkloads(analysis.graph, analysis, req.dims, await probeValues(analysis.graph, req.inputs, req.dims, req.maxThreads));
  }
  const plan = new Map<string, OpChoice>();
  const sources: PlanSource[] = [];
  const chosen: { record: TuningRecord; choice: OpChoice }[] = [];
  for (const w of workloads) {
    const found = family(w);
    const candidates = found.filter(usable);
    if (candidates.length === 0) {
      const why = found.length > 0 ? 'its tuning records for these shapes are invalid and were skipped' : 'no tuning record for this op at these shapes';
      sources.push({ op: w.op, source: 'cost model', why });
      continue;
    }
    const key = workloadKey(w, operandSignatures(w), keyCtx);
    const hash = keyHash(key);
    const matching = candidates.filter((r) => r.keyHash === hash).sort((a, b) => (a.measurement?.medianMs ?? 0) - (b.measurement?.medianMs ?? 0));
    const best = matching[0];
    const choice = best ? usableChoice(best.config.plan, w) : undefined;
    if (!best || !choice) {
      const here = describeData(key.density, key.granularity);
      const there = printable([...new Set(candidates.map((r) => describeData(r.key.density, r.key.granularity)))].join('; '));
      sources.push({ op: w.op, source: 'cost model', why: `records exist for other data (${there}), none for this data (${here})` });
      continue;
    }
    plan.set(w.op, choice);
    chosen.push({ record: best, choice });
    const gain = best.baselineMs !== undefined ? `, default ${best.baselineMs.toFixed(3)} ms` : '';
    sources.push({ op: w.op, source: 'tuned', why: `record ${printable(best.id.slice(0, 8))}: ${printable(best.label)} (${(best.measurement?.medianMs ?? 0).toFixed(3)} ms when tuned${gain})`, record: best });
  }
  return { options: { plan, ...programKnobs(chosen, req.maxThreads, targetEntry(req.target).denseCrossover) }, sources, skipped: [...skipped] };
}

/**
 * Blocking and threads are per program: they come from the tuned op that took longest. The
 * crossover is lifted when a tuned PIT plan was measured faster than dense at a density above it.
 */
function programKnobs(chosen: readonly { record: TuningRecord; choice: OpChoice }[], maxThreads: number, crossover: number | undefined): Omit<TunedOptions, 'plan'> {
  const main = [...chosen].sort((a, b) => (b.record.measurement?.medianMs ?? 0) - (a.record.measurement?.medianMs ?? 0))[0];
  if (!main) return {};
  const k = main.record.config.knobs;
  const blocking = k['kc'] !== undefined && k['mc'] !== undefined && k['nc'] !== undefined ? { blocking: { kc: k['kc'], mc: k['mc'], nc: k['nc'] } } : {};
  const threads = k['threads'] !== undefined ? { threads: Math.min(maxThreads, k['threads']) } : {};
  const aboveCrossover = chosen.some((c) => c.choice.mode === 'pit' && crossover !== undefined && (c.record.observed?.[planId(c.record.config.plan)] ?? 0) > crossover);
  return { ...blocking, ...threads, ...(aboveCrossover ? { denseCrossover: 1 } : {}) };
}

/** `t0 density 0.0422–0.0750, granularity 4.0` from a key's density and granularity fields. */
function describeData(density: string, granularity: string): string {
  const grains = new Map(granularity.split(' ').map((g) => g.split(':') as [string, string]));
  return density
    .split(' ')
    .map((d) => {
      const [t, b] = d.split(':');
      if (t === undefined || b === undefined) return d;
      return `${t} density ${b === 'empty' ? '0' : bucketRange(Number(b))}, granularity ${grains.get(t) ?? '?'}`;
    })
    .join('; ');
}

/** `t0/r0/8x1`: the id wasm-space.ts gives the plan, under which `observed` stores its density. */
export function planId(plan: CanonChoice): string {
  return plan.mode === 'dense' ? 'dense' : `${plan.operand}/${plan.axis}/${(plan.microTile ?? []).join('x')}`;
}

/** The stored choice in this program's names, if the rule it names exists here. */
function usableChoice(plan: CanonChoice, w: OpWorkload): OpChoice | undefined {
  const choice = fromCanonChoice(plan, w.canonical);
  if (!choice || choice.mode === 'dense') return choice;
  return (w.rules?.rules ?? []).some((r) => r.operand === choice.operand && r.axis === choice.axis) ? choice : undefined;
}

/** Compile options with the tuned ones on top (the caller's explicit choices win). */
export function withTuning(options: CompileOptions, tuned: TunedOptions): CompileOptions {
  const explicit = options.plan instanceof Map ? options.plan : new Map(Object.entries(options.plan ?? {}));
  return {
    ...options,
    plan: new Map([...tuned.plan, ...explicit]),
    ...(tuned.blocking && !options.blocking ? { blocking: tuned.blocking } : {}),
    // the caller's thread count is the cap the records were tuned under; a record may use fewer
    ...(tuned.threads !== undefined ? { threads: Math.min(tuned.threads, options.threads ?? tuned.threads) } : {}),
    ...(tuned.denseCrossover !== undefined && options.denseCrossover === undefined ? { denseCrossover: tuned.denseCrossover } : {}),
  };
}

/** compile() using the best matching records: the program plus which ops came from records. */
export async function compileTuned(text: string, options: CompileOptions, req: Omit<ResolveRequest, 'graph' | 'target' | 'hints'>): Promise<{ readonly compiled: CompileResult; readonly sources: readonly PlanSource[] }> {
  const plain = await compile(text, options);
  const program = plain.program;
  if (!program) return { compiled: plain, sources: [] };
  const hints = options.microTiles instanceof Map ? options.microTiles : new Map(Object.entries(options.microTiles ?? {}));
  const resolution = await resolveTuning({ ...req, graph: program.graph, target: program.target, hints });
  if (resolution.options.plan.size === 0) return { compiled: plain, sources: resolution.sources };
  await program.dispose();
  return { compiled: await compile(text, withTuning(options, resolution.options)), sources: resolution.sources };
}
