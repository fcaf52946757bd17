import type { AccessExpr } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';

/** A flat element offset: Σ coef·axis + constant, terms non-zero and in first-appearance order. */
export interface FoldedOffset {
  readonly terms: readonly { readonly axis: string; readonly coef: number }[];
  readonly constant: number;
}

/**
 * The flat row-major offset of an access, its affine indices and the tensor's strides folded
 * into one sum (`A[i + 1][2 * j]` over shape [n, m] is `m·i + 2·j + m`).
 */
export function foldAccess(e: AccessExpr, shape: readonly number[]): FoldedOffset {
  const strides = stridesOf(shape);
  const coef = new Map<string, number>();
  let constant = 0;
  e.indices.forEach((ix, d) => {
    const s = strides[d] ?? 0;
    constant += s * ix.constant;
    for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
  });
  const terms = [...coef].filter(([, c]) => c !== 0).map(([axis, c]) => ({ axis, coef: c }));
  return { terms, constant };
}

/** The row-major offset of a point over axes of the given extents, outermost first. */
export function rowMajor(axes: readonly string[], extents: readonly number[]): FoldedOffset {
  const strides = stridesOf(extents);
  return { terms: axes.map((axis, i) => ({ axis, coef: strides[i] as number })), constant: 0 };
}

/**
 * An offset as text: `c * v` terms (`v` alone for c = 1), the constant last and only when
 * non-zero, `0` for an empty sum; `int` spells an integer literal of the language.
 */
export function offsetText(
  offset: FoldedOffset,
  variable: (axis: string) => string,
  int: (n: number) => string,
): string {
  const terms = offset.terms.map((t) => scaled(t.coef, variable(t.axis), int));
  if (offset.constant !== 0) terms.push(int(offset.constant));
  return terms.length === 0 ? int(0) : terms.join(' + ');
}

/** `v` for a coefficient of 1, else `c * v`. */
export function scaled(coef: number, v: string, int: (n: number) => string = String): string {
  return coef === 1 ? v : `${int(coef)} * ${v}`;
}

/** `0` for an empty sum, else the terms joined with ` + `. */
export function sumText(terms: readonly string[]): string {
  return terms.length === 0 ? '0' : terms.join(' + ');
}
