import { evalDim } from '../../ir/dim-expr.js';
import { erf, ERF_INV_SQRT_PI } from '../../ir/expr/erf.js';
import type { AffineIndex, ScalarExpr, TensorExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { applyBinary } from './naive-eval.js';

/**
 * How far an f32 evaluation of a program may be from the float64 reference, element by element:
 * a first-order running error analysis (Wilkinson; Higham, "Accuracy and Stability of Numerical
 * Algorithms", §3) written for the kernels pitc runs by default. Every f32 operation rounds
 * (≤ u·|result|, u = 2^-24), the vectorized exp/log/tanh/sigmoid/gelu/erf are within 1e-6 relative
 * (≈ 17u), and a reduction may add its terms in any order (each of its n − 1 additions rounds a
 * partial sum bounded by Σ|terms|). Errors propagate through the exact derivatives of each
 * operation, evaluated on the float64 reference values. So the bound grows with the number of
 * terms of a sum and with the conditioning of the expression, and is still small: a wrong
 * operation, index or reduction order bug exceeds it.
 *
 * Discontinuities: a comparison whose operands are closer than their error bound may go either
 * way; the element (and whatever depends on it) gets an infinite bound and is not checked.
 * NaN and ±inf reference values must be matched exactly.
 */
export const UNIT_ROUNDOFF = 2 ** -24;
const MATH_STEPS = 1e-6 / UNIT_ROUNDOFF;
/** Headroom over the first-order analysis (second-order terms, the reference's own rounding). */
const SAFETY = 4;

interface Bounded {
  readonly v: number;
  /** Error bound in units of u (Infinity: unknown). */
  readonly e: number;
}

/** Allowed absolute error per element of every tensor the program defines. */
export function f32ErrorBounds(graph: Graph, reference: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): Map<string, Float64Array> {
  const errors = new Map<string, Float64Array>();
  for (const op of graph.ops) {
    const units = opErrors(op.expr, reference, errors, dims);
    errors.set(op.expr.output, units);
  }
  const allowed = new Map<string, Float64Array>();
  for (const [name, units] of errors) allowed.set(name, units.map((e) => SAFETY * UNIT_ROUNDOFF * e + 2 ** -140));
  return allowed;
}

/** Whether `got` is within the bound of the reference (NaN only where the reference has NaN). */
export function boundMismatch(got: HostTensor, want: HostTensor, allowed: Float64Array): string | undefined {
  let bad = 0;
  let first = '';
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i] as number;
    const r = want.data[i] as number;
    const a = allowed[i] as number;
    let ok: boolean;
    if (Number.isNaN(r) || Number.isNaN(g)) ok = Number.isNaN(r) && Number.isNaN(g);
    else if (!Number.isFinite(a)) ok = true;
    else if (want.dtype !== 'f32') ok = g === r;
    else if (!Number.isFinite(r) || !Number.isFinite(g)) ok = g === r;
    else ok = Math.abs(g - r) <= a;
    if (!ok) {
      if (bad === 0) first = `element ${i}: got ${g}, want ${r} (allowed error ${a})`;
      bad++;
    }
  }
  return bad === 0 ? undefined : `${bad} of ${want.data.length} elements outside the f32 error bound; first: ${first}`;
}

/** Error bounds (units of u) of one op's output elements, as stored in f32. */
function opErrors(expr: TensorExpr, values: ReadonlyMap<string, HostTensor>, errors: ReadonlyMap<string, Float64Array>, dims: ReadonlyMap<string, number>): Float64Array {
  const extents = new Map<string, number>();
  for (const a of [...expr.spatial, ...expr.reduce]) extents.set(a.name, evalDim(a.extent, dims) as number);
  const shape = expr.spatial.map((a) => extents.get(a.name) as number);
  const out = new Float64Array(shape.reduce((n, d) => n * d, 1));
  const env = new Map<string, number>();
  const read = (tensor: string, indices: readonly AffineIndex[]): Bounded => {
    const t = values.get(tensor) as HostTensor;
    let offset = 0;
    indices.forEach((ix, d) => {
      let v = ix.constant;
      for (const term of ix.terms) v += term.coef * (env.get(term.axis) as number);
      offset = offset * (t.shape[d] as number) + v;
    });
    return { v: t.data[offset] as number, e: errors.get(tensor)?.[offset] ?? 0 };
  };
  const spatial = expr.spatial.map((a) => a.name);
  let flat = 0;
  forEach(spatial, extents, env, () => {
    const r = evaluate(expr.body, env, extents, read);
    // the reference rounds its float64 value when storing; the f32 kernel's last step rounded already
    // NaN and ±inf must match exactly, unless their cause was ambiguous
    out[flat++] = Number.isNaN(r.e) || !Number.isFinite(r.e) ? Infinity : Number.isFinite(r.v) ? r.e + Math.abs(r.v) : 0;
  });
  return out;
}

function forEach(axes: readonly string[], extents: ReadonlyMap<string, number>, env: Map<string, number>, body: () => void): void {
  const visit = (d: number): void => {
    if (d === axes.length) return body();
    const axis = axes[d] as string;
    for (let v = 0; v < (extents.get(axis) as number); v++) {
      env.set(axis, v);
      visit(d + 1);
    }
    env.delete(axis);
  };
  visit(0);
}

