import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import { MAX_ERRORS, MAX_EXPRESSION_DEPTH, MAX_SOURCE_LENGTH, MAX_STATEMENT_TOKENS, TOO_DEEP } from './limits.js';
import * as T from './tokens.js';

// offsets are all the front end uses (spans are offsets; the end offset is set on the tokens
// kept, below); chevrotain's own error messages are never shown: both kept minimal, so a
// megabyte of junk costs little memory before it is refused
const pitLexer = new Lexer(T.allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: false,
  errorMessageProvider: { buildUnexpectedCharactersMessage: () => '', buildUnableToPopLexerModeMessage: () => '' },
});

/** The tokens of one statement (one logical line) and whether the line had a lexical error. */
export interface StatementTokens {
  readonly tokens: readonly IToken[];
  /** A lexical or bracket error, already reported: the statement is not parsed. */
  readonly hasLexError: boolean;
}

export interface LexResult {
  readonly statements: readonly StatementTokens[];
  readonly diagnostics: readonly Diagnostic[];
  /** Errors found but not made into diagnostics, since they could never be shown (limits.ts). */
  readonly hiddenErrors: number;
}

/**
 * Tokenize a file and split it into statements. A newline ends a statement unless it is inside
 * parentheses or brackets, so long expressions may continue on the next line. Unbalanced
 * brackets are reported here (PIT2004), where the whole statement is in view, and so are the
 * size limits (limits.ts): a text too long is not tokenized at all (PIT1003); a statement with
 * too many tokens (PIT2006) or brackets nested too deeply (PIT2005) is not parsed, and its
 * tokens past the limit are not kept.
 */
export function lexStatements(source: SourceFile): LexResult {
  if (source.text.length > MAX_SOURCE_LENGTH) {
    const at = { file: source.name, start: MAX_SOURCE_LENGTH, end: MAX_SOURCE_LENGTH + 1 };
    const message = `the program is longer than ${MAX_SOURCE_LENGTH} characters, the most pitc reads; split the work into several programs`;
    return { statements: [], diagnostics: [diagnostic('PIT1003', message, at)], hiddenErrors: 0 };
  }
  const result = pitLexer.tokenize(source.text);
  const diagnostics: Diagnostic[] = [];
  // each kind of error below is found in source order, so past MAX_ERRORS + 1 of a kind the rest
  // can never be among the errors shown: they are only counted (a megabyte of junk is cheap)
  const unexpected = errorStream(diagnostics);
  const badNumbers = errorStream(diagnostics);
  const atToken = errorStream(diagnostics);
  const unclosedBrackets = errorStream(diagnostics);
  const badOffsets: number[] = [];
  for (const err of result.errors) {
    unexpected.add(() => {
      const chars = [...source.text.slice(err.offset, err.offset + err.length)];
      const what = chars.length === 1 ? 'character' : 'characters';
      return diagnostic('PIT1001', `unexpected ${what} ${describeChars(chars)}`, { file: source.name, start: err.offset, end: err.offset + err.length });
    });
    badOffsets.push(err.offset);
  }

  const statements: StatementTokens[] = [];
  let current: IToken[] = [];
  let hasLexError = false;
  // brackets opened in this statement and not yet closed: a newline inside them continues it
  let open: IToken[] = [];
  let bracketReported = false;
  // the statement's size problem (too many tokens, brackets too deep), reported once
  let sizeReported = false;
  let tokenCount = 0;
  let lastEnd = 0;
  let nextBad = 0;
  let atLineStart = true;
  const flush = (): void => {
    if (open.length > 0 && !bracketReported) {
      const unclosed = open[open.length - 1] as IToken;
      const closer = unclosed.tokenType === T.LParen ? ')' : ']';
      unclosedBrackets.add(() =>
        diagnostic('PIT2004', `this '${unclosed.image}' is never closed (expected a matching '${closer}')`, spanOfToken(source.name, unclosed)),
      );
      hasLexError = true;
    }
    open = [];
    bracketReported = false;
    sizeReported = false;
    tokenCount = 0;
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
      badNumbers.add(() => diagnostic('PIT1002', badNumberMessage(tok.image), spanOfToken(source.name, tok)));
      hasLexError = true;
      continue;
    }
    if (tok.tokenType === T.LParen || tok.tokenType === T.LBracket) open.push(tok);
    if (tok.tokenType === T.RParen || tok.tokenType === T.RBracket) {
      const problem = closingProblem(tok, open.pop(), source.name);
      if (problem && !bracketReported) {
        atToken.add(() => problem);
        hasLexError = true;
        bracketReported = true;
      }
    }
    tokenCount++;
    const tooBig = tokenCount > MAX_STATEMENT_TOKENS ? tooManyTokens : open.length > MAX_EXPRESSION_DEPTH ? TOO_DEEP_BRACKETS : undefined;
    if (tooBig && !sizeReported) {
      atToken.add(() => diagnostic(tooBig.code, tooBig.message, spanOfToken(source.name, tok)));
      hasLexError = true;
      sizeReported = true;
    }
    // a statement that will not be parsed keeps no more tokens; those kept get their end offset,
    // which the parser's node locations need ('onlyOffset' tracking leaves it out to save memory)
    if (!sizeReported) {
      tok.endOffset = tok.startOffset + tok.image.length - 1;
      current.push(tok);
    }
  }
  markLexErrorsBefore(Math.max(lastEnd, source.text.length) + 1);
  flush();
  const hiddenErrors = unexpected.hidden() + badNumbers.hidden() + atToken.hidden() + unclosedBrackets.hidden();
  return { statements, diagnostics, hiddenErrors };
}

/** Errors of one kind, in source order: the first MAX_ERRORS + 1 become diagnostics, the rest are counted. */
function errorStream(into: Diagnostic[]): { add(make: () => Diagnostic): void; hidden(): number } {
  let count = 0;
  return {
    add(make) {
      if (++count <= MAX_ERRORS + 1) into.push(make());
    },
    hidden: () => Math.max(0, count - MAX_ERRORS - 1),
  };
}

const tooManyTokens = {
  code: 'PIT2006',
  message: `this statement has more than ${MAX_STATEMENT_TOKENS} tokens; split it into several definitions`,
} as const;
const TOO_DEEP_BRACKETS = { code: 'PIT2005', message: TOO_DEEP } as const;

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
