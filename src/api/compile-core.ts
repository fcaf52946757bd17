import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import type { Blocking, LoweredProgram, Target, TargetOptions } from '../../codegen/target.js';
import type { OpChoice } from '../../rules/plan.js';
import { analyse, type Analysis } from '../pipeline.js';
import { createIndexService } from '../runtime/index-service.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { OnnxProgram } from '../onnx/program.js';
import type { ExternalDataReader } from '../onnx/tensor-data.js';
import { loadProgram, type ProgramSource } from '../program-source.js';
import { DEFAULT_TARGET, ignoredOptions, isTargetId, unknownTargetMessage, type TargetId } from '../targets/registry.js';
import { checkCompileArguments, checkPlan } from './compile-options.js';
import { PitProgram } from './program.js';

export interface CompileOptions {
  /** File name used in diagnostics. */
  readonly file?: string;
  /** Target to run on (default 'wasm'). */
  readonly target?: TargetId;
  /** Micro-tile hints by tensor name; like `@microtile`, they override the planner. */
  readonly microTiles?: Readonly<Record<string, readonly number[]>> | ReadonlyMap<string, readonly number[]>;
  /** Run every op densely (no PIT forms), e.g. to measure what PIT saves. */
  readonly dense?: boolean;
  /** Worker threads for targets that use them, 1 to 256 (wasm default: 1; gpujs default: gpu.js's pool). */
  readonly threads?: number;
  /**
   * wasm: how long (ms, 0 to 10000) a worker thread keeps spinning on its mailbox for its next job
   * after one ends (default 2, `POLL_MS`), at the cost of a busy core meanwhile, as onnxruntime's
   * spinning thread pool does. After that it naps (a look every 0.5 ms, about 3 % of a core) until
   * 1 s after its last job, then sleeps (docs/wasm.md, "Threads").
   */
  readonly threadSpinMs?: number;
  /** Index density (0 to 1) above which a PIT op runs densely instead (default: the target's measured crossover). */
  readonly denseCrossover?: number;
  /** Decisions by op name (rule, micro-tile, or dense), overriding the planner: what tuning records hold. */
  readonly plan?: Readonly<Record<string, OpChoice>> | ReadonlyMap<string, OpChoice>;
  /** wasm GEMM cache blocking (elements), e.g. from a tuning record. */
  readonly blocking?: Blocking;
  /**
   * wasm: compute every op that is not a GEMM in float64, bit for bit as the reference
   * interpreter (slower; the default is f32 SIMD within tolerance of the reference).
   */
  readonly exact?: boolean;
  /** Inputs (or weights) to treat as dynamically sparse, as `@dynamic` does (ONNX names for a model). */
  readonly dynamic?: readonly string[];
  /** The folder an ONNX model's external-data files are read from (Node; the CLI passes the model's folder). */
  readonly modelDir?: string;
}

/**
 * What compile() needs of its platform beyond the targets: Node reads an ONNX model's external
 * data from files (compile.ts); a browser has no files to read (compile-browser.ts).
 */
export interface CompileHost {
  readonly externalReader: (modelDir: string) => Promise<ExternalDataReader>;
}

/** The host of a platform without files: external data cannot be read, and each tensor stored so says why. */
export const NO_FILES_HOST: CompileHost = {
  externalReader: async () => (entry) => `${entry.tensor} is stored in the external file '${entry.location}', which this build of pitc cannot read (it has no file access: a browser); give a model with its data inside`,
};

function targetOptions(options: CompileOptions): TargetOptions {
  return {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.threadSpinMs !== undefined ? { threadSpinMs: options.threadSpinMs } : {}),
    ...(options.denseCrossover !== undefined ? { denseCrossover: options.denseCrossover } : {}),
    ...(options.blocking !== undefined ? { blocking: options.blocking } : {}),
    ...(options.exact === true ? { exact: true } : {}),
  };
}

export interface CompileResult {
  /** Present when there are no errors. */
  readonly program?: PitProgram;
  /** Errors and warnings, in source order. Never thrown. */
  readonly diagnostics: readonly Diagnostic[];
  readonly source: SourceFile;
  /** The diagnostics as text: `file:line:col: error PITxxxx: ...` with a caret. */
  readonly formatted: string;
  readonly timings: { readonly frontEndMs: number; readonly prepareMs: number };
}

