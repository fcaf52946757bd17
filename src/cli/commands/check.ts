import { hasErrors } from '../../../ir/core/diagnostic.js';
import { analyse } from '../../pipeline.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { printable } from '../../../ir/core/printable.js';
import { loadProgramFile } from '../program-file.js';

/** `pitc check FILE [--dynamic NAME]`: diagnostics only (a .pit file or an ONNX model). */
export function checkCommand(file: string, io: CliIo, dynamic: readonly string[] = []): number {
  const program = loadProgramFile(file, io.cwd, dynamic);
  if (!('loaded' in program)) {
    printDiagnostics(io, program.diagnostics);
    return EXIT_USER_ERROR;
  }
  const result = program.loaded;
  printDiagnostics(io, program.diagnostics, result.source);
  if (!result.graph || hasErrors(program.diagnostics)) return EXIT_USER_ERROR;
  // the middle end's warnings too (a @microtile hint the planner will ignore)
  const analysed = analyse(result.graph).diagnostics;
  printDiagnostics(io, analysed, result.source);
  const ops = result.graph.ops.length;
  const warnings = result.diagnostics.length + analysed.length;
  io.stdout(`${printable(file)}: ok (${ops} ${ops === 1 ? 'op' : 'ops'}${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''})\n`);
  return EXIT_OK;
}
