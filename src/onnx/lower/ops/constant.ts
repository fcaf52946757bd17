/**
 * Values known at import time: Constant (Shape and Size: shape-values.ts),
 * ConstantOfShape, Range, and any elementwise or shape operator whose inputs are all known (up to
 * FOLD_LIMIT elements) — exporters compute reshape targets this way (Shape → Gather → Unsqueeze
 * → Concat → Reshape). Folded with ONNX's semantics: integer arithmetic on int64 (Div truncates),
 * float results rounded to f32 at every operator.
 */
import { elementCountOf, type OnnxElemType, type OnnxTensor, type OnnxTensorData } from '../../model.js';
import { halfToFloat } from '../../tensor-data.js';
import type { Lowering, Value } from '../context.js';
import type { View } from '../view.js';

/** Largest result folded at import time; larger values are computed by statements. */
export const FOLD_LIMIT = 65536;

export function numbersOf(t: OnnxTensor): number[] {
  return t.dtype === 'i64' ? [...(t.data as BigInt64Array)].map(Number) : [...(t.data as Float32Array | Int32Array | Uint8Array)];
}

export function tensorOf(dtype: OnnxElemType, shape: readonly number[], values: readonly number[]): OnnxTensor {
  let data: OnnxTensorData;
  switch (dtype) {
    case 'f32':
      data = Float32Array.from(values);
      break;
    case 'i32':
      data = Int32Array.from(values);
      break;
    case 'i64':
      data = BigInt64Array.from(values, (v) => BigInt(Math.trunc(Number.isFinite(v) ? v : 0)));
      break;
    case 'bool':
      data = Uint8Array.from(values, (v) => (v !== 0 ? 1 : 0));
      break;
  }
  return { dtype, shape: [...shape], data };
}

// ---- producers

function constant(ctx: Lowering): OnnxTensor {
  const attrs = [...ctx.node.attributes.keys()];
  if (attrs.length !== 1) ctx.fail('PIT3204', `a Constant needs exactly one value attribute, not ${attrs.length}`);
  const name = attrs[0] as string;
  const a = ctx.node.attributes.get(name);
  switch (name) {
    case 'value':
      if (a?.kind === 'tensor') return a.value;
      break;
    case 'value_float':
      if (a?.kind === 'float') return tensorOf('f32', [], [a.value]);
      break;
    case 'value_floats':
      if (a?.kind === 'floats') return tensorOf('f32', [a.values.length], a.values);
      break;
    case 'value_int':
      if (a?.kind === 'int') return tensorOf('i64', [], [a.value]);
      break;
    case 'value_ints':
      if (a?.kind === 'ints') return tensorOf('i64', [a.values.length], a.values);
      break;
  }
  return ctx.fail('PIT3204', `Constant attribute '${name}' is not supported (pitc reads value, value_float(s), value_int(s))`);
}

function constantOfShape(ctx: Lowering): OnnxTensor {
  const shape = ctx.integers(0, 'the shape');
  const a = ctx.attr('value');
  const fill = a?.kind === 'tensor' ? a.value : tensorOf('f32', [1], [0]);
  if (elementCountOf(fill.shape) !== 1) ctx.fail('PIT3204', 'ConstantOfShape value must hold one element');
  if (shape.some((d) => d < 0)) ctx.fail('PIT3204', 'a negative dim');
  const count = elementCountOf(shape);
  if (count > FOLD_LIMIT * 256) ctx.fail('PIT3205', `ConstantOfShape of ${count} elements: pitc folds constants of up to ${FOLD_LIMIT * 256}`);
  return tensorOf(fill.dtype, shape, new Array<number>(count).fill(numbersOf(fill)[0] as number));
}

function range(ctx: Lowering): OnnxTensor {
  const scalar = (i: number): number => {
    const t = ctx.constant(i, ['start', 'limit', 'delta'][i] as string);
    return numbersOf(t)[0] as number;
  };
  const [start, limit, delta] = [scalar(0), scalar(1), scalar(2)];
  if (delta === 0) ctx.fail('PIT3204', 'Range delta is 0');
  const count = Math.max(0, Math.ceil((limit - start) / delta));
  if (count > FOLD_LIMIT) ctx.fail('PIT3205', `a Range of ${count} elements`);
  const dtype = (ctx.input(0) as Extract<Value, { kind: 'const' }>).tensor.dtype;
  return tensorOf(dtype, [count], Array.from({ length: count }, (_, i) => (dtype === 'f32' ? Math.fround(start + i * delta) : start + i * delta)));
}

