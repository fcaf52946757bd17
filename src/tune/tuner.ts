/**
 * The tuner: for every op of a program that has knobs on the target, search its space within a
 * share of the time budget, check each candidate against the reference before timing it, confirm
 * the finalists side by side, and store what was learnt. The default configuration is always
 * measured first and stays the winner unless another beats it by more than noise, so a tuned plan
 * is never slower than the default one by more than the measurement noise.
 */
import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { TargetId } from '../targets/registry.js';
import type { OpChoice } from '../../rules/plan.js';
import type { CompileOptions } from '../api/compile.js';
import type { ExternalDataReader } from '../onnx/tensor-data.js';
import { loadProgram, type ProgramSource } from '../program-source.js';
import { analyse } from '../pipeline.js';
import { PITC_VERSION } from '../version.js';
import { makeCheckData } from './check.js';
import type { TuningDb } from './db.js';
import type { WorkloadKey } from './key.js';
import { keyHash } from './key.js';
import { median } from '../runtime/stats.js';
import { confirm, CONFIRM_ROUNDS } from './confirm.js';
import { DEFAULT_MEASURE, type MeasureOptions } from './measure.js';
import { probeValues } from './probe.js';
import { RECORD_FORMAT, type Measurement, type TuningRecord } from './record.js';
import type { DataSignature } from './signature.js';
import { describeCandidate, isSpace, toConfig, type Candidate, type SearchSpace } from './space.js';
import { chooseStrategy, prune, type StrategyName } from './strategy.js';
import { tunableTargets, tunerFor, untunedWhy } from './targets.js';
import { compileProgram, runTrial, type CompileCandidate, type TrialContext, type TrialOutcome } from './trial.js';
import { describeWorkloads, operandSignatures, tensorsNeeded, workloadKey, type OpWorkload } from './workload.js';


export interface TuneRequest {
  /** .pit text or ONNX model bytes. */
  readonly text: ProgramSource;
  readonly file?: string;
  /** `dynamic` and an ONNX model's folder, as the program is compiled with. */
  readonly sourceOptions?: Pick<CompileOptions, 'dynamic' | 'modelDir'>;
  /** Reads an ONNX model's external data (the CLI's file reader). */
  readonly external?: ExternalDataReader;
  readonly target: TargetId;
  /** Every dim bound. */
  readonly dims: ReadonlyMap<string, number>;
  /** Every input and weight, at full size: the data the program is tuned for. */
  readonly inputs: ReadonlyMap<string, HostTensor>;
  /** Most threads a candidate may use (also part of the records' key). */
  readonly maxThreads: number;
  /** Wall-clock budget for the whole program (ms); every op gets at least its default measured. */
  readonly budgetMs: number;
  readonly strategy?: StrategyName;
  /** Where records go (trials as they finish, winners at the end of each op). */
  readonly db?: TuningDb;
  /** machine-id.ts on Node; anything stable in a browser. */
  readonly machine: string;
  readonly version?: string;
  /** Seed of the small check input (default 1). */
  readonly seed?: number;
  readonly measure?: Partial<MeasureOptions>;
  /** Planner hints (`--microtile`), as `run` would compile with: the default plan follows them. */
  readonly hints?: ReadonlyMap<string, readonly number[]>;
  /** Only these ops (default: every op with knobs). */
  readonly ops?: readonly string[];
  readonly onProgress?: (p: TuneProgress) => void;
  /** Seams for tests: how candidates are compiled, and the clock. */
  readonly compile?: CompileCandidate;
  readonly clock?: () => number;
}

export interface TuneProgress {
  readonly op: string;
  readonly phase: 'search' | 'confirm' | 'done';
  readonly tried: number;
  readonly planned?: number;
  readonly failed: number;
  readonly elapsedMs: number;
  readonly budgetMs: number;
  readonly best?: { readonly ms: number; readonly label: string };
  readonly current?: string;
}

export interface OpTuneResult {
  readonly op: string;
  readonly status: 'tuned' | 'skipped';
  readonly reason?: string;
  readonly key?: WorkloadKey;
  readonly signatures?: ReadonlyMap<string, DataSignature>;
  readonly strategy?: string;
  readonly spaceSize?: number;
  readonly pruned?: number;
  readonly trials: readonly TrialOutcome[];
  readonly stoppedBy?: 'exhausted' | 'budget';
  readonly winner?: { readonly candidate: Candidate; readonly measurement: Measurement; readonly baselineMs?: number; readonly record: TuningRecord };
}

export interface TuneResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly source?: SourceFile;
  readonly ops: readonly OpTuneResult[];
  /** Every record written (or that would be, without a database). */
  readonly records: readonly TuningRecord[];
}

interface Job {
  readonly workload: OpWorkload;
  readonly space: SearchSpace;
}

/** One op's tuning: its job, key, trial context and when its share of the budget ends. */
interface OpTask extends Job {
  readonly key: WorkloadKey;
  readonly signatures: ReadonlyMap<string, DataSignature>;
  readonly ctx: TrialContext;
  readonly deadline: number;
}

