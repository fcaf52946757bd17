/**
 * Operators that only change how a value is read (no statement, a comment line): Transpose,
 * Reshape, Flatten, Squeeze, Unsqueeze, Expand, Identity, Slice, Split, and Gather at constant
 * indices. Concat is the exception: its pieces live in different tensors, so it writes one
 * statement that selects, per position, the piece it comes from.
 */
import type { Lowering, Value } from '../context.js';
import { axisValue, bin, call, num, reduce, type PitExpr } from '../pit-expr.js';
import { constantSize, isOne, printExtents, printSize, sameSize, sizeOf, type Extent, type Size } from '../size.js';
import { dimExtents, divide, expandView, reshapeView, sliceView, squeezeView, transposeView, unsqueezeView, ViewError, viewShape, type LoopAxis, type View } from '../view.js';
import type { OpTable } from './table.js';

function asView(ctx: Lowering, v: Value): View {
  return ctx.view(v);
}

/** Runs a view operation; its failure is a PIT3205 naming what was asked. */
function viewOp(ctx: Lowering, what: string, op: () => View): View {
  try {
    return op();
  } catch (err) {
    if (err instanceof ViewError) ctx.fail('PIT3205', `${what}: ${err.message}`);
    throw err;
  }
}

function setView(ctx: Lowering, i: number, view: View, note: string): void {
  ctx.setOutput(i, { kind: 'view', view });
  ctx.note(note);
}

export function multiply(sizes: readonly Size[]): Size {
  return sizeOf(sizes.flatMap((s) => [s.c, ...s.syms]));
}

function reshape(ctx: Lowering): void {
  ctx.onlyAttributes('allowzero');
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const entries = ctx.sizes(1, 'the shape');
  const target = entries.map((e) => (e.syms.length === 0 ? String(e.c) : printSize(e)));
  const allowZero = ctx.intAttr('allowzero', 0) !== 0;
  const isConst = (e: Size, c: number): boolean => e.syms.length === 0 && e.c === c;
  if (entries.filter((e) => isConst(e, -1)).length > 1) ctx.fail('PIT3204', 'the shape has more than one -1');
  const sizes: (Size | undefined)[] = entries.map((e, i) => {
    if (isConst(e, 0) && !allowZero) {
      const copied = shape[i];
      if (!copied) ctx.fail('PIT3204', `shape entry ${i} is 0 (copy the input's dim), but the input has rank ${shape.length}`);
      return copied;
    }
    if (isConst(e, -1)) return undefined;
    if (e.c <= 0) ctx.fail('PIT3205', `shape entry ${i} is ${printSize(e)}: pitc tensors cannot have dims of size 0`);
    return e;
  });
  const total = multiply(shape);
  const known = multiply(sizes.filter((s): s is Size => s !== undefined));
  const inferred = divide(total, known);
  if (!inferred || (sizes.every((s) => s !== undefined) && !sameSize(total, known))) {
    ctx.fail('PIT3209', `cannot reshape ${printExtents(shape)} to [${target.join(', ')}]`);
  }
  const resolved = sizes.map((s) => s ?? inferred);
  const view = viewOp(ctx, `reshape ${printExtents(shape)} to ${printExtents(resolved)}`, () => reshapeView(asView(ctx, x), resolved));
  setView(ctx, 0, view, `${ctx.node.inputs[0]} read as ${printExtents(resolved)}`);
}

function flatten(ctx: Lowering): void {
  ctx.onlyAttributes('axis');
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const raw = ctx.intAttr('axis', 1);
  const axis = raw < 0 ? raw + shape.length : raw;
  if (axis < 0 || axis > shape.length) ctx.fail('PIT3204', `axis ${raw} is out of range for rank ${shape.length}`);
  const sizes = [multiply(shape.slice(0, axis)), multiply(shape.slice(axis))];
  const view = viewOp(ctx, 'flatten', () => reshapeView(asView(ctx, x), sizes));
  setView(ctx, 0, view, `${ctx.node.inputs[0]} read as ${printExtents(sizes)}`);
}

function transpose(ctx: Lowering): void {
  ctx.onlyAttributes('perm');
  const x = ctx.input(0);
  const rank = ctx.shapeOf(x).length;
  const perm = ctx.intsAttr('perm') ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
  const sorted = [...perm].sort((a, b) => a - b);
  if (perm.length !== rank || sorted.some((p, i) => p !== i)) ctx.fail('PIT3204', `perm [${perm.join(', ')}] is not a permutation of the ${rank} dims`);
  setView(ctx, 0, transposeView(asView(ctx, x), perm), `${ctx.node.inputs[0]} with its dims permuted [${perm.join(', ')}]`);
}