/**
 * compile() with the targets to choose from given: Node's (compile.ts), the browser's
 * (compile-browser.ts), or others (tests run gpu.js on its `cpu` backend this way). The host
 * reads an ONNX model's external data (none by default: no file access).
 */
export async function compileWithTargets(text: ProgramSource, options: CompileOptions, targets: ReadonlyMap<TargetId, Target>, host: CompileHost = NO_FILES_HOST): Promise<CompileResult> {
  const t0 = performance.now();
  const args = checkCompileArguments(text, options);
  const file = typeof options?.file === 'string' ? options.file : text instanceof Uint8Array ? '<model>.onnx' : '<input>';
  const source = typeof text === 'string' || text instanceof Uint8Array ? text : '';
  const external = hasErrors(args.diagnostics) || typeof options?.modelDir !== 'string' ? undefined : await host.externalReader(options.modelDir);
  const dynamic = hasErrors(args.diagnostics) ? [] : (options?.dynamic ?? []);
  const front = loadProgram(source, file, { dynamic, ...(external ? { external } : {}) });
  const t1 = performance.now();
  const result = (diagnostics: readonly Diagnostic[], program?: PitProgram): CompileResult => ({
    ...(program ? { program } : {}),
    diagnostics,
    source: front.source,
    formatted: formatDiagnostics(diagnostics, (f) => (f === front.source.name ? front.source : undefined)),
    timings: { frontEndMs: t1 - t0, prepareMs: performance.now() - t1 },
  });
  // a source that is not text has nothing for the front end to say about it
  if (hasErrors(args.diagnostics)) return result(typeof text === 'string' ? [...args.diagnostics, ...front.diagnostics] : args.diagnostics);
  if (!front.graph || hasErrors(front.diagnostics)) return result(front.diagnostics);
  if (front.unknownDynamic.length > 0) {
    const inputs = front.graph.tensors.filter((t) => t.role !== 'intermediate').map((t) => `'${t.name}'`).join(', ');
    return result([...front.diagnostics, diagnostic('PIT5004', `option 'dynamic' names ${front.unknownDynamic.map((n) => `'${n}'`).join(', ')}, which is no input or weight of the program (${inputs})`)]);
  }

  const targetId = options.target ?? DEFAULT_TARGET;
  const target = targets.get(targetId);
  if (!target) {
    const message = isTargetId(targetId)
      ? `target '${targetId}' is not available in this build of pitc (${[...targets.keys()].join(', ')} are)`
      : unknownTargetMessage(targetId);
    return result([...front.diagnostics, diagnostic('PIT5001', message)]);
  }
  const analysis = analyse(front.graph, { hints: args.hints, pit: options.dense !== true, choices: args.choices });
  const planned = [...analysis.diagnostics, ...checkPlan(analysis.graph, analysis.rules, args.choices)];
  if (hasErrors(planned)) return result([...front.diagnostics, ...planned]);
  const lowered = loweredProgram(front.source.name, analysis);
  const prepared = await target.createExecutor(lowered, createIndexService(), targetOptions(options));
  const diagnostics = [...front.diagnostics, ...planned, ...ignoredOptions(targetId, { exact: options.exact === true, blocking: options.blocking !== undefined }), ...prepared.diagnostics];
  if (!prepared.value || hasErrors(diagnostics)) {
    await prepared.value?.dispose();
    return result(diagnostics);
  }
  const base: ConstructorParameters<typeof PitProgram> = [analysis.graph, analysis, targetId, front.source, prepared.value];
  return result(diagnostics, front.kind === 'onnx' ? new OnnxProgram(base, front.weights, front.outputShapes) : new PitProgram(...base));
}

/** What a target is given: the analysed graph, its kernels and guards, named after the source file. */
export function loweredProgram(file: string, analysis: Analysis): LoweredProgram {
  return { name: programName(file), graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

/** Run-time conditions the PIT forms rely on (none when every kernel is dense). */
export function guardsOf(analysis: Analysis): LoweredProgram['guards'] {
  if (analysis.kernels.every((k) => k.kind === 'dense')) return [];
  return [...analysis.facts.values()].filter((f) => f.guard !== undefined).map((f) => ({ tensor: f.tensor, why: f.guard as string }));
}

/** `samples/ffn-relu.pit` → `ffn-relu` (`model.onnx` → `model`): the stem used for artifact names. */
export function programName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(pit|onnx)$/i, '') || 'program';
}
