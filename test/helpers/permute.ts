import { erf } from '../../ir/expr/erf.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import type { AffineIndex, BinaryOp, Reducer, ScalarExpr, TensorExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { allocateData, type HostTensor } from '../../ir/tensor.js';
import { toInt32 } from './naive-eval.js';

/**
 * The PIT transformation of one op, as a program transformation (PIT-BRIEF §1.2): for a loop
 * axis x of extent n and a permutation π of {0..n-1}, P_π reads every tensor coordinate that is
 * *exactly* x (a bare index) at π(x) instead of x. Compound indices (`x + r`, `2*x`) and uses of
 * x as a value are left alone: that is what makes those axes non-invariant. If x is a spatial
 * axis, the value computed at loop position x is stored at output position π(x).
 *
 * Why that is the right output map. Write F(x) for the op's body evaluated at loop position x
 * with every bare access of x reading coordinate x, so O[x] = F(x). If x is invariant (it occurs
 * only as whole coordinates and never as a value), then the body at position x with its bare
 * accesses reading π(x) computes exactly F(π(x)): nothing else in the body can tell x from π(x).
 * Storing it at π(x) gives O'[π(x)] = F(π(x)) = O[π(x)] for every x, and as x ranges over all
 * positions so does π(x): O' = O, bit for bit (every point runs the same arithmetic, only at
 * another loop position). Storing at x instead would give O'[x] = O[π(x)], the permuted output
 * (the "inverse map on write" of PIT-BRIEF §1.2 undoes exactly that). For a reduction axis there
 * is no output coordinate: the reduction visits F(π(0)), F(π(1)), ... instead of F(0), F(1), ...,
 * the same terms in another order, so O' = O up to re-association of the reducer (exact for
 * max/min, and for sum/prod whenever every combine step is exact, which `Evaluation.exact` says).
 *
 * This evaluator is deliberately independent of codegen/ref (it shares only the IR types and the
 * dtype store rules of the naive evaluator): a tree walk with an environment of axis values.
 */
export interface Permutation {
  readonly axis: string;
  /** perm[x] = π(x), a permutation of 0..extent-1. */
  readonly perm: readonly number[];
}

export interface Evaluation {
  readonly tensor: HostTensor;
  /** Every combine step of every sum/prod reduction was exact in float64 (no rounding, no overflow). */
  readonly exact: boolean;
  /** Largest finite |value| seen in a reduction combine (a scale for tolerances). */
  readonly magnitude: number;
}

export function opExtentsOf(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const extents = new Map<string, number>();
  for (const axis of [...expr.spatial, ...expr.reduce]) {
    const n = evalDim(axis.extent, dims);
    if (n === undefined || n < 1) throw new Error(`permute: axis '${axis.name}' has no extent`);
    extents.set(axis.name, n);
  }
  return extents;
}

interface State {
  readonly tensors: ReadonlyMap<string, HostTensor>;
  readonly extents: ReadonlyMap<string, number>;
  readonly env: Map<string, number>;
  readonly hook: Permutation | undefined;
  exact: boolean;
  magnitude: number;
}

/** Evaluates `expr` over the tensors, with the PIT transformation P_π applied when `hook` is given. */
export function evaluateOpPermuted(
  expr: TensorExpr,
  tensors: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  hook?: Permutation,
): Evaluation {
  const extents = opExtentsOf(expr, dims);
  if (hook) {
    const n = extents.get(hook.axis);
    if (n === undefined) throw new Error(`permute: '${hook.axis}' is not an axis of '${expr.output}'`);
    if (hook.perm.length !== n || new Set(hook.perm).size !== n || hook.perm.some((v) => v < 0 || v >= n)) {
      throw new Error(`permute: not a permutation of 0..${n - 1}: ${hook.perm.join(',')}`);
    }
  }
  const spatial = expr.spatial.map((a) => a.name);
  const shape = spatial.map((a) => extents.get(a) as number);
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((p, q) => p * q, 1));
  const count = shape.reduce((p, q) => p * q, 1);
  const data = allocateData(expr.dtype, count);
  const written = new Uint8Array(count);
  const state: State = { tensors, extents, env: new Map(), hook, exact: true, magnitude: 0 };
  forEachPoint(spatial, extents, state.env, () => {
    const value = evaluate(expr.body, state);
    // the output position: the hooked spatial axis is written through π
    let offset = 0;
    spatial.forEach((a, d) => {
      const x = state.env.get(a) as number;
      const coord = hook && hook.axis === a ? (hook.perm[x] as number) : x;
      offset += coord * (strides[d] as number);
    });
    if (written[offset]) throw new Error(`permute: output cell ${offset} written twice`);
    written[offset] = 1;
    data[offset] = store(expr.dtype, value);
  });
  return { tensor: { dtype: expr.dtype, shape, data }, exact: state.exact, magnitude: state.magnitude };
}

/** A random permutation of 0..n-1 (Fisher–Yates over `rand` in [0, 1)). */
export function randomPermutation(n: number, rand: () => number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j] as number, p[i] as number];
  }
  return p;
}

