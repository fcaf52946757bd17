import { arith, constant } from './build.js';
import { canonicalSort, type Ordering } from './canonical-order.js';
import { buildMonomial, negated, toMonomial } from './monomial.js';
import type { ScalarExpr } from './tensor-expr.js';

/**
 * A sum read as signed terms: what `+`, binary `-` and unary `-` build, flattened. Addition is
 * commutative and associative in real arithmetic, and IEEE gives NaN for inf - inf in every
 * order, so terms may be reordered (only rounding, and the sign of a zero, can change).
 */
export interface Term {
  readonly sign: 1 | -1;
  readonly expr: ScalarExpr;
}

export function isSumNode(e: ScalarExpr): boolean {
  return e.kind === 'binary' && (e.op === '+' || e.op === '-');
}

/**
 * Flattens `e` into terms. `leaf` maps every operand that is not itself a sum; a term whose
 * constant factor is negative (`x * -2`, `-x`) is taken as a subtracted `x * 2`, `x`.
 */
export function toTerms(e: ScalarExpr, order: Ordering, leaf: (x: ScalarExpr) => ScalarExpr = (x) => x): Term[] {
  const out: Term[] = [];
  const collect = (x: ScalarExpr, sign: 1 | -1, mapLeaf: boolean): void => {
    const flip: 1 | -1 = sign === 1 ? -1 : 1;
    if (x.kind === 'binary' && x.op === '+') {
      collect(x.lhs, sign, mapLeaf);
      collect(x.rhs, sign, mapLeaf);
    } else if (x.kind === 'binary' && x.op === '-') {
      collect(x.lhs, sign, mapLeaf);
      collect(x.rhs, flip, mapLeaf);
    } else if (x.kind === 'unary' && x.op === 'neg') {
      collect(x.arg, flip, mapLeaf);
    } else if (mapLeaf) {
      collect(leaf(x), sign, false);
    } else {
      const m = toMonomial(x);
      if (m.sign > 0) out.push({ sign, expr: x });
      else {
        const magnitude = buildMonomial(negated(m), order);
        if (isSumNode(magnitude)) collect(magnitude, flip, false);
        else out.push({ sign: flip, expr: magnitude });
      }
    }
  };
  collect(e, 1, true);
  return out;
}

/**
 * The canonical expression of a sum: terms in canonical order, except that a positive term
 * leads when there is one (`x - y`, never `-y + x`), then added or subtracted left to right.
 */
export function buildTerms(terms: readonly Term[], order: Ordering): ScalarExpr {
  // x - 0 and x + -0 are x + 0 (up to the sign of a zero)
  const zeroPositive = terms.map((t): Term => (t.expr.kind === 'const' && t.expr.value === 0 ? { sign: 1, expr: constant(0) } : t));
  // equal terms: added before subtracted (the sort is stable)
  const bySign = [...zeroPositive.filter((t) => t.sign === 1), ...zeroPositive.filter((t) => t.sign === -1)];
  const sorted = canonicalSort(bySign, (t) => t.expr, order);
  const lead = Math.max(0, sorted.findIndex((t) => t.sign === 1));
  const [head] = sorted.splice(lead, 1) as [Term];
  let acc = head.sign === 1 ? head.expr : buildMonomial(negated(toMonomial(head.expr)), order);
  for (const t of sorted) acc = arith(t.sign === 1 ? '+' : '-', acc, t.expr);
  return acc;
}

/** `-e` for a sum `e`, as a canonical sum: -(a - b) is b - a exactly. */
export function negateSum(e: ScalarExpr, order: Ordering): ScalarExpr {
  return buildTerms(toTerms(e, order).map((t): Term => ({ ...t, sign: t.sign === 1 ? -1 : 1 })), order);
}
