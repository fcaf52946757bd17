import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { AccessExpr, ReduceExpr, ScalarExpr, TensorExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';
import { foldAccess } from '../emit/affine.js';
import { emitErf } from './erf-emit.js';
import type { Expr, FunctionScope, WasmModuleBuilder } from './module-builder.js';

/** Where a tensor lives in memory and how it is shaped (row-major). */
export interface TensorPlacement {
  readonly address: number;
  readonly shape: readonly number[];
  readonly dtype: DType;
}

/** How a reduction is read where it appears: a precomputed buffer, or computed in place. */
export type ReductionPlace =
  | { readonly kind: 'f64-buffer'; readonly address: number; readonly free: readonly string[] }
  | { readonly kind: 'f32-buffer'; readonly address: number; readonly free: readonly string[] }
  | { readonly kind: 'inline' };

/** Math imports (float64 → float64) the scalar code calls: the same functions as the reference. */
export const MATH_IMPORTS = ['exp', 'log', 'tanh'] as const;

/**
 * Emits the scalar semantics of the IR in wasm float64, operation for operation as the
 * reference interpreter evaluates it (same association, same Math functions), so generic
 * kernels reproduce the reference bit for bit. Statements that must run before a value (inline
 * reductions, temporaries) are appended to `stmts`.
 */
export class ScalarEmitter {
  private readonly axisLocal = new Map<string, number>();

  constructor(
    readonly w: WasmModuleBuilder,
    readonly scope: FunctionScope,
    readonly expr: TensorExpr,
    private readonly extents: ReadonlyMap<string, number>,
    private readonly placement: (tensor: string) => TensorPlacement,
    private readonly reductionPlace: (r: ReduceExpr) => ReductionPlace,
  ) {
    for (const a of [...expr.spatial, ...expr.reduce]) this.axisLocal.set(a.name, scope.local('i32'));
  }

  extent(axis: string): number {
    const n = this.extents.get(axis);
    if (n === undefined) throw new InternalError('wasm', `no extent for axis '${axis}'`);
    return n;
  }

  axis(axis: string): number {
    const l = this.axisLocal.get(axis);
    if (l === undefined) throw new InternalError('wasm', `unknown axis '${axis}'`);
    return l;
  }

  axisGet(axis: string): Expr {
    return this.w.get(this.scope, this.axis(axis));
  }

  /** i32 byte address base + Σ step·axis + constant. */
  address(base: number, steps: ReadonlyMap<string, number>, constant: number): Expr {
    let addr: Expr = this.w.i32.const(base + constant);
    for (const [axis, step] of steps) {
      if (step === 0) continue;
      const v = this.axisGet(axis);
      addr = this.w.i32.add(addr, step === 1 ? v : this.w.i32.mul(v, this.w.i32.const(step)));
    }
    return addr;
  }

  /** Byte address of an access: strides folded with the affine coefficients. */
  accessAddress(e: AccessExpr): { addr: Expr; dtype: DType } {
    const p = this.placement(e.tensor);
    const bytes = p.dtype === 'bool' ? 1 : 4;
    const { terms, constant } = foldAccess(e, p.shape);
    const steps = new Map(terms.map((t) => [t.axis, t.coef * bytes]));
    return { addr: this.address(p.address, steps, constant * bytes), dtype: p.dtype };
  }

  /** Address of a row-major buffer over some axes (element size in bytes). */
  bufferAddress(base: number, axes: readonly string[], bytes: number): Expr {
    const strides = stridesOf(axes.map((a) => this.extent(a)));
    return this.address(base, new Map(axes.map((a, i) => [a, (strides[i] ?? 0) * bytes])), 0);
  }

  load(addr: Expr, dtype: DType): Expr {
    const w = this.w;
    switch (dtype) {
      case 'f32':
        return w.f64.promoteF32(w.f32.load(0, addr));
      case 'i32':
        return w.f64.convertI32S(w.i32.load(0, addr));
      case 'bool':
        return w.f64.convertI32S(w.i32.load8U(0, addr));
    }
  }

  /** Stores a float64 value rounded to the dtype, as the reference's typed-array stores do. */
  store(addr: Expr, dtype: DType, value: Expr): Expr {
    const w = this.w;
    switch (dtype) {
      case 'f32':
        return w.f32.store(0, addr, w.f32.demoteF64(value));
      case 'i32':
        return w.i32.store(0, addr, this.toInt32(value));
      case 'bool':
        return w.i32.store8(0, addr, w.f64.ne(value, w.f64.const(0)));
    }
  }

  /**
   * JavaScript's ToInt32 (what an Int32Array store does, docs/language.md): truncate toward zero,
   * then wrap modulo 2^32; NaN and ±inf give 0. As t − 2^32·floor(t / 2^32), exact in float64
   * (a value in [0, 2^32), or NaN for non-finite t), whose unsigned conversion has the bits of
   * the wrapped i32 (NaN saturates to 0). A saturating conversion alone would clamp.
   */
  toInt32(value: Expr): Expr {
    const w = this.w;
    const t = this.scope.local('f64');
    const truncated = w.tee(this.scope, t, w.f64.trunc(value));
    const wraps = w.f64.mul(w.f64.const(4294967296), w.f64.floor(w.f64.mul(w.get(this.scope, t), w.f64.const(1 / 4294967296))));
    return w.i32.truncSatF64U(w.f64.sub(truncated, wraps));
  }

  value(e: ScalarExpr, stmts: Expr[]): Expr {
    const w = this.w;
    switch (e.kind) {
      case 'const':
        return w.f64.const(e.value);
      case 'axis':
        return w.f64.convertI32S(this.axisGet(e.axis));
      case 'access': {
        const { addr, dtype } = this.accessAddress(e);
        return this.load(addr, dtype);
      }
      case 'unary':
        return this.unary(e.op, this.value(e.arg, stmts), stmts);
      case 'binary': {
        const a = this.value(e.lhs, stmts);
        const b = this.value(e.rhs, stmts);
        const bool = (x: Expr): Expr => w.f64.convertI32S(x);
        switch (e.op) {
          case '+':
            return w.f64.add(a, b);
          case '-':
            return w.f64.sub(a, b);
          case '*':
            return w.f64.mul(a, b);
          case '/':
            return w.f64.div(a, b);
          case 'max':
            return w.f64.max(a, b);
          case 'min':
            return w.f64.min(a, b);
          case '<':
            return bool(w.f64.lt(a, b));
          case '<=':
            return bool(w.f64.le(a, b));
          case '>':
            return bool(w.f64.gt(a, b));
          case '>=':
            return bool(w.f64.ge(a, b));
          case '==':
            return bool(w.f64.eq(a, b));
          case '!=':
            return bool(w.f64.ne(a, b));
        }
        break;
      }
      case 'where': {
        const c = this.value(e.cond, stmts);
        const t = this.value(e.then, stmts);
        const f = this.value(e.else, stmts);
        return w.select(w.f64.ne(c, w.f64.const(0)), t, f);
      }
      case 'reduce':
        return this.reduction(e, stmts);
    }
    throw new InternalError('wasm', `unhandled scalar node ${(e as ScalarExpr).kind}`);
  }

  private temp(value: Expr, stmts: Expr[]): () => Expr {
    const local = this.scope.local('f64');
    stmts.push(this.w.set(local, value));
    return () => this.w.get(this.scope, local);
  }

  private unary(op: UnaryOp, x: Expr, stmts: Expr[]): Expr {
    const w = this.w;
    const call = (name: string, arg: Expr): Expr => w.call(name, [arg], 'f64');
    switch (op) {
      case 'neg':
        return w.f64.neg(x);
      case 'abs':
        return w.f64.abs(x);
      case 'sqrt':
        return w.f64.sqrt(x);
      case 'exp':
      case 'log':
      case 'tanh':
        return call(op, x);
      case 'relu': {
        const v = this.temp(x, stmts);
        return w.select(w.f64.lt(v(), w.f64.const(0)), w.f64.const(0), v());
      }
      case 'sigmoid':
        return w.f64.div(w.f64.const(1), w.f64.add(w.f64.const(1), call('exp', w.f64.neg(x))));
      case 'gelu': {
        // 0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x))), as the reference
        const v = this.temp(x, stmts);
        const cube = w.f64.mul(w.f64.mul(w.f64.mul(w.f64.const(0.044715), v()), v()), v());
        const inner = w.f64.mul(w.f64.const(0.7978845608028654), w.f64.add(v(), cube));
        return w.f64.mul(w.f64.mul(w.f64.const(0.5), v()), w.f64.add(w.f64.const(1), call('tanh', inner)));
      }
      case 'erf':
        return emitErf(w, this.temp(x, stmts), (value) => this.temp(value, stmts), (arg) => call('exp', arg));
    }
  }

  private reduction(r: ReduceExpr, stmts: Expr[]): Expr {
    const place = this.reductionPlace(r);
    if (place.kind === 'f64-buffer') return this.w.f64.load(0, this.bufferAddress(place.address, place.free, 8));
    if (place.kind === 'f32-buffer') return this.w.f64.promoteF32(this.w.f32.load(0, this.bufferAddress(place.address, place.free, 4)));
    const acc = this.scope.local('f64');
    stmts.push(this.w.set(acc, this.w.f64.const(REDUCER_INIT[r.reducer])));
    const body: Expr[] = [];
    const v = this.value(r.body, body);
    body.push(this.w.set(acc, this.combine(r, this.w.get(this.scope, acc), v)));
    stmts.push(this.loops(r.axes, body));
    return this.w.get(this.scope, acc);
  }

  combine(r: ReduceExpr, acc: Expr, v: Expr): Expr {
    switch (r.reducer) {
      case 'sum':
        return this.w.f64.add(acc, v);
      case 'prod':
        return this.w.f64.mul(acc, v);
      case 'max':
        return this.w.f64.max(acc, v);
      case 'min':
        return this.w.f64.min(acc, v);
    }
  }

  /** Nested loops over the axes (outermost first), each from 0 to its extent. */
  loops(axes: readonly string[], body: Expr[]): Expr {
    let inner = body;
    for (let i = axes.length - 1; i >= 0; i--) {
      const axis = axes[i] as string;
      inner = [this.w.forLoop(this.scope, this.axis(axis), this.w.i32.const(0), this.w.i32.const(this.extent(axis)), 1, inner)];
    }
    return this.w.block(inner);
  }
}

export const REDUCER_INIT = { sum: 0, prod: 1, max: -Infinity, min: Infinity } as const;
