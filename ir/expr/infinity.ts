import type { ScalarExpr } from './tensor-expr.js';

/**
 * Whether an expression may hold an infinity that the program spells: an `inf` / `-inf`
 * literal (a -inf fill of masked scores, say), carried on through arithmetic, `where`,
 * reductions and the tensors computed from it, or `log`, whose log(0) = -inf is an idiom
 * (`s + log(mask)`). Overflow and division by zero are not counted: the language assumes
 * they do not happen (docs/language.md), so a rewrite that is exact in real arithmetic may
 * ignore them, but never a spelled infinity, whose result the language defines.
 *
 * `tensorMayBeInfinite` answers for the tensors an expression reads (inputs and weights are
 * finite by the language's assumption).
 */
export function mayHoldInfinity(e: ScalarExpr, tensorMayBeInfinite: (tensor: string) => boolean): boolean {
  const visit = (x: ScalarExpr): boolean => {
    switch (x.kind) {
      case 'const':
        return !Number.isFinite(x.value);
      case 'access':
        return tensorMayBeInfinite(x.tensor);
      case 'axis':
        return false;
      case 'unary':
        // tanh and sigmoid map ±inf to finite values; log(0) is -inf
        if (x.op === 'tanh' || x.op === 'sigmoid') return false;
        return x.op === 'log' || visit(x.arg);
      case 'binary':
        if (x.dtype === 'bool' && x.op !== 'max' && x.op !== 'min') return false; // comparisons
        return x.op === '/' ? visit(x.lhs) : visit(x.lhs) || visit(x.rhs);
      case 'where':
        return visit(x.then) || visit(x.else);
      case 'reduce':
        return visit(x.body);
    }
  };
  return visit(e);
}
