import { hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError } from '../../ir/core/errors.js';
import { makeSourceFile, type SourceFile } from '../../ir/core/span.js';
import type { Graph } from '../../ir/graph/graph.js';
import { verifyGraph } from '../../ir/graph/verify.js';
import type { Program } from './ast.js';
import { checkProgram } from './check/check.js';
import { limitErrors, MAX_SOURCE_LENGTH } from './limits.js';
import { parseProgram } from './parse.js';

export interface FrontEndResult {
  readonly source: SourceFile;
  /** Present unless the file had syntax errors. */
  readonly ast?: Program;
  /** Present when the program has no errors. */
  readonly graph?: Graph;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A text past the size limit is refused (PIT1003) and only looked at up to the limit: the part
 * kept ends with the line holding the first character past it (or a line's worth of it), for
 * the diagnostic's snippet.
 */
function pastTheLimit(text: string): string {
  const lineEnd = text.indexOf('\n', MAX_SOURCE_LENGTH);
  return text.slice(0, Math.max(MAX_SOURCE_LENGTH + 1, Math.min(lineEnd < 0 ? text.length : lineEnd, MAX_SOURCE_LENGTH + 200)));
}

/** Source text → AST → checked graph IR. User mistakes come back as diagnostics. */
export function runFrontEnd(text: string, file = '<input>'): FrontEndResult {
  const source = makeSourceFile(file, text.length > MAX_SOURCE_LENGTH ? pastTheLimit(text) : text);
  const parsed = parseProgram(source);
  if (hasErrors(parsed.diagnostics)) return { source, diagnostics: limitErrors(parsed.diagnostics, parsed.hiddenErrors, parsed.stoppedAt) };
  const checked = checkProgram(parsed.program);
  const diagnostics = limitErrors([...parsed.diagnostics, ...checked.diagnostics]);
  if (!checked.graph) return { source, ast: parsed.program, diagnostics };
  const problems = verifyGraph(checked.graph);
  if (problems.length > 0) throw new InternalError('check', `the checker built invalid graph IR:\n  ${problems.join('\n  ')}`);
  return { source, ast: parsed.program, graph: checked.graph, diagnostics };
}
