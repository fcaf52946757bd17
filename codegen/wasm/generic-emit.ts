import { stridesOf } from '../../ir/tensor.js';
import { freeAxesOf, reductionsOf, type ReduceExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';
import { REDUCER_INIT, ScalarEmitter, type ReductionPlace, type TensorPlacement } from './scalar-emit.js';

/** A reduction the generic kernel precomputes into a float64 buffer over its free axes. */
export interface HoistedReduction {
  readonly reduce: ReduceExpr;
  readonly free: readonly string[];
  readonly bytes: number;
}

/**
 * Which reductions of an op are hoisted: all but one that is the whole body (that one is
 * computed per output cell). `external` reductions (a GEMM's result) are read from elsewhere.
 */
export function hoistedReductions(expr: TensorExpr, extents: ReadonlyMap<string, number>, external: ReadonlySet<ReduceExpr> = new Set()): HoistedReduction[] {
  const order = [...expr.spatial.map((a) => a.name), ...expr.reduce.map((a) => a.name)];
  return reductionsOf(expr.body)
    .filter((r) => r !== expr.body && !external.has(r) && !insideAny(r, external))
    .map((reduce) => {
      const freeSet = freeAxesOf(reduce);
      const free = order.filter((a) => freeSet.has(a));
      return { reduce, free, bytes: 8 * free.reduce((n, a) => n * (extents.get(a) ?? 1), 1) };
    });
}

function insideAny(r: ReduceExpr, outer: ReadonlySet<ReduceExpr>): boolean {
  for (const o of outer) if (reductionsOf(o.body).includes(r)) return true;
  return false;
}

export interface GenericOpSpec {
  readonly name: string;
  readonly expr: TensorExpr;
  readonly extents: ReadonlyMap<string, number>;
  readonly placement: (tensor: string) => TensorPlacement;
  /** Addresses of the hoisted reductions' buffers, in `hoistedReductions` order. */
  readonly hoisted: readonly (HoistedReduction & { readonly address: number })[];
  /** Reductions computed elsewhere (a contraction's R), read from an f32 buffer shaped like the output. */
  readonly external?: ReadonlyMap<ReduceExpr, number>;
}

/**
 * A dense kernel for any op, in float64 like the reference: hoisted reductions first (last free
 * axis innermost, each slot accumulating its own axes in increasing order), then every output
 * cell in row-major order.
 */
export function emitGenericOp(w: WasmModuleBuilder, spec: GenericOpSpec): void {
  const scope = new FunctionScope([]);
  const places = new Map<ReduceExpr, ReductionPlace>();
  const spatial = spec.expr.spatial.map((a) => a.name);
  for (const [r, address] of spec.external ?? []) places.set(r, { kind: 'f32-buffer', address, free: spatial });
  const s = new ScalarEmitter(w, scope, spec.expr, spec.extents, spec.placement, (r) => places.get(r) ?? { kind: 'inline' });
  const body: Expr[] = [];
  for (const h of spec.hoisted) {
    body.push(...emitHoisted(s, h));
    places.set(h.reduce, { kind: 'f64-buffer', address: h.address, free: h.free });
  }
  const out = spec.placement(spec.expr.output);
  const strides = stridesOf(out.shape);
  const bytes = out.dtype === 'bool' ? 1 : 4;
  const cell: Expr[] = [];
  const value = s.value(spec.expr.body, cell);
  const addr = s.address(out.address, new Map(spatial.map((a, i) => [a, (strides[i] ?? 0) * bytes])), 0);
  cell.push(s.store(addr, out.dtype, value));
  body.push(s.loops(spatial, cell));
  w.addFunction(spec.name, scope, 'none', body);
  w.exportFunction(spec.name);
}

function emitHoisted(s: ScalarEmitter, h: HoistedReduction & { address: number }): Expr[] {
  const w = s.w;
  const init = REDUCER_INIT[h.reduce.reducer];
  const count = h.bytes / 8;
  const i = s.scope.local('i32');
  const fill = w.forLoop(s.scope, i, w.i32.const(0), w.i32.const(count), 1, [
    w.f64.store(0, w.i32.add(w.i32.const(h.address), w.i32.mul(w.get(s.scope, i), w.i32.const(8))), w.f64.const(init)),
  ]);
  const inner = h.free[h.free.length - 1];
  const order = [...h.free.slice(0, -1), ...h.reduce.axes, ...(inner === undefined ? [] : [inner])];
  const step: Expr[] = [];
  const v = s.value(h.reduce.body, step);
  const slot = s.bufferAddress(h.address, h.free, 8);
  const slotAgain = s.bufferAddress(h.address, h.free, 8);
  step.push(w.f64.store(0, slot, s.combine(h.reduce, w.f64.load(0, slotAgain), v)));
  return [fill, s.loops(order, step)];
}
