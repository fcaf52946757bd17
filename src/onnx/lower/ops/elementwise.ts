/**
 * Elementwise operators with numpy broadcasting: one statement each, its accesses following
 * every operand's view; one-element f32 constants are written as literals (so `Where(m, s,
 * -inf)` reads `where(m[...], s[...], -inf)`, the form whose sparsity pitc finds).
 */
import type { DType } from '../../../../ir/dtype.js';
import { elementCountOf } from '../../model.js';
import { NodeError, type Lowering, type Value } from '../context.js';
import { bin, call, neg, num, type PitExpr } from '../pit-expr.js';
import { isOne, printSize, sameSize, type Size } from '../size.js';
import { dimExtents, type View } from '../view.js';
import type { OpTable } from './table.js';

/**
 * Writes `out[...] = body(reads)` over the broadcast shape of the operands and sets output 0.
 * Operands are right-aligned; a dim of size 1 is broadcast (read at index 0).
 */
export function elementwise(ctx: Lowering, operands: readonly Value[], body: (reads: PitExpr[]) => PitExpr, dtype: DType): void {
  const view = elementwiseTo(ctx, ctx.outputName(0), operands, body, dtype, { onnx: ctx.node.outputs[0] as string });
  ctx.setOutput(0, { kind: 'view', view });
}

/** The same, into any target (the helper tensors of Softmax and LayerNormalization); returns its view. */
export function elementwiseTo(
  ctx: Lowering,
  target: string,
  operands: readonly Value[],
  body: (reads: PitExpr[]) => PitExpr,
  dtype: DType,
  options: { onnx?: string; note?: string } = {},
): View {
  const scalars = operands.map((v) => ctx.scalarOf(v));
  const shapes = operands.map((v, i) => (scalars[i] !== undefined ? [] : ctx.shapeOf(v)));
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const views = operands.map((v, i) => (scalars[i] !== undefined ? undefined : ctx.view(v)));
  const loop = ctx.loop();
  for (let d = 0; d < rank; d++) {
    let size: Size | undefined;
    const lists = [];
    for (let i = 0; i < operands.length; i++) {
      const shape = shapes[i] as Size[];
      const vd = d - (rank - shape.length);
      const s = vd >= 0 ? (shape[vd] as Size) : undefined;
      if (!s || isOne(s)) continue;
      if (size && !sameSize(size, s)) {
        throw new NodeError('PIT3209', `the operands cannot be broadcast together: dim ${d} (from the right, ${rank - d}) is ${printSize(size)} in one and ${printSize(s)} in another`);
      }
      size = s;
      lists.push(dimExtents(views[i] as NonNullable<(typeof views)[number]>, vd));
    }
    loop.dim(lists);
  }
  loop.finish();
  const reads = operands.map((_, i) => {
    const scalar = scalars[i];
    if (scalar !== undefined) return num(scalar);
    const view = views[i] as NonNullable<(typeof views)[number]>;
    const offset = rank - view.dims.length;
    const shape = shapes[i] as Size[];
    return loop.read(view, (vd) => (isOne(shape[vd] as Size) ? undefined : vd + offset));
  });
  const dims = Array.from({ length: rank }, (_, d) => loop.axes(d));
  return ctx.define(target, dims, body(reads), dtype, { ...options, loop });
}

/** The dtype every operand shares (ONNX requires it), or a PIT3207. */
function commonDType(ctx: Lowering, operands: readonly Value[]): DType {
  const types = new Set(operands.map((v) => ctx.dtypeOf(v)));
  if (types.size > 1) ctx.fail('PIT3207', `the operands have different element types (${[...types].join(', ')}); ONNX requires one type`);
  return [...types][0] as DType;
}

function requireType(ctx: Lowering, dtype: DType, allowed: readonly DType[]): void {
  if (!allowed.includes(dtype)) ctx.fail('PIT3206', `${ctx.node.opType} on ${dtype} is not supported (pitc lowers it for ${allowed.join(' and ')})`);
}

function binary(op: '+' | '-' | '*'): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes();
    const operands = [ctx.input(0), ctx.input(1)];
    const dtype = commonDType(ctx, operands);
    requireType(ctx, dtype, ['f32', 'i32']);
    elementwise(ctx, operands, ([a, b]) => bin(op, a as PitExpr, b as PitExpr), dtype);
  };
}

function unaryF32(fn: (x: PitExpr, ctx: Lowering) => PitExpr, attributes: readonly string[] = []): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes(...attributes);
    const x = ctx.input(0);
    requireType(ctx, ctx.dtypeOf(x), ['f32']);
    elementwise(ctx, [x], ([a]) => fn(a as PitExpr, ctx), 'f32');
  };
}

