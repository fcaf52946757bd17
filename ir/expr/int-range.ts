import type { DType } from '../dtype.js';
import { walkScalarPostOrder, type ScalarExpr, type TensorExpr } from './tensor-expr.js';

/**
 * Bounds on the integer values an op computes, for targets that compute in f32 (gpu.js's GPU
 * and WebAssembly backends, CUDA's float kernels, the wasm SIMD kernels): f32 holds every integer
 * up to 2^24 exactly, so an op whose i32 values (i32 tensor reads, index values, i32 arithmetic
 * and reductions) all stay within ±2^24 gives the reference's exact result in f32, and any other
 * op may not (a sum of two i32 near 2^31, a comparison of two i32 above 2^24, a count over more
 * than 2^24 bools). An i32 tensor may hold any 32-bit integer; a bool is 0 or 1; an index ranges
 * over its extent. `integerRanges` applies that rule to a whole op; `valueRanges` gives the bounds
 * of each node, for targets whose rule differs (codegen/wasm/simd-support.ts).
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
  /** A tensor's dtype; default: the access's own (graph verification keeps the two equal). */
  readonly dtypeOf?: (tensor: string) => DType;
  /**
   * Known bounds of a tensor's values (an earlier op's `stored`, or UNBOUNDED for values a
   * target does not hold as integers); default: any value of its dtype.
   */
  readonly rangeOf?: (tensor: string) => ValueRange | undefined;
}

/** No bounds: what `rangeOf` gives for a tensor whose values the analysis may not rely on. */
export const UNBOUNDED: ValueRange = ANY;

export interface IntegerRanges {
  /** Bounds of the values the op stores (after the store's rounding to its dtype). */
  readonly stored: ValueRange;
  /** Why the op's integers may not be exact in f32 (the first i32 value that may pass the limit). */
  readonly problem?: string;
}

/**
 * Bounds on an op's values: whether every i32 value it computes stays within ±limit (else the
 * first that may not, children before parents, in words), and the bounds of what it stores.
 */
export function integerRanges(expr: TensorExpr, ctx: IntegerRangeContext, limit = F32_EXACT_INTEGERS): IntegerRanges {
  const rangeOf = valueRanges(ctx);
  let problem: string | undefined;
  walkScalarPostOrder(expr.body, (e) => {
    const r = rangeOf(e);
    if (problem === undefined && e.dtype === 'i32' && (r.lo < -limit || r.hi > limit)) {
      problem = `${describe(e)} may reach ${Math.max(Math.abs(r.lo), Math.abs(r.hi))}, past f32's exact integers (${limit})`;
    }
  });
  const body = rangeOf(expr.body);
  // the store: i32 wraps (values already in range are kept), bool is 0 or 1
  const stored = expr.dtype === 'bool' ? BOOL : expr.dtype === 'i32' ? (body.lo >= I32.lo && body.hi <= I32.hi ? body : I32) : ANY;
  return { stored, ...(problem !== undefined ? { problem } : {}) };
}

/**
 * Bounds of the value of any node of an op's body, as a function of the node (computed from
 * its children, each node once). Values are the reference's: exact integers where the operands
 * are (float64 holds them far past any limit checked here).
 */
export function valueRanges(ctx: IntegerRangeContext): (e: ScalarExpr) => ValueRange {
  const memo = new Map<ScalarExpr, Range>();
  const rangeOf = (e: ScalarExpr): Range => {
    let r = memo.get(e);
    if (r === undefined) {
      r = rangeFromChildren(e, ctx, rangeOf);
      memo.set(e, r);
    }
    return r;
  };
  return rangeOf;
}

function rangeFromChildren(e: ScalarExpr, ctx: IntegerRangeContext, child: (c: ScalarExpr) => Range): Range {
  switch (e.kind) {
    case 'const':
      return { lo: e.value, hi: e.value };
    case 'access': {
      const dtype = ctx.dtypeOf?.(e.tensor) ?? e.dtype;
      return ctx.rangeOf?.(e.tensor) ?? (dtype === 'bool' ? BOOL : dtype === 'i32' ? I32 : ANY);
    }
    case 'axis':
      return { lo: 0, hi: Math.max(0, (ctx.extents.get(e.axis) ?? Infinity) - 1) };
    case 'unary': {
      const a = child(e.arg);
      if (e.op === 'neg') return { lo: -a.hi, hi: -a.lo };
      if (e.op === 'abs') return a.lo >= 0 ? a : a.hi <= 0 ? { lo: -a.hi, hi: -a.lo } : { lo: 0, hi: Math.max(-a.lo, a.hi) };
      if (e.op === 'relu') return { lo: Math.max(0, a.lo), hi: Math.max(0, a.hi) };
      return ANY;
    }
    case 'binary': {
      const a = child(e.lhs);
      const b = child(e.rhs);
      switch (e.op) {
        case '+':
          return span([a.lo + b.lo, a.hi + b.hi]);
        case '-':
          return span([a.lo - b.hi, a.hi - b.lo]);
        case '*':
          return span([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]);
        case 'max':
          return { lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
        case 'min':
          return { lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
        case '/':
          return ANY;
        default:
          return BOOL; // comparisons
      }
    }
    case 'where': {
      const t = child(e.then);
      const f = child(e.else);
      return { lo: Math.min(t.lo, f.lo), hi: Math.max(t.hi, f.hi) };
    }
    case 'reduce': {
      const body = child(e.body);
      const n = e.axes.reduce((p, a) => p * (ctx.extents.get(a) ?? Infinity), 1);
      switch (e.reducer) {
        case 'sum':
          return span([Math.min(0, body.lo * n), Math.max(0, body.hi * n), body.lo * n, body.hi * n]);
        case 'prod': {
          // an unbounded body stays unbounded, also over an empty axis (whose product is 1)
          if (!Number.isFinite(body.lo) || !Number.isFinite(body.hi)) return ANY;
          const m = Math.max(Math.abs(body.lo), Math.abs(body.hi), 1) ** n;
          return body.lo >= 0 ? { lo: 0, hi: m } : { lo: -m, hi: m };
        }
        default:
          return body; // max, min: one of the terms
      }
    }
  }
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