/** Operators that make a constant from attributes or from what is known of their inputs. */
export const PRODUCERS: Readonly<Record<string, (ctx: Lowering) => OnnxTensor>> = {
  Constant: constant,
  ConstantOfShape: constantOfShape,
  Range: range,
};

// ---- elementwise folding

type Fn = (xs: number[]) => number;

const ARITH: Readonly<Record<string, { readonly arity: number; readonly fn: Fn; readonly result?: OnnxElemType }>> = {
  Add: { arity: 2, fn: ([a, b]) => (a as number) + (b as number) },
  Sub: { arity: 2, fn: ([a, b]) => (a as number) - (b as number) },
  Mul: { arity: 2, fn: ([a, b]) => (a as number) * (b as number) },
  Div: { arity: 2, fn: ([a, b]) => (a as number) / (b as number) },
  Neg: { arity: 1, fn: ([a]) => -(a as number) },
  Abs: { arity: 1, fn: ([a]) => Math.abs(a as number) },
  Sqrt: { arity: 1, fn: ([a]) => Math.sqrt(a as number) },
  Reciprocal: { arity: 1, fn: ([a]) => 1 / (a as number) },
  Exp: { arity: 1, fn: ([a]) => Math.exp(a as number) },
  Log: { arity: 1, fn: ([a]) => Math.log(a as number) },
  Pow: { arity: 2, fn: ([a, b]) => (a as number) ** (b as number) },
  Max: { arity: 2, fn: ([a, b]) => Math.max(a as number, b as number) },
  Min: { arity: 2, fn: ([a, b]) => Math.min(a as number, b as number) },
  Equal: { arity: 2, fn: ([a, b]) => (a === b ? 1 : 0), result: 'bool' },
  Less: { arity: 2, fn: ([a, b]) => ((a as number) < (b as number) ? 1 : 0), result: 'bool' },
  LessOrEqual: { arity: 2, fn: ([a, b]) => ((a as number) <= (b as number) ? 1 : 0), result: 'bool' },
  Greater: { arity: 2, fn: ([a, b]) => ((a as number) > (b as number) ? 1 : 0), result: 'bool' },
  GreaterOrEqual: { arity: 2, fn: ([a, b]) => ((a as number) >= (b as number) ? 1 : 0), result: 'bool' },
  Not: { arity: 1, fn: ([a]) => (a === 0 ? 1 : 0), result: 'bool' },
  And: { arity: 2, fn: ([a, b]) => (a !== 0 && b !== 0 ? 1 : 0), result: 'bool' },
  Or: { arity: 2, fn: ([a, b]) => (a !== 0 || b !== 0 ? 1 : 0), result: 'bool' },
  Where: { arity: 3, fn: ([c, a, b]) => (c !== 0 ? (a as number) : (b as number)) },
};

/** numpy broadcasting of shapes, or undefined when they do not broadcast. */
function broadcast(shapes: readonly (readonly number[])[]): number[] | undefined {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let d = 0; d < rank; d++) {
    let n = 1;
    for (const s of shapes) {
      const v = s[d - (rank - s.length)] ?? 1;
      if (v === 1) continue;
      if (n !== 1 && n !== v) return undefined;
      n = v;
    }
    out.push(n);
  }
  return out;
}

function foldElementwise(ctx: Lowering, op: string, inputs: readonly OnnxTensor[]): OnnxTensor | undefined {
  if (op === 'Cast') return foldCast(ctx, inputs[0] as OnnxTensor);
  const spec = ARITH[op];
  if (!spec || inputs.length !== spec.arity) return undefined;
  const shape = broadcast(inputs.map((t) => t.shape));
  if (!shape) ctx.fail('PIT3209', `the constant operands [${inputs.map((t) => t.shape.join('x')).join('], [')}] do not broadcast`);
  const count = elementCountOf(shape);
  if (count > FOLD_LIMIT) return undefined;
  const operandType = (op === 'Where' ? inputs[1] : inputs[0])?.dtype ?? 'f32';
  const dtype = spec.result ?? operandType;
  const values = inputs.map(numbersOf);
  const out = new Array<number>(count);
  const index = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < count; i++) {
    const args = inputs.map((t, k) => {
      let flat = 0;
      for (let d = 0; d < t.shape.length; d++) {
        const n = t.shape[d] as number;
        flat = flat * n + (n === 1 ? 0 : (index[d + (shape.length - t.shape.length)] as number));
      }
      return (values[k] as number[])[flat] as number;
    });
    let v = spec.fn(args);
    if (dtype === 'f32') v = Math.fround(v);
    else if (dtype === 'i64' || dtype === 'i32') v = op === 'Div' ? Math.trunc(v) : v;
    out[i] = v;
    for (let d = shape.length - 1; d >= 0; d--) {
      index[d] = (index[d] as number) + 1;
      if ((index[d] as number) < (shape[d] as number)) break;
      index[d] = 0;
    }
  }
  return tensorOf(dtype, shape, out);
}

