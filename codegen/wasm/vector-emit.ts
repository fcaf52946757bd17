import { InternalError } from '../../ir/core/errors.js';
import { printScalar } from '../../ir/expr/print.js';
import type { AccessExpr, BinaryOp, ScalarExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { elementSteps } from './loop-plan.js';
import type { Expr, FunctionScope, WasmModuleBuilder } from './module-builder.js';
import type { TensorPlacement } from './scalar-emit.js';
import { ConstantPool, isVectorFunction, statementBinder, vectorMath, type Binder } from './vector-math.js';

/**
 * Which copy of the vector loop body is being emitted: `main` computes four whole lanes at the
 * vector position v; `main+K` is a copy at v + K (an unrolled loop computes several copies per
 * step); `tail` handles the last 1–3 positions, with every lane's position clamped to the last
 * valid one (loads stay in bounds, lanes past the end are computed and then ignored).
 */
export type LaneMode = 'main' | 'tail' | `main+${number}`;

/** Where a main-mode copy's lanes start, relative to the vector position. */
export function laneOffset(mode: LaneMode): number {
  return mode === 'main' || mode === 'tail' ? 0 : Number(mode.slice(5));
}

/** A vector of four lanes: f32 numbers, or a comparison's all-ones/all-zeros lane masks. */
export interface VecValue {
  readonly kind: 'f32' | 'mask';
  readonly get: () => Expr;
}

/** Loop levels of a nest: -1 is the function entry, 0 the row loop, then one per inner loop. */
export interface LoopLevels {
  readonly levelOf: ReadonlyMap<string, number>;
  /** The level of the vector loop: nodes at or below it exist once per lane mode. */
  readonly vectorLevel: number;
  readonly vectorAxis: string;
}

/**
 * Emits reduction-free scalar expressions as f32x4 lanes inside a loop nest. Every node is
 * computed once per iteration of the innermost loop it depends on (loop-invariant code motion:
 * a broadcast operand is loaded and splat once per row, not per vector) and stored in a local;
 * equal subexpressions share it. `statements(level, mode)` gives what must run at the start of
 * each iteration of a loop level, for the kernel emitter to place.
 */
export class VectorEmitter {
  /** i32 locals: every axis's current value (the vector axis: its first lane). */
  readonly axisLocal = new Map<string, number>();
  /** i32 locals: in the tail, each lane's clamped position on the vector axis. */
  readonly tailLanes: readonly number[];
  private readonly lists = new Map<string, Expr[]>();
  private readonly memo = new Map<string, VecValue>();
  private readonly addresses = new Map<string, () => Expr>();
  /** Vector constants, set once at the function's entry (see `entry()`). */
  readonly pool: ConstantPool;

  constructor(
    readonly w: WasmModuleBuilder,
    readonly scope: FunctionScope,
    private readonly levels: LoopLevels,
    private readonly placement: (tensor: string) => TensorPlacement,
  ) {
    this.pool = new ConstantPool(w, scope);
    for (const axis of levels.levelOf.keys()) this.axisLocal.set(axis, scope.local('i32'));
    this.tailLanes = [0, 1, 2, 3].map(() => scope.local('i32'));
  }

  axis(axis: string): Expr {
    const l = this.axisLocal.get(axis);
    if (l === undefined) throw new InternalError('wasm', `SIMD kernel: unknown axis '${axis}'`);
    return this.w.get(this.scope, l);
  }

  /** Statements to run at the start of each iteration of `level`. */
  statements(level: number, mode: LaneMode): Expr[] {
    return [...(this.lists.get(this.listKey(level, mode)) ?? [])];
  }

  /** Statements to run once at the function's entry: constants, and loop-invariant values. */
  entry(): Expr[] {
    return [...this.pool.stmts, ...this.statements(-1, 'main')];
  }

  /** Four equal f32 lanes, from the constant pool. */
  f32(c: number): Expr {
    return this.pool.get(`f32:${Object.is(c, -0) ? '-0' : c}`, () => this.w.f32x4.const([c, c, c, c]));
  }

  /** An i32x4 constant, from the constant pool. */
  i32x4(lanes: readonly [number, number, number, number]): Expr {
    return this.pool.get(`i32x4:${lanes.join(',')}`, () => this.w.i32x4.const(lanes));
  }

  private listKey(level: number, mode: LaneMode): string {
    return level >= this.levels.vectorLevel ? `${level}:${mode}` : `${level}`;
  }

  private list(level: number, mode: LaneMode): Expr[] {
    const key = this.listKey(level, mode);
    let list = this.lists.get(key);
    if (!list) {
      list = [];
      this.lists.set(key, list);
    }
    return list;
  }

  private axisLevel(axis: string): number {
    const l = this.levels.levelOf.get(axis);
    if (l === undefined) throw new InternalError('wasm', `SIMD kernel: axis '${axis}' has no loop`);
    return l;
  }

  /** The innermost loop level a node depends on (-1: constant). */
  levelOf(e: ScalarExpr): number {
    switch (e.kind) {
      case 'const':
        return -1;
      case 'axis':
        return this.axisLevel(e.axis);
      case 'access': {
        const steps = elementSteps(e, this.placement(e.tensor).shape).steps;
        return Math.max(-1, ...[...steps.keys()].map((a) => this.axisLevel(a)));
      }
      case 'unary':
        return this.levelOf(e.arg);
      case 'binary':
        return Math.max(this.levelOf(e.lhs), this.levelOf(e.rhs));
      case 'where':
        return Math.max(this.levelOf(e.cond), this.levelOf(e.then), this.levelOf(e.else));
      case 'reduce':
        throw new InternalError('wasm', 'SIMD kernel: a reduction inside a stage body');
    }
  }

  /** The value of `e` in the given lane mode, computed where its loop level says. */
  value(e: ScalarExpr, mode: LaneMode): VecValue {
    if (e.kind === 'const') return { kind: 'f32', get: () => this.f32(e.value) };
    const level = this.levelOf(e);
    const key = `${this.listKey(level, mode)}|${printScalar(e)}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const stmts = this.list(level, mode);
    const computed = this.compute(e, mode, stmts);
    const local = this.scope.local('v128');
    stmts.push(this.w.set(local, computed.expr));
    const v: VecValue = { kind: computed.kind, get: () => this.w.get(this.scope, local) };
    this.memo.set(key, v);
    return v;
  }

  asF32(v: VecValue): Expr {
    return v.kind === 'f32' ? v.get() : this.w.v128.and(v.get(), this.f32(1));
  }

  /** Lanes that are not 0 (NaN counts as true, as in the reference's `x !== 0`). */
  asMask(v: VecValue): Expr {
    return v.kind === 'mask' ? v.get() : this.w.f32x4.ne(v.get(), this.f32(0));
  }

  private compute(e: ScalarExpr, mode: LaneMode, stmts: Expr[]): { kind: VecValue['kind']; expr: Expr } {
    const w = this.w;
    switch (e.kind) {
      case 'axis':
        return { kind: 'f32', expr: this.axisValue(e.axis, mode) };
      case 'access':
        return { kind: 'f32', expr: this.load(e, mode) };
      case 'unary':
        return { kind: 'f32', expr: this.unary(e.op, this.asF32(this.value(e.arg, mode)), stmts) };
      case 'binary':
        return this.binary(e.op, this.value(e.lhs, mode), this.value(e.rhs, mode));
      case 'where': {
        const cond = this.asMask(this.value(e.cond, mode));
        const a = this.value(e.then, mode);
        const b = this.value(e.else, mode);
        if (a.kind === 'mask' && b.kind === 'mask') return { kind: 'mask', expr: w.v128.bitselect(a.get(), b.get(), cond) };
        return { kind: 'f32', expr: w.v128.bitselect(this.asF32(a), this.asF32(b), cond) };
      }
      default:
        throw new InternalError('wasm', `SIMD kernel: unexpected ${e.kind} node`);
    }
  }

  private unary(op: UnaryOp, x: Expr, stmts: Expr[]): Expr {
    return unaryLanes(this.w, op, x, () => this.f32(0), () => statementBinder(this.w, this.scope, stmts, this.pool));
  }

  private binary(op: BinaryOp, a: VecValue, b: VecValue): { kind: VecValue['kind']; expr: Expr } {
    return binaryLanes(this.w, op, a, b, (v) => this.asF32(v));
  }


  /** An index value as f32 lanes: the lane positions on the vector axis, else a broadcast. */
  private axisValue(axis: string, mode: LaneMode): Expr {
    const w = this.w;
    if (axis !== this.levels.vectorAxis) return w.f32x4.splat(w.f32.convertI32S(this.axis(axis)));
    if (mode !== 'tail') {
      const k = laneOffset(mode);
      return w.f32x4.convertI32x4S(w.i32x4.add(w.i32x4.splat(this.axis(axis)), this.i32x4([k, k + 1, k + 2, k + 3])));
    }
    return w.f32x4.convertI32x4S(this.tailLaneVector());
  }

  private tailLaneVector(): Expr {
    const w = this.w;
    let v = w.i32x4.splat(w.get(this.scope, this.tailLanes[0] as number));
    for (let l = 1; l < 4; l++) v = w.i32x4.replaceLane(v, l, w.get(this.scope, this.tailLanes[l] as number));
    return v;
  }

  /**
   * The byte address of an access without its vector-axis term, built up loop by loop (each
   * partial sum in a local at its level, so the row part is computed once per row), and the
   * byte step along the vector axis.
   */
  address(access: AccessExpr, mode: LaneMode): { base: () => Expr; vectorStep: number; bytes: number } {
    const p = this.placement(access.tensor);
    const bytes = p.dtype === 'bool' ? 1 : 4;
    const { steps, constant } = elementSteps(access, p.shape);
    const vectorStep = (steps.get(this.levels.vectorAxis) ?? 0) * bytes;
    const byLevel = new Map<number, [string, number][]>();
    for (const [axis, step] of steps) {
      if (axis === this.levels.vectorAxis) continue;
      const level = this.axisLevel(axis);
      byLevel.set(level, [...(byLevel.get(level) ?? []), [axis, step * bytes]]);
    }
    let base: () => Expr = () => this.w.i32.const(p.address + constant * bytes);
    let keyed = `${p.address + constant * bytes}`;
    for (const level of [...byLevel.keys()].sort((x, y) => x - y)) {
      const terms = byLevel.get(level) as [string, number][];
      keyed += `|${terms.map(([a, s]) => `${s}*${a}`).join('+')}`;
      const key = `${this.listKey(level, mode)}|${keyed}`;
      let get = this.addresses.get(key);
      if (!get) {
        let sum = base();
        for (const [axis, step] of terms) sum = this.w.i32.add(sum, this.scaled(this.axis(axis), step));
        const local = this.scope.local('i32');
        this.list(level, mode).push(this.w.set(local, sum));
        get = () => this.w.get(this.scope, local);
        this.addresses.set(key, get);
      }
      base = get;
    }
    return { base, vectorStep, bytes };
  }

  scaled(x: Expr, step: number): Expr {
    if (step === 1) return x;
    if (step > 0 && (step & (step - 1)) === 0) return this.w.i32.shl(x, this.w.i32.const(Math.log2(step)));
    return this.w.i32.mul(x, this.w.i32.const(step));
  }

  /** Byte address of lane `lane` (0–3) of an access in the given mode. */
  laneAddress(base: Expr, vectorStep: number, lane: number, mode: LaneMode): Expr {
    if (vectorStep === 0) return base;
    const w = this.w;
    const position = mode !== 'tail' ? w.i32.add(this.axis(this.levels.vectorAxis), w.i32.const(laneOffset(mode) + lane)) : w.get(this.scope, this.tailLanes[lane] as number);
    return w.i32.add(base, this.scaled(position, vectorStep));
  }

  private load(access: AccessExpr, mode: LaneMode): Expr {
    const w = this.w;
    const dtype = this.placement(access.tensor).dtype;
    const { base, vectorStep, bytes } = this.address(access, mode);
    const fromInts = (v: Expr): Expr => (dtype === 'i32' ? w.f32x4.convertI32x4S(v) : dtype === 'bool' ? w.f32x4.convertI32x4U(v) : v);
    if (vectorStep === 0) {
      // a broadcast: the same element in every lane
      if (dtype === 'bool') return fromInts(w.i32x4.splat(w.i32.load8U(0, base())));
      return fromInts(w.v128.load32Splat(0, base()));
    }
    if (mode !== 'tail' && vectorStep === bytes) {
      const at = w.i32.add(base(), this.scaled(this.axis(this.levels.vectorAxis), bytes));
      const offset = laneOffset(mode) * bytes;
      if (dtype === 'bool') return fromInts(w.i32x4.extendLowI16x8U(w.i16x8.extendLowI8x16U(w.v128.load32Zero(offset, at))));
      return fromInts(w.v128.load(offset, at));
    }
    // a gather: each lane from its own address
    let v = w.v128.zero();
    for (let l = 0; l < 4; l++) {
      const at = this.laneAddress(base(), vectorStep, l, mode);
      v = dtype === 'bool' ? w.v128.load8Lane(0, 4 * l, at, v) : w.v128.load32Lane(0, l, at, v);
    }
    return fromInts(v);
  }
}

/**
 * A unary operator on f32 lanes, as the reference computes it: `relu` is `x < 0 ? 0 : x` (NaN and
 * −0 pass through), the functions are vector-math.ts's approximations (`binder` names their
 * intermediate values; made only for those). Shared by the SIMD stages and the GEMM epilogue.
 */
export function unaryLanes(w: WasmModuleBuilder, op: UnaryOp, x: Expr, zero: () => Expr, binder: () => Binder): Expr {
  switch (op) {
    case 'neg':
      return w.f32x4.neg(x);
    case 'abs':
      return w.f32x4.abs(x);
    case 'sqrt':
      return w.f32x4.sqrt(x);
    case 'relu':
      return w.f32x4.pmax(x, zero());
    default:
      if (!isVectorFunction(op)) throw new InternalError('wasm', `no vector form of '${op}'`);
      return vectorMath(binder(), op, x);
  }
}

/**
 * A binary operator on four lanes: arithmetic gives f32 lanes, comparisons masks, and max / min of
 * two masks are or / and (of two bools). `asF32` turns a mask into 0 / 1 lanes. Shared by the SIMD
 * stages and the GEMM's fused epilogue.
 */
export function binaryLanes(
  w: WasmModuleBuilder,
  op: BinaryOp,
  a: VecValue,
  b: VecValue,
  asF32: (v: VecValue) => Expr,
): { kind: VecValue['kind']; expr: Expr } {
  const f = (fn: (x: Expr, y: Expr) => Expr) => ({ kind: 'f32' as const, expr: fn(asF32(a), asF32(b)) });
  const m = (fn: (x: Expr, y: Expr) => Expr) => ({ kind: 'mask' as const, expr: fn(asF32(a), asF32(b)) });
  const bothMasks = a.kind === 'mask' && b.kind === 'mask';
  switch (op) {
    case '+':
      return f(w.f32x4.add);
    case '-':
      return f(w.f32x4.sub);
    case '*':
      return f(w.f32x4.mul);
    case '/':
      return f(w.f32x4.div);
    case 'max':
      return bothMasks ? { kind: 'mask', expr: w.v128.or(a.get(), b.get()) } : f(w.f32x4.max);
    case 'min':
      return bothMasks ? { kind: 'mask', expr: w.v128.and(a.get(), b.get()) } : f(w.f32x4.min);
    case '<':
      return m(w.f32x4.lt);
    case '<=':
      return m(w.f32x4.le);
    case '>':
      return m(w.f32x4.gt);
    case '>=':
      return m(w.f32x4.ge);
    case '==':
      return m(w.f32x4.eq);
    case '!=':
      return m(w.f32x4.ne);
  }
}
