import { assertNever, InternalError } from '../../ir/core/errors.js';
import type { ReduceExpr, Reducer, ScalarExpr } from '../../ir/expr/tensor-expr.js';
import type { BufferRead, LoopExpr } from '../../ir/loops/loop-ir.js';
import type { CTextBuilder } from './text-builder.js';

/**
 * A reduction computed elsewhere (a buffer, a PIT form, a tiled GEMM): its value as text, or
 * null to compute it in place.
 */
export type ReductionHook = (r: ReduceExpr, depth: number) => string | null;

export interface RenderOptions {
  /**
   * Every operator's value becomes one named constant over atoms, in evaluation order (gpu.js
   * kernels and WGSL: sub-expressions computed once, no deep nesting); else a value is one
   * nested expression.
   */
  readonly bindEach: boolean;
  readonly reduction?: ReductionHook;
  /** A read of a reduction's buffer (loop IR expressions): the slot at the current point. */
  readonly bufferRead?: (e: BufferRead) => string;
}

const IDENTITY: Readonly<Record<Reducer, number>> = {
  sum: 0,
  prod: 1,
  max: -Infinity,
  min: Infinity,
};

/**
 * Renders scalar expressions of the tensor-expression IR through a builder's language hooks.
 * A reduction with no hook is computed in place: an accumulator, then its axes in increasing
 * order, innermost last (the reference's order).
 */
export class ScalarRenderer {
  constructor(
    readonly b: CTextBuilder,
    private readonly options: RenderOptions,
  ) {}

  /** Emits what computing `e` at `depth` needs first and returns its value. */
  value(e: ScalarExpr | LoopExpr, depth: number): string {
    const lang = this.b.lang;
    const bind = (text: string): string => this.bind(text, depth);
    switch (e.kind) {
      case 'const':
        return this.b.number(e.value);
      case 'axis':
        return lang.axisValue(this.b.axisVar(e.axis));
      case 'access':
        return bind(this.b.access(e));
      case 'unary':
        return bind(lang.unary(e.op, this.value(e.arg, depth), bind));
      case 'binary':
        return bind(lang.binary(e.op, this.value(e.lhs, depth), this.value(e.rhs, depth)));
      case 'where': {
        const c = this.value(e.cond, depth);
        const t = this.value(e.then, depth);
        const f = this.value(e.else, depth);
        return bind(lang.where(c, t, f));
      }
      case 'reduce':
        return this.options.reduction?.(e, depth) ?? this.reduction(e, depth);
      case 'buffer':
        if (!this.options.bufferRead)
          throw new InternalError(lang.stage, `a read of buffer '${e.buffer}' with no buffers`);
        return this.options.bufferRead(e);
      default:
        return assertNever(e, lang.stage);
    }
  }

  /** A reduction computed in place; returns its accumulator. */
  reduction(r: ReduceExpr, depth: number): string {
    const acc = this.b.fresh('r');
    this.b.emit(this.b.lang.variable(acc, this.identity(r.reducer)), depth);
    r.axes.forEach((axis, i) => this.b.openLoop(axis, depth + i));
    const inner = depth + r.axes.length;
    this.accumulate(r.reducer, acc, this.value(r.body, inner), inner);
    this.b.closeLoops(r.axes.length, depth);
    return acc;
  }

  /** The reducer's identity: 0, 1, -inf (max), +inf (min). */
  identity(reducer: Reducer): string {
    return this.b.number(IDENTITY[reducer]);
  }

  /** One combine step, `acc (+) v`; max and min are the language's binary max/min. */
  combine(reducer: Reducer, acc: string, v: string): string {
    switch (reducer) {
      case 'sum':
        return `${acc} + ${v}`;
      case 'prod':
        return `${acc} * ${v}`;
      case 'max':
      case 'min':
        return this.b.lang.binary(reducer, acc, v);
    }
  }

  /** `acc = acc (+) v;` */
  accumulate(reducer: Reducer, acc: string, v: string, depth: number): void {
    this.b.emit(`${acc} = ${this.combine(reducer, acc, v)};`, depth);
  }

  private bind(text: string, depth: number): string {
    if (!this.options.bindEach) return text;
    const v = this.b.fresh('v');
    this.b.emit(this.b.lang.constant(v, text), depth);
    return v;
  }
}