export function isIdentity(perm: readonly number[]): boolean {
  return perm.every((v, i) => v === i);
}

function forEachPoint(axes: readonly string[], extents: ReadonlyMap<string, number>, env: Map<string, number>, body: () => void): void {
  const visit = (depth: number): void => {
    if (depth === axes.length) {
      body();
      return;
    }
    const axis = axes[depth] as string;
    const n = extents.get(axis) as number;
    for (let v = 0; v < n; v++) {
      env.set(axis, v);
      visit(depth + 1);
    }
    env.delete(axis);
  };
  visit(0);
}

function evaluate(e: ScalarExpr, s: State): number {
  switch (e.kind) {
    case 'const':
      return e.value;
    case 'axis': {
      // the value of an index name is its loop position: never permuted (that is the point)
      const v = s.env.get(e.axis);
      if (v === undefined) throw new Error(`permute: axis '${e.axis}' out of scope`);
      return v;
    }
    case 'access':
      return read(e.tensor, e.indices, s);
    case 'unary':
      return unary(e.op, evaluate(e.arg, s));
    case 'binary':
      return binary(e.op, evaluate(e.lhs, s), evaluate(e.rhs, s));
    case 'where':
      return evaluate(e.cond, s) !== 0 ? evaluate(e.then, s) : evaluate(e.else, s);
    case 'reduce': {
      let acc = identity(e.reducer);
      forEachPoint(e.axes, s.extents, s.env, () => {
        acc = combine(e.reducer, acc, evaluate(e.body, s), s);
      });
      return acc;
    }
  }
}

function isBareOf(ix: AffineIndex, axis: string): boolean {
  const t = ix.terms[0];
  return ix.terms.length === 1 && t !== undefined && t.axis === axis && t.coef === 1 && ix.constant === 0;
}

function read(name: string, indices: readonly AffineIndex[], s: State): number {
  const t = s.tensors.get(name);
  if (!t) throw new Error(`permute: tensor '${name}' has no value`);
  let offset = 0;
  indices.forEach((ix, d) => {
    let v: number;
    if (s.hook && isBareOf(ix, s.hook.axis)) {
      v = s.hook.perm[s.env.get(s.hook.axis) as number] as number;
    } else {
      v = ix.constant;
      for (const term of ix.terms) v += term.coef * (s.env.get(term.axis) as number);
    }
    const n = t.shape[d] as number;
    if (!(v >= 0 && v < n)) throw new Error(`permute: '${name}' index ${d} is ${v}, outside [0, ${n})`);
    offset = offset * n + v;
  });
  return t.data[offset] as number;
}

function unary(op: UnaryOp, x: number): number {
  switch (op) {
    case 'neg':
      return -x;
    case 'relu':
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
      return Math.abs(x);
    case 'erf':
      // the one definition every target follows; test/ref/erf.test.ts checks it independently
      return erf(x);
  }
}

function binary(op: BinaryOp, a: number, b: number): number {
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
      return a !== b ? 1 : 0;
  }
}

function maxOf(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) && Object.is(b, -0) ? -0 : 0;
  return a > b ? a : b;
}

function minOf(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) || Object.is(b, -0) ? -0 : 0;
  return a < b ? a : b;
}

function identity(r: Reducer): number {
  return r === 'sum' ? 0 : r === 'prod' ? 1 : r === 'max' ? -Infinity : Infinity;
}

function combine(r: Reducer, acc: number, v: number, s: State): number {
  switch (r) {
    case 'sum': {
      const out = acc + v;
      if (!exactSum(acc, v, out)) s.exact = false;
      note(s, acc, v, out);
      return out;
    }
    case 'prod': {
      const out = acc * v;
      if (!exactProduct(acc, v, out)) s.exact = false;
      note(s, acc, v, out);
      return out;
    }
    case 'max':
      return maxOf(acc, v);
    case 'min':
      return minOf(acc, v);
  }
}

function note(s: State, ...values: number[]): void {
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > s.magnitude) s.magnitude = Math.abs(v);
}

/** a + b rounded to `s` without error (Knuth's TwoSum error term is 0), and without overflow. */
function exactSum(a: number, b: number, s: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return true; // ±inf / NaN: the same in every order unless an overflow made them
  if (!Number.isFinite(s)) return false;
  const bb = s - a;
  const err = a - (s - bb) + (b - bb);
  return err === 0;
}

const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp)

/** a · b without rounding, overflow or underflow (Dekker's TwoProduct error term is 0). */
function exactProduct(a: number, b: number, p: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return true;
  if (!Number.isFinite(p)) return false;
  if (a === 0 || b === 0) return true;
  if (Math.abs(a) > 2 ** 900 || Math.abs(b) > 2 ** 900 || Math.abs(p) < 2 ** -900) return false;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const err = ah * bh - p + ah * bl + al * bh + al * bl;
  return err === 0;
}

function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function store(dtype: DType, v: number): number {
  switch (dtype) {
    case 'f32':
      return Math.fround(v);
    case 'i32':
      return toInt32(v);
    case 'bool':
      return v !== 0 ? 1 : 0;
  }
}
