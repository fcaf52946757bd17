/**
 * OnnxModel → .pit text: declarations for the graph's dims, inputs and the initializers the
 * statements read, then each node in graph order as one or more statements (or a comment for a
 * node that only changes how a value is read, or that is folded at import). Problems are
 * diagnostics at the node's line; a node whose input has an error is skipped without a second
 * message. Nodes no graph output needs are not lowered.
 */
import type { Diagnostic } from '../../../ir/core/diagnostic.js';
import type { SourceFile } from '../../../ir/core/span.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { describeNode, type OnnxModel, type OnnxNode, type OnnxTensor } from '../model.js';
import { BrokenInput, comment, constBase, Lowering, NodeError, statementText, type Value } from './context.js';
import { NameTable } from './names.js';
import { ELEMENTWISE_OPS } from './ops/elementwise.js';
import { foldValues, materialise, PRODUCERS } from './ops/constant.js';
import { MATMUL_OPS } from './ops/matmul.js';
import { NORM_OPS } from './ops/norm.js';
import { REDUCE_OPS } from './ops/reduce.js';
import { SHAPE_OPS } from './ops/shape.js';
import type { GraphInfo, OpTable } from './ops/table.js';
import { TOPK_OPS } from './ops/topk.js';
import { printExtents, printSize, type Extent, type Size } from './size.js';
import { foldShapeValues, shapeOfValue } from './ops/shape-values.js';
import { identityView, viewShape, type View } from './view.js';
import { nodeAnchor, valueAnchor } from './writer.js';

export const OPERATORS: OpTable = { ...ELEMENTWISE_OPS, ...MATMUL_OPS, ...REDUCE_OPS, ...NORM_OPS, ...SHAPE_OPS, ...TOPK_OPS };

/** Shape operators that fold through a view of their constant input. */
const VIEW_OPS = new Set(['Reshape', 'Flatten', 'Transpose', 'Squeeze', 'Unsqueeze', 'Expand', 'Slice', 'Split', 'Gather', 'Identity']);

export interface ImportOptions {
  /** Graph inputs and initializers to mark dynamically sparse (ONNX names); bool inputs always are. */
  readonly dynamic?: readonly string[];
  /** Written into the header comment (`pitc import` names the command). */
  readonly producedBy?: string;
}

/** A graph output as the model declares it, and where its values are. */
export interface ImportedOutput {
  readonly onnx: string;
  readonly pit: string;
  /** The ONNX shape (sizes over .pit dim names); run() reshapes the tensor to it (same element order). */
  readonly shape: readonly Size[];
}

export interface LoweredModel {
  readonly text: string;
  readonly source: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
  /** Weights by pitc name: the initializers (and constants) the statements read. */
  readonly weights: ReadonlyMap<string, HostTensor>;
  /** ONNX name of every pitc tensor that stands for an ONNX value, and of every dim. */
  readonly onnxNames: ReadonlyMap<string, string>;
  readonly dimNames: ReadonlyMap<string, string>;
  readonly outputs: readonly ImportedOutput[];
}

