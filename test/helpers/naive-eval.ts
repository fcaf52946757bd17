import { erf } from '../../ir/expr/erf.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import type { AffineIndex, BinaryOp, Reducer, ScalarExpr, TensorExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * An independent, deliberately naive evaluator of the graph IR, used to test codegen/ref.
 * It walks the expression tree once per output element with an environment of axis values,
 * recursing into reductions; nothing is hoisted, reordered or generated. It shares no code
 * with codegen/ref (only the IR types and evalDim) and restates the semantics itself:
 *
 * - every value is a float64 while a statement is evaluated; bools are 0/1;
 * - a reduction visits its axes in increasing lexicographic order (first axis outermost),
 *   starting from its identity (sum 0, prod 1, max -inf, min +inf);
 * - the statement's value is rounded once when stored: f32 to nearest, i32 by truncation
 *   modulo 2^32 (as an Int32Array store does), bool as value != 0;
 * - max/min propagate NaN; relu(NaN) = NaN; gelu is the tanh approximation.
 *
 * Slow by design: use it on small shapes.
 */
export function naiveEvaluateGraph(
  graph: Graph,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
): Map<string, HostTensor> {
  const values = new Map<string, HostTensor>(inputs);
  for (const info of graph.tensors) {
    if (info.role === 'intermediate') continue;
    const t = values.get(info.name);
    if (!t) throw new Error(`naive: no value for input '${info.name}'`);
    const shape = info.shape.map((d) => evalDim(d, dims));
    if (shape.length !== t.shape.length || shape.some((n, i) => n !== t.shape[i])) {
      throw new Error(`naive: input '${info.name}' has shape [${t.shape.join(', ')}], declared [${shape.join(', ')}]`);
    }
    if (t.dtype !== info.dtype) throw new Error(`naive: input '${info.name}' is ${t.dtype}, declared ${info.dtype}`);
  }
  for (const op of graph.ops) values.set(op.expr.output, naiveEvaluateOp(op.expr, values, dims));
  return values;
}

export function naiveEvaluateOp(expr: TensorExpr, tensors: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): HostTensor {
  const extents = new Map<string, number>();
  for (const axis of [...expr.spatial, ...expr.reduce]) {
    const n = evalDim(axis.extent, dims);
    if (n === undefined || !Number.isInteger(n) || n < 1) throw new Error(`naive: axis '${axis.name}' has extent ${String(n)}`);
    extents.set(axis.name, n);
  }
  const shape = expr.spatial.map((a) => extents.get(a.name) as number);
  const count = shape.reduce((n, d) => n * d, 1);
  const data = allocate(expr.dtype, count);
  const ctx: Context = { tensors, extents, env: new Map() };
  let flat = 0;
  forEachPoint(
    expr.spatial.map((a) => a.name),
    extents,
    ctx.env,
    () => {
      data[flat++] = store(expr.dtype, evaluate(expr.body, ctx));
    },
  );
  return { dtype: expr.dtype, shape, data };
}

interface Context {
  readonly tensors: ReadonlyMap<string, HostTensor>;
  readonly extents: ReadonlyMap<string, number>;
  /** Current value of every axis in scope. */
  readonly env: Map<string, number>;
}

/** Runs `body` for every point of the box over `axes`, first axis outermost, each increasing. */
function forEachPoint(axes: readonly string[], extents: ReadonlyMap<string, number>, env: Map<string, number>, body: () => void): void {
  const visit = (depth: number): void => {
    if (depth === axes.length) {
      body();
      return;
    }
    const axis = axes[depth] as string;
    const n = extents.get(axis);
    if (n === undefined) throw new Error(`naive: axis '${axis}' has no extent`);
    for (let v = 0; v < n; v++) {
      env.set(axis, v);
      visit(depth + 1);
    }
    env.delete(axis);
  };
  visit(0);
}

