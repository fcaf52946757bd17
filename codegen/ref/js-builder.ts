import { stridesOf } from '../../ir/tensor.js';
import type { AccessExpr, ReduceExpr, ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { KernelTextBuilder } from '../lower/text-builder.js';
import { jsNode, REDUCER_JS } from './js-expr.js';

/** How a reduction node is evaluated where it appears in an expression. */
export type ReductionSource =
  /** Precomputed into a float64 buffer over its free axes, outermost-first. */
  | { readonly kind: 'buffer'; readonly name: string; readonly free: readonly string[] }
  /** Computed in place with its own loops, for the current point. */
  | { readonly kind: 'inline' };

/**
 * Builds the text of a generated reference kernel: numbered loop variables (`a0`, `a1`...) for
 * the op's axes, numbered tensor parameters (`t0`...), flat offsets folded from affine indices
 * and strides, and statements emitted ahead of the expression that needs them (inline
 * reductions). Names from the program never reach the text.
 */
export class JsBuilder extends KernelTextBuilder {
  readonly reads: string[] = [];

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    private readonly shapeOf: (tensor: string) => readonly number[],
    private readonly reductionSource: (r: ReduceExpr) => ReductionSource,
  ) {
    super(expr, extents, 'ref');
  }

  /** Parameter name of a tensor the kernel reads (registered on first use). */
  tensorVar(tensor: string): string {
    if (!this.reads.includes(tensor)) this.reads.push(tensor);
    return `t${this.reads.indexOf(tensor)}`;
  }

  /** Flat row-major offset over the given axes, as JS. */
  offsetOver(axes: readonly string[]): string {
    const strides = stridesOf(axes.map((a) => this.extent(a)));
    const terms = axes.map((a, i) => (strides[i] === 1 ? this.axisVar(a) : `${strides[i]} * ${this.axisVar(a)}`));
    return terms.length === 0 ? '0' : terms.join(' + ');
  }

  accessJs(e: AccessExpr): string {
    const strides = stridesOf(this.shapeOf(e.tensor));
    const coef = new Map<string, number>();
    let constant = 0;
    e.indices.forEach((ix, d) => {
      const s = strides[d] ?? 0;
      constant += s * ix.constant;
      for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
    });
    const terms = [...coef].filter(([, c]) => c !== 0).map(([a, c]) => (c === 1 ? this.axisVar(a) : `${c} * ${this.axisVar(a)}`));
    if (constant !== 0 || terms.length === 0) terms.unshift(String(constant));
    return `${this.tensorVar(e.tensor)}[${terms.join(' + ')}]`;
  }

  /** JS for a value; inline reductions emit their loops at `depth` first. */
  valueJs(e: ScalarExpr, depth: number): string {
    switch (e.kind) {
      case 'access':
        return this.accessJs(e);
      case 'axis':
        return this.axisVar(e.axis);
      case 'reduce': {
        const source = this.reductionSource(e);
        if (source.kind === 'buffer') return `${source.name}[${this.offsetOver(source.free)}]`;
        return this.inlineReduction(e, depth);
      }
      default:
        return jsNode(e, (c) => this.valueJs(c, depth));
    }
  }

  /** `for (let aN = lo; aN < hi; aN++) {` */
  openLoop(axis: string, depth: number, lo = '0', hi = String(this.extent(axis))): void {
    const v = this.axisVar(axis);
    this.emit(`for (let ${v} = ${lo}; ${v} < ${hi}; ${v}++) {`, depth);
  }

  closeLoops(count: number, depth: number): void {
    for (let i = count - 1; i >= 0; i--) this.emit('}', depth + i);
  }

  private inlineReduction(r: ReduceExpr, depth: number): string {
    const acc = this.fresh('r');
    const reducer = REDUCER_JS[r.reducer];
    this.emit(`let ${acc} = ${reducer.init};`, depth);
    r.axes.forEach((axis, i) => this.openLoop(axis, depth + i));
    const inner = depth + r.axes.length;
    const value = this.valueJs(r.body, inner);
    this.emit(`${acc} = ${reducer.combine(acc, value)};`, inner);
    this.closeLoops(r.axes.length, depth);
    return acc;
  }

  /**
   * Computes a reduction into a float64 buffer over its free axes: the last free axis runs
   * innermost and the reduction's own axes in between, for memory locality; each slot still
   * accumulates its own axes in increasing order.
   */
  bufferedReduction(r: ReduceExpr, name: string, free: readonly string[], depth: number): void {
    const size = free.reduce((n, a) => n * this.extent(a), 1);
    const reducer = REDUCER_JS[r.reducer];
    const inner = free[free.length - 1];
    const order = [...free.slice(0, -1), ...r.axes, ...(inner === undefined ? [] : [inner])];
    this.emit(`const ${name} = new Float64Array(${size}).fill(${reducer.init});`, depth);
    order.forEach((axis, i) => this.openLoop(axis, depth + i));
    const d = depth + order.length;
    const slot = `${name}[${this.offsetOver(free)}]`;
    const value = this.valueJs(r.body, d);
    this.emit(`${slot} = ${reducer.combine(slot, value)};`, d);
    this.closeLoops(order.length, depth);
  }
}

