import { InternalError } from '../../ir/core/errors.js';
import {
  reductionsOf,
  type ReduceExpr,
  type ScalarExpr,
  type TensorExpr,
} from '../../ir/expr/tensor-expr.js';
import type { ContractionShape, LoopExpr } from '../../ir/loops/loop-ir.js';
import { findContraction, type Contraction } from './contraction.js';

/**
 * The op's contraction structure as data (M, N, K and batch axes, the factors of A and B, the
 * constant scale, the epilogue), or why it has none. `bufferName` names the sum's buffer and
 * `toLoopExpr` writes the epilogue with reductions read from their buffers.
 */
export function contractionShape(
  expr: TensorExpr,
  isF32: (tensor: string) => boolean,
  bufferName: (r: ReduceExpr) => string,
  toLoopExpr: (e: ScalarExpr) => LoopExpr,
): ContractionShape | { readonly kind: 'none'; readonly reason: string } {
  const c = findContraction(expr, isF32);
  if ('reason' in c) return { kind: 'none', reason: c.reason };
  return {
    kind: 'contraction',
    buffer: bufferName(c.reduce),
    loop: c.loop,
    m: c.m,
    n: c.n,
    k: c.k,
    a: c.aFactors,
    b: c.bFactors,
    scale: c.scale,
    ...(c.plain ? {} : { epilogue: toLoopExpr(expr.body) }),
  };
}

/**
 * A loop op's contraction as the GEMM drivers of wasm take it: with the tensor expression's sum
 * (the op's one reduction, which the epilogue replaces by the accumulator) and whether the op is
 * exactly that sum.
 */
export function contractionOf(shape: ContractionShape, expr: TensorExpr): Contraction {
  const sums = reductionsOf(expr.body);
  const reduce = sums[0];
  if (sums.length !== 1 || !reduce)
    throw new InternalError(
      'lower',
      `the contraction '${expr.output}' has ${sums.length} reductions`,
    );
  return {
    reduce,
    loop: shape.loop,
    m: shape.m,
    n: shape.n,
    k: shape.k,
    aFactors: shape.a,
    bFactors: shape.b,
    scale: shape.scale,
    plain: shape.epilogue === undefined,
  };
}
