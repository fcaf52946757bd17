import { accessesOf, type AccessExpr, type AffineIndex, type TensorExpr } from './tensor-expr.js';

/** An access whose index can leave its dimension for some axis values. */
export interface BoundsViolation {
  readonly access: AccessExpr;
  readonly position: number;
  readonly lo: number;
  readonly hi: number;
  readonly extent: number;
}

/** Smallest and largest value of an affine index when every axis ranges over [0, extent). */
export function affineRange(index: AffineIndex, extents: ReadonlyMap<string, number>): { lo: number; hi: number } {
  let lo = index.constant;
  let hi = index.constant;
  for (const t of index.terms) {
    const span = t.coef * ((extents.get(t.axis) ?? 1) - 1);
    if (span > 0) hi += span;
    else lo += span;
  }
  return { lo, hi };
}

/**
 * Checks every access of an op against concrete shapes. Affine indices over a box reach their
 * extremes at its corners, so this interval check proves every access in bounds (or finds one
 * that is not) without touching the data.
 */
export function findOutOfBounds(
  expr: TensorExpr,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[] | undefined,
): BoundsViolation | undefined {
  for (const access of accessesOf(expr.body)) {
    const shape = shapeOf(access.tensor) ?? [];
    for (let position = 0; position < access.indices.length; position++) {
      const index = access.indices[position] as AffineIndex;
      const extent = shape[position] ?? 0;
      const { lo, hi } = affineRange(index, extents);
      if (lo < 0 || hi >= extent) return { access, position, lo, hi, extent };
    }
  }
  return undefined;
}
