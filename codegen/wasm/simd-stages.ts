import { freeAxesOf, mapChildren, reductionsOf, type AccessExpr, type ReduceExpr, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';

/**
 * An op as a sequence of loop nests ("stages") for the SIMD kernels. Every reduction that is not
 * the whole body is hoisted into an f32 buffer over its free axes, computed by a stage of its own
 * (inner reductions first); later stages read the buffer as a plain tensor access. So each stage
 * computes, at every point of its axes, either a reduction-free expression or one reduction of a
 * reduction-free body: the two shapes the loop-nest planner knows.
 */
export interface Stage {
  /** Where the stage writes: the op's output, or a buffer. */
  readonly out: string;
  /** The axes of its cells, in the order of `out`'s dimensions (row-major). */
  readonly axes: readonly string[];
  /** A reduction-free expression, or a reduction whose body is reduction-free. */
  readonly value: ScalarExpr;
}

/** An f32 buffer a stage writes and later stages read, over the given axes. */
export interface StageBuffer {
  readonly name: string;
  readonly axes: readonly string[];
}

export interface StagedOp {
  readonly stages: readonly Stage[];
  readonly buffers: readonly StageBuffer[];
}

/**
 * Splits an op into stages. `external` reductions are computed elsewhere (a GEMM's result) and
 * read from the named f32 buffer shaped like the output. Buffer names start with `prefix`.
 */
export function splitStages(expr: TensorExpr, prefix: string, external: ReadonlyMap<ReduceExpr, string> = new Map()): StagedOp {
  const spatial = expr.spatial.map((a) => a.name);
  const order = [...spatial, ...expr.reduce.map((a) => a.name)];
  const replaced = new Map<ReduceExpr, AccessExpr>();
  for (const [r, name] of external) replaced.set(r, accessOver(name, r.dtype, spatial));
  const stages: Stage[] = [];
  const buffers: StageBuffer[] = [];
  for (const r of reductionsOf(expr.body)) {
    if (r === expr.body || replaced.has(r) || insideExternal(r, external)) continue;
    const free = freeAxesOf(r);
    const axes = order.filter((a) => free.has(a));
    const name = `${prefix}${buffers.length}`;
    stages.push({ out: name, axes, value: { ...r, body: substitute(r.body, replaced) } });
    buffers.push({ name, axes });
    replaced.set(r, accessOver(name, r.dtype, axes));
  }
  const value = expr.body.kind === 'reduce' && !replaced.has(expr.body) ? { ...expr.body, body: substitute(expr.body.body, replaced) } : substitute(expr.body, replaced);
  stages.push({ out: expr.output, axes: spatial, value });
  return { stages, buffers };
}

function insideExternal(r: ReduceExpr, external: ReadonlyMap<ReduceExpr, string>): boolean {
  for (const outer of external.keys()) if (reductionsOf(outer.body).includes(r)) return true;
  return false;
}

/** `name[a0, a1, …]`: a read of a buffer laid out over `axes`. */
function accessOver(name: string, dtype: ScalarExpr['dtype'], axes: readonly string[]): AccessExpr {
  return { kind: 'access', dtype, tensor: name, indices: axes.map((a) => ({ terms: [{ axis: a, coef: 1 }], constant: 0 })) };
}

/** The expression with the given reductions replaced by reads of their buffers. */
export function substitute(e: ScalarExpr, replaced: ReadonlyMap<ReduceExpr, AccessExpr>): ScalarExpr {
  return (e.kind === 'reduce' ? replaced.get(e) : undefined) ?? mapChildren(e, (c) => substitute(c, replaced));
}
