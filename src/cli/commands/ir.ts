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

/** `pitc ir FILE --stage S`: print one representation of the program (for a model, of its .pit form). */
export function irCommand(file: string, stage: IrStage, io: CliIo, dynamic: readonly string[] = []): number {
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
  else io.stdout(analysis.kernels.map(printKernel).join('\n'));
  return EXIT_OK;
}

/** Plans are plain JSON except for infinities (init values), shown as text. */
function planReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
