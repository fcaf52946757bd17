import { ERF_INV_SQRT_PI, ERF_MID_LIMIT, ERF_SMALL, ERF_SMALL_LIMIT, ERFC_LARGE, ERFC_MID } from '../../ir/expr/erf.js';
import type { Expr, WasmModuleBuilder } from './module-builder.js';

/** A float64 value held in a local: read it as often as needed. */
export type Reader = () => Expr;

/**
 * erf in wasm float64, the operations of ir/expr/erf.ts in the same order (so generic kernels
 * agree with the reference bit for bit). All three ranges are computed and the right one
 * selected: a few dozen flops, no branches. `hold` stores a value in a fresh local.
 */
export function emitErf(w: WasmModuleBuilder, x: Reader, hold: (value: Expr) => Reader, exp: (arg: Expr) => Expr): Expr {
  const f = w.f64;
  const horner = (coefficients: readonly number[], s: Reader): Expr => {
    let acc = f.const(coefficients[0] ?? 0);
    for (const c of coefficients.slice(1)) acc = f.add(f.mul(acc, s()), f.const(c));
    return acc;
  };
  const y = hold(f.abs(x()));
  const s = hold(f.mul(y(), y()));
  const small = f.mul(x(), f.div(horner(ERF_SMALL.p, s), horner(ERF_SMALL.q, s)));
  const e = hold(exp(f.neg(s())));
  const z = hold(f.div(f.const(1), s()));
  const mid = f.div(f.mul(e(), horner(ERFC_MID.p, y)), horner(ERFC_MID.q, y));
  const tail = f.sub(f.const(ERF_INV_SQRT_PI), f.div(f.mul(z(), horner(ERFC_LARGE.p, z)), horner(ERFC_LARGE.q, z)));
  const large = f.div(f.mul(e(), tail), y());
  const erfc = w.select(f.le(y(), f.const(ERF_MID_LIMIT)), mid, large);
  const r = hold(f.add(f.sub(f.const(0.5), erfc), f.const(0.5)));
  const signed = w.select(f.lt(x(), f.const(0)), f.neg(r()), r());
  return w.select(f.le(y(), f.const(ERF_SMALL_LIMIT)), small, signed);
}
