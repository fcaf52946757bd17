import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic, hasErrors } from '../../../ir/core/diagnostic.js';
import { dimSymbols } from '../../../ir/dim-expr.js';
import { checkExtents } from '../../../ir/graph/check-extents.js';
import type { Graph } from '../../../ir/graph/graph.js';
import type { LoweredProgram, TargetId } from '../../../codegen/target.js';
import { guardsOf, programName } from '../../api/compile.js';
import { runFrontEnd } from '../../frontend/index.js';
import { analyse } from '../../pipeline.js';
import { allTargets } from '../../targets.js';
import { parseAssignments, positiveInteger, shape } from '../assignments.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { describeFsError, readSourceFile } from '../source.js';

export interface CompileArgs {
  readonly file: string;
  readonly target: TargetId;
  readonly out: string;
  readonly dim?: string[];
  readonly microtile?: string[];
  readonly threads?: number;
}

/** `pitc compile FILE --target T [-o DIR]`: writes the target's artifacts. */
export async function compileCommand(args: CompileArgs, io: CliIo): Promise<number> {
  const read = readSourceFile(args.file, io.cwd);
  if (read.text === undefined) {
    printDiagnostics(io, read.diagnostics);
    return EXIT_USER_ERROR;
  }
  const dims = parseAssignments('dim', args.dim, positiveInteger, 'T=128');
  const hints = parseAssignments('microtile', args.microtile, shape, 'a=32x1');
  const front = runFrontEnd(read.text, args.file);
  const diagnostics = [...dims.diagnostics, ...hints.diagnostics, ...front.diagnostics];
  printDiagnostics(io, diagnostics, front.source);
  if (!front.graph || hasErrors(diagnostics)) return EXIT_USER_ERROR;
  const target = allTargets().get(args.target);
  if (!target) {
    printDiagnostics(io, [diagnostic('PIT5001', `target '${args.target}' is not available in this build of pitc yet`)]);
    return EXIT_USER_ERROR;
  }
  const tooSmall = checkBoundDims(front.graph, dims.values);
  printDiagnostics(io, tooSmall, front.source);
  if (hasErrors(tooSmall)) return EXIT_USER_ERROR;
  const analysis = analyse(front.graph, { hints: hints.values });
  printDiagnostics(io, analysis.diagnostics, front.source);
  if (hasErrors(analysis.diagnostics)) return EXIT_USER_ERROR;
  const program: LoweredProgram = { name: programName(args.file), graph: front.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
  const emitted = await target.emit(program, { dims: dims.values, ...(args.threads !== undefined ? { threads: args.threads } : {}) });
  printDiagnostics(io, emitted.diagnostics, front.source);
  if (!emitted.value || hasErrors(emitted.diagnostics)) return EXIT_USER_ERROR;
  const dir = resolve(io.cwd, args.out);
  try {
    mkdirSync(dir, { recursive: true });
    for (const artifact of emitted.value) {
      writeFileSync(join(dir, artifact.name), artifact.contents);
      io.stdout(`wrote ${join(args.out, artifact.name)}\n`);
    }
  } catch (err) {
    printDiagnostics(io, [diagnostic('PIT6016', `cannot write to '${args.out}': ${describeFsError(err)}`)]);
    return EXIT_USER_ERROR;
  }
  return EXIT_OK;
}

/**
 * With --dim and the `dim T = N` defaults binding every dim a shape uses, the dims must leave
 * every axis a positive extent and every access in bounds (PIT6007/PIT6008, as `run` reports).
 * Dims left unbound are the target's business (those that specialise to shapes say so).
 */
function checkBoundDims(graph: Graph, explicit: ReadonlyMap<string, number>) {
  const dims = new Map(graph.dims.filter((d) => d.default !== undefined).map((d) => [d.name, d.default as number]));
  for (const [k, v] of explicit) dims.set(k, v);
  const used = new Set(graph.tensors.flatMap((t) => t.shape.flatMap((d) => [...dimSymbols(d)])));
  return [...used].every((d) => dims.has(d)) ? checkExtents(graph, dims) : [];
}
