import { printScalar } from './print.js';
import { bareAxis, type AffineIndex, type ScalarExpr } from './tensor-expr.js';

/**
 * The canonical order of the operands of a commutative operation (factors of a product, terms
 * of a sum, arguments of max/min, ==, !=). It depends only on the operands, never on how they
 * were written, so `e * v` and `v * e` give one expression:
 *
 * - tensor accesses first, by the op axes their indices use, in the op's axis order (output
 *   axes as the output lays them out, then reduction axes): `a[m, k] * b[k, n]`, `p[i, j] *
 *   v[j, d]`, as one writes A·B; then by the graph's tensor order, then by text;
 * - then index values, compound expressions, reductions, constants, each by printed text.
 */
export interface Ordering {
  /** Position of a tensor in the graph (inputs and weights as declared, then intermediates as defined). */
  readonly tensor: (name: string) => number;
  /** Position of an axis in the op: spatial axes, then reduction axes. */
  readonly axis: (name: string) => number;
}

type Key = readonly [number, readonly number[], number, string];

const COMPOUND = 1_000;
const CONSTANT = 1_000_000;

function indexKey(ix: AffineIndex, ord: Ordering): number {
  const [first] = ix.terms;
  if (!first) return CONSTANT + ix.constant;
  const bare = bareAxis(ix) !== undefined;
  return (bare ? 0 : COMPOUND) + ord.axis(first.axis);
}

function keyOf(e: ScalarExpr, ord: Ordering): Key {
  const text = printScalar(e);
  switch (e.kind) {
    case 'access':
      return [0, e.indices.map((ix) => indexKey(ix, ord)), ord.tensor(e.tensor), text];
    case 'axis':
      return [1, [], 0, text];
    case 'reduce':
      return [3, [], 0, text];
    case 'const':
      return [4, [], 0, text];
    default:
      return [2, [], 0, text];
  }
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  const byAxes = compareLists(a[1], b[1]);
  if (byAxes !== 0) return byAxes;
  if (a[2] !== b[2]) return a[2] - b[2];
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/** The items sorted by the canonical order of the expression each one holds (stable). */
export function canonicalSort<T>(items: readonly T[], exprOf: (item: T) => ScalarExpr, ord: Ordering): T[] {
  const keyed = items.map((item) => ({ item, key: keyOf(exprOf(item), ord) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.item);
}
