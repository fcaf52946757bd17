import type { Span } from '../../ir/core/span.js';
import type * as Ast from './ast.js';

/**
 * How deeply expressions may nest. Every pass after the parser walks expressions recursively,
 * so an unbounded depth (a 10 000-term sum, thousands of nested reductions) would overflow the
 * stack somewhere downstream; the front end refuses it instead, as a diagnostic.
 */
export const MAX_EXPRESSION_DEPTH = 256;

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
