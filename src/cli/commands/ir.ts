import { hasErrors } from '../../../ir/core/diagnostic.js';
import { printGraph } from '../../../ir/graph/print.js';
import { runFrontEnd } from '../../frontend/index.js';
import { printAst } from '../../frontend/print-ast.js';
import type { IrStage } from '../argv.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { readSourceFile } from '../source.js';

/** `pitc ir FILE --stage S`: print one representation of the program. */
export function irCommand(file: string, stage: IrStage, io: CliIo): number {
  const read = readSourceFile(file, io.cwd);
  if (read.text === undefined) {
    printDiagnostics(io, read.diagnostics);
    return EXIT_USER_ERROR;
  }
  const result = runFrontEnd(read.text, file);
  printDiagnostics(io, result.diagnostics, result.source);
  if (stage === 'ast' && result.ast) {
    io.stdout(printAst(result.ast, result.source));
    return hasErrors(result.diagnostics) ? EXIT_USER_ERROR : EXIT_OK;
  }
  if (!result.graph || hasErrors(result.diagnostics)) return EXIT_USER_ERROR;
  io.stdout(printGraph(result.graph));
  return EXIT_OK;
}
