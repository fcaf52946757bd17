import { reductionOver, walkScalar, type AccessExpr, type ScalarExpr } from '../../ir/expr/tensor-expr.js';
import { hasUntouchedCells, type KernelIR, type PitKernel } from '../../ir/kernel/kernel-ir.js';

/**
 * Which PIT outputs never need their untouched cells written. A PIT kernel whose scope is its
 * output cells (or a spatial rule of a reduction) computes only the listed micro-tiles; every
 * other cell holds the SWrite init, which costs a bulk fill of the whole tensor every run (the
 * masked scores `s`, −inf over S × S, and `ex`, 0 over S × S). Nobody reads those cells when:
 *
 * - the tensor is no program output, and
 * - every op reading it is a PIT form over the same index (same key) whose operand is this
 *   tensor, read through bare axes whose dimensions map to the same index dimensions as the
 *   producer's cells, or whose operand is another tensor over that index and which reads this
 *   one through bare axes that are its own strip and gather axes, following the same index
 *   dimensions as the producer's cells (MoE: h[e, t, f] read by y's sum over the routed (t, e)
 *   of r); and read nowhere else (one access form; for a reduction rule, no access outside the
 *   skipped reduction), so its reads are exactly cells of listed micro-tiles, which the producer
 *   wrote.
 *
 * `runsPit` says whether a reader really runs its PIT form on the target at hand (a target that
 * runs some op densely, e.g. wasm's exact float64 kernels, must keep the fill for what it reads).
 * Both the producer and its readers build the same index in the same run, so they pick PIT or
 * dense (the density crossover, a failed guard) together. Pure.
 */
export function unreadUntouched(kernels: readonly KernelIR[], outputs: readonly string[], runsPit: (k: PitKernel) => boolean = () => true): Set<string> {
  const unread = new Set<string>();
  for (const producer of kernels) {
    if (producer.kind !== 'pit' || !hasUntouchedCells(producer)) continue;
    const tensor = producer.expr.output;
    if (outputs.includes(tensor)) continue;
    const readers = kernels.filter((k) => readsTensor(k.expr.body, tensor));
    if (readers.every((r) => r.kind === 'pit' && runsPit(r) && readsOnlyListedCells(producer, r))) unread.add(tensor);
  }
  return unread;
}

/** The kernels with `swrite.untouchedUnread` set where the analysis allows it (new objects; the input is unchanged). */
export function markUnreadUntouched(kernels: readonly KernelIR[], outputs: readonly string[]): KernelIR[] {
  const unread = unreadUntouched(kernels, outputs);
  return kernels.map((k) => (k.kind === 'pit' && unread.has(k.expr.output) ? { ...k, swrite: { ...k.swrite, untouchedUnread: true } } : k));
}

function readsTensor(body: ScalarExpr, tensor: string): boolean {
  let found = false;
  walkScalar(body, (n) => {
    if (n.kind === 'access' && n.tensor === tensor) found = true;
  });
  return found;
}

/** Whether `reader` reads `producer`'s output only at cells of listed micro-tiles of the shared index. */
export function readsOnlyListedCells(producer: PitKernel, reader: PitKernel): boolean {
  const tensor = producer.expr.output;
  const own = reader.operand.access.tensor === tensor;
  // the reader's PIT operand is this tensor, or another tensor over the same index (MoE: y reads
  // h[e, t, f] inside its sum over the routed (t, e) of r, its operand)
  const operand = own ? reader.operand.access : firstAccess(reader.expr.body, tensor);
  if (reader.index.key !== producer.index.key || !operand) return false;
  const axes = bareAxes(operand);
  if (!axes || new Set(axes).size !== axes.length) return false;
  const region = reader.scope.kind === 'reduction' ? reductionOver(reader.expr.body, reader.scope.axes) : reader.expr.body;
  if (!region) return false;
  let inside = 0;
  walkScalar(region, (n) => {
    if (n.kind === 'access' && n.tensor === tensor) inside += sameIndices(n, operand) ? 1 : Number.NaN;
  });
  let everywhere = 0;
  walkScalar(reader.expr.body, (n) => {
    if (n.kind === 'access' && n.tensor === tensor) everywhere++;
  });
  if (Number.isNaN(inside) || inside !== everywhere) return false;
  // dimension d of the tensor: the index dimension the producer's cells and the reader's reads follow
  const produced = producer.expr.spatial.map((a) => sourceDimOfAxis(producer, a.name));
  if (own) return produced.every((s, d) => s === (reader.operand.dimToSource[d] ?? null));
  // read at cells whose index-bound dimensions are the reader's own strip and gather axes, each
  // following the same index dimension as the producer's cells, so only listed micro-tiles
  return produced.some((s) => s !== null) && produced.every((s, d) => s === sourceDimOfAxis(reader, axes[d] as string));
}

function firstAccess(body: ScalarExpr, tensor: string): AccessExpr | undefined {
  let found: AccessExpr | undefined;
  walkScalar(body, (n) => {
    if (n.kind === 'access' && n.tensor === tensor) found ??= n;
  });
  return found;
}

/** The index dimension a PIT kernel's axis follows (strip or gather), or null: its whole range. */
function sourceDimOfAxis(k: PitKernel, axis: string): number | null {
  if (axis === k.gather.axis) return k.operand.dimToSource[k.gather.operandDim] ?? null;
  const strip = k.strips.find((s) => s.axis === axis);
  return strip ? (k.operand.dimToSource[strip.operandDim] ?? null) : null;
}

function bareAxes(a: AccessExpr): string[] | undefined {
  const axes: string[] = [];
  for (const ix of a.indices) {
    const t = ix.terms[0];
    if (ix.terms.length !== 1 || !t || t.coef !== 1 || ix.constant !== 0) return undefined;
    axes.push(t.axis);
  }
  return axes;
}

function sameIndices(a: AccessExpr, b: AccessExpr): boolean {
  return (
    a.indices.length === b.indices.length &&
    a.indices.every((ix, d) => {
      const o = b.indices[d];
      return o !== undefined && ix.constant === o.constant && ix.terms.length === o.terms.length && ix.terms.every((t, i) => t.axis === o.terms[i]?.axis && t.coef === o.terms[i]?.coef);
    })
  );
}

