/**
 * One candidate, start to end: compile the program with the candidate's choices, check it against
 * the reference on the small input, and only then time the op at full size. Whatever goes wrong
 * (no compile, a throw, a wrong result) is the trial's outcome, as data, with the reason.
 */
import type { ProgramSource } from '../program-source.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { TargetId } from '../targets/registry.js';
import type { OpChoice } from '../../rules/plan.js';
import { compile, type CompileOptions } from '../api/compile.js';
import type { RunOptions, RunReport, TensorMap } from '../api/program.js';
import { compareOutputs, type CheckData } from './check.js';
import { measure, type MeasureOptions } from './measure.js';
import type { Measurement, TrialStatus } from './record.js';
import type { Candidate, CandidateOptions } from './space.js';

/** What the tuner needs of a compiled program (a seam: tests wrap it to inject wrong results). */
export interface ProgramLike {
  execute(inputs: TensorMap, options: RunOptions): Promise<RunReport>;
  dispose(): Promise<void>;
}

export type CompileCandidate = (text: ProgramSource, options: CompileOptions) => Promise<{ readonly program?: ProgramLike; readonly formatted: string }>;

export const compileProgram: CompileCandidate = (text, options) => compile(text, options);

export interface TrialContext {
  /** .pit text or ONNX model bytes. */
  readonly text: ProgramSource;
  readonly file: string;
  /** How the source is read (`dynamic`, an ONNX model's folder): part of every candidate's options. */
  readonly sourceOptions?: Pick<CompileOptions, 'dynamic' | 'modelDir'>;
  readonly target: TargetId;
  /** The op being tuned. */
  readonly op: string;
  /** Choices already made for other ops. */
  readonly fixed: ReadonlyMap<string, OpChoice>;
  /** Planner hints the program is compiled with (other ops' plans follow them). */
  readonly hints?: ReadonlyMap<string, readonly number[]>;
  readonly dims: ReadonlyMap<string, number>;
  readonly inputs: ReadonlyMap<string, HostTensor>;
  readonly check: CheckData;
  readonly compile: CompileCandidate;
  readonly measure: MeasureOptions;
  readonly clock: () => number;
}

export interface TrialOutcome {
  readonly candidate: Candidate;
  readonly status: TrialStatus;
  readonly reason?: string;
  readonly measurement?: Measurement;
}

/** What tuning times: the op's kernel plus its index build, from the run's record. */
export function opTimeMs(report: RunReport, op: string): number {
  const record = report.ops.find((o) => o.name === op);
  return (record?.kernelMs ?? report.timings.kernelMs) + (record?.indexMs ?? 0);
}

/** Compile options that realise a candidate; the crossover is off so the plan itself is measured. */
export function candidateCompileOptions(ctx: Pick<TrialContext, 'file' | 'target' | 'op' | 'fixed' | 'hints' | 'sourceOptions'>, options: CandidateOptions, denseCrossover = 1): CompileOptions {
  return {
    ...ctx.sourceOptions,
    file: ctx.file,
    target: ctx.target,
    ...(ctx.hints ? { microTiles: ctx.hints } : {}),
    plan: new Map([...ctx.fixed, [ctx.op, options.plan]]),
    ...(options.blocking ? { blocking: options.blocking } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    denseCrossover,
  };
}

export async function runTrial(candidate: Candidate, options: CandidateOptions, ctx: TrialContext, bestMs: number | undefined): Promise<TrialOutcome> {
  const failed = (reason: string): TrialOutcome => ({ candidate, status: 'failed', reason });
  let program: ProgramLike | undefined;
  try {
    const compiled = await ctx.compile(ctx.text, candidateCompileOptions(ctx, options));
    if (!compiled.program) return failed(`does not compile: ${compiled.formatted.split('\n')[0] ?? ''}`);
    program = compiled.program;
    const checked = await program.execute(ctx.check.inputs, { dims: ctx.check.dims });
    const wrong = compareOutputs(checked.outputs, ctx.check.expected);
    if (wrong) return failed(`wrong result on the check input: ${wrong}`);
    const p = program;
    const runOnce = async (): Promise<number> => opTimeMs(await p.execute(ctx.inputs, { dims: ctx.dims }), ctx.op);
    const timed = await measure(runOnce, bestMs, ctx.measure, ctx.clock);
    return {
      candidate,
      status: timed.status,
      ...(timed.measurement ? { measurement: timed.measurement } : {}),
      ...(timed.status === 'early-stop' ? { reason: `stopped early: slower than ${ctx.measure.earlyStop}x the best so far` } : {}),
      ...(timed.status === 'timeout' ? { reason: `over the per-candidate limit of ${(ctx.measure.timeLimitMs / 1000).toFixed(1)} s` } : {}),
    };
  } catch (err) {
    return failed(`threw: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  } finally {
    await program?.dispose();
  }
}
