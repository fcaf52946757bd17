import type { DType } from '../dtype.js';
import type { ScalarExpr, TensorExpr } from './tensor-expr.js';

/**
 * Bounds on the integer values an op computes, for targets that compute in f32 (gpu.js's GPU
 * and WebAssembly backends, CUDA's float kernels): f32 holds every integer up to 2^24 exactly,
 * so an op whose i32 values (i32 tensor reads, index values, i32 arithmetic and reductions) all
 * stay within ±2^24 gives the reference's exact result in f32, and any other op may not (a sum
 * of two i32 near 2^31, a comparison of two i32 above 2^24, a count over more than 2^24 bools).
 * An i32 tensor may hold any 32-bit integer; a bool is 0 or 1; an index ranges over its extent.
 */

/** Every integer of magnitude up to this is exact in f32. */
export const F32_EXACT_INTEGERS = 2 ** 24;

/** Inclusive bounds of a value (±Infinity: unbounded). */
export interface ValueRange {
  readonly lo: number;
  readonly hi: number;
}
type Range = ValueRange;

const ANY: Range = { lo: -Infinity, hi: Infinity };
const BOOL: Range = { lo: 0, hi: 1 };
const I32: Range = { lo: -(2 ** 31), hi: 2 ** 31 - 1 };

function span(values: readonly number[]): Range {
  // 0·inf is NaN: treat as unbounded
  if (values.some(Number.isNaN)) return ANY;
  return { lo: Math.min(...values), hi: Math.max(...values) };
}

export interface IntegerRangeContext {
  readonly extents: ReadonlyMap<string, number>;
  readonly dtypeOf: (tensor: string) => DType;
  /** Known bounds of a tensor's values (an earlier op's `stored`); default: any value of its dtype. */
  readonly rangeOf?: (tensor: string) => ValueRange | undefined;
}

export interface IntegerRanges {
  /** Bounds of the values the op stores (after the store's rounding to its dtype). */
  readonly stored: ValueRange;
  /** Why the op's integers may not be exact in f32 (the first i32 value that may pass the limit). */
  readonly problem?: string;
}

/**
 * Bounds on an op's values: whether every i32 value it computes stays within ±limit (else the
 * first that may not, in words), and the bounds of what it stores.
 */
export function integerRanges(expr: TensorExpr, ctx: IntegerRangeContext, limit = F32_EXACT_INTEGERS): IntegerRanges {
  let problem: string | undefined;
  const note = (e: ScalarExpr, r: Range): Range => {
    if (problem === undefined && e.dtype === 'i32' && (r.lo < -limit || r.hi > limit)) {
      problem = `${describe(e)} may reach ${Math.max(Math.abs(r.lo), Math.abs(r.hi))}, past f32's exact integers (${limit})`;
    }
    return r;
  };
  const visit = (e: ScalarExpr): Range => {
    switch (e.kind) {
      case 'const':
        return note(e, { lo: e.value, hi: e.value });
      case 'access': {
        const dtype = ctx.dtypeOf(e.tensor);
        return note(e, ctx.rangeOf?.(e.tensor) ?? (dtype === 'bool' ? BOOL : dtype === 'i32' ? I32 : ANY));
      }
      case 'axis':
        return note(e, { lo: 0, hi: Math.max(0, (ctx.extents.get(e.axis) ?? Infinity) - 1) });
      case 'unary': {
        const a = visit(e.arg);
        if (e.op === 'neg') return note(e, { lo: -a.hi, hi: -a.lo });
        if (e.op === 'abs') return note(e, a.lo >= 0 ? a : { lo: 0, hi: Math.max(-a.lo, a.hi) });
        if (e.op === 'relu') return note(e, { lo: Math.max(0, a.lo), hi: Math.max(0, a.hi) });
        return note(e, ANY);
      }
      case 'binary': {
        const a = visit(e.lhs);
        const b = visit(e.rhs);
        switch (e.op) {
          case '+':
            return note(e, span([a.lo + b.lo, a.hi + b.hi]));
          case '-':
            return note(e, span([a.lo - b.hi, a.hi - b.lo]));
          case '*':
            return note(e, span([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]));
          case 'max':
            return note(e, { lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });
          case 'min':
            return note(e, { lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi) });
          case '/':
            return note(e, ANY);
          default:
            return note(e, BOOL); // comparisons
        }
      }
      case 'where': {
        visit(e.cond);
        const t = visit(e.then);
        const f = visit(e.else);
        return note(e, { lo: Math.min(t.lo, f.lo), hi: Math.max(t.hi, f.hi) });
      }
      case 'reduce': {
        const body = visit(e.body);
        const n = e.axes.reduce((p, a) => p * (ctx.extents.get(a) ?? Infinity), 1);
        switch (e.reducer) {
          case 'sum':
            return note(e, span([Math.min(0, body.lo * n), Math.max(0, body.hi * n), body.lo * n, body.hi * n]));
          case 'prod': {
            const m = Math.max(Math.abs(body.lo), Math.abs(body.hi), 1) ** n;
            return note(e, body.lo >= 0 ? { lo: 0, hi: m } : { lo: -m, hi: m });
          }
          default:
            return note(e, body); // max, min: one of the terms
        }
      }
    }
  };
  const body = visit(expr.body);
  // the store: i32 wraps (values already in range are kept), bool is 0 or 1
  const stored = expr.dtype === 'bool' ? BOOL : expr.dtype === 'i32' ? (body.lo >= I32.lo && body.hi <= I32.hi ? body : I32) : ANY;
  return { stored, ...(problem !== undefined ? { problem } : {}) };
}

function describe(e: ScalarExpr): string {
  switch (e.kind) {
    case 'access':
      return `i32 tensor '${e.tensor}'`;
    case 'axis':
      return `index '${e.axis}'`;
    case 'reduce':
      return `an i32 ${e.reducer}[${e.axes.join(', ')}]`;
    default:
      return 'an i32 value';
  }
}