export function lowerModel(model: OnnxModel, file: string, options: ImportOptions = {}): LoweredModel {
  const dimParams = new Set<string>();
  for (const v of [...model.inputs, ...model.outputs]) for (const d of v.shape ?? []) if (typeof d === 'string') dimParams.add(d);
  const valueNames = [...model.inputs.map((v) => v.name), ...model.initializers.keys(), ...model.nodes.flatMap((n) => n.outputs)].filter((n) => n !== '');
  const names = new NameTable(new Set([...dimParams, ...valueNames]));
  for (const n of [...dimParams, ...valueNames]) names.pit(n);
  const dynamic = new Set(options.dynamic ?? []);
  const ctx = new Lowering(names, dynamic);
  const w = ctx.writer;
  w.headerLine(`# ${file}: ONNX graph '${model.graphName}', IR version ${model.irVersion}, opset ${model.opset}${model.producer ? `, made by ${model.producer}` : ''}`);
  w.headerLine(`# as .pit, written by ${options.producedBy ?? 'pitc'}; comments name the ONNX nodes and values (docs/onnx.md)`);

  for (const [name, tensor] of model.initializers) {
    ctx.values.set(name, { kind: 'const', tensor });
    ctx.initializerNames.set(tensor, name);
  }
  for (const name of model.unsupportedInitializers.keys()) ctx.broken.add(name);
  declareInputs(ctx, model, dynamic);

  const needed = liveNodes(model);
  const consumers = new Map<string, OnnxNode[]>();
  for (const node of model.nodes) for (const input of node.inputs) if (input !== '') consumers.set(input, [...(consumers.get(input) ?? []), node]);
  const graphOutputs = new Set(model.outputs.map((o) => o.name));
  const absorbed = new Map<OnnxNode, string>();
  const graph: GraphInfo = {
    // a node another one lowered with itself (a fused pattern) reads nothing any more
    consumers: (value) => (consumers.get(value) ?? []).filter((n) => needed.has(n) && !absorbed.has(n)),
    isGraphOutput: (value) => graphOutputs.has(value),
    absorb: (node, why) => void absorbed.set(node, why),
  };
  for (const name of model.unsupportedInitializers.keys()) {
    const user = model.nodes.find((n) => needed.has(n) && n.inputs.includes(name));
    if (user) w.report('PIT3206', `initializer '${name}' has element type ${model.unsupportedInitializers.get(name)}, which pitc does not read (FLOAT, FLOAT16, INT32, INT64, BOOL); ${describeNode(user)} uses it`, nodeAnchor(user.index));
  }

  for (const node of sortNodes(model, ctx)) {
    ctx.setNode(node);
    if (!needed.has(node)) {
      ctx.note('no graph output needs it: not lowered');
      continue;
    }
    const fused = absorbed.get(node);
    if (fused !== undefined) {
      ctx.note(fused);
      continue;
    }
    try {
      lowerNode(ctx, node, graph);
    } catch (err) {
      for (const out of node.outputs) if (out !== '') ctx.broken.add(out);
      if (err instanceof BrokenInput) {
        ctx.note('not lowered: an input has an error (reported above)');
        continue;
      }
      if (!(err instanceof NodeError)) throw err;
      ctx.folding = undefined;
      ctx.note('not lowered (see the error)');
      w.report(err.code, `${describeNode(node)}: ${err.message}`, nodeAnchor(node.index));
    }
  }
  ctx.setNode(undefined);
  const outputs = writeOutputs(ctx, model);
  const finished = w.finish(file);
  const dimNames = new Map([...ctx.dims].map(([onnx, pit]) => [pit, onnx]));
  return { text: finished.text, source: finished.source, diagnostics: finished.diagnostics, weights: ctx.weights, onnxNames: ctx.onnxNameOf, dimNames, outputs };
}

function declareInputs(ctx: Lowering, model: OnnxModel, dynamic: ReadonlySet<string>): void {
  const w = ctx.writer;
  const dimOrder: string[] = [];
  const dimOf = (param: string): string => {
    let pit = ctx.dims.get(param);
    if (!pit) {
      pit = ctx.names.pit(param);
      ctx.dims.set(param, pit);
      dimOrder.push(param);
    }
    return pit;
  };
  const inputLines: { text: string; anchor: string }[] = [];
  for (const input of model.inputs) {
    if (model.initializers.has(input.name) || model.unsupportedInitializers.has(input.name)) continue; // a weight with a default value
    const anchor = valueAnchor(input.name);
    const pit = ctx.names.pit(input.name);
    const problem = (code: 'PIT3205' | 'PIT3206', message: string): void => {
      inputLines.push({ text: `# input ${pit}: not declared (see the error)`, anchor });
      w.report(code, `graph input '${input.name}' ${message}`, anchor);
      ctx.broken.add(input.name);
    };
    if (!input.elem) {
      problem('PIT3206', `has type ${input.unsupported}; pitc reads FLOAT, INT32, INT64 (as i32) and BOOL tensors`);
      continue;
    }
    if (!input.shape) {
      problem('PIT3205', 'has no shape in the model: pitc needs each input\'s rank and dims (symbolic names are fine)');
      continue;
    }
    const extents: Extent[] = [];
    let bad = false;
    input.shape.forEach((d, i) => {
      if (typeof d === 'string') extents.push(dimOf(d));
      else if (d === undefined) {
        // an unnamed unknown dim gets a dim of its own, named after the input
        const param = `${input.name}_d${i}`;
        extents.push(dimOf(param));
      } else if (d < 1) bad = true;
      else extents.push(d);
    });
    if (bad) {
      problem('PIT3205', `has a dim of size 0 or less: [${input.shape.join(', ')}]`);
      continue;
    }
    const dtype = input.elem === 'i64' ? 'i32' : input.elem;
    const isDynamic = dtype === 'bool' || dynamic.has(input.name);
    const why = dtype === 'bool' ? ' (a bool mask: dynamic)' : '';
    const note = input.elem === 'i64' ? ' (int64 in the model: pass i32 values)' : '';
    inputLines.push({
      text: `input ${pit} : ${dtype}[${extents.join(', ')}]${isDynamic ? ' @dynamic' : ''}${comment(`ONNX input '${input.name}'${why}${note}`)}`,
      anchor,
    });
    ctx.onnxNameOf.set(pit, input.name);
    ctx.shapes.set(pit, extents);
    ctx.values.set(input.name, { kind: 'view', view: identityView(pit, dtype, extents) });
  }
  if (dimOrder.length > 0) {
    const renamed = dimOrder.filter((d) => ctx.dims.get(d) !== d).map((d) => `'${d}' is ${ctx.dims.get(d)}`);
    w.declaration(`dim ${dimOrder.map((d) => ctx.dims.get(d)).join(', ')}${renamed.length > 0 ? comment(`ONNX dims: ${renamed.join(', ')}`) : ''}`);
  }
  for (const l of inputLines) w.declaration(l.text, l.anchor);
}

