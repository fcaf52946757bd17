import { diagnostic, type RelatedInfo } from '../../../ir/core/diagnostic.js';
import type { Span } from '../../../ir/core/span.js';
import { dimAdd, dimConst, dimEquals, dimFloorDiv, dimMin, dimScale, printDim, simplifyDim, type DimExpr } from '../../../ir/dim-expr.js';
import { bareAxis, type AffineIndex } from '../../../ir/expr/tensor-expr.js';
import { printAffine } from '../../../ir/expr/print.js';
import type { AccessSite, CheckEnv } from './env.js';

/** An axis to size, with where it was written (for diagnostics). */
export interface AxisToSize {
  readonly name: string;
  readonly written: string;
  readonly span: Span;
}

/** One index position of one access: `x[..., 2*i + r, ...]` against x's extent there. */
interface IndexUse {
  readonly index: AffineIndex;
  readonly extent: DimExpr;
  readonly site: AccessSite;
  readonly position: number;
}

/**
 * Infers the extent of every axis of one definition (DESIGN §3):
 * - an axis used as a bare index takes that dimension's extent; two bare uses must agree;
 * - an axis seen only inside affine indices takes the largest extent that keeps every such
 *   access in bounds for all values of the other axes.
 * Then checks that every affine access stays in bounds. Returns undefined for an axis whose
 * extent could not be inferred (after reporting why).
 */
export function inferExtents(axes: readonly AxisToSize[], accesses: readonly AccessSite[], env: CheckEnv, given: ReadonlyMap<string, DimExpr> = new Map()): Map<string, DimExpr> {
  const uses: IndexUse[] = accesses.flatMap((site) =>
    site.indices.map((index, position) => ({ index, extent: site.tensor.shape[position] ?? dimConst(1), site, position })),
  );
  // extents stated with @extent come first and are not inferred
  const extents = new Map<string, DimExpr>(given);
  const firstBareUse = new Map<string, IndexUse>();
  const conflicted = new Set<string>();

  for (const use of uses) {
    const axis = bareAxis(use.index);
    // a stated extent is not inferred: its bare uses need only stay in bounds (checked below)
    if (axis === undefined || given.has(axis)) continue;
    const known = extents.get(axis);
    if (known === undefined) {
      extents.set(axis, use.extent);
      firstBareUse.set(axis, use);
    } else if (!dimEquals(known, use.extent) && !conflicted.has(axis)) {
      conflicted.add(axis);
      const first = firstBareUse.get(axis);
      const related: RelatedInfo[] = first ? [{ message: `'${axis}' has extent ${printDim(known)} here`, span: spanOfUse(first) }] : [];
      env.diagnostics.push(
        diagnostic(
          'PIT3004',
          `index '${axis}' is used with extent ${printDim(use.extent)} here (dimension ${use.position} of '${use.site.tensor.name}') but with extent ${printDim(known)} elsewhere`,
          spanOfUse(use),
          related,
        ),
      );
    }
  }

  inferAffineOnly(axes, uses, extents);

  for (const axis of axes) {
    if (extents.has(axis.name)) continue;
    const seen = uses.some((u) => u.index.terms.some((t) => t.axis === axis.name));
    const why = seen
      ? `it appears only in affine indices that do not bound it (give it a bare use such as w[${axis.written}])`
      : 'it is not used to index any tensor';
    env.diagnostics.push(diagnostic('PIT3015', `cannot infer the extent of axis '${axis.written}': ${why}`, axis.span));
  }

  for (const axis of axes) {
    const extent = extents.get(axis.name);
    if (extent && extent.kind === 'const' && extent.value <= 0) {
      env.diagnostics.push(
        diagnostic('PIT3008', `axis '${axis.written}' would have extent ${extent.value}: the accesses that bound it cannot fit`, axis.span),
      );
    }
  }
  if (conflicted.size === 0) checkBounds(uses, extents, env, given);
  return extents;
}

/**
 * Sizes axes that only occur inside compound indices. An axis is sized once every index that
 * contains it has all its other axes sized; if that never happens, the indices whose other
 * axes are sized are used.
 */
