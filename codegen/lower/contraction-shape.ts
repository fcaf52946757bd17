import type { ReduceExpr, ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { ContractionShape, LoopExpr } from '../../ir/loops/loop-ir.js';
// the analysis lives with the wasm target today; the targets-registry work moves it to a shared place
import { findContraction } from './contraction.js';

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