/** What every op of one `tuneProgram` call shares. */
interface Session {
  readonly id: string;
  readonly start: number;
  readonly budgetMs: number;
  readonly strategy: StrategyName;
  readonly onProgress?: (p: TuneProgress) => void;
  readonly store: (r: TuningRecord) => void;
}

export async function tuneProgram(req: TuneRequest): Promise<TuneResult> {
  const clock = req.clock ?? (() => performance.now());
  const start = clock();
  const front = loadProgram(req.text, req.file ?? '<input>', { ...(req.sourceOptions?.dynamic ? { dynamic: req.sourceOptions.dynamic } : {}), ...(req.external ? { external: req.external } : {}) });
  if (!front.graph || hasErrors(front.diagnostics)) return { diagnostics: front.diagnostics, source: front.source, ops: [], records: [] };
  const tuner = tunerFor(req.target);
  if (!tuner) {
    const why = untunedWhy(req.target) ?? `no tuner for target '${req.target}'`;
    return { diagnostics: [...front.diagnostics, diagnostic('PIT8001', `${why} (tunable: ${tunableTargets().join(', ')})`)], source: front.source, ops: [], records: [] };
  }
  const analysis = analyse(front.graph, req.hints ? { hints: req.hints } : {});
  const graph = analysis.graph;
  let workloads = describeWorkloads(graph, analysis, req.dims, req.inputs);
  const wanted = (w: OpWorkload): boolean => !req.ops || req.ops.includes(w.op);
  if (workloads.some((w) => wanted(w) && tensorsNeeded(w).some((t) => !req.inputs.has(t)))) {
    workloads = describeWorkloads(graph, analysis, req.dims, await probeValues(graph, req.inputs, req.dims, req.maxThreads));
  }
  const results: OpTuneResult[] = [];
  const jobs: Job[] = [];
  for (const w of workloads.filter(wanted)) {
    const space = tuner.space(w, req.maxThreads);
    if (isSpace(space)) jobs.push({ workload: w, space });
    else results.push({ op: w.op, status: 'skipped', reason: space.reason, trials: [] });
  }
  const diagnostics: Diagnostic[] = [...front.diagnostics];
  if (jobs.length === 0) {
    diagnostics.push(diagnostic('PIT8002', `nothing to tune on ${req.target}: ${results.map((r) => `op ${r.op}: ${r.reason}`).join('; ') || 'the program has no ops'}`));
    return { diagnostics, source: front.source, ops: results, records: [] };
  }
  const check = makeCheckData(graph, req.dims, req.inputs, req.seed ?? 1);
  const measureOptions: MeasureOptions = { ...DEFAULT_MEASURE, ...req.measure };
  const keyCtx = { target: req.target, options: tuner.optionsKey(req.maxThreads), version: req.version ?? PITC_VERSION, machine: req.machine };
  const fixed = new Map<string, OpChoice>();
  const records: TuningRecord[] = [];
  const session: Session = {
    id: newId(),
    start,
    budgetMs: req.budgetMs,
    strategy: req.strategy ?? 'auto',
    ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    store: (r) => {
      records.push(r);
      req.db?.append([r]);
    },
  };
  // the costliest ops first, each with a share of what is left proportional to its predicted time
  jobs.sort((a, b) => b.space.predictMs(b.space.defaultCandidate) - a.space.predictMs(a.space.defaultCandidate));
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i] as Job;
    const left = req.budgetMs - (clock() - start);
    const weights = jobs.slice(i).map((j) => j.space.predictMs(j.space.defaultCandidate));
    const share = Math.max(0, (left * (weights[0] as number)) / weights.reduce((s, x) => s + x, 0));
    const deadline = clock() + share;
    const trialCtx: TrialContext = {
      text: req.text,
      file: req.file ?? '<input>',
      ...(req.sourceOptions ? { sourceOptions: req.sourceOptions } : {}),
      target: req.target,
      op: job.workload.op,
      fixed: new Map(fixed),
      ...(req.hints ? { hints: req.hints } : {}),
      dims: req.dims,
      inputs: req.inputs,
      check,
      compile: req.compile ?? compileProgram,
      measure: { ...measureOptions, timeLimitMs: Math.min(measureOptions.timeLimitMs, Math.max(1000, share)) },
      clock,
    };
    const signatures = operandSignatures(job.workload);
    const key = workloadKey(job.workload, signatures, keyCtx);
    const result = await tuneOp({ ...job, key, signatures, ctx: trialCtx, deadline }, session);
    results.push(result);
    if (result.winner) fixed.set(job.workload.op, result.winner.candidate.plan.choice);
    const base = result.trials[0];
    if (base && base.status === 'failed') {
      diagnostics.push(diagnostic('PIT8006', `the default plan of op '${job.workload.op}' failed: ${base.reason ?? 'unknown'} (a bug in pitc; please report it)`));
    }
  }
  const failed = results.reduce((s, r) => s + r.trials.slice(1).filter((t) => t.status === 'failed').length, 0);
  if (failed > 0) diagnostics.push(diagnostic('PIT8005', `${failed} candidate${failed === 1 ? '' : 's'} failed to compile or disagreed with the reference; recorded with the reason and never timed`));
  const order = graph.ops.map((o) => o.expr.output);
  return { diagnostics, source: front.source, ops: [...results].sort((a, b) => order.indexOf(a.op) - order.indexOf(b.op)), records };
}