function comparison(op: '<' | '<=' | '>' | '>=' | '=='): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes();
    const operands = [ctx.input(0), ctx.input(1)];
    requireType(ctx, commonDType(ctx, operands), op === '==' ? ['f32', 'i32', 'bool'] : ['f32', 'i32']);
    elementwise(ctx, operands, ([a, b]) => bin(op, a as PitExpr, b as PitExpr), 'bool');
  };
}

function logical(make: (a: PitExpr, b: PitExpr) => PitExpr): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes();
    const operands = [ctx.input(0), ctx.input(1)];
    requireType(ctx, commonDType(ctx, operands), ['bool']);
    elementwise(ctx, operands, ([a, b]) => make(a as PitExpr, b as PitExpr), 'bool');
  };
}

/** x^c for a constant c, as products, sqrt, or exp(c·log x) (with the sign of x for integer c). */
function power(x: PitExpr, c: number): PitExpr {
  const product = (n: number): PitExpr => {
    let e = x;
    for (let i = 1; i < n; i++) e = bin('*', e, x);
    return e;
  };
  if (c === 0) return call('where', bin('!=', x, x), num(1), num(1)); // pow(NaN, 0) is 1 too
  if (Number.isInteger(c) && Math.abs(c) <= 4) return c > 0 ? product(c) : bin('/', num(1), product(-c));
  if (c === 0.5) return call('sqrt', x);
  if (c === -0.5) return bin('/', num(1), call('sqrt', x));
  if (Number.isInteger(c)) {
    const magnitude = call('exp', bin('*', num(c), call('log', call('abs', x))));
    return c % 2 === 0 ? magnitude : call('where', bin('<', x, num(0)), neg(magnitude), magnitude);
  }
  return call('exp', bin('*', num(c), call('log', x)));
}

function cast(ctx: Lowering): void {
  ctx.onlyAttributes('to', 'saturate');
  const x = ctx.input(0);
  const from = ctx.dtypeOf(x);
  const toCode = ctx.intAttr('to', -1);
  const to: DType | undefined = toCode === 1 ? 'f32' : toCode === 6 || toCode === 7 ? 'i32' : toCode === 9 ? 'bool' : undefined;
  if (!to) ctx.fail('PIT3206', `Cast to element type ${toCode} is not supported (pitc casts to FLOAT, INT32, INT64 (as i32) and BOOL)`);
  if (from === to) {
    ctx.setOutput(0, x);
    ctx.note(`a cast to ${to}, which ${ctx.node.inputs[0]} already is`);
    return;
  }
  if (to === 'bool') return elementwise(ctx, [x], ([a]) => bin('!=', a as PitExpr, num(0)), 'bool');
  // an f32 literal operand makes the statement f32; bool times bool is i32 (0/1)
  if (to === 'f32') return elementwise(ctx, [x], ([a]) => bin('*', num(1), a as PitExpr), 'f32');
  if (from === 'bool') return elementwise(ctx, [x], ([a]) => bin('*', a as PitExpr, a as PitExpr), 'i32');
  ctx.fail('PIT3204', 'Cast from f32 to an integer type is not supported: the language has no f32-to-i32 conversion');
}

function where(ctx: Lowering): void {
  ctx.onlyAttributes();
  const operands = [ctx.input(0), ctx.input(1), ctx.input(2)];
  if (ctx.dtypeOf(operands[0] as Value) !== 'bool') ctx.fail('PIT3207', 'the condition of Where must be bool');
  const dtype = commonDType(ctx, operands.slice(1));
  elementwise(ctx, operands, ([c, a, b]) => call('where', c as PitExpr, a as PitExpr, b as PitExpr), dtype);
}

function pow(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  requireType(ctx, ctx.dtypeOf(x), ['f32']);
  const exponent = ctx.input(1);
  if (exponent.kind !== 'const' || elementCountOf(exponent.tensor.shape) !== 1) {
    ctx.fail('PIT3205', 'Pow needs a constant exponent (one value); an exponent computed at run time is not supported');
  }
  const c = Number(exponent.tensor.data[0]);
  elementwise(ctx, [x], ([a]) => power(a as PitExpr, c), 'f32');
}

function clip(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const dtype = ctx.dtypeOf(x);
  requireType(ctx, dtype, ['f32', 'i32']);
  const bound = (i: number): Value | undefined => {
    const v = ctx.optional(i);
    if (v && (v.kind !== 'const' || elementCountOf(v.tensor.shape) !== 1)) ctx.fail('PIT3205', `Clip needs constant bounds (input ${i} is computed at run time)`);
    return v;
  };
  const lo = bound(1);
  const hi = bound(2);
  const operands = [x, ...(lo ? [lo] : []), ...(hi ? [hi] : [])];
  elementwise(ctx, operands, (reads) => {
    let e = reads[0] as PitExpr;
    if (lo) e = call('max', e, reads[1] as PitExpr);
    if (hi) e = call('min', e, reads[lo ? 2 : 1] as PitExpr);
    return e;
  }, dtype);
}

