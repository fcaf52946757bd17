import type { DType } from '../../ir/dtype.js';
import { freeAxesOf, reductionsOf, type ReduceExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { TensorData } from '../../ir/tensor.js';
import { LruCache } from '../lru-cache.js';
import { JsBuilder, type ReductionSource } from './js-builder.js';
import { JS_PRELUDE } from '../emit/js.js';

/** A kernel specialised to concrete extents, as a JS function over flat typed arrays. */
export interface RefKernel<Extra = undefined> {
  /** Tensors the kernel reads, in parameter order. */
  readonly reads: readonly string[];
  readonly source: string;
  readonly run: (out: TensorData, inputs: readonly TensorData[], extra?: Extra) => void;
}

export interface OpShapes {
  readonly extents: ReadonlyMap<string, number>;
  readonly shapeOf: (tensor: string) => readonly number[];
}

/**
 * Generated kernels by source text. The text embeds the extents, so every distinct binding of
 * the dims adds entries: the cache keeps the most recently used ones (enough for every op of a
 * few programs at a few shapes) and lets the rest be collected.
 */
export const REF_KERNEL_CACHE_CAPACITY = 256;
const kernelCache = new LruCache<string, (...args: never[]) => void>(REF_KERNEL_CACHE_CAPACITY);

/** Kernels currently cached (for tests that check the cache stays bounded). */
export function refKernelCacheSize(): number {
  return kernelCache.size;
}

/** Turns generated text into a function, once per distinct text. */
export function instantiate<F>(body: readonly string[]): { source: string; run: F } {
  const source = ['"use strict";', JS_PRELUDE, ...body].join('\n');
  let run = kernelCache.get(source);
  if (!run) {
    run = new Function(source)() as (...args: never[]) => void;
    kernelCache.set(source, run);
  }
  return { source, run: run as F };
}

/**
 * The dense reference kernel of one op. Semantics are the naive ones (every reduction
 * accumulates its axes in increasing order in float64, the value is rounded once when stored),
 * but each reduction is computed into a float64 buffer over its free axes with the last free
 * axis innermost, so large samples run in seconds rather than minutes.
 */
export function compileRefOp(expr: TensorExpr, shapes: OpShapes): RefKernel {
  const buffers = new Map<ReduceExpr, ReductionSource>();
  const b = new JsBuilder(expr, shapes.extents, shapes.shapeOf, (r) => buffers.get(r) ?? { kind: 'inline' });
  for (const r of reductionsOf(expr.body)) {
    const name = b.fresh('r');
    const free = b.ordered(freeAxesOf(r));
    b.bufferedReduction(r, name, free, 1);
    buffers.set(r, { kind: 'buffer', name, free });
  }
  emitOutputLoop(b, expr, 1);
  const { source, run } = instantiate<RefKernel['run']>(['return function (out, ins) {', ...paramLines(b), ...b.lines, '};']);
  return { reads: b.reads, source, run };
}

/** `const t0 = ins[0];` ... for every tensor the builder registered. */
export function paramLines(b: JsBuilder): string[] {
  return b.reads.map((_, i) => `  const t${i} = ins[${i}];`);
}

/** Every output cell in row-major order: out[o++] = value. */
export function emitOutputLoop(b: JsBuilder, expr: TensorExpr, depth: number): void {
  const axes = expr.spatial.map((a) => a.name);
  b.emit('let o = 0;', depth);
  axes.forEach((axis, i) => b.openLoop(axis, depth + i));
  const d = depth + axes.length;
  b.emit(`out[o++] = ${storeJs(expr.dtype, b.value(expr.body, d))};`, d);
  b.closeLoops(axes.length, depth);
}

/** f32 and i32 round through the typed array store; bool stores 1 for any non-zero (NaN too). */
export function storeJs(dtype: DType, value: string): string {
  return dtype === 'bool' ? `(${value} !== 0 ? 1 : 0)` : value;
}
