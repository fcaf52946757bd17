import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../../ir/core/diagnostic.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { evaluateGraph } from '../../../codegen/ref/evaluate.js';
import type { TargetId } from '../../targets/registry.js';
import { compile, type CompileOptions } from '../../api/compile.js';
import { PitcError } from '../../api/errors.js';
import type { PitProgram, RunReport } from '../../api/program.js';
import { compareTensors } from '../../runtime/compare.js';
import { writeNpyFile } from '../../runtime/npy-file.js';
import { fraction, parseAssignments, path, positiveInteger, shape } from '../assignments.js';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { assembleInputs, type AssembledInputs } from '../run-inputs.js';
import { summaryToJson, summaryToText, type RunSummary } from '../run-report.js';
import { readProgramFile } from '../source.js';
import { OnnxProgram } from '../../onnx/program.js';
import { sanitise } from '../../onnx/lower/names.js';
import type { ProgramSource } from '../../program-source.js';
import { timedRuns } from '../timed-runs.js';
import { withTuning, type PlanSource } from '../../tune/apply.js';
import { tunerFor } from '../../tune/targets.js';
import { lookUpTuning } from '../tuning-records.js';
import { jsonText, printable } from '../../../ir/core/printable.js';
import { mkdirSync } from 'node:fs';
import type { OpRunRecord } from '../../../codegen/target.js';
import { describeFsError, isFsError, writeFileAtomic } from '../../runtime/files.js';
import { indexSources, plainWords, sparsityOf, sparsityPictures, timesPicture } from '../../pictures/run-pictures.js';

export interface RunArgs {
  readonly file: string;
  readonly target: TargetId;
  readonly dim?: string[];
  readonly input?: string[];
  readonly random?: number;
  /** Convert float64, int64 and uint8 .npy inputs to the declared dtypes (a note says how). */
  readonly cast?: boolean;
  readonly density?: string[];
  readonly microtile?: string[];
  readonly out?: string;
  readonly saveInputs?: string;
  readonly check: boolean;
  readonly repeat: number;
  readonly json: boolean;
  readonly threads?: number;
  /** wasm: ops other than GEMMs in float64, bit for bit as the reference. */
  readonly exact?: boolean;
  /** Write SVG pictures of the run (patterns, coverage, indexes, times against dense) to this directory. */
  readonly plot?: string;
  /** Use matching tuning records from `tuningDb` (the cost model otherwise). */
  readonly tuning?: boolean;
  readonly tuningDb?: string;
  /** Inputs or weights to treat as dynamically sparse (`--dynamic`). */
  readonly dynamic?: string[];
}

