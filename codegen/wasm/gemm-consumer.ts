import {
  accessesOf,
  bareAxis,
  mapChildren,
  walkScalar,
  type AffineIndex,
  type ScalarExpr,
} from '../../ir/expr/tensor-expr.js';
import { hasUntouchedCells, type KernelIR } from '../../ir/kernel/kernel-ir.js';

/**
 * A point-by-point op that a GEMM's final stores can compute instead of the GEMM's own value:
 * `a[t, f] = relu(h[t, f])` after `h[t, f] = b1[f] + Σ_k x·w1`, the FFN's activation. Its
 * stores then write `relu(b1[f] + acc)` straight into `a`'s buffer, which is `h`'s (`a` writes
 * over `h`, shared-buffers.ts), and `a`'s own pass over the tensor (a read and a write of every
 * cell) does not run. When the runtime cannot fuse the epilogue (several tasks add into a cell),
 * `h` is stored as before and `a` runs as its own op, so the result never depends on which.
 */
export interface StoresConsumer {
  /** The consumer's output tensor. */
  readonly op: string;
  /** What the GEMM's stores compute: the consumer's body over the GEMM's axes, `h`'s body in place of its read of `h`. */
  readonly body: ScalarExpr;
}

/**
 * The consumer of GEMM op `kernels[n]` its stores can compute, if any. It must be the op that
 * writes over the GEMM's output (`shares`: consumer → the tensor whose buffer it takes), dense,
 * reading the output only at its own cell, every other tensor it reads made before the GEMM
 * (or an input), no axis values; the GEMM's output must be read by no op between them, and be
 * neither guarded nor an output-sparse PIT form (whose absent cells are filled, not stored).
 */
export function storesConsumer(
  kernels: readonly KernelIR[],
  n: number,
  shares: ReadonlyMap<string, string>,
  guarded: ReadonlySet<string>,
): StoresConsumer | undefined {
  const gemm = kernels[n];
  if (!gemm || guarded.has(gemm.expr.output) || (gemm.kind === 'pit' && hasUntouchedCells(gemm)))
    return undefined;
  const h = gemm.expr.output;
  const at = kernels.findIndex((k, m) => m > n && shares.get(k.expr.output) === h);
  const consumer = kernels[at];
  if (!consumer || consumer.kind !== 'dense' || consumer.expr.reduce.length > 0) return undefined;
  if (kernels.slice(n + 1, at).some((k) => accessesOf(k.expr.body).some((a) => a.tensor === h)))
    return undefined;
  const madeLate = new Set(kernels.slice(n).map((k) => k.expr.output));
  const axes = consumer.expr.spatial.map((s) => s.name);
  const reads = accessesOf(consumer.expr.body);
  if (reads.some((a) => a.tensor !== h && madeLate.has(a.tensor))) return undefined;
  if (
    !reads.every(
      (a) =>
        a.tensor !== h ||
        (a.indices.length === axes.length && a.indices.every((ix, d) => bareAxis(ix) === axes[d])),
    )
  )
    return undefined;
  let axisValue = false;
  walkScalar(consumer.expr.body, (e) => {
    if (e.kind === 'axis') axisValue = true;
  });
  if (axisValue || gemm.expr.spatial.length !== axes.length) return undefined;
  // the consumer's axes are the GEMM's, position by position (it reads h[its own axes])
  const rename = new Map(axes.map((a, d) => [a, gemm.expr.spatial[d]?.name as string]));
  const substitute = (e: ScalarExpr): ScalarExpr => {
    if (e.kind !== 'access') return mapChildren(e, substitute);
    if (e.tensor === h) return gemm.expr.body;
    return { ...e, indices: e.indices.map((ix) => renamed(ix, rename)) };
  };
  return { op: consumer.expr.output, body: substitute(consumer.expr.body) };
}

function renamed(ix: AffineIndex, rename: ReadonlyMap<string, string>): AffineIndex {
  return { ...ix, terms: ix.terms.map((t) => ({ ...t, axis: rename.get(t.axis) ?? t.axis })) };
}
