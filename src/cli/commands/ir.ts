import { hasErrors } from '../../../ir/core/diagnostic.js';
import { printGraph } from '../../../ir/graph/print.js';
import { printAst } from '../../frontend/print-ast.js';
import { printKernel } from '../../../ir/kernel/print.js';
import { analyse } from '../../pipeline.js';
import type { IrStage } from '../argv.js';
import { rulesText } from '../rules-report.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { jsonText } from '../../../ir/core/printable.js';
import { loadProgramFile } from '../program-file.js';
import { dimsWithDefaults, unboundShapeDims } from '../../../ir/graph/dims.js';
import { checkExtents } from '../../../ir/graph/check-extents.js';
import type { Graph } from '../../../ir/graph/graph.js';
import { InternalError } from '../../../ir/core/errors.js';
import { printLoopProgram } from '../../../ir/loops/print.js';
import { verifyLoopProgram } from '../../../ir/loops/verify.js';
import type { Diagnostic } from '../../../ir/core/diagnostic.js';
import { lowerToLoops } from '../../../codegen/lower/to-loops.js';
import { bindDims } from '../../runtime/bind.js';

/** `pitc ir FILE --stage S`: print one representation of the program (for a model, of its .pit form). */
export function irCommand(file: string, stage: IrStage, io: CliIo, dynamic: readonly string[] = [], explicitDims: ReadonlyMap<string, number> = new Map()): number {
  const program = loadProgramFile(file, io.cwd, dynamic);
  if (!('loaded' in program)) {
    printDiagnostics(io, program.diagnostics);
    return EXIT_USER_ERROR;
  }
  const result = program.loaded;
  printDiagnostics(io, program.diagnostics, result.source);
  if (stage === 'ast' && result.ast) {
    io.stdout(printAst(result.ast, result.source));
    return hasErrors(program.diagnostics) ? EXIT_USER_ERROR : EXIT_OK;
  }
  if (!result.graph || hasErrors(program.diagnostics)) return EXIT_USER_ERROR;
  if (stage === 'graph') {
    io.stdout(printGraph(result.graph));
    return EXIT_OK;
  }
  const analysis = analyse(result.graph);
  printDiagnostics(io, analysis.diagnostics, result.source);
  if (stage === 'normalized') io.stdout(printGraph(analysis.graph));
  else if (stage === 'rules') io.stdout(rulesText(analysis.graph, analysis));
  else if (stage === 'plan') io.stdout(jsonText(analysis.plan, planReplacer, 2) + '\n');
  else if (stage === 'kernel') io.stdout(analysis.kernels.map(printKernel).join('\n'));
  else {
    const bound = loopDims(analysis.graph, explicitDims);
    if ('diagnostics' in bound) {
      printDiagnostics(io, bound.diagnostics, result.source);
      return EXIT_USER_ERROR;
    }
    // `cells`: the per-cell form one-thread-per-cell kernels render (gpujs, webgpu, cuda)
    const loops = lowerToLoops(analysis, bound.dims, { cells: stage === 'cells' });
    const problems = verifyLoopProgram(loops);
    if (problems.length > 0) throw new InternalError('lower', `the loop IR is malformed:\n  ${problems.join('\n  ')}`);
    io.stdout(printLoopProgram(loops));
  }
  return EXIT_OK;
}

/**
 * The dims `--stage loops` specialises to: those given with --dim and, once any is given, the
 * `dim T = N` defaults; none given, every extent stays symbolic. Bad names or values are
 * PIT6006, and bound dims must leave every axis a positive extent (PIT6007/PIT6008).
 */
function loopDims(graph: Graph, explicit: ReadonlyMap<string, number>): { readonly dims: ReadonlyMap<string, number> } | { readonly diagnostics: readonly Diagnostic[] } {
  if (explicit.size === 0) return { dims: new Map() };
  const bound = bindDims(graph, new Map(), explicit, undefined, true);
  if (bound.diagnostics.some((d) => d.severity === 'error') || !bound.dims) return { diagnostics: bound.diagnostics };
  const dims = dimsWithDefaults(graph, bound.dims);
  const extents = unboundShapeDims(graph, dims).length === 0 ? checkExtents(graph, dims) : [];
  return extents.some((d) => d.severity === 'error') ? { diagnostics: extents } : { dims };
}

/** Plans are plain JSON except for infinities (init values), shown as text. */
function planReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