/** `pitc run FILE ...`: compile, gather inputs, run (repeatedly), check, write, report. */
export async function runCommand(args: RunArgs, io: CliIo): Promise<number> {
  const read = readProgramFile(args.file, io.cwd);
  if (read.source === undefined) return fail(io, read.diagnostics);

  const options = parseRunOptions(args);
  if (hasErrors(options.diagnostics)) return fail(io, options.diagnostics);

  const threads = args.threads ?? availableParallelism();
  const compileOptions: CompileOptions = {
    file: args.file,
    target: args.target,
    microTiles: options.microTile,
    threads,
    ...(args.exact ? { exact: true } : {}),
    ...(args.dynamic && args.dynamic.length > 0 ? { dynamic: args.dynamic } : {}),
    ...(read.modelDir ? { modelDir: read.modelDir } : {}),
  };
  const compiled = await compile(read.source, compileOptions);
  printDiagnostics(io, dynamicOptionDiagnostics(compiled.diagnostics), compiled.source);
  let program = compiled.program;
  if (!program) return EXIT_USER_ERROR;
  try {
    const given = program instanceof OnnxProgram ? program.initializers : undefined;
    const inputs = assembleInputs(program.graph, { ...options, cast: args.cast === true, ...(given ? { given } : {}) }, io.cwd);
    printDiagnostics(io, inputs.diagnostics, compiled.source);
    if (hasErrors(inputs.diagnostics)) return EXIT_USER_ERROR;
    const tuned = args.tuning !== false && args.tuningDb && tunerFor(args.target) ? await useTuningRecords(read.source, compileOptions, program, inputs, args.tuningDb, io) : undefined;
    // records are checked before they are used, so this is not expected; but an error printed never ends in exit 0
    if (tuned?.failed) return EXIT_USER_ERROR;
    if (tuned?.program) {
      await program.dispose();
      program = tuned.program;
    }
    const written = args.saveInputs ? writeAll(io, args.saveInputs, inputs.values) : [];
    if (written === undefined) return EXIT_USER_ERROR;

    const chosen = program; // the closure needs a const
    // --plot draws what the indexes were built from: intermediates among them are kept from the run
    const keep = args.plot !== undefined ? indexSources(chosen.analysis.kernels).filter((name) => !inputs.values.has(name)) : [];
    const runOnce = () => chosen.execute(inputs.values, { dims: inputs.dims, originOf: (n) => inputs.origins.get(n), keep });
    const { report, ops, kernelMs, indexMs, totalMs } = await timedRuns(runOnce, args.repeat);
    const check = args.check ? checkAgainstReference(program, inputs, report) : undefined;
    const outFiles = args.out ? writeAll(io, args.out, report.outputs) : [];
    if (outFiles === undefined) return EXIT_USER_ERROR;
    const plotted = args.plot !== undefined ? await plotRun(io, args.plot, { ...compileOptions, dense: true }, read.source, chosen, inputs, report, ops, args.repeat) : undefined;
    if (plotted === null) return EXIT_USER_ERROR;

    const summary: RunSummary = {
      file: args.file,
      target: program.target,
      dims: report.dims,
      outputs: report.outputs,
      ops,
      inputs: inputs.origins,
      densities: inputs.densities,
      repeat: args.repeat,
      timings: { compileMs: compiled.timings.frontEndMs + compiled.timings.prepareMs + (tuned?.compileMs ?? 0), indexMs, kernelMs, totalMs },
      ...(check ? { check } : {}),
      written: [...written, ...outFiles, ...(plotted?.files ?? [])],
      ...(plotted ? { words: plotted.words, dense: plotted.dense } : {}),
      ...(tuned ? { plans: tuned.sources } : {}),
    };
    io.stdout(args.json ? jsonText(summaryToJson(summary)) + '\n' : summaryToText(summary));
    if (check && [...check.values()].some((c) => !c.ok)) {
      io.stderr(`pitc: check failed: target ${program.target} disagrees with the reference interpreter (a pitc bug; please report it)\n`);
      return EXIT_INTERNAL_ERROR;
    }
    return EXIT_OK;
  } catch (err) {
    if (err instanceof PitcError) return fail(io, err.diagnostics, compiled.source);
    throw err;
  } finally {
    await program.dispose();
  }
}

interface TunedRun {
  readonly program?: PitProgram;
  readonly sources: readonly PlanSource[];
  readonly compileMs: number;
  /** The program did not compile with the records' options (its errors are printed). */
  readonly failed?: boolean;
}

/**
 * The best tuning records matching this run (op, shapes, the inputs' density and granularity,
 * target, machine): a program recompiled with them when any matches, and per op which plan runs.
 */
async function useTuningRecords(text: ProgramSource, options: CompileOptions, program: PitProgram, inputs: AssembledInputs, dbPath: string, io: CliIo): Promise<TunedRun> {
  const start = performance.now();
  const hints = options.microTiles instanceof Map ? options.microTiles : new Map(Object.entries(options.microTiles ?? {}));
  const threads = options.threads ?? availableParallelism();
  const resolution = await lookUpTuning({ graph: program.graph, target: program.target, inputs, threads, hints, dbPath }, io);
  if (resolution.options.plan.size === 0) return { sources: resolution.sources, compileMs: performance.now() - start };
  const recompiled = await compile(text, withTuning(options, resolution.options));
  printDiagnostics(io, recompiled.diagnostics, recompiled.source);
  const compileMs = performance.now() - start;
  if (!recompiled.program || hasErrors(recompiled.diagnostics)) {
    await recompiled.program?.dispose();
    return { sources: resolution.sources, compileMs, failed: true };
  }
  return { program: recompiled.program, sources: resolution.sources, compileMs };
}

function parseRunOptions(args: RunArgs) {
  const dims = parseAssignments('dim', args.dim, positiveInteger, 'T=128');
  const files = parseAssignments('input', args.input, path, 'x=x.npy');
  const density = parseAssignments('density', args.density, fraction, 'a=0.1');
  const microTile = parseAssignments('microtile', args.microtile, shape, 'a=32x1');
  // --repeat, --threads and --random were read (and checked) by numbers.ts
  const diagnostics: Diagnostic[] = [...dims.diagnostics, ...files.diagnostics, ...density.diagnostics, ...microTile.diagnostics];
  return {
    dims: dims.values,
    files: files.values,
    density: density.values,
    microTile: microTile.values,
    ...(args.random !== undefined ? { random: args.random } : {}),
    diagnostics,
  };
}

