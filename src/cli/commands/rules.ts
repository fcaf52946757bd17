import { hasErrors } from '../../../ir/core/diagnostic.js';
import { analyse } from '../../pipeline.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { rulesJson, rulesText } from '../rules-report.js';
import { jsonText } from '../../../ir/core/printable.js';
import { loadProgramFile } from '../program-file.js';

/** `pitc rules FILE [--json]`: the PIT rules found for every op, and the plan's choice. */
export function rulesCommand(file: string, json: boolean, io: CliIo, dynamic: readonly string[] = []): number {
  const program = loadProgramFile(file, io.cwd, dynamic);
  if (!('loaded' in program)) {
    printDiagnostics(io, program.diagnostics);
    return EXIT_USER_ERROR;
  }
  const front = program.loaded;
  printDiagnostics(io, program.diagnostics, front.source);
  if (!front.graph || hasErrors(program.diagnostics)) return EXIT_USER_ERROR;
  const analysis = analyse(front.graph);
  printDiagnostics(io, analysis.diagnostics, front.source);
  io.stdout(json ? jsonText({ schema: 'pitc.rules/1', file, ...(rulesJson(analysis.graph, analysis) as object) }) + '\n' : rulesText(analysis.graph, analysis));
  return EXIT_OK;
}
