import type { IToken } from 'chevrotain';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile, Span } from '../../ir/core/span.js';
import type * as Ast from './ast.js';
import { statementToAst } from './cst-to-ast.js';
import { lexStatements, spanOfToken } from './lexer.js';
import { MAX_ERRORS, TOO_DEEP, tooDeeplyNested } from './limits.js';
import { keywordHint, OPERATORS, pitParser } from './parser.js';
import * as T from './tokens.js';

export interface ParseResult {
  readonly program: Ast.Program;
  readonly diagnostics: readonly Diagnostic[];
  /** Errors found but not made into diagnostics, since they could never be shown (limits.ts). */
  readonly hiddenErrors: number;
  /** Where parsing stopped, when more statements failed to parse than errors could ever be shown. */
  readonly stoppedAt?: Span;
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
  let continuesPrevious = false;
  // parse errors come in source order, at most one per statement: past MAX_ERRORS + 1 statements
  // that do not parse, no later error could be shown, so a file of junk is not parsed to its end
  let failed = 0;
  let stoppedAt: Span | undefined;
  for (const line of lexed.statements) {
    const first = line.tokens[0];
    if (failed > MAX_ERRORS && first) {
      stoppedAt = spanOfToken(source.name, first);
      break;
    }
    if (line.hasLexError || line.tokens.length === 0) {
      continuesPrevious = false;
      continue;
    }
    const parsed = parseStatement(line.tokens, source);
    if ('problem' in parsed) {
      // a line after one that ended on an operator is its intended continuation: its own parse
      // error would only repeat the first mistake
      if (!continuesPrevious) diagnostics.push(parsed.problem);
      failed++;
      continuesPrevious = endsOnOperator(line.tokens);
    } else {
      statements.push(parsed.statement);
      continuesPrevious = false;
    }
  }
  return { program: { file: source.name, statements }, diagnostics: sortDiagnostics(diagnostics), hiddenErrors: lexed.hiddenErrors, ...(stoppedAt ? { stoppedAt } : {}) };
}

function endsOnOperator(tokens: readonly IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && OPERATORS.has(last.tokenType);
}

function parseStatement(tokens: readonly IToken[], source: SourceFile): { statement: Ast.Statement } | { problem: Diagnostic } {
  const parser = pitParser();
  const first = tokens[0] as IToken;
  const last = tokens[tokens.length - 1] as IToken;
  const whole: Span = { file: source.name, start: spanOfToken(source.name, first).start, end: spanOfToken(source.name, last).end };
  try {
    parser.input = [...tokens];
    const cst = parser.statement();
    const err = parser.errors[0];
    // 'outpt y', 'dimT': not a definition (no '[' after the name), so name the misspelt keyword
    const second = tokens[1];
    const hint = first.tokenType === T.Identifier && second?.tokenType !== T.LBracket ? keywordHint(first.image) : '';
    if (err && hint) {
      const message = `expected a declaration ('dim', 'input', 'weight', 'output') or a definition like y[i] = ... but found '${first.image}'${hint}`;
      return { problem: diagnostic('PIT2002', message, spanOfToken(source.name, first)) };
    }
    if (err) {
      const code = PARSE_CODE[err.name as keyof typeof PARSE_CODE] ?? 'PIT2001';
      const tok = err.token;
      // at end of line chevrotain reports an EOF token without a position: point just past the
      // line (a zero-width span at the very end of the file, which has nothing after it)
      const lineEnd = whole.end;
      const span =
        tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset)
          ? { file: source.name, start: lineEnd, end: Math.min(lineEnd + 1, source.text.length) }
          : spanOfToken(source.name, tok);
      return { problem: diagnostic(code, err.message, span) };
    }
    const statement = statementToAst(cst, source.name);
    const deep = tooDeeplyNested(statement);
    return deep ? { problem: diagnostic('PIT2005', TOO_DEEP, deep) } : { statement };
  } catch (e) {
    // the recursive-descent parser ran out of stack (thousands of signs or reductions in a row;
    // brackets that deep are refused by the lexer already)
    if (e instanceof RangeError) return { problem: diagnostic('PIT2005', TOO_DEEP, whole) };
    throw e;
  }
}
