import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { TensorData } from '../../ir/tensor.js';
import { LruCache } from '../lru-cache.js';
import { JS, JS_PRELUDE } from '../emit/js.js';
import { renderLoopOp, type NestStorage } from '../emit/loop-nest.js';
import { CTextBuilder } from '../emit/text-builder.js';
import { lowerDenseOp } from '../lower/to-loops.js';

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
 * The dense reference kernel of one op, rendered from its loop IR (codegen/lower/to-loops.ts's
 * dense nest, through codegen/emit/loop-nest.ts): every reduction accumulates its axes in
 * increasing order in float64 into a buffer over its free axes, the value is rounded once when
 * stored. The nest runs the last free axis innermost, so large samples run in seconds rather
 * than minutes.
 */
export function compileRefOp(expr: TensorExpr, shapes: OpShapes): RefKernel {
  const b = new CTextBuilder(expr, shapes.extents, JS, { shapeOf: shapes.shapeOf });
  renderLoopOp(b, lowerDenseOp(expr, shapes.extents), FLOAT64_BUFFERS, 1);
  const { source, run } = instantiate<RefKernel['run']>([
    'return function (out, ins) {',
    ...paramLines(b),
    ...b.lines,
    '};',
  ]);
  return { reads: b.reads, source, run };
}

/** Reduction buffers as Float64Arrays (the reference accumulates in float64). */
export const FLOAT64_BUFFERS: NestStorage = {
  output: 'out',
  declare: (buf, size) => `const ${buf.name} = new Float64Array(${size});`,
  fill: (buf, value) => `${buf.name}.fill(${value});`,
  fillOutput: (value) => `out.fill(${value});`,
};

/** `const t0 = ins[0];` ... for every tensor the builder registered. */
export function paramLines(b: CTextBuilder): string[] {
  return b.reads.map((_, i) => `  const t${i} = ins[${i}];`);
}
