import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import type * as Ast from './ast.js';
import { statementToAst } from './cst-to-ast.js';
import { lexStatements, spanOfToken } from './lexer.js';
import { pitParser } from './parser.js';

export interface ParseResult {
  readonly program: Ast.Program;
  readonly diagnostics: readonly Diagnostic[];
}

const PARSE_CODE = {
  MismatchedTokenException: 'PIT2001',
  NoViableAltException: 'PIT2002',
  EarlyExitException: 'PIT2002',
  NotAllInputParsedException: 'PIT2003',
} as const;

/**
 * Parse a whole file. Each statement is parsed on its own, so one bad line yields one error and
 * the other lines are still checked. Lines with a lexical error are not parsed (their error is
 * already reported). Never throws on any input.
 */
export function parseProgram(source: SourceFile): ParseResult {
  const lexed = lexStatements(source);
  const diagnostics: Diagnostic[] = [...lexed.diagnostics];
  const statements: Ast.Statement[] = [];
  const parser = pitParser();
  for (const line of lexed.statements) {
    if (line.hasLexError || line.tokens.length === 0) continue;
    parser.input = [...line.tokens];
    const cst = parser.statement();
    const err = parser.errors[0];
    if (err) {
      const code = PARSE_CODE[err.name as keyof typeof PARSE_CODE] ?? 'PIT2001';
      const tok = err.token;
      const last = line.tokens[line.tokens.length - 1];
      // at end of line chevrotain reports an EOF token without a position: point just past the line
      const span =
        tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset)
          ? { file: source.name, start: last ? spanOfToken(source.name, last).end : 0, end: last ? spanOfToken(source.name, last).end + 1 : 1 }
          : spanOfToken(source.name, tok);
      diagnostics.push(diagnostic(code, err.message, span));
      continue;
    }
    statements.push(statementToAst(cst, source.name));
  }
  return { program: { file: source.name, statements }, diagnostics };
}
