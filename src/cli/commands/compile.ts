import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { diagnostic, hasErrors } from '../../../ir/core/diagnostic.js';
import { dimsWithDefaults, unboundShapeDims } from '../../../ir/graph/dims.js';
import { checkExtents } from '../../../ir/graph/check-extents.js';
import type { Graph } from '../../../ir/graph/graph.js';
import type { SourceFile } from '../../../ir/core/span.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { loweredProgram } from '../../api/compile.js';
import { analyse } from '../../pipeline.js';
import { allTargets } from '../../targets/node.js';
import { ignoredOptions, type TargetId } from '../../targets/registry.js';
import { fraction, parseAssignments, path, positiveInteger, shape } from '../assignments.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { assembleInputs } from '../run-inputs.js';
import { lookUpTuning } from '../tuning-records.js';
import { tunerFor } from '../../tune/targets.js';
import { describeFsError, writeFileAtomic } from '../../runtime/files.js';
import { loadProgramFile } from '../program-file.js';
import { printable } from '../../../ir/core/printable.js';

export interface CompileArgs {
  readonly file: string;
  readonly target: TargetId;
  readonly out: string;
  readonly dim?: string[];
  readonly microtile?: string[];
  readonly threads?: number;
  /** wasm: ops other than GEMMs in float64, bit for bit as the reference. */
  readonly exact?: boolean;
  /** Data to match tuning records against (records are keyed by density and granularity). */
  readonly input?: string[];
  readonly density?: string[];
  readonly random?: number;
  /** Convert float64, int64 and uint8 .npy inputs to the declared dtypes (a note says how). */
  readonly cast?: boolean;
  readonly tuning?: boolean;
  readonly tuningDb?: string;
  readonly dynamic?: string[];
}

/** `pitc compile FILE --target T [-o DIR]`: writes the target's artifacts. */
export async function compileCommand(args: CompileArgs, io: CliIo): Promise<number> {
  const file = loadProgramFile(args.file, io.cwd, args.dynamic);
  if (!('loaded' in file)) {
    printDiagnostics(io, file.diagnostics);
    return EXIT_USER_ERROR;
  }
  const options = parseCompileOptions(args);
  const front = file.loaded;
  const diagnostics = [...options.diagnostics, ...file.diagnostics];
  printDiagnostics(io, diagnostics, front.source);
  if (!front.graph || hasErrors(diagnostics)) return EXIT_USER_ERROR;
  const target = allTargets().get(args.target);
  if (!target) {
    printDiagnostics(io, [diagnostic('PIT5001', `target '${args.target}' is not available in this build of pitc yet`)]);
    return EXIT_USER_ERROR;
  }
  printDiagnostics(io, ignoredOptions(args.target, { exact: args.exact === true, blocking: false }));
  const tooSmall = checkBoundDims(front.graph, options.dims);
  printDiagnostics(io, tooSmall, front.source);
  if (hasErrors(tooSmall)) return EXIT_USER_ERROR;

  const tuned = await tuningFor(front.graph, args, { ...options, given: front.weights }, io, front.source);
  if (tuned === 'error') return EXIT_USER_ERROR;
  const analysis = analyse(front.graph, { hints: options.microTile, ...(tuned ? { choices: tuned.resolution.options.plan } : {}) });
  printDiagnostics(io, analysis.diagnostics, front.source);
  if (hasErrors(analysis.diagnostics)) return EXIT_USER_ERROR;
  const program = loweredProgram(args.file, analysis);
  const knobs = tuned?.resolution.options;
  const threads = knobs?.threads !== undefined ? Math.min(knobs.threads, args.threads ?? knobs.threads) : args.threads;
  const emitted = await target.emit(program, {
    dims: tuned?.dims ?? options.dims,
    ...(threads !== undefined ? { threads } : {}),
    ...(knobs?.blocking ? { blocking: knobs.blocking } : {}),
    ...(args.exact ? { exact: true } : {}),
  });
  printDiagnostics(io, emitted.diagnostics, front.source);
  if (!emitted.value || hasErrors(emitted.diagnostics)) return EXIT_USER_ERROR;
  for (const line of planLines(args, tuned)) io.stdout(`${line}\n`);
  const dir = resolve(io.cwd, args.out);
  try {
    mkdirSync(dir, { recursive: true });
    for (const artifact of emitted.value) {
      writeFileAtomic(join(dir, artifact.name), artifact.contents);
      io.stdout(`wrote ${printable(join(args.out, artifact.name))}\n`);
    }
  } catch (err) {
    printDiagnostics(io, [diagnostic('PIT6016', `cannot write to '${printable(args.out)}': ${describeFsError(err)}`)]);
    return EXIT_USER_ERROR;
  }
  return EXIT_OK;
}

function parseCompileOptions(args: CompileArgs) {
  const dims = parseAssignments('dim', args.dim, positiveInteger, 'T=128');
  const files = parseAssignments('input', args.input, path, 'x=x.npy');
  const density = parseAssignments('density', args.density, fraction, 'a=0.1');
  const microTile = parseAssignments('microtile', args.microtile, shape, 'a=32x1');
  const diagnostics = [...dims.diagnostics, ...files.diagnostics, ...density.diagnostics, ...microTile.diagnostics];
  return { dims: dims.values, files: files.values, density: density.values, microTile: microTile.values, diagnostics };
}

type CompileOptionValues = ReturnType<typeof parseCompileOptions> & { readonly given?: ReadonlyMap<string, HostTensor> };

/**
 * Records are keyed by the data's density and granularity, so they can only be matched when
 * compile is given data (--input, --density or --random, as for run). Without data, or for a
 * target nobody tunes, the planner's choices stand.
 */
async function tuningFor(graph: Graph, args: CompileArgs, options: CompileOptionValues, io: CliIo, source: SourceFile) {
  const hasData = options.files.size > 0 || options.density.size > 0 || args.random !== undefined;
  if (args.tuning === false || !args.tuningDb || !tunerFor(args.target) || !hasData) return undefined;
  const inputs = assembleInputs(graph, { ...options, random: args.random ?? 1, cast: args.cast === true }, io.cwd);
  printDiagnostics(io, inputs.diagnostics, source);
  if (hasErrors(inputs.diagnostics)) return 'error' as const;
  const threads = args.threads ?? availableParallelism();
  const resolution = await lookUpTuning({ graph, target: args.target, inputs, threads, hints: options.microTile, dbPath: args.tuningDb }, io);
  return { resolution, dims: inputs.dims };
}

/** Which plan each op got, for targets that are tuned: as `run` says it. */
function planLines(args: CompileArgs, tuned: Awaited<ReturnType<typeof tuningFor>>): string[] {
  if (!tunerFor(args.target) || args.tuning === false) return [];
  if (!tuned || tuned === 'error') return ['plans: cost model (to use tuning records, give the data they were tuned for: --density, --input or --random)'];
  return tuned.resolution.sources.map((p) => `op ${p.op}: plan: ${p.source} (${p.why})`);
}

/**
 * With --dim and the `dim T = N` defaults binding every dim a shape uses, the dims must leave
 * every axis a positive extent and every access in bounds (PIT6007/PIT6008, as `run` reports).
 * Dims left unbound are the target's business (those that specialise to shapes say so).
 */
function checkBoundDims(graph: Graph, explicit: ReadonlyMap<string, number>) {
  const dims = dimsWithDefaults(graph, explicit);
  return unboundShapeDims(graph, dims).length === 0 ? checkExtents(graph, dims) : [];
}