function evaluate(e: ScalarExpr, ctx: Context): number {
  switch (e.kind) {
    case 'const':
      return e.value;
    case 'axis': {
      const v = ctx.env.get(e.axis);
      if (v === undefined) throw new Error(`naive: axis '${e.axis}' used as a value out of scope`);
      return v;
    }
    case 'access':
      return read(e.tensor, e.indices, ctx);
    case 'unary':
      return applyUnary(e.op, evaluate(e.arg, ctx));
    case 'binary':
      return applyBinary(e.op, evaluate(e.lhs, ctx), evaluate(e.rhs, ctx));
    case 'where':
      // only the chosen branch is evaluated: expressions have no side effects
      return evaluate(e.cond, ctx) !== 0 ? evaluate(e.then, ctx) : evaluate(e.else, ctx);
    case 'reduce': {
      for (const axis of e.axes) {
        if (ctx.env.has(axis)) throw new Error(`naive: reduction axis '${axis}' is already bound`);
      }
      let acc = identityOf(e.reducer);
      forEachPoint(e.axes, ctx.extents, ctx.env, () => {
        acc = combine(e.reducer, acc, evaluate(e.body, ctx));
      });
      return acc;
    }
  }
}

function read(name: string, indices: readonly AffineIndex[], ctx: Context): number {
  const t = ctx.tensors.get(name);
  if (!t) throw new Error(`naive: tensor '${name}' has no value`);
  if (indices.length !== t.shape.length) throw new Error(`naive: '${name}' has rank ${t.shape.length}, indexed with ${indices.length}`);
  // row-major offset, computed position by position (Horner form)
  let offset = 0;
  indices.forEach((ix, d) => {
    let v = ix.constant;
    for (const term of ix.terms) {
      const a = ctx.env.get(term.axis);
      if (a === undefined) throw new Error(`naive: axis '${term.axis}' is not bound where '${name}' is read`);
      v += term.coef * a;
    }
    const n = t.shape[d] as number;
    if (v < 0 || v >= n) throw new Error(`naive: '${name}' index ${d} is ${v}, outside [0, ${n})`);
    offset = offset * n + v;
  });
  return t.data[offset] as number;
}

export function applyUnary(op: UnaryOp, x: number): number {
  switch (op) {
    case 'neg':
      return -x;
    case 'relu':
      // keeps NaN (and -0) as they are: only values below zero become 0
      return x < 0 ? 0 : x;
    case 'exp':
      return Math.exp(x);
    case 'log':
      return Math.log(x);
    case 'sqrt':
      return Math.sqrt(x);
    case 'tanh':
      return Math.tanh(x);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-x));
    case 'gelu':
      return 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
    case 'abs':
      return x < 0 ? -x : x === 0 ? 0 : x;
    case 'erf':
      // the one definition every target follows; test/ref/erf.test.ts checks it independently
      return erf(x);
  }
}

export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case 'max':
      return maxOf(a, b);
    case 'min':
      return minOf(a, b);
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a === b ? 0 : 1;
  }
}

/** NaN wins; +0 is larger than -0 (as in IEEE 754-2019 maximum). */
function maxOf(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) && Object.is(b, -0) ? -0 : 0;
  return a > b ? a : b;
}

/** NaN wins; -0 is smaller than +0. */
function minOf(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) || Object.is(b, -0) ? -0 : 0;
  return a < b ? a : b;
}

export function identityOf(reducer: Reducer): number {
  switch (reducer) {
    case 'sum':
      return 0;
    case 'prod':
      return 1;
    case 'max':
      return -Infinity;
    case 'min':
      return Infinity;
  }
}

export function combine(reducer: Reducer, acc: number, v: number): number {
  switch (reducer) {
    case 'sum':
      return acc + v;
    case 'prod':
      return acc * v;
    case 'max':
      return maxOf(acc, v);
    case 'min':
      return minOf(acc, v);
  }
}

/** Rounds a float64 statement value to the stored dtype, once. */
export function store(dtype: DType, v: number): number {
  switch (dtype) {
    case 'f32':
      return Math.fround(v);
    case 'i32':
      return toInt32(v);
    case 'bool':
      return v !== 0 ? 1 : 0;
  }
}

/** ECMAScript ToInt32, written out: truncate toward zero, wrap modulo 2^32; NaN and ±inf give 0. */
export function toInt32(v: number): number {
  if (!Number.isFinite(v)) return 0;
  const t = Math.trunc(v);
  const m = ((t % 4294967296) + 4294967296) % 4294967296;
  return m >= 2147483648 ? m - 4294967296 : m;
}

function allocate(dtype: DType, count: number): TensorData {
  return dtype === 'f32' ? new Float32Array(count) : dtype === 'i32' ? new Int32Array(count) : new Uint8Array(count);
}
