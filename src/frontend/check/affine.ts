import { diagnostic } from '../../../ir/core/diagnostic.js';
import type { AffineIndex, AffineTerm } from '../../../ir/expr/tensor-expr.js';
import type * as Ast from '../ast.js';
import type { CheckEnv } from './env.js';

/** Resolves an index name to the IR axis it denotes, or reports why it cannot. */
export type AxisResolver = (name: string, span: Ast.Ident['span']) => string | undefined;

interface Linear {
  readonly terms: Map<string, number>;
  readonly constant: number;
}

/**
 * Converts an index expression such as `2*i + r - 1` into affine form. Anything else
 * (products of names, division, function calls, nested accesses) is a PIT3014 diagnostic.
 */
export function toAffine(expr: Ast.Expr, resolve: AxisResolver, env: CheckEnv): AffineIndex | undefined {
  const lin = linear(expr, resolve, env);
  if (!lin) return undefined;
  // huge constants (1e300*1e300 is inf, inf - inf is NaN) cannot index anything
  if (![lin.constant, ...lin.terms.values()].every((n) => Number.isSafeInteger(n))) {
    return notAffine(expr, env, 'its numbers are too large to be exact integers');
  }
  const terms: AffineTerm[] = [];
  for (const [axis, coef] of lin.terms) if (coef !== 0) terms.push({ axis, coef });
  return { terms, constant: lin.constant };
}

function notAffine(expr: Ast.Expr, env: CheckEnv, why: string): undefined {
  env.diagnostics.push(diagnostic('PIT3014', `index must be an affine expression of index names (${why})`, expr.span));
  return undefined;
}

function linear(expr: Ast.Expr, resolve: AxisResolver, env: CheckEnv): Linear | undefined {
  switch (expr.kind) {
    case 'number':
      if (!Number.isInteger(expr.value)) return notAffine(expr, env, `'${expr.text}' is not an integer`);
      return { terms: new Map(), constant: expr.value };
    case 'name': {
      const axis = resolve(expr.name, expr.span);
      if (axis === undefined) return undefined;
      return { terms: new Map([[axis, 1]]), constant: 0 };
    }
    case 'neg': {
      const inner = linear(expr.arg, resolve, env);
      return inner && scale(inner, -1);
    }
    case 'binary': {
      if (expr.op === '+' || expr.op === '-') {
        const a = linear(expr.lhs, resolve, env);
        const b = linear(expr.rhs, resolve, env);
        if (!a || !b) return undefined;
        return add(a, expr.op === '+' ? b : scale(b, -1));
      }
      if (expr.op === '*') {
        const a = linear(expr.lhs, resolve, env);
        const b = linear(expr.rhs, resolve, env);
        if (!a || !b) return undefined;
        if (a.terms.size === 0) return scale(b, a.constant);
        if (b.terms.size === 0) return scale(a, b.constant);
        return notAffine(expr, env, 'a product of two index names');
      }
      return notAffine(expr, env, `'${expr.op}' is not allowed in an index`);
    }
    case 'access':
      return notAffine(expr, env, 'indirect indexing through a tensor is not supported');
    case 'call':
      return notAffine(expr, env, `function '${expr.fn.name}' is not allowed in an index`);
    case 'reduce':
    case 'top':
      return notAffine(expr, env, 'a reduction is not allowed in an index');
  }
}

function scale(a: Linear, k: number): Linear {
  const terms = new Map<string, number>();
  for (const [axis, c] of a.terms) terms.set(axis, c * k);
  return { terms, constant: a.constant * k };
}

function add(a: Linear, b: Linear): Linear {
  const terms = new Map(a.terms);
  for (const [axis, c] of b.terms) terms.set(axis, (terms.get(axis) ?? 0) + c);
  return { terms, constant: a.constant + b.constant };
}