async function tuneOp(task: OpTask, session: Session): Promise<OpTuneResult> {
  const { space, workload, key, signatures, ctx, deadline } = task;
  const store = session.store;
  const pruned = prune(space);
  const strategy = chooseStrategy(session.strategy, space, pruned);
  const history: TrialOutcome[] = [];
  const hash = keyHash(key);
  const record = (fields: Omit<TuningRecord, 'format' | 'id' | 'key' | 'keyHash' | 'opText' | 'session' | 'createdAt'>): TuningRecord => ({
    format: RECORD_FORMAT,
    id: newId(),
    key,
    keyHash: hash,
    opText: workload.canonical.text,
    session: session.id,
    createdAt: new Date().toISOString(),
    ...fields,
  });
  const bestOk = (): TrialOutcome | undefined =>
    history.filter((h) => h.status === 'ok' && h.measurement).sort((a, b) => (a.measurement as Measurement).medianMs - (b.measurement as Measurement).medianMs)[0];
  const progress = (phase: TuneProgress['phase'], current?: Candidate): void => {
    const best = bestOk();
    session.onProgress?.({
      op: workload.op,
      phase,
      tried: history.length,
      ...(strategy.planned !== undefined ? { planned: strategy.planned } : {}),
      failed: history.filter((h) => h.status === 'failed').length,
      elapsedMs: ctx.clock() - session.start,
      budgetMs: session.budgetMs,
      ...(best?.measurement ? { best: { ms: best.measurement.medianMs, label: describeCandidate(best.candidate) } } : {}),
      ...(current ? { current: describeCandidate(current) } : {}),
    });
  };
  let stoppedBy: OpTuneResult['stoppedBy'] = 'exhausted';
  let spent = 0;
  for (;;) {
    const next = strategy.next(history);
    if (!next) break;
    // start no trial that cannot end, with the confirmation it would lead to, before the deadline
    if (history.length > 0 && ctx.clock() + spent / history.length + confirmationMs(history, spent, ctx) > deadline) {
      stoppedBy = 'budget';
      break;
    }
    progress('search', next);
    const began = ctx.clock();
    const outcome = await runTrial(next, space.compileOptions(next), ctx, bestOk()?.measurement?.medianMs);
    spent += ctx.clock() - began;
    history.push(outcome);
    store(
      record({
        kind: 'trial',
        config: toConfig(next),
        label: describeCandidate(next),
        status: outcome.status,
        ...(outcome.reason ? { reason: outcome.reason } : {}),
        ...(outcome.measurement ? { measurement: outcome.measurement } : {}),
      }),
    );
  }
  progress('confirm');
  const winner = await confirm(history, space, ctx);
  const base: OpTuneResult = { op: workload.op, status: 'tuned', key, signatures, strategy: strategy.name, spaceSize: pruned.candidates.length, pruned: pruned.pruned, trials: history, stoppedBy };
  if (!winner) {
    progress('done');
    return { ...base, status: 'skipped', reason: 'every candidate failed' };
  }
  const observed = Object.fromEntries(space.plans.filter((p) => p.density !== undefined).map((p) => [p.id, p.density as number]));
  const winnerRecord = record({
    kind: 'winner',
    config: toConfig(winner.candidate),
    label: describeCandidate(winner.candidate),
    status: 'ok',
    measurement: winner.measurement,
    ...(winner.baselineMs !== undefined ? { baselineMs: winner.baselineMs } : {}),
    trials: history.length,
    failed: history.filter((h) => h.status === 'failed').length,
    observed,
  });
  store(winnerRecord);
  progress('done');
  return { ...base, winner: { ...winner, record: winnerRecord } };
}

/**
 * What the confirmation would cost after one more trial: each finalist (the default and up to two
 * others) compiled again and run once per round plus a warm-up. Compile time per trial is what a
 * trial took beyond its runs (warm-up, repeats and the check).
 */
function confirmationMs(history: readonly TrialOutcome[], spent: number, ctx: TrialContext): number {
  const medians = history.filter((h) => h.status === 'ok' && h.measurement).map((h) => (h.measurement as Measurement).medianMs);
  const finalists = Math.min(3, medians.length + 1);
  if (finalists < 2) return 0;
  const runMs = median(medians);
  const compileMs = Math.max(0, spent / history.length - (ctx.measure.warmup + ctx.measure.repeats + 1) * runMs);
  return finalists * (compileMs + (CONFIRM_ROUNDS + 1) * runMs);
}

function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

