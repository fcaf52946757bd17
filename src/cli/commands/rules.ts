import { hasErrors } from '../../../ir/core/diagnostic.js';
import { runFrontEnd } from '../../frontend/index.js';
import { analyse } from '../../pipeline.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { rulesJson, rulesText } from '../rules-report.js';
import { readSourceFile } from '../source.js';
import { jsonText } from '../../../ir/core/printable.js';

/** `pitc rules FILE [--json]`: the PIT rules found for every op, and the plan's choice. */
export function rulesCommand(file: string, json: boolean, io: CliIo): number {
  const read = readSourceFile(file, io.cwd);
  if (read.text === undefined) {
    printDiagnostics(io, read.diagnostics);
    return EXIT_USER_ERROR;
  }
  const front = runFrontEnd(read.text, file);
  printDiagnostics(io, front.diagnostics, front.source);
  if (!front.graph || hasErrors(front.diagnostics)) return EXIT_USER_ERROR;
  const analysis = analyse(front.graph);
  printDiagnostics(io, analysis.diagnostics, front.source);
  io.stdout(json ? jsonText({ schema: 'pitc.rules/1', file, ...(rulesJson(analysis.graph, analysis) as object) }) + '\n' : rulesText(analysis.graph, analysis));
  return EXIT_OK;
}
