import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import * as T from './tokens.js';

const pitLexer = new Lexer(T.allTokens, { positionTracking: 'full', ensureOptimizations: false });

/** The tokens of one statement (one logical line) and whether the line had a lexical error. */
export interface StatementTokens {
  readonly tokens: readonly IToken[];
  /** A lexical or bracket error, already reported: the statement is not parsed. */
  readonly hasLexError: boolean;
}

export interface LexResult {
  readonly statements: readonly StatementTokens[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Tokenize a file and split it into statements. A newline ends a statement unless it is inside
 * parentheses or brackets, so long expressions may continue on the next line. Unbalanced
 * brackets are reported here (PIT2004), where the whole statement is in view.
 */
export function lexStatements(source: SourceFile): LexResult {
  const result = pitLexer.tokenize(source.text);
  const diagnostics: Diagnostic[] = [];
  const badOffsets: number[] = [];
  for (const err of result.errors) {
    const chars = [...source.text.slice(err.offset, err.offset + err.length)];
    const what = chars.length === 1 ? 'character' : 'characters';
    diagnostics.push(
      diagnostic('PIT1001', `unexpected ${what} ${describeChars(chars)}`, { file: source.name, start: err.offset, end: err.offset + err.length }),
    );
    badOffsets.push(err.offset);
  }

  const statements: StatementTokens[] = [];
  let current: IToken[] = [];
  let hasLexError = false;
  // brackets opened in this statement and not yet closed: a newline inside them continues it
  let open: IToken[] = [];
  let bracketReported = false;
  let lastEnd = 0;
  let nextBad = 0;
  let atLineStart = true;
  const flush = (): void => {
    if (open.length > 0 && !bracketReported) {
      const unclosed = open[open.length - 1] as IToken;
      const closer = unclosed.tokenType === T.LParen ? ')' : ']';
      diagnostics.push(
        diagnostic('PIT2004', `this '${unclosed.image}' is never closed (expected a matching '${closer}')`, spanOfToken(source.name, unclosed)),
      );
      hasLexError = true;
    }
    open = [];
    bracketReported = false;
    // a lexer error between the previous statement's end and here belongs to this line
    if (current.length > 0 || hasLexError) statements.push({ tokens: current, hasLexError });
    current = [];
    hasLexError = false;
  };
  const markLexErrorsBefore = (offset: number): void => {
    while (nextBad < badOffsets.length && (badOffsets[nextBad] ?? Infinity) < offset) {
      hasLexError = true;
      nextBad++;
    }
  };

  for (const tok of result.tokens) {
    markLexErrorsBefore(tok.startOffset);
    lastEnd = tok.startOffset;
    if (tok.tokenType === T.Newline) {
      if (open.length === 0) flush();
      atLineStart = true;
      continue;
    }
    // declarations cannot occur inside an expression: a line starting with one ends a statement
    // whose bracket was left open, so one missing ']' does not swallow the rest of the file
    if (atLineStart && open.length > 0 && STATEMENT_KEYWORDS.has(tok.tokenType)) flush();
    atLineStart = false;
    if (tok.tokenType === T.BadNumber) {
      diagnostics.push(diagnostic('PIT1002', badNumberMessage(tok.image), spanOfToken(source.name, tok)));
      hasLexError = true;
      continue;
    }
    if (tok.tokenType === T.LParen || tok.tokenType === T.LBracket) open.push(tok);
    if (tok.tokenType === T.RParen || tok.tokenType === T.RBracket) {
      const problem = closingProblem(tok, open.pop(), source.name);
      if (problem && !bracketReported) {
        diagnostics.push(problem);
        hasLexError = true;
        bracketReported = true;
      }
    }
    current.push(tok);
  }
  markLexErrorsBefore(Math.max(lastEnd, source.text.length) + 1);
  flush();
  return { statements, diagnostics };
}

const STATEMENT_KEYWORDS: ReadonlySet<TokenType> = new Set([T.Dim, T.Input, T.Weight, T.Output]);

/** A ')' or ']' with nothing to close, or closing the other kind of bracket. */
function closingProblem(closer: IToken, opener: IToken | undefined, file: string): Diagnostic | undefined {
  const span = spanOfToken(file, closer);
  if (!opener) {
    const kind = closer.tokenType === T.RParen ? '(' : '[';
    return diagnostic('PIT2004', `unmatched '${closer.image}': no '${kind}' is open here`, span);
  }
  const expected = opener.tokenType === T.LParen ? ')' : ']';
  if (closer.image === expected) return undefined;
  return diagnostic('PIT2004', `expected '${expected}' to close '${opener.image}' but found '${closer.image}'`, span, [
    { message: `'${opener.image}' opened here`, span: spanOfToken(file, opener) },
  ]);
}

export function spanOfToken(file: string, tok: IToken): { file: string; start: number; end: number } {
  return { file, start: tok.startOffset, end: (tok.endOffset ?? tok.startOffset + tok.image.length - 1) + 1 };
}

/** Quoted, with invisible characters (controls, exotic spaces) spelled as U+XXXX. */
function describeChars(chars: readonly string[]): string {
  const invisible = (ch: string): boolean => /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/u.test(ch) && ch !== ' ';
  if (!chars.some(invisible)) return `'${chars.join('')}'`;
  return chars.map((ch) => (invisible(ch) ? `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`)).join(' ');
}

function badNumberMessage(image: string): string {
  const m = /^(\d+)([A-Za-z_]\w*)$/.exec(image);
  if (m && !/^[eE]\d*$/.test(m[2] ?? '')) return `malformed number '${image}' (write ${m[1]}*${m[2]} for a product)`;
  return `malformed number '${image}'`;
}