function squeeze(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const given = ctx.optional(1) ? ctx.integers(1, 'axes') : undefined;
  const axes = given ? given.map((a) => ctx.axis(a, shape.length, 'axes entry')) : shape.flatMap((s, d) => (isOne(s) ? [d] : []));
  for (const a of axes) if (!isOne(shape[a] as Size)) ctx.fail('PIT3209', `dim ${a} has size ${printSize(shape[a] as Size)}, not 1: it cannot be squeezed`);
  setView(ctx, 0, viewOp(ctx, 'squeeze', () => squeezeView(asView(ctx, x), axes)), `${ctx.node.inputs[0]} without its dims [${axes.join(', ')}] of size 1`);
}

function unsqueeze(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const rank = ctx.shapeOf(x).length;
  const given = ctx.integers(1, 'axes');
  const axes = given.map((a) => ctx.axis(a, rank + given.length, 'axes entry'));
  if (new Set(axes).size !== axes.length) ctx.fail('PIT3204', 'axes has repeated entries');
  setView(ctx, 0, unsqueezeView(asView(ctx, x), axes), `${ctx.node.inputs[0]} with dims of size 1 at [${axes.join(', ')}]`);
}

function expand(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const target = ctx.sizes(1, 'the shape').map((s): Extent => {
    if (s.syms.length === 0) return s.c;
    if (s.c === 1 && s.syms.length === 1) return s.syms[0] as string;
    return ctx.fail('PIT3205', `Expand to a dim of size ${printSize(s)}: pitc expands to sizes and single dims`);
  });
  if (target.some((t) => typeof t === 'number' && t < 1)) ctx.fail('PIT3205', `Expand to [${target.join(', ')}]: pitc tensors cannot have dims of size 0`);
  const view = viewOp(ctx, `expand to [${target.join(', ')}]`, () => expandView(asView(ctx, x), target));
  setView(ctx, 0, view, `${ctx.node.inputs[0]} broadcast to ${printExtents(viewShape(view))}`);
}

/** ONNX Slice's clamping of start and end on a dim of size n; the elements taken. */
export function sliceRange(n: number, start: number, end: number, step: number): { start: number; count: number } {
  let s = start < 0 ? start + n : start;
  let e = end < 0 ? end + n : end;
  if (step > 0) {
    s = Math.min(Math.max(s, 0), n);
    e = Math.min(Math.max(e, 0), n);
    return { start: s, count: Math.max(0, Math.ceil((e - s) / step)) };
  }
  s = Math.min(Math.max(s, 0), n - 1);
  e = Math.min(Math.max(e, -1), n - 1);
  return { start: s, count: Math.max(0, Math.ceil((s - e) / -step)) };
}

function slice(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const starts = ctx.integers(1, 'starts');
  const ends = ctx.integers(2, 'ends');
  const axes = ctx.optional(3) ? ctx.integers(3, 'axes') : starts.map((_, i) => i);
  const steps = ctx.optional(4) ? ctx.integers(4, 'steps') : starts.map(() => 1);
  if (ends.length !== starts.length || axes.length !== starts.length || steps.length !== starts.length) ctx.fail('PIT3204', 'starts, ends, axes and steps must have the same length');
  let view = asView(ctx, x);
  const taken: string[] = [];
  starts.forEach((start, i) => {
    const axis = ctx.axis(axes[i] as number, shape.length, 'axes entry');
    const step = steps[i] as number;
    const end = ends[i] as number;
    if (step === 0) ctx.fail('PIT3204', 'a Slice step is 0');
    const n = constantSize(shape[axis] as Size);
    if (n === undefined) {
      // a dim of symbolic size can only be taken whole
      if (start === 0 && step === 1 && end >= 2 ** 31 - 1) return;
      ctx.fail('PIT3205', `dim ${axis} has the symbolic size ${printSize(shape[axis] as Size)}: pitc slices it only whole (start 0, end past it, step 1)`);
    }
    const range = sliceRange(n, start, end, step);
    if (range.count === 0) ctx.fail('PIT3205', `the slice of dim ${axis} is empty, and pitc tensors cannot have dims of size 0`);
    if (range.start === 0 && range.count === n && step === 1) return;
    view = viewOp(ctx, `slice of dim ${axis}`, () => sliceView(view, axis, range.start, step, range.count));
    taken.push(`dim ${axis}: ${range.count} from ${range.start}${step !== 1 ? ` step ${step}` : ''}`);
  });
  setView(ctx, 0, view, `part of ${ctx.node.inputs[0]} (${taken.length > 0 ? taken.join('; ') : 'all of it'})`);
}