/** The value in float64 (as the reference computes it) and its error bound in an f32 evaluation. */
function evaluate(e: ScalarExpr, env: Map<string, number>, extents: ReadonlyMap<string, number>, read: (t: string, ix: readonly AffineIndex[]) => Bounded): Bounded {
  const ev = (x: ScalarExpr): Bounded => evaluate(x, env, extents, read);
  switch (e.kind) {
    case 'const':
      return { v: e.value, e: 0 };
    case 'axis':
      return { v: env.get(e.axis) as number, e: 0 };
    case 'access':
      return read(e.tensor, e.indices);
    case 'unary': {
      const x = ev(e.arg);
      return unary(e.op, x);
    }
    case 'binary': {
      const a = ev(e.lhs);
      const b = ev(e.rhs);
      switch (e.op) {
        case '+':
          return { v: a.v + b.v, e: a.e + b.e + Math.abs(a.v + b.v) };
        case '-':
          return { v: a.v - b.v, e: a.e + b.e + Math.abs(a.v - b.v) };
        case '*':
          return { v: a.v * b.v, e: Math.abs(b.v) * a.e + Math.abs(a.v) * b.e + Math.abs(a.v * b.v) };
        case '/': {
          const q = a.v / b.v;
          if (b.v === 0 && b.e === 0) return { v: q, e: a.e === 0 ? 0 : Infinity };
          const nearPole = Math.abs(b.v) <= SAFETY * UNIT_ROUNDOFF * b.e;
          return { v: q, e: nearPole ? Infinity : (a.e + Math.abs(q) * b.e) / Math.abs(b.v) + Math.abs(q) };
        }
        case 'max':
          return { v: Math.max(a.v, b.v), e: Math.max(a.e, b.e) };
        case 'min':
          return { v: Math.min(a.v, b.v), e: Math.max(a.e, b.e) };
        default: {
          const v = applyBinary(e.op, a.v, b.v);
          // a comparison of values within each other's error may come out either way
          const close = Math.abs(a.v - b.v) <= SAFETY * UNIT_ROUNDOFF * (a.e + b.e);
          return { v, e: close && (a.e > 0 || b.e > 0) ? Infinity : 0 };
        }
      }
    }
    case 'where': {
      const c = ev(e.cond);
      const chosen = ev(c.v !== 0 ? e.then : e.else);
      return { v: chosen.v, e: Number.isFinite(c.e) ? chosen.e : Infinity };
    }
    case 'reduce': {
      const terms: Bounded[] = [];
      forEach(e.axes, extents, env, () => terms.push(ev(e.body)));
      const n = terms.length;
      const absSum = terms.reduce((s, t) => s + Math.abs(t.v), 0);
      switch (e.reducer) {
        case 'sum':
          return { v: terms.reduce((s, t) => s + t.v, 0), e: terms.reduce((s, t) => s + t.e, 0) + n * absSum };
        case 'prod': {
          const v = terms.reduce((p, t) => p * t.v, 1);
          let err = n * Math.abs(v);
          terms.forEach((t, i) => (err += t.e * Math.abs(terms.reduce((p, s, j) => (j === i ? p : p * s.v), 1))));
          return { v, e: err };
        }
        case 'max':
          return { v: terms.reduce((m, t) => Math.max(m, t.v), -Infinity), e: terms.reduce((m, t) => Math.max(m, t.e), 0) };
        case 'min':
          return { v: terms.reduce((m, t) => Math.min(m, t.v), Infinity), e: terms.reduce((m, t) => Math.max(m, t.e), 0) };
      }
    }
  }
}

const GELU_K = 0.7978845608028654;

/** f(x), with the input error carried through f′ and the function's own error added. */
function unary(op: UnaryOp, x: Bounded): Bounded {
  const withSlope = (v: number, slope: number, own: number): Bounded => ({ v, e: Math.abs(slope) * x.e + own * Math.abs(v) });
  switch (op) {
    case 'neg':
      return { v: -x.v, e: x.e };
    case 'abs':
      return { v: Math.abs(x.v), e: x.e };
    case 'relu':
      return { v: x.v < 0 ? 0 : x.v, e: x.e };
    case 'sqrt': {
      if (Math.abs(x.v) <= SAFETY * UNIT_ROUNDOFF * x.e) return { v: Math.sqrt(x.v), e: Infinity };
      const v = Math.sqrt(x.v);
      return x.v === 0 ? { v, e: 0 } : withSlope(v, 0.5 / v, 1);
    }
    case 'exp': {
      const v = Math.exp(x.v);
      return withSlope(v, v, MATH_STEPS);
    }
    case 'log':
      // the sign (NaN or not) of a value within its error of 0 is not known
      if (Math.abs(x.v) <= SAFETY * UNIT_ROUNDOFF * x.e) return { v: Math.log(x.v), e: Infinity };
      return x.v === 0 ? { v: -Infinity, e: 0 } : withSlope(Math.log(x.v), 1 / x.v, MATH_STEPS);
    case 'tanh': {
      const v = Math.tanh(x.v);
      return withSlope(v, 1 - v * v, MATH_STEPS);
    }
    case 'sigmoid': {
      const v = 1 / (1 + Math.exp(-x.v));
      return withSlope(v, v * (1 - v), MATH_STEPS);
    }
    case 'gelu': {
      const u = GELU_K * (x.v + 0.044715 * x.v ** 3);
      const t = Math.tanh(u);
      const v = 0.5 * x.v * (1 + t);
      const slope = 0.5 * (1 + t) + 0.5 * x.v * (1 - t * t) * GELU_K * (1 + 3 * 0.044715 * x.v * x.v);
      // the reference's own 1 + tanh(u) cancels for x < 0: allow its float64 error too
      return { v, e: Math.abs(slope) * x.e + MATH_STEPS * Math.abs(v) + (Math.abs(x.v) * 2 ** -52) / UNIT_ROUNDOFF };
    }
    case 'erf': {
      // erf′(x) = 2/√π · e^(−x²); the f32 kernels compute erf within 1e-6 relative, as the other functions
      const v = erf(x.v);
      return withSlope(v, 2 * ERF_INV_SQRT_PI * Math.exp(-x.v * x.v), MATH_STEPS);
    }
  }
}
