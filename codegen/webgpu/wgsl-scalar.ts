import { assertNever } from '../../ir/core/errors.js';
import type {
  BinaryExpr,
  ReduceExpr,
  Reducer,
  ScalarExpr,
  UnaryOp,
} from '../../ir/expr/tensor-expr.js';
import type { WgslBuilder } from './wgsl-builder.js';

/**
 * Scalar semantics as WGSL statements, the reference's (codegen/ref/js-expr.ts) in f32:
 * booleans are 0/1, comparisons give 1 or 0 (false with NaN, `!=` true), `where` takes its
 * first branch for any non-zero condition (NaN too), max/min/relu pass NaN through. Every node
 * becomes one `let vN: f32 = ...;` over atoms, in evaluation order; a reduction is a loop.
 */

/** How a reduction is computed where it appears: a hook may emit it (a PIT form, a GEMM), or null. */
export type ReductionHook = (r: ReduceExpr, depth: number) => string | null;

export class WgslScalar {
  constructor(
    readonly b: WgslBuilder,
    private readonly hook: ReductionHook = () => null,
  ) {}

  /** Emits the statements computing `e` at `depth` and returns the atom holding its value. */
  value(e: ScalarExpr, depth: number): string {
    switch (e.kind) {
      case 'const':
        return this.b.number(e.value);
      case 'axis':
        return `f32(${this.b.axisVar(e.axis)})`;
      case 'access':
        return this.bind(this.b.access(e), depth);
      case 'unary':
        return this.bind(unary(e.op, this.value(e.arg, depth)), depth);
      case 'binary':
        return this.bind(binary(e, this.value(e.lhs, depth), this.value(e.rhs, depth)), depth);
      case 'where': {
        const c = this.value(e.cond, depth);
        const t = this.value(e.then, depth);
        const f = this.value(e.else, depth);
        return this.bind(`select(${f}, ${t}, p_truthy(${c}))`, depth);
      }
      case 'reduce':
        return this.hook(e, depth) ?? this.reduction(e, depth);
      default:
        return assertNever(e, 'webgpu');
    }
  }

  /** A reduction computed in place: its axes in increasing order, innermost last. */
  reduction(r: ReduceExpr, depth: number): string {
    const acc = this.b.fresh('r');
    this.b.emit(`var ${acc}: f32 = ${this.identity(r.reducer)};`, depth);
    r.axes.forEach((axis, i) => this.b.openLoop(axis, depth + i));
    const inner = depth + r.axes.length;
    this.accumulate(r.reducer, acc, this.value(r.body, inner), inner);
    this.b.closeLoops(r.axes.length, depth);
    return acc;
  }

  identity(reducer: Reducer): string {
    switch (reducer) {
      case 'sum':
        return '0.0';
      case 'prod':
        return '1.0';
      case 'max':
        return this.b.number(-Infinity);
      case 'min':
        return this.b.number(Infinity);
    }
  }

  /** `acc = acc (+) v;` for a reducer. */
  accumulate(reducer: Reducer, acc: string, v: string, depth: number): void {
    this.b.emit(`${acc} = ${combine(reducer, acc, v)};`, depth);
  }

  private bind(text: string, depth: number): string {
    const v = this.b.fresh('v');
    this.b.emit(`let ${v}: f32 = ${text};`, depth);
    return v;
  }
}

export function combine(reducer: Reducer, acc: string, v: string): string {
  return reducer === 'sum'
    ? `${acc} + ${v}`
    : reducer === 'prod'
      ? `${acc} * ${v}`
      : reducer === 'max'
        ? `p_max(${acc}, ${v})`
        : `p_min(${acc}, ${v})`;
}

function unary(op: UnaryOp, x: string): string {
  switch (op) {
    case 'neg':
      return `-${x}`;
    case 'relu':
    case 'exp':
    case 'log':
    case 'sqrt':
    case 'tanh':
    case 'abs':
    case 'sigmoid':
    case 'gelu':
    case 'erf':
      return `p_${op}(${x})`;
    default:
      return assertNever(op, 'webgpu');
  }
}

function binary(e: BinaryExpr, a: string, b: string): string {
  switch (e.op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return `${a} ${e.op} ${b}`;
    case 'max':
      return `p_max(${a}, ${b})`;
    case 'min':
      return `p_min(${a}, ${b})`;
    case '==':
      return `p_eq(${a}, ${b})`;
    case '!=':
      return `p_ne(${a}, ${b})`;
    case '<':
      return `p_lt(${a}, ${b})`;
    case '<=':
      return `p_le(${a}, ${b})`;
    case '>':
      return `p_lt(${b}, ${a})`;
    case '>=':
      return `p_le(${b}, ${a})`;
    default:
      return assertNever(e.op, 'webgpu');
  }
}
