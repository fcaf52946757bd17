import { accessesOf, type AccessExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { hasUntouchedCells, type KernelIR } from '../../ir/kernel/kernel-ir.js';
import type { StageSource } from './pointwise-kernels.js';

/**
 * Intermediates that may live in the buffer of a tensor that dies where they are made: a
 * point-by-point op `y = f(x, …)` that reads `x` only at the cell it writes (`ex[h, i, j] =
 * exp(s[h, i, j] - mx[h, i])`) writes `y` over `x` when nothing reads `x` after it. The softmax
 * chain then reads the scores and writes the exponentials in the same cache lines, instead of
 * fetching a second S × S tensor's lines for the writes (and half the memory). Pure.
 *
 * `y` takes `x`'s buffer when:
 * - `y`'s op has no reduction, and every access of `x` in it is `x` at `y`'s own axes, in order;
 * - `x` is an intermediate, no program output, no index's source, of the same dtype, read by no
 *   op after `y`'s (and not read again by `y`'s op under another name);
 * - `y` is an intermediate, no program output;
 * - every op between `x`'s and `y`'s that reads `x` reads it as `x[its own axes…, reduced axes…]`
 *   (a row max): fused with `y`'s op into one stage group, it reads a row of `x` before `y`'s row
 *   code overwrites that row (checked again on the planned groups: `groupsKeepSharing`);
 * - `y`, when a PIT form, leaves its untouched cells unwritten (a fill of `y` before its op would
 *   wipe `x`; compile-program checks the fills it really plans and compiles again without sharing
 *   otherwise).
 *
 * The result maps `y` to the tensor `x` it overwrites (shapes are compared by the caller, on
 * concrete dims). A caller that wants `x` after the run (`keep`) needs a module without sharing.
 */
export function sharedBuffers(graph: Graph, kernels: readonly KernelIR[]): Map<string, string> {
  const role = new Map(graph.tensors.map((t) => [t.name, t]));
  const outputs = new Set(graph.outputs);
  const indexSources = new Set(kernels.flatMap((k) => (k.kind === 'pit' ? [k.index.source] : [])));
  const producer = new Map(kernels.map((k, n) => [k.expr.output, n]));
  const taken = new Set<string>();
  const shares = new Map<string, string>();
  kernels.forEach((k, n) => {
    const y = k.expr.output;
    if (k.expr.reduce.length > 0 || outputs.has(y) || role.get(y)?.role !== 'intermediate') return;
    if (k.kind === 'pit' && hasUntouchedCells(k) && k.swrite.untouchedUnread !== true) return;
    const axes = k.expr.spatial.map((a) => a.name);
    for (const x of new Set(accessesOf(k.expr.body).map((a) => a.tensor))) {
      const info = role.get(x);
      const made = producer.get(x);
      if (
        !info ||
        info.role !== 'intermediate' ||
        outputs.has(x) ||
        indexSources.has(x) ||
        taken.has(x)
      )
        continue;
      if (made === undefined || made >= n || info.dtype !== k.expr.dtype) continue;
      if (!accessesOf(k.expr.body).every((a) => a.tensor !== x || readsAt(a, axes))) continue;
      if (
        kernels
          .slice(n + 1)
          .some((later) => accessesOf(later.expr.body).some((a) => a.tensor === x))
      )
        continue;
      const between = kernels.slice(made + 1, n);
      if (
        !between.every((r) =>
          accessesOf(r.expr.body).every(
            (a) =>
              a.tensor !== x ||
              readsRowFirst(
                a,
                r.expr.spatial.map((s) => s.name),
              ),
          ),
        )
      )
        continue;
      shares.set(y, x);
      taken.add(x);
      return;
    }
  });
  return shares;
}

/** `a` indexes each dimension by a bare axis, the first `axes.length` by `axes` in order. */
function readsRowFirst(a: AccessExpr, axes: readonly string[]): boolean {
  if (a.indices.length < axes.length) return false;
  return a.indices.every((ix, d) => {
    const t = ix.terms[0];
    if (ix.terms.length !== 1 || !t || t.coef !== 1 || ix.constant !== 0) return false;
    return d < axes.length ? t.axis === axes[d] : !axes.includes(t.axis);
  });
}

/** `a` is the cell of `axes`, exactly. */
function readsAt(a: AccessExpr, axes: readonly string[]): boolean {
  return a.indices.length === axes.length && readsRowFirst(a, axes);
}

/**
 * Whether fused stage groups keep the sharing safe: in a group holding a stage that writes `y`
 * over `x`, every earlier member reading `x` reads, in each row, only the row `y`'s stage writes
 * in that row (its row axes index `x`'s leading dimensions, as `y`'s row axes index `y`'s), so
 * the row is read before it is overwritten and no later row is touched.
 */
export function groupsKeepSharing(
  groups: readonly (readonly { readonly source: StageSource }[])[],
  shares: ReadonlyMap<string, string>,
): boolean {
  const reads = (m: { readonly source: StageSource }, x: string): AccessExpr[] =>
    accessesOf(m.source.stage.value).filter((a) => a.tensor === x);
  for (const members of groups) {
    for (let at = 0; at < members.length; at++) {
      const m = members[at] as { readonly source: StageSource };
      const x = shares.get(m.source.stage.out);
      if (x === undefined) continue;
      const rows = m.source.plan.rowAxes;
      if (!rows.every((a, d) => m.source.stage.axes[d] === a)) return false;
      for (const earlier of members.slice(0, at)) {
        const r = reads(earlier, x);
        const earlierRows = earlier.source.plan.rowAxes;
        const sameRows =
          earlierRows.length === rows.length &&
          earlierRows.every(
            (a, d) => earlier.source.extents.get(a) === m.source.extents.get(rows[d] as string),
          );
        if (r.length > 0 && (!sameRows || !r.every((a) => readsRowFirst(a, earlierRows))))
          return false;
      }
      if (members.slice(at + 1).some((later) => reads(later, x).length > 0)) return false;
    }
  }
  return true;
}