function split(ctx: Lowering): void {
  ctx.onlyAttributes('axis', 'num_outputs');
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const axis = ctx.axis(ctx.intAttr('axis', 0), shape.length);
  const outputs = ctx.node.outputs.length;
  const n = constantSize(shape[axis] as Size);
  let sizes: number[];
  if (ctx.optional(1)) sizes = ctx.integers(1, 'split');
  else {
    if (n === undefined) ctx.fail('PIT3205', `dim ${axis} has the symbolic size ${printSize(shape[axis] as Size)}: pitc splits dims of known size only`);
    const parts = ctx.intAttr('num_outputs', outputs);
    const chunk = Math.ceil(n / parts);
    sizes = Array.from({ length: parts }, (_, i) => Math.min(chunk, n - i * chunk));
  }
  if (sizes.length !== outputs) ctx.fail('PIT3204', `${sizes.length} parts for ${outputs} outputs`);
  if (n === undefined && sizes.length !== 1) ctx.fail('PIT3205', `dim ${axis} has a symbolic size: pitc splits dims of known size only`);
  if (n !== undefined && sizes.reduce((a, b) => a + b, 0) !== n) ctx.fail('PIT3209', `the parts [${sizes.join(', ')}] do not add up to dim ${axis}'s size ${n}`);
  let offset = 0;
  const base = asView(ctx, x);
  sizes.forEach((size, i) => {
    if (size < 1) ctx.fail('PIT3205', `part ${i} is empty, and pitc tensors cannot have dims of size 0`);
    const start = offset;
    const view = n === undefined || (start === 0 && size === n) ? base : viewOp(ctx, `part ${i}`, () => sliceView(base, axis, start, 1, size));
    ctx.setOutput(i, { kind: 'view', view });
    offset += size;
  });
  ctx.note(`${ctx.node.inputs[0]} split along dim ${axis} into parts of [${sizes.join(', ')}]`);
}

function gather(ctx: Lowering): void {
  ctx.onlyAttributes('axis');
  const x = ctx.input(0);
  const shape = ctx.shapeOf(x);
  const axis = ctx.axis(ctx.intAttr('axis', 0), shape.length);
  const indicesValue = ctx.input(1, 'indices');
  if (indicesValue.kind !== 'const') ctx.fail('PIT3205', 'Gather with indices computed at run time (an embedding lookup, say) is not supported: pitc reads a value at indices known at compile time');
  const indices = ctx.integers(1, 'indices');
  const n = constantSize(shape[axis] as Size);
  if (n === undefined) ctx.fail('PIT3205', `Gather along dim ${axis} of symbolic size is not supported`);
  const normalised = indices.map((i) => (i < 0 ? i + n : i));
  if (normalised.some((i) => i < 0 || i >= n)) ctx.fail('PIT3209', `an index is out of range for dim ${axis} of size ${n}`);
  const rank = indicesValue.tensor.shape.length;
  if (rank > 1) ctx.fail('PIT3204', 'Gather with indices of rank 2 or more is not supported');
  const step = normalised.length > 1 ? (normalised[1] as number) - (normalised[0] as number) : 1;
  if (normalised.some((v, i) => v !== (normalised[0] as number) + i * step)) ctx.fail('PIT3204', 'Gather at indices that are not evenly spaced is not supported');
  let view = viewOp(ctx, 'gather', () => sliceView(asView(ctx, x), axis, normalised[0] as number, step, normalised.length));
  if (rank === 0) view = viewOp(ctx, 'gather', () => squeezeView(view, [axis]));
  setView(ctx, 0, view, `${ctx.node.inputs[0]} at ${rank === 0 ? 'index' : 'indices'} ${normalised.join(', ')} of dim ${axis}`);
}

function identity(ctx: Lowering): void {
  ctx.onlyAttributes();
  ctx.setOutput(0, ctx.input(0));
  ctx.note(`the same value as ${ctx.node.inputs[0]}`);
}

/**
 * Concat of pieces of equal size along the axis: the result dim is read as (piece, position),
 * and the statement picks the piece with a constant index tensor `iota` (0, 1, ...; an axis needs
 * a tensor that gives its extent). Unequal pieces: a sum per piece over its own positions, where
 * the output position matches (cost: output size × piece size).
 */
