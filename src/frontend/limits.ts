import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { Span } from '../../ir/core/span.js';
import type * as Ast from './ast.js';

/**
 * The front end's size limits. They keep every stage after it within bounded time, memory and
 * stack: the passes after the parser (checker, IR passes, printers, code generators) walk
 * expressions recursively, and the lexer and parser hold a statement's tokens and syntax tree in
 * memory. A program past a limit is refused with a located diagnostic, never a crash
 * (docs/language.md lists them).
 */

/** Characters (UTF-16 code units) in one source text: PIT1003. */
export const MAX_SOURCE_LENGTH = 1 << 20;

/** Tokens in one statement: PIT2006. */
export const MAX_STATEMENT_TOKENS = 10_000;

/** Nesting of one expression (each operator, sign, call, reduction or bracket is a level): PIT2005. */
export const MAX_EXPRESSION_DEPTH = 256;

/** Errors reported for one program; more (a file of binary junk has one per character) are counted: PIT1004. */
export const MAX_ERRORS = 100;

export const TOO_DEEP = `this statement is nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels); split it into several definitions`;

/** The first node nested deeper than the limit, or undefined when the statement is within it. */
export function tooDeeplyNested(statement: Ast.Statement, limit = MAX_EXPRESSION_DEPTH): Span | undefined {
  return statement.kind === 'def' ? deepNode(statement.expr, 1, limit) : undefined;
}

function deepNode(e: Ast.Expr, depth: number, limit: number): Span | undefined {
  if (depth > limit) return e.span;
  const children = childrenOf(e);
  for (const child of children) {
    const found = deepNode(child, depth + 1, limit);
    if (found) return found;
  }
  return undefined;
}

function childrenOf(e: Ast.Expr): readonly Ast.Expr[] {
  switch (e.kind) {
    case 'number':
    case 'name':
      return [];
    case 'access':
      return e.indices;
    case 'call':
      return e.args;
    case 'neg':
      return [e.arg];
    case 'binary':
      return [e.lhs, e.rhs];
    case 'reduce':
      return [e.body];
    case 'top':
      return [...e.args, e.body];
  }
}

/**
 * The first MAX_ERRORS errors (and every warning), then one PIT1004 error saying how many more
 * there were, at the first of them: a file of junk gets a screenful of diagnostics, not one per
 * character. `alreadyHidden` errors were counted but never made into diagnostics (the lexer's);
 * `stoppedAt` is where the parser stopped looking, past too many statements that do not parse.
 */
export function limitErrors(diagnostics: readonly Diagnostic[], alreadyHidden = 0, stoppedAt?: Span): readonly Diagnostic[] {
  let errors = 0;
  let firstHidden: Span | undefined;
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.severity === 'error' && ++errors > MAX_ERRORS) {
      firstHidden ??= d.span;
      continue;
    }
    kept.push(d);
  }
  const more = Math.max(0, errors - MAX_ERRORS) + alreadyHidden;
  const stopped = stoppedAt ? ` (pitc stopped looking: more than ${MAX_ERRORS} statements do not parse)` : '';
  if (more > 0) {
    kept.push(diagnostic('PIT1004', `${more} more error${more === 1 ? ' was' : 's were'} found from here on and ${more === 1 ? 'is' : 'are'} not shown${stopped}; fix the ones above first`, firstHidden));
  } else if (stoppedAt) {
    kept.push(diagnostic('PIT1004', `the program is not checked from here on${stopped}; fix the ones above first`, stoppedAt));
  }
  return more > 0 || stoppedAt ? kept : diagnostics;
}
