import { Lexer, type IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import * as T from './tokens.js';

const pitLexer = new Lexer(T.allTokens, { positionTracking: 'full', ensureOptimizations: false });

/** The tokens of one statement (one logical line) and whether the line had a lexical error. */
export interface StatementTokens {
  readonly tokens: readonly IToken[];
  readonly hasLexError: boolean;
}

export interface LexResult {
  readonly statements: readonly StatementTokens[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Tokenize a file and split it into statements. A newline ends a statement unless it is inside
 * parentheses or brackets, so long expressions may continue on the next line.
 */
export function lexStatements(source: SourceFile): LexResult {
  const result = pitLexer.tokenize(source.text);
  const diagnostics: Diagnostic[] = [];
  const badOffsets: number[] = [];
  for (const err of result.errors) {
    const ch = source.text.slice(err.offset, err.offset + err.length);
    const shown = ch.length === 1 ? describeChar(ch) : `'${ch}'`;
    diagnostics.push(
      diagnostic('PIT1001', `unexpected character ${shown}`, { file: source.name, start: err.offset, end: err.offset + err.length }),
    );
    badOffsets.push(err.offset);
  }

  const statements: StatementTokens[] = [];
  let current: IToken[] = [];
  let hasLexError = false;
  let depth = 0;
  let lastEnd = 0;
  let nextBad = 0;
  const flush = (): void => {
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
      if (depth === 0) flush();
      continue;
    }
    if (tok.tokenType === T.BadNumber) {
      diagnostics.push(diagnostic('PIT1002', badNumberMessage(tok.image), spanOfToken(source.name, tok)));
      hasLexError = true;
      continue;
    }
    if (tok.tokenType === T.LParen || tok.tokenType === T.LBracket) depth++;
    if ((tok.tokenType === T.RParen || tok.tokenType === T.RBracket) && depth > 0) depth--;
    current.push(tok);
  }
  markLexErrorsBefore(Math.max(lastEnd, source.text.length) + 1);
  flush();
  return { statements, diagnostics };
}

export function spanOfToken(file: string, tok: IToken): { file: string; start: number; end: number } {
  return { file, start: tok.startOffset, end: (tok.endOffset ?? tok.startOffset + tok.image.length - 1) + 1 };
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

function badNumberMessage(image: string): string {
  const m = /^(\d+)([A-Za-z_]\w*)$/.exec(image);
  if (m && !/^[eE]\d*$/.test(m[2] ?? '')) return `malformed number '${image}' (write ${m[1]}*${m[2]} for a product)`;
  return `malformed number '${image}'`;
}
