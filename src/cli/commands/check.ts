import { hasErrors } from '../../../ir/core/diagnostic.js';
import { runFrontEnd } from '../../frontend/index.js';
import { analyse } from '../../pipeline.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { readSourceFile } from '../source.js';
import { printable } from '../../../ir/core/printable.js';

/** `pitc check FILE`: diagnostics only. */
export function checkCommand(file: string, io: CliIo): number {
  const read = readSourceFile(file, io.cwd);
  if (read.text === undefined) {
    printDiagnostics(io, read.diagnostics);
    return EXIT_USER_ERROR;
  }
  const result = runFrontEnd(read.text, file);
  printDiagnostics(io, result.diagnostics, result.source);
  if (!result.graph || hasErrors(result.diagnostics)) return EXIT_USER_ERROR;
  // the middle end's warnings too (a @microtile hint the planner will ignore)
  const analysed = analyse(result.graph).diagnostics;
  printDiagnostics(io, analysed, result.source);
  const ops = result.graph.ops.length;
  const warnings = result.diagnostics.length + analysed.length;
  io.stdout(`${printable(file)}: ok (${ops} ${ops === 1 ? 'op' : 'ops'}${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''})\n`);
  return EXIT_OK;
}