function inferAffineOnly(axes: readonly AxisToSize[], uses: readonly IndexUse[], extents: Map<string, DimExpr>): void {
  for (;;) {
    const pending = axes.filter((a) => !extents.has(a.name));
    if (pending.length === 0) return;
    let progress = false;
    for (const strict of [true, false]) {
      for (const axis of pending) {
        const bound = boundFromUses(axis.name, uses, extents, strict);
        if (bound !== undefined) {
          extents.set(axis.name, bound);
          progress = true;
        }
      }
      if (progress) break;
    }
    if (!progress) return;
  }
}

function boundFromUses(axis: string, uses: readonly IndexUse[], extents: ReadonlyMap<string, DimExpr>, strict: boolean): DimExpr | undefined {
  const bounds: DimExpr[] = [];
  for (const use of uses) {
    const term = use.index.terms.find((t) => t.axis === axis);
    if (!term) continue;
    const others = use.index.terms.filter((t) => t.axis !== axis);
    if (others.some((t) => !extents.has(t.axis))) {
      if (strict) return undefined;
      continue;
    }
    // every other axis ranges over [0, n-1]
    const spread = (sign: number): DimExpr =>
      dimAdd(...others.filter((t) => Math.sign(t.coef) === sign).map((t) => dimScale(t.coef, dimAdd(extents.get(t.axis) as DimExpr, dimConst(-1)))));
    if (term.coef > 0) {
      // c0 + c·(n-1) + maxOthers ≤ D - 1  ⇒  n ≤ floor((D - 1 - c0 - maxOthers) / c) + 1
      const room = dimAdd(use.extent, dimConst(-1 - use.index.constant), dimScale(-1, spread(1)));
      bounds.push(dimAdd(dimFloorDiv(room, term.coef), dimConst(1)));
    } else {
      // c0 + c·(n-1) + minOthers ≥ 0  ⇒  n ≤ floor((c0 + minOthers) / |c|) + 1
      const room = dimAdd(dimConst(use.index.constant), spread(-1));
      bounds.push(dimAdd(dimFloorDiv(room, -term.coef), dimConst(1)));
    }
  }
  return bounds.length === 0 ? undefined : dimMin(...bounds);
}

/**
 * Every compound index must stay inside its dimension for all axis values. Proven violations
 * are PIT3008 errors; conditions that depend on symbolic dims are checked again at run time.
 */
function checkBounds(uses: readonly IndexUse[], extents: ReadonlyMap<string, DimExpr>, env: CheckEnv, given: ReadonlyMap<string, DimExpr>): void {
  const reported = new Set<AccessSite>();
  for (const use of uses) {
    const bare = bareAxis(use.index);
    if ((bare !== undefined && !given.has(bare)) || reported.has(use.site)) continue;
    const range = indexRange(use.index, extents);
    if (!range) continue;
    const over = simplifyDim(dimAdd(range.hi, dimScale(-1, use.extent), dimConst(1)));
    const tooHigh = over.kind === 'const' && over.value > 0;
    const tooLow = range.lo.kind === 'const' && range.lo.value < 0;
    if (!tooHigh && !tooLow) continue;
    reported.add(use.site);
    const where = `index ${printAffine(use.index)} of '${use.site.tensor.name}'`;
    const message = tooLow
      ? `${where} can be ${printDim(range.lo)}, below 0`
      : `${where} can reach ${printDim(range.hi)}, past the end of dimension ${use.position} (extent ${printDim(use.extent)})`;
    env.diagnostics.push(diagnostic('PIT3008', message, spanOfUse(use)));
  }
}

/** The smallest and largest value of an affine index over all axis values. */
export function indexRange(index: AffineIndex, extents: ReadonlyMap<string, DimExpr>): { lo: DimExpr; hi: DimExpr } | undefined {
  const lo: DimExpr[] = [dimConst(index.constant)];
  const hi: DimExpr[] = [dimConst(index.constant)];
  for (const t of index.terms) {
    const n = extents.get(t.axis);
    if (!n) return undefined;
    (t.coef > 0 ? hi : lo).push(dimScale(t.coef, dimAdd(n, dimConst(-1))));
  }
  return { lo: dimAdd(...lo), hi: dimAdd(...hi) };
}

function spanOfUse(use: IndexUse): Span {
  return use.site.indexSpans[use.position] ?? use.site.span;
}