function concat(ctx: Lowering): void {
  ctx.onlyAttributes('axis');
  const pieces = ctx.node.inputs.map((_, i) => ctx.input(i));
  if (pieces.length === 0) ctx.fail('PIT3207', 'Concat needs at least one input');
  const shapes = pieces.map((p) => ctx.shapeOf(p));
  const rank = (shapes[0] as Size[]).length;
  if (rank === 0) ctx.fail('PIT3209', 'Concat of scalars');
  const axis = ctx.axis(ctx.intAttr('axis', 0), rank);
  const dtype = ctx.dtypeOf(pieces[0] as Value);
  for (let p = 0; p < pieces.length; p++) {
    const s = shapes[p] as Size[];
    if (ctx.dtypeOf(pieces[p] as Value) !== dtype) ctx.fail('PIT3207', 'the pieces have different element types');
    if (s.length !== rank || s.some((size, d) => d !== axis && !sameSize(size, (shapes[0] as Size[])[d] as Size))) {
      ctx.fail('PIT3209', `piece ${p} is ${printExtents(s)}, which does not match ${printExtents(shapes[0] as Size[])} outside dim ${axis}`);
    }
  }
  if (pieces.length === 1) return setView(ctx, 0, asView(ctx, pieces[0] as Value), 'a concat of one piece');
  const views = pieces.map((p) => asView(ctx, p));
  const along = shapes.map((s) => s[axis] as Size);
  const equal = along.every((s) => sameSize(s, along[0] as Size));
  const loop = ctx.loop();
  const dims = Array.from({ length: rank }, (_, d) => (d === axis ? -1 : loop.dim(views.flatMap((v, p) => (isOne((shapes[p] as Size[])[d] as Size) ? [] : [dimExtents(v, d)])))));
  const iotaOf = (n: number): View => {
    const name = ctx.names.fresh(`iota_${n}`);
    ctx.declareWeight(name, { dtype: 'i32', shape: [n], data: Int32Array.from({ length: n }, (_, i) => i) }, `0, 1, ..., ${n - 1}: the positions of a Concat`);
    return { base: name, dtype: 'i32', factors: [n], dims: [[0]], access: [{ terms: new Map([[0, 1]]), constant: 0 }] };
  };
  const readOther = (view: View, p: number, axisDim: number) => loop.read(view, (vd) => (vd === axis ? axisDim : isOne((shapes[p] as Size[])[vd] as Size) ? undefined : dims[vd]));
  let body: PitExpr;
  let axisGroup: LoopAxis[];
  if (equal) {
    const iota = iotaOf(pieces.length);
    const piece = loop.dim([[pieces.length]]);
    const position = loop.dim(views.map((v) => dimExtents(v, axis)));
    loop.finish();
    const which = loop.read(iota, () => piece);
    body = readOther(views[views.length - 1] as View, views.length - 1, position);
    for (let p = views.length - 2; p >= 0; p--) body = call('where', bin('==', which, num(p)), readOther(views[p] as View, p, position), body);
    axisGroup = [...loop.axes(piece), ...loop.axes(position)];
  } else {
    const sizes = along.map(constantSize);
    if (sizes.some((s) => s === undefined)) ctx.fail('PIT3205', 'Concat of pieces of different symbolic sizes is not supported');
    if (dtype !== 'f32') ctx.fail('PIT3206', 'Concat of pieces of different sizes is supported on f32');
    const total = (sizes as number[]).reduce((a, b) => a + b, 0);
    const iota = iotaOf(total);
    const out = loop.dim([[total]]);
    const own = views.map((v) => loop.dim([dimExtents(v, axis)], true));
    loop.finish();
    const position = loop.read(iota, () => out);
    let offset = 0;
    const terms = views.map((v, p) => {
      const at = offset;
      offset += sizes[p] as number;
      const axes = loop.axes(own[p] as number);
      // the position inside the piece, from its axes (row-major)
      let index: PitExpr = num(0);
      let stride = 1;
      for (let i = axes.length - 1; i >= 0; i--) {
        const a = axes[i] as LoopAxis;
        const term = stride === 1 ? axisValue(a.name) : bin('*', num(stride), axisValue(a.name));
        index = i === axes.length - 1 ? term : bin('+', term, index);
        stride *= a.extent as number;
      }
      const target = at === 0 ? index : bin('+', index, num(at));
      return reduce('sum', axes.map((a) => a.name), call('where', bin('==', position, target), readOther(v, p, own[p] as number), num(0)));
    });
    body = terms.slice(1).reduce((acc, t) => bin('+', acc, t), terms[0] as PitExpr);
    axisGroup = loop.axes(out);
  }
  const outDims = Array.from({ length: rank }, (_, d) => (d === axis ? axisGroup : loop.axes(dims[d] as number)));
  const view = ctx.define(ctx.outputName(0), outDims, body, dtype, { onnx: ctx.node.outputs[0] as string, loop });
  ctx.setOutput(0, { kind: 'view', view });
}

export const SHAPE_OPS: OpTable = {
  Reshape: reshape,
  Flatten: flatten,
  Transpose: transpose,
  Squeeze: squeeze,
  Unsqueeze: unsqueeze,
  Expand: expand,
  Slice: slice,
  Split: split,
  Gather: gather,
  Identity: identity,
  Concat: concat,
};

