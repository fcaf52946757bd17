import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../../ir/core/diagnostic.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { evaluateGraph } from '../../../codegen/ref/evaluate.js';
import type { TargetId } from '../../../codegen/target.js';
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
import { jsonText } from '../../../ir/core/printable.js';

export interface RunArgs {
  readonly file: string;
  readonly target: TargetId;
  readonly dim?: string[];
  readonly input?: string[];
  readonly random?: number;
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
    const inputs = assembleInputs(program.graph, { ...options, ...(given ? { given } : {}) }, io.cwd);
    printDiagnostics(io, inputs.diagnostics, compiled.source);
    if (hasErrors(inputs.diagnostics)) return EXIT_USER_ERROR;
    const tuned = args.tuning !== false && args.tuningDb && tunerFor(args.target) ? await useTuningRecords(read.source, compileOptions, program, inputs, args.tuningDb, io) : undefined;
    if (tuned?.program) {
      await program.dispose();
      program = tuned.program;
    }
    const written = args.saveInputs ? writeAll(io, args.saveInputs, inputs.values) : [];
    if (written === undefined) return EXIT_USER_ERROR;

    const chosen = program; // the closure needs a const
    const runOnce = () => chosen.execute(inputs.values, { dims: inputs.dims, originOf: (n) => inputs.origins.get(n) });
    const { report, ops, kernelMs, indexMs, totalMs } = await timedRuns(runOnce, args.repeat);
    const check = args.check ? checkAgainstReference(program, inputs, report) : undefined;
    const outFiles = args.out ? writeAll(io, args.out, report.outputs) : [];
    if (outFiles === undefined) return EXIT_USER_ERROR;

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
      written: [...written, ...outFiles],
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
