/**
 * TopK in the pattern a mixture-of-experts export uses for its routing: the k largest gate values
 * scattered back into a zero tensor of the gate's shape (ScatterElements on the same axis), so
 * each token keeps the weights of its k experts and 0 elsewhere. That is the language's
 * selection `top[e, k] g[t, e]` (dynamically sparse by construction): the TopK is checked and
 * held, and the ScatterElements writes the one statement. Any other use of TopK (its indices
 * read elsewhere, values kept apart, the smallest values) is a diagnostic.
 */
import type { OnnxNode } from '../../model.js';
import type { Lowering } from '../context.js';
import { numbersOf } from './constant.js';
import { isOne, type Size } from '../size.js';
import { dimExtents } from '../view.js';
import type { GraphInfo, OpTable } from './table.js';

const PATTERN = 'pitc lowers TopK only when its values are scattered back into a tensor of zeros shaped like its input (ScatterElements on the same axis: the routing of a mixture-of-experts layer)';

function topK(ctx: Lowering, graph: GraphInfo): void {
  ctx.onlyAttributes('axis', 'largest', 'sorted');
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const axis = ctx.axis(ctx.intAttr('axis', -1), shape.length);
  if (ctx.intAttr('largest', 1) !== 1) ctx.fail('PIT3204', `TopK with largest=0 (the smallest values) is not supported: ${PATTERN}`);
  const ks = ctx.integers(1, 'K');
  if (ks.length !== 1 || (ks[0] as number) < 1) ctx.fail('PIT3204', 'K must be one positive integer');
  if (ctx.dtypeOf(x) !== 'f32') ctx.fail('PIT3206', 'TopK is supported on f32');
  const [values, indices] = ctx.node.outputs;
  const scatter = scatterOf(graph, values ?? '', indices ?? '');
  if (!scatter) ctx.fail('PIT3204', `${PATTERN}; here its outputs are read ${describeReaders(graph, values ?? '', indices ?? '')}`);
  ctx.pendingTopK.set(values as string, { node: ctx.node, input: x, axis, k: ks[0] as number, indices: indices as string });
  ctx.fused.add(values as string);
  ctx.fused.add(indices as string);
  ctx.note(`the ${ks[0]} largest along dim ${axis}: written with ${scatter.name ? `'${scatter.name}'` : `node ${scatter.index}`} (ScatterElements), which puts them back`);
}

/** The ScatterElements that puts a TopK's values back at their indices: one top[...] statement. */
function scatterElements(ctx: Lowering): void {
  ctx.onlyAttributes('axis', 'reduction');
  const pending = ctx.pendingTopK.get(ctx.node.inputs[2] ?? '');
  if (!pending || ctx.node.inputs[1] !== pending.indices) {
    ctx.fail('PIT3203', `ScatterElements is supported only to put back the values of a TopK at its indices (${PATTERN})`);
  }
  const shape = ctx.shapeOf(pending.input);
  const axis = ctx.axis(ctx.intAttr('axis', 0), shape.length);
  if (axis !== pending.axis) ctx.fail('PIT3204', `${PATTERN}; this ScatterElements runs along dim ${axis}, the TopK along dim ${pending.axis}`);
  const reduction = ctx.stringAttr('reduction', 'none');
  if (reduction !== 'none') ctx.fail('PIT3204', `${PATTERN}; this ScatterElements has reduction '${reduction}'`);
  const zeros = ctx.input(0, 'the data scattered into');
  const fits =
    zeros.kind === 'const' &&
    zeros.tensor.shape.length === shape.length &&
    zeros.tensor.shape.every((d, i) => (shape[i] as Size).syms.length === 0 && d === (shape[i] as Size).c) &&
    numbersOf(zeros.tensor).every((v) => v === 0);
  if (!fits) ctx.fail('PIT3204', `${PATTERN}; the tensor scattered into is not a constant of zeros of the TopK input's shape`);

  const view = ctx.view(pending.input);
  const loop = ctx.loop();
  const dims = shape.map((s, d) => loop.dim(isOne(s) ? [] : [dimExtents(view, d)]));
  loop.finish();
  const along = loop.axes(dims[axis] as number);
  const name = along[0]?.name;
  if (along.length !== 1 || name === undefined) ctx.fail('PIT3205', 'TopK along a dim that a Reshape merged from several is not supported');
  const read = loop.read(view, (vd) => (isOne(shape[vd] as Size) ? undefined : dims[vd]));
  const topNode = pending.node.name ? `'${pending.node.name}'` : `node ${pending.node.index}`;
  const result = ctx.define(ctx.outputName(0), dims.map((d) => loop.axes(d)), { k: 'top', axis: name, count: pending.k, body: read }, 'f32', {
    onnx: ctx.node.outputs[0] as string,
    loop,
    note: `with ${topNode} (TopK): the ${pending.k} largest along dim ${axis}, zero elsewhere`,
  });
  ctx.setOutput(0, { kind: 'view', view: result });
}

/** The ScatterElements that puts the values back at the indices, if that is all the outputs feed. */
function scatterOf(graph: GraphInfo, values: string, indices: string): OnnxNode | undefined {
  const readers = [...graph.consumers(values), ...graph.consumers(indices)];
  const scatter = readers[0];
  if (!scatter || !readers.every((n) => n === scatter)) return undefined;
  if (scatter.opType !== 'ScatterElements' || scatter.inputs[1] !== indices || scatter.inputs[2] !== values) return undefined;
  if (graph.isGraphOutput(values) || graph.isGraphOutput(indices)) return undefined;
  return scatter;
}

function describeReaders(graph: GraphInfo, values: string, indices: string): string {
  const names = (v: string): string => graph.consumers(v).map((n) => n.opType).join(', ') || (graph.isGraphOutput(v) ? 'the graph output' : 'nothing');
  return `(values by ${names(values)}; indices by ${names(indices)})`;
}

export const TOPK_OPS: OpTable = { TopK: topK, ScatterElements: scatterElements };
