import { constantValue } from '../../ir/expr/fold.js';
import { reductionsOf, type AccessExpr, type ReduceExpr, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';

/**
 * A matmul-like op seen as a batched GEMM: `R[loop, M, N] = Σ_K A[loop, M, K] · B[loop, N, K]`,
 * where A is the product of the factors without N axes and B of those with them, and the op is
 * `epilogue(R)`. N is a suffix of the output axes (so output rows are contiguous), M are the
 * output axes only A uses, `loop` the others (each GEMM task fixes them), K the reduction axes.
 */
export interface Contraction {
  readonly reduce: ReduceExpr;
  readonly loop: readonly string[];
  readonly m: readonly string[];
  readonly n: readonly string[];
  readonly k: readonly string[];
  readonly aFactors: readonly AccessExpr[];
  readonly bFactors: readonly AccessExpr[];
  /** Product of the constant factors inside the sum. */
  readonly scale: number;
  /** The op is exactly the sum (no work after it). */
  readonly plain: boolean;
}

/** Recognises the contraction form, or says why an op is not one (it then runs the generic path). */
export function findContraction(expr: TensorExpr, isF32: (tensor: string) => boolean): Contraction | { readonly reason: string } {
  const reductions = reductionsOf(expr.body);
  if (reductions.length !== 1) return { reason: reductions.length === 0 ? 'no reduction' : 'several reductions' };
  const reduce = reductions[0] as ReduceExpr;
  if (reduce.reducer !== 'sum') return { reason: `a ${reduce.reducer} reduction` };
  const spatial = expr.spatial.map((a) => a.name);
  const factors: ScalarExpr[] = [];
  flattenProduct(reduce.body, factors);
  let scale = 1;
  const accesses: AccessExpr[] = [];
  for (const f of factors) {
    const c = constantValue(f); // -2 is negation of 2, (1 - 0.5) a constant too
    if (c !== undefined) scale *= c;
    else if (f.kind === 'access' && f.dtype === 'f32' && isF32(f.tensor)) accesses.push(f);
    else return { reason: 'the reduced expression is not a product of f32 tensor accesses' };
  }
  if (accesses.length < 2) return { reason: 'fewer than two tensor factors' };
  const axesOf = (a: AccessExpr): Set<string> => new Set(a.indices.flatMap((ix) => ix.terms.map((t) => t.axis)));
  const used = new Set(accesses.flatMap((a) => [...axesOf(a)]));
  if (spatial.some((s) => !used.has(s))) return { reason: 'an output axis is not used inside the sum' };

  let best: Contraction | undefined;
  for (let len = 1; len < spatial.length + 1; len++) {
    const n = spatial.slice(spatial.length - len);
    const bFactors = accesses.filter((a) => n.some((x) => axesOf(a).has(x)));
    const aFactors = accesses.filter((a) => !bFactors.includes(a));
    if (aFactors.length === 0) continue;
    const bAxes = new Set(bFactors.flatMap((a) => [...axesOf(a)]));
    const aAxes = new Set(aFactors.flatMap((a) => [...axesOf(a)]));
    const m = spatial.filter((s) => !n.includes(s) && aAxes.has(s) && !bAxes.has(s));
    if (m.length === 0) continue;
    const loop = spatial.filter((s) => !n.includes(s) && !m.includes(s));
    best = { reduce, loop, m, n, k: [...reduce.axes], aFactors, bFactors, scale, plain: expr.body === reduce };
  }
  return best ?? { reason: 'no split of the output axes into rows (M) and contiguous columns (N)' };
}

function flattenProduct(e: ScalarExpr, out: ScalarExpr[]): void {
  if (e.kind === 'binary' && e.op === '*') {
    flattenProduct(e.lhs, out);
    flattenProduct(e.rhs, out);
  } else out.push(e);
}