/** Nodes whose outputs some graph output depends on. */
function liveNodes(model: OnnxModel): Set<OnnxNode> {
  const producer = new Map<string, OnnxNode>();
  for (const n of model.nodes) for (const o of n.outputs) if (o !== '') producer.set(o, n);
  const live = new Set<OnnxNode>();
  const stack = model.outputs.map((o) => o.name);
  while (stack.length > 0) {
    const n = producer.get(stack.pop() as string);
    if (!n || live.has(n)) continue;
    live.add(n);
    stack.push(...n.inputs.filter((i) => i !== ''));
  }
  return live;
}

/** Graph order when it is topological (ONNX requires it); otherwise a stable topological sort. */
function sortNodes(model: OnnxModel, ctx: Lowering): OnnxNode[] {
  const available = new Set<string>([...model.inputs.map((i) => i.name), ...model.initializers.keys(), ...model.unsupportedInitializers.keys()]);
  const pending = [...model.nodes];
  const order: OnnxNode[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((n) => n.inputs.every((x) => x === '' || available.has(x)));
    if (i < 0) {
      // what is left reads values nothing defines, or forms a cycle: each is reported where it is lowered
      for (const n of pending) {
        ctx.setNode(n);
        const missing = n.inputs.filter((x) => x !== '' && !available.has(x));
        ctx.writer.report('PIT3207', `${describeNode(n)} reads ${missing.map((m) => `'${m}'`).join(', ')}, which no graph input, initializer or other node defines (or the nodes form a cycle)`, nodeAnchor(n.index));
        ctx.note('not lowered (see the error)');
        for (const o of n.outputs) ctx.broken.add(o);
      }
      ctx.setNode(undefined);
      break;
    }
    const [node] = pending.splice(i, 1) as [OnnxNode];
    order.push(node);
    for (const o of node.outputs) if (o !== '') available.add(o);
  }
  return order;
}

function lowerNode(ctx: Lowering, node: OnnxNode, graph: GraphInfo): void {
  if (node.domain !== '' && node.domain !== 'ai.onnx') {
    ctx.fail('PIT3203', `operators of domain '${node.domain}' are not supported (only the default ONNX domain)`);
  }
  if (node.opType === 'Shape' || node.opType === 'Size') {
    const value = shapeOfValue(ctx, node.opType);
    ctx.setOutput(0, value);
    ctx.note(value.kind === 'const' ? `a constant [${value.tensor.shape.join(', ')}], known at import` : `the shape [${value.kind === 'shape' ? value.sizes.map(printSize).join(', ') : ''}] (symbolic dims)`);
    return;
  }
  const produce = PRODUCERS[node.opType];
  if (produce) {
    const tensor = produce(ctx);
    ctx.setOutput(0, { kind: 'const', tensor });
    ctx.note(`a constant [${tensor.shape.join(', ')}], known at import`);
    return;
  }
  if (!node.inputs.some((i) => ctx.fused.has(i))) {
    const inputs = node.inputs.map((_, i) => ctx.optional(i));
    const present = inputs.filter((v): v is Value => v !== undefined);
    if (present.length > 0 && present.every((v) => v.kind === 'const') && fold(ctx, node, inputs)) return;
    if (present.some((v) => v.kind === 'shape') && present.every((v) => v.kind !== 'view')) {
      const value = foldShapeValues(ctx, node.opType, inputs);
      if (value) {
        ctx.setOutput(0, value);
        ctx.note(value.kind === 'shape' ? `the shape [${value.sizes.map(printSize).join(', ')}] (symbolic dims)` : 'folded at import');
        return;
      }
    }
  }
  const lower = OPERATORS[node.opType];
  if (!lower) {
    const hint = node.opType === 'NonZero' ? ' (its output shape depends on the data: pitc needs shapes known at compile time)' : '';
    ctx.fail('PIT3203', `operator ${node.opType} is not supported${hint}; docs/onnx.md lists the ones that are`);
  }
  lower(ctx, graph);
  for (const [i, out] of node.outputs.entries()) {
    if (out !== '' && !ctx.values.has(out) && !ctx.fused.has(out) && graph.consumers(out).length + (graph.isGraphOutput(out) ? 1 : 0) > 0) {
      ctx.fail('PIT3204', `output ${i} '${out}' is not supported (pitc computes ${node.opType}'s other outputs)`);
    }
  }
}

