/**
 * Softmax (any axis) and LayerNormalization, written as the max/exp/sum/divide and
 * mean/variance chains of samples/softmax.pit and samples/layernorm.pit, which the rule analysis
 * knows. A Softmax whose only reader is a MatMul over the softmax axis (attention's p·v) is not
 * normalised on its own: the MatMul divides after the product (samples/attention.pit), so that a
 * -inf mask's zeros in exp(s - max) reach the product and can be skipped there.
 */
import type { Lowering } from '../context.js';
import { bin, call, num } from '../pit-expr.js';
import { elementwiseTo } from './elementwise.js';
import { reduceValue } from './reduce.js';
import type { GraphInfo, OpTable } from './table.js';

function softmax(ctx: Lowering, graph: GraphInfo): void {
  ctx.onlyAttributes('axis');
  const xValue = ctx.input(0);
  if (ctx.dtypeOf(xValue) !== 'f32') ctx.fail('PIT3206', 'Softmax is supported on f32');
  const shape = ctx.shapeOf(xValue);
  if (shape.length === 0) ctx.fail('PIT3209', 'Softmax of a scalar');
  const axis = ctx.axis(ctx.intAttr('axis', -1), shape.length);
  const out = ctx.node.outputs[0] as string;
  const y = ctx.outputName(0);
  const x = ctx.view(xValue);
  const mx = reduceValue(ctx, ctx.names.fresh(`${y}_max`), x, shape, [axis], 'max', { note: 'the maximum' });
  const ex = elementwiseTo(ctx, ctx.names.fresh(`${y}_exp`), [xValue, { kind: 'view', view: mx }], ([v, m]) => call('exp', bin('-', v!, m!)), 'f32', { note: 'exp(x - max)' });
  const z = reduceValue(ctx, ctx.names.fresh(`${y}_sum`), ex, shape, [axis], 'sum', { note: 'the sum' });
  const readers = graph.consumers(out);
  const reader = readers[0];
  const fused = readers.length === 1 && reader?.opType === 'MatMul' && reader.inputs[0] === out && reader.inputs[1] !== out && !graph.isGraphOutput(out) && axis === shape.length - 1 && shape.length >= 2;
  if (fused) {
    ctx.deferred.set(out, { ex, z });
    ctx.fused.add(out);
    ctx.note(`normalised after the product by ${reader.name ? `'${reader.name}'` : `node ${reader.index}`} (MatMul), as samples/attention.pit does`);
    return;
  }
  const view = elementwiseTo(ctx, y, [{ kind: 'view', view: ex }, { kind: 'view', view: z }], ([e, s]) => bin('/', e!, s!), 'f32', { onnx: out });
  ctx.setOutput(0, { kind: 'view', view });
}

function layerNormalization(ctx: Lowering, graph: GraphInfo): void {
  ctx.onlyAttributes('axis', 'epsilon', 'stash_type');
  const xValue = ctx.input(0);
  const scale = ctx.input(1, 'Scale');
  const bias = ctx.optional(2);
  for (const v of [xValue, scale, ...(bias ? [bias] : [])]) if (ctx.dtypeOf(v) !== 'f32') ctx.fail('PIT3206', 'LayerNormalization is supported on f32');
  const shape = ctx.shapeOf(xValue);
  const axis = ctx.axis(ctx.intAttr('axis', -1), shape.length);
  const epsilon = ctx.floatAttr('epsilon', 1e-5);
  const normalized = shape.map((_, d) => d).filter((d) => d >= axis);
  const y = ctx.outputName(0);
  const used = (i: number): boolean => {
    const name = ctx.node.outputs[i];
    return name !== undefined && name !== '' && (graph.consumers(name).length > 0 || graph.isGraphOutput(name));
  };
  const x = ctx.view(xValue);
  const mean = reduceValue(ctx, used(1) ? ctx.outputName(1) : ctx.names.fresh(`${y}_mean`), x, shape, normalized, 'mean', { note: 'the mean', ...(used(1) ? { onnx: ctx.node.outputs[1] as string } : {}) });
  const centred = elementwiseTo(ctx, ctx.names.fresh(`${y}_centered`), [xValue, { kind: 'view', view: mean }], ([v, m]) => bin('-', v!, m!), 'f32', { note: 'x - mean' });
  const variance = reduceValue(ctx, ctx.names.fresh(`${y}_var`), centred, shape, normalized, 'mean', { body: (c) => bin('*', c, c), note: 'the biased variance' });
  const operands = [scale, { kind: 'view' as const, view: centred }, { kind: 'view' as const, view: variance }, ...(bias ? [bias] : [])];
  const view = elementwiseTo(
    ctx,
    y,
    operands,
    ([g, c, v, b]) => {
      const normalised = bin('/', bin('*', g!, c!), call('sqrt', bin('+', v!, num(epsilon))));
      return b ? bin('+', normalised, b) : normalised;
    },
    'f32',
    { onnx: ctx.node.outputs[0] as string },
  );
  ctx.setOutput(0, { kind: 'view', view });
  if (used(1)) ctx.setOutput(1, { kind: 'view', view: mean });
  if (used(2)) {
    const inv = elementwiseTo(ctx, ctx.outputName(2), [{ kind: 'view', view: variance }], ([v]) => bin('/', num(1), call('sqrt', bin('+', v!, num(epsilon)))), 'f32', { onnx: ctx.node.outputs[2] as string, note: 'InvStdDev' });
    ctx.setOutput(2, { kind: 'view', view: inv });
  }
}

export const NORM_OPS: OpTable = { Softmax: softmax, LayerNormalization: layerNormalization };