function variadic(fn: 'max' | 'min'): (ctx: Lowering) => void {
  return (ctx) => {
    ctx.onlyAttributes();
    const operands = ctx.node.inputs.map((_, i) => ctx.input(i));
    if (operands.length === 0) ctx.fail('PIT3207', `${ctx.node.opType} needs at least one input`);
    const dtype = commonDType(ctx, operands);
    requireType(ctx, dtype, ['f32', 'i32']);
    elementwise(ctx, operands, (reads) => reads.slice(1).reduce((acc, r) => call(fn, acc, r), reads[0] as PitExpr), dtype);
  };
}

function relu(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  requireType(ctx, ctx.dtypeOf(x), ['f32']);
  elementwise(ctx, [x], ([a]) => call('relu', a as PitExpr), 'f32');
}

function abs(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const dtype = ctx.dtypeOf(x);
  requireType(ctx, dtype, ['f32', 'i32']);
  // abs() gives f32; an i32 stays i32 as max(x, -x)
  elementwise(ctx, [x], ([a]) => (dtype === 'f32' ? call('abs', a as PitExpr) : call('max', a as PitExpr, neg(a as PitExpr))), dtype);
}

function negate(ctx: Lowering): void {
  ctx.onlyAttributes();
  const x = ctx.input(0);
  const dtype = ctx.dtypeOf(x);
  requireType(ctx, dtype, ['f32', 'i32']);
  elementwise(ctx, [x], ([a]) => neg(a as PitExpr), dtype);
}

function divide(ctx: Lowering): void {
  ctx.onlyAttributes();
  const operands = [ctx.input(0), ctx.input(1)];
  const dtype = commonDType(ctx, operands);
  if (dtype !== 'f32') ctx.fail('PIT3206', `integer Div (${dtype}) is not supported: the language's / gives f32`);
  elementwise(ctx, operands, ([a, b]) => bin('/', a as PitExpr, b as PitExpr), 'f32');
}

function gelu(ctx: Lowering): void {
  ctx.onlyAttributes('approximate');
  const approximate = ctx.stringAttr('approximate', 'none');
  if (approximate !== 'none' && approximate !== 'tanh') ctx.fail('PIT3204', `Gelu approximate='${approximate}' is not one of 'none', 'tanh'`);
  const x = ctx.input(0);
  requireType(ctx, ctx.dtypeOf(x), ['f32']);
  // exact: 0.5·x·(1 + erf(x/√2)); the tanh form is the language's gelu()
  elementwise(ctx, [x], ([a]) => (approximate === 'tanh' ? call('gelu', a as PitExpr) : bin('*', bin('*', num(0.5), a as PitExpr), bin('+', num(1), call('erf', bin('*', a as PitExpr, num(Math.SQRT1_2)))))), 'f32');
}

function leakyRelu(ctx: Lowering): void {
  ctx.onlyAttributes('alpha');
  const alpha = ctx.floatAttr('alpha', 0.01);
  const x = ctx.input(0);
  requireType(ctx, ctx.dtypeOf(x), ['f32']);
  elementwise(ctx, [x], ([a]) => call('where', bin('<', a as PitExpr, num(0)), bin('*', num(alpha), a as PitExpr), a as PitExpr), 'f32');
}

export const ELEMENTWISE_OPS: OpTable = {
  Add: binary('+'),
  Sub: binary('-'),
  Mul: binary('*'),
  Div: divide,
  Pow: pow,
  Neg: negate,
  Abs: abs,
  Reciprocal: unaryF32((x) => bin('/', num(1), x)),
  Sqrt: unaryF32((x) => call('sqrt', x)),
  Exp: unaryF32((x) => call('exp', x)),
  Log: unaryF32((x) => call('log', x)),
  Erf: unaryF32((x) => call('erf', x)),
  Tanh: unaryF32((x) => call('tanh', x)),
  Sigmoid: unaryF32((x) => call('sigmoid', x)),
  Relu: relu,
  LeakyRelu: leakyRelu,
  Gelu: gelu,
  Clip: clip,
  Max: variadic('max'),
  Min: variadic('min'),
  Where: where,
  Equal: comparison('=='),
  Less: comparison('<'),
  LessOrEqual: comparison('<='),
  Greater: comparison('>'),
  GreaterOrEqual: comparison('>='),
  Not: (ctx) => {
    ctx.onlyAttributes();
    const x = ctx.input(0);
    requireType(ctx, ctx.dtypeOf(x), ['bool']);
    elementwise(ctx, [x], ([a]) => bin('==', a as PitExpr, num(0)), 'bool');
  },
  // max and min of two bools are bools (or, and)
  And: logical((a, b) => call('min', a, b)),
  Or: logical((a, b) => call('max', a, b)),
  Xor: logical((a, b) => bin('!=', a, b)),
  Cast: cast,
};