/** Folds a node whose inputs are all constants; false when it is not foldable (too large, say). */
function fold(ctx: Lowering, node: OnnxNode, inputs: readonly (Value | undefined)[]): boolean {
  const tensors = inputs.map((v) => (v?.kind === 'const' ? v.tensor : undefined));
  if (VIEW_OPS.has(node.opType)) {
    const lower = OPERATORS[node.opType];
    if (!lower) return false;
    const folding: OnnxTensor[] = [];
    ctx.folding = folding;
    const before = node.outputs.map((o) => ctx.values.get(o));
    try {
      lower(ctx, { consumers: () => [], isGraphOutput: () => false, absorb: () => undefined });
    } finally {
      ctx.folding = undefined;
    }
    const results = node.outputs.map((o) => ctx.values.get(o));
    const folded = results.map((v) => (v?.kind === 'view' ? materialiseView(v.view, folding) : v?.kind === 'const' ? v.tensor : undefined));
    if (folded.some((t, i) => t === undefined && node.outputs[i] !== '')) {
      // too large to fold: restore, and lower it as statements reading a weight
      node.outputs.forEach((o, i) => (before[i] ? ctx.values.set(o, before[i] as Value) : ctx.values.delete(o)));
      return false;
    }
    folded.forEach((t, i) => t && ctx.setOutput(i, { kind: 'const', tensor: t }));
    ctx.note(`folded at import: ${folded.filter((t) => t).map((t) => `[${(t as OnnxTensor).shape.join(', ')}]`).join(', ')}`);
    return true;
  }
  const result = foldValues(ctx, node.opType, tensors.filter((t): t is OnnxTensor => t !== undefined));
  if (!result) return false;
  ctx.setOutput(0, { kind: 'const', tensor: result });
  ctx.note(`folded at import: [${result.shape.join(', ')}]`);
  return true;
}

function materialiseView(view: View, sources: readonly OnnxTensor[]): OnnxTensor | undefined {
  const i = sources.findIndex((_, k) => view.base === constBase(k));
  const source = sources[i];
  return source ? materialise(view, source) : undefined;
}

/**
 * Each graph output is a tensor of its own name: the statement that computes it, or a copy when
 * its value is a view of another tensor (a Reshape or Identity at the end, an input passed
 * through). Its .pit shape may differ from the ONNX shape only by grouping (a reshape merges or
 * drops dims of size 1, same element order): run() reshapes.
 */
function writeOutputs(ctx: Lowering, model: OnnxModel): ImportedOutput[] {
  const out: ImportedOutput[] = [];
  for (const o of model.outputs) {
    const anchor = valueAnchor(o.name);
    const value = ctx.values.get(o.name);
    if (!value) {
      if (!ctx.broken.has(o.name)) ctx.writer.report('PIT3207', `graph output '${o.name}' is not computed by any node`);
      continue;
    }
    const pit = ctx.names.pit(o.name);
    const view = ctx.view(value);
    const own = view.base === pit && isIdentity(view);
    if (!own) {
      // a copy: the view written out as the output's own tensor
      const loop = ctx.loop();
      const dims = view.dims.map((ids) => loop.dim([ids.map((id) => view.factors[id] as Extent)]));
      loop.finish();
      const read = loop.read(view, (vd) => dims[vd]);
      const axes = dims.map((d) => loop.axes(d));
      ctx.writer.statement(`${statementText(pit, axes.flat(), read, loop.allAxes(), (t) => ctx.shapes.get(t))}${comment(`graph output '${o.name}'`)}`, anchor);
      ctx.onnxNameOf.set(pit, o.name);
    }
    const shape = viewShape(view);
    checkDeclaredShape(ctx, o.name, o.shape, shape, anchor);
    out.push({ onnx: o.name, pit, shape });
  }
  const names = out.map((o) => o.pit);
  if (names.length > 0) ctx.writer.footerLine(`output ${names.join(', ')}`, out.map((o) => valueAnchor(o.onnx)));
  return out;
}

function isIdentity(view: View): boolean {
  return view.access.every((a, i) => a.constant === 0 && a.terms.size === 1 && a.terms.get(i) === 1) && view.dims.flat().every((id, i) => id === i) && view.dims.flat().length === view.access.length;
}

function checkDeclaredShape(ctx: Lowering, name: string, declared: OnnxModel['outputs'][number]['shape'], actual: ReturnType<typeof viewShape>, anchor: string): void {
  if (!declared) return;
  const differs = declared.length !== actual.length || declared.some((d, i) => typeof d === 'number' && (actual[i]?.syms.length !== 0 || actual[i]?.c !== d));
  if (differs) ctx.writer.report('PIT3211', `graph output '${name}' is declared [${declared.map((d) => d ?? '?').join(', ')}] but computes ${printExtents(actual)}`, anchor);
}

