/**
 * ReduceSum, ReduceMean, ReduceMax, ReduceMin, ReduceProd: axes as an attribute (before opset
 * 18; ReduceSum before 13) or as a constant input, `keepdims`, `noop_with_empty_axes`. Shared
 * with Softmax and LayerNormalization: a reduction over some dims of a value, written as one
 * statement whose kept dims are the output's.
 */
import type { DType } from '../../../../ir/dtype.js';
import type { Lowering, Value } from '../context.js';
import { bin, call, num, reduce, type PitExpr } from '../pit-expr.js';
import { isOne, type Size } from '../size.js';
import { dimExtents, type LoopAxis, type View } from '../view.js';
import type { OpTable } from './table.js';

export type Reducer = 'sum' | 'max' | 'min' | 'prod' | 'mean';

/**
 * `target[kept dims] = R[reduced axes] body(x)` for a value x: the result's view keeps a dim of
 * size 1 (no factors) where a dim was reduced, so it broadcasts against x. `body` may wrap the
 * read of x (a squared difference, say).
 */
export function reduceValue(ctx: Lowering, target: string, x: View, shape: readonly Size[], axes: readonly number[], reducer: Reducer, options: { body?: (read: PitExpr) => PitExpr; onnx?: string; note?: string; dtype?: DType } = {}): View {
  const loop = ctx.loop();
  const dims = shape.map((s, d) => loop.dim(isOne(s) ? [] : [dimExtents(x, d)], axes.includes(d)));
  loop.finish();
  const read = loop.read(x, (vd) => (isOne(shape[vd] as Size) ? undefined : dims[vd]));
  const body = options.body ? options.body(read) : read;
  const reduced = axes.flatMap((d) => loop.axes(dims[d] as number));
  const names = reduced.map((a) => a.name);
  let expr: PitExpr;
  if (reduced.length === 0) expr = body; // every reduced dim has size 1
  else if (reducer === 'mean') expr = bin('/', reduce('sum', names, body), countOf(reduced, read));
  else expr = reduce(reducer, names, body);
  // kept dims are the output's; a reduced dim stays as a dim of size 1 (no axes)
  const outDims: LoopAxis[][] = shape.map((_, d) => (axes.includes(d) ? [] : loop.axes(dims[d] as number)));
  const dtype = options.dtype ?? (reducer === 'mean' ? 'f32' : x.dtype === 'bool' && (reducer === 'sum' || reducer === 'prod') ? 'i32' : x.dtype);
  return ctx.define(target, outDims, expr, dtype, { loop, ...(options.onnx !== undefined ? { onnx: options.onnx } : {}), ...(options.note ? { note: options.note } : {}) });
}

/**
 * The number of terms of a reduction over these axes: a literal when their extents are known;
 * otherwise counted (a dim cannot be used as a value in the language), by a sibling reduction
 * that reads the same element and adds 1 whatever it is.
 */
function countOf(axes: readonly LoopAxis[], read: PitExpr): PitExpr {
  if (axes.every((a) => typeof a.extent === 'number')) return num(axes.reduce((n, a) => n * (a.extent as number), 1));
  return reduce('sum', axes.map((a) => a.name), call('where', bin('==', read, read), num(1), num(1)));
}

/** The reduced dims of a Reduce* node: attribute or input form, normalised and sorted. */
function reducedAxes(ctx: Lowering, rank: number): number[] | 'identity' {
  const fromAttr = ctx.intsAttr('axes');
  const input = ctx.optional(1);
  if (fromAttr && input) ctx.fail('PIT3204', 'axes are given both as an attribute and as an input');
  const given = fromAttr ?? (input ? ctx.integers(1, 'axes') : undefined);
  if (!given || given.length === 0) {
    if (ctx.intAttr('noop_with_empty_axes', 0) !== 0) return 'identity';
    return Array.from({ length: rank }, (_, d) => d);
  }
  const axes = [...new Set(given.map((a) => ctx.axis(a, rank, 'axes entry')))];
  return axes.sort((a, b) => a - b);
}

function reduceOp(reducer: Reducer): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes('axes', 'keepdims', 'noop_with_empty_axes');
    const x = ctx.input(0);
    const dtype = ctx.dtypeOf(x);
    if (dtype !== 'f32' && !(dtype === 'i32' && reducer !== 'mean')) ctx.fail('PIT3206', `${ctx.node.opType} on ${dtype} is not supported`);
    const shape = ctx.shapeOf(x);
    const axes = reducedAxes(ctx, shape.length);
    if (axes === 'identity') {
      ctx.setOutput(0, x);
      ctx.note('no axes and noop_with_empty_axes: the input as it is');
      return;
    }
    const keep = ctx.intAttr('keepdims', 1) !== 0;
    const view = reduceValue(ctx, ctx.outputName(0), ctx.view(x), shape, axes, reducer, { onnx: ctx.node.outputs[0] as string });
    const out: View = keep ? view : { ...view, dims: view.dims.filter((_, d) => !axes.includes(d)) };
    ctx.setOutput(0, { kind: 'view', view: out } satisfies Value);
  };
}

export const REDUCE_OPS: OpTable = {
  ReduceSum: reduceOp('sum'),
  ReduceMean: reduceOp('mean'),
  ReduceMax: reduceOp('max'),
  ReduceMin: reduceOp('min'),
  ReduceProd: reduceOp('prod'),
};