function checkAgainstReference(program: PitProgram, inputs: AssembledInputs, report: RunReport): RunSummary['check'] {
  const evaluated = evaluateGraph(program.graph, inputs.values, report.dims);
  // a model's outputs come back in its shapes: the reference's too
  const reference = program instanceof OnnxProgram ? program.adaptOutputs(evaluated, report.dims) : evaluated;
  const results = new Map<string, { ok: boolean; maxScaledError: number; reason?: string }>();
  for (const [name, actual] of report.outputs) {
    const c = compareTensors(actual, reference.get(name) as HostTensor);
    results.set(name, { ok: c.ok, maxScaledError: c.maxScaledError, ...(c.reason ? { reason: c.reason } : {}) });
  }
  return results;
}

/**
 * `--plot DIR`: the same program compiled densely and timed the same way, then the pictures of
 * the run (pictures/run-pictures.ts) written to DIR. Null when a file cannot be written (printed).
 */
async function plotRun(
  io: CliIo,
  dir: string,
  denseOptions: CompileOptions,
  text: ProgramSource,
  program: PitProgram,
  inputs: AssembledInputs,
  report: RunReport,
  ops: readonly OpRunRecord[],
  repeat: number,
): Promise<{ files: string[]; words: string[]; dense: { kernelMs: number; indexMs: number; totalMs: number } } | null> {
  const dense = await compile(text, denseOptions);
  if (!dense.program) throw new PitcError(dense.diagnostics, dense.source);
  let denseRuns: Awaited<ReturnType<typeof timedRuns>>;
  try {
    const denseProgram = dense.program;
    denseRuns = await timedRuns(() => denseProgram.execute(inputs.values, { dims: inputs.dims }), repeat);
  } finally {
    await dense.program.dispose();
  }
  const values = new Map([...inputs.values, ...report.kept]);
  const dims = [...report.dims].map(([k, v]) => `${k}=${v}`).join(', ');
  const label = `${program.source.name} on ${program.target}${dims ? ` with ${dims}` : ''}${repeat > 1 ? `, medians of ${repeat} runs` : ', one cold run each'}`;
  const pictures = [...sparsityPictures(sparsityOf(program.analysis.kernels, values)), timesPicture(ops, denseRuns.ops, label)];
  const files: string[] = [];
  for (const picture of pictures) {
    const file = join(dir, picture.name);
    try {
      mkdirSync(resolve(io.cwd, dir), { recursive: true });
      writeFileAtomic(resolve(io.cwd, file), picture.svg);
    } catch (err) {
      if (!isFsError(err)) throw err;
      printDiagnostics(io, [diagnostic('PIT6016', `cannot write '${printable(file)}': ${describeFsError(err)}`)]);
      return null;
    }
    files.push(file);
  }
  const words = plainWords(ops, denseRuns.ops);
  // a cold run's times include compiling and warming the engine: say so next to them
  if (repeat === 1 && words[0]) words[0] += ' (one cold run each: --repeat 5 times warm runs)';
  return { files, words, dense: { kernelMs: denseRuns.kernelMs, indexMs: denseRuns.indexMs, totalMs: denseRuns.totalMs } };
}

function writeAll(io: CliIo, dir: string, tensors: ReadonlyMap<string, HostTensor>): string[] | undefined {
  const written: string[] = [];
  for (const [name, tensor] of tensors) {
    const file = join(dir, `${npyFileName(name)}.npy`);
    const problems = writeNpyFile(resolve(io.cwd, file), tensor);
    if (problems.length > 0) {
      printDiagnostics(io, problems);
      return undefined;
    }
    written.push(file);
  }
  return written;
}

/**
 * A tensor's file name: its name, or for a name that is no plain file name (ONNX's
 * `/layer.0/Add_output_0`) its .pit name rules: every run of other characters becomes `_`.
 */
export function npyFileName(name: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name) ? name : sanitise(name);
}

/** compile() says "option 'dynamic'"; on the command line it is --dynamic (PIT7002). */
function dynamicOptionDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.code === 'PIT5004' && d.message.startsWith("option 'dynamic' names") ? diagnostic('PIT7002', d.message.replace("option 'dynamic'", '--dynamic')) : d));
}

function fail(io: CliIo, diagnostics: readonly Diagnostic[], source?: Parameters<typeof printDiagnostics>[2]): number {
  printDiagnostics(io, diagnostics, source);
  return EXIT_USER_ERROR;
}