function foldCast(ctx: Lowering, t: OnnxTensor): OnnxTensor | undefined {
  const to = ctx.intAttr('to', -1);
  const dtype: OnnxElemType | undefined = to === 1 ? 'f32' : to === 6 ? 'i32' : to === 7 ? 'i64' : to === 9 ? 'bool' : to === 10 ? 'f32' : undefined;
  if (!dtype || elementCountOf(t.shape) > FOLD_LIMIT) return undefined;
  const values = numbersOf(t).map((v) => (dtype === 'f32' ? (to === 10 ? halfRound(v) : Math.fround(v)) : dtype === 'bool' ? (v !== 0 ? 1 : 0) : Math.trunc(v)));
  return tensorOf(dtype, t.shape, values);
}

/** A float16 cast of a constant: rounded to the nearest half (then held as f32). */
function halfRound(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const f = new Float32Array([v]);
  const bits = new Uint32Array(f.buffer)[0] as number;
  const sign = (bits >>> 16) & 0x8000;
  const exp = ((bits >>> 23) & 0xff) - 127 + 15;
  if (exp >= 31) return sign ? -Infinity : Infinity;
  if (exp <= 0) return halfToFloat(sign | Math.round(Math.abs(v) / 2 ** -24));
  const mantissa = bits & 0x7fffff;
  let half = sign | (exp << 10) | (mantissa >> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half += 1;
  return halfToFloat(half);
}

/** Concat of constants along an axis. */
function foldConcat(ctx: Lowering, inputs: readonly OnnxTensor[]): OnnxTensor | undefined {
  const first = inputs[0];
  if (!first) return undefined;
  const rank = first.shape.length;
  const raw = ctx.intAttr('axis', 0);
  const axis = raw < 0 ? raw + rank : raw;
  if (axis < 0 || axis >= rank) ctx.fail('PIT3204', `axis ${raw} is out of range for rank ${rank}`);
  const outer = elementCountOf(first.shape.slice(0, axis));
  const shape = [...first.shape];
  shape[axis] = inputs.reduce((n, t) => n + (t.shape[axis] ?? 0), 0);
  if (elementCountOf(shape) > FOLD_LIMIT) return undefined;
  const values = inputs.map(numbersOf);
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    inputs.forEach((t, k) => {
      const chunk = elementCountOf(t.shape.slice(axis));
      out.push(...(values[k] as number[]).slice(o * chunk, (o + 1) * chunk));
    });
  }
  return tensorOf(first.dtype, shape, out);
}

/** A view of a constant (a base registered by `constBase`), evaluated at every position. */
export function materialise(view: View, source: OnnxTensor): OnnxTensor | undefined {
  const dims = view.dims.map((ids) => ids.map((id) => view.factors[id]));
  const factors = dims.flat();
  if (factors.some((f) => typeof f !== 'number')) return undefined;
  const shape = dims.map((g) => (g as number[]).reduce((a, b) => a * b, 1));
  const count = elementCountOf(shape);
  if (count > FOLD_LIMIT) return undefined;
  const order = view.dims.flat();
  const values = numbersOf(source);
  const strides = source.shape.map((_, d) => elementCountOf(source.shape.slice(d + 1)));
  const index = new Array<number>(order.length).fill(0);
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const at = new Map(order.map((id, k) => [id, index[k] as number]));
    let flat = 0;
    view.access.forEach((a, d) => {
      let v = a.constant;
      for (const [id, coef] of a.terms) v += coef * (at.get(id) ?? 0);
      flat += v * (strides[d] as number);
    });
    out[i] = values[flat] as number;
    for (let k = order.length - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (factors[k] as number)) break;
      index[k] = 0;
    }
  }
  return tensorOf(source.dtype, shape, out);
}

/** Elementwise and Concat folds (shape operators fold through their views: see lower/index.ts). */
export function foldValues(ctx: Lowering, op: string, inputs: readonly OnnxTensor[]): OnnxTensor | undefined {
  if (op === 'Concat') return foldConcat(ctx, inputs);
  return foldElementwise(ctx, op, inputs);
}

