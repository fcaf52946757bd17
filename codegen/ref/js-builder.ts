import type { ReduceExpr, ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { JS } from '../emit/js.js';
import { ScalarRenderer } from '../emit/scalar.js';
import { CTextBuilder } from '../emit/text-builder.js';

/** How a reduction node is evaluated where it appears in an expression. */
export type ReductionSource =
  /** Precomputed into a float64 buffer over its free axes, outermost-first. */
  | { readonly kind: 'buffer'; readonly name: string; readonly free: readonly string[] }
  /** Computed in place with its own loops, for the current point. */
  | { readonly kind: 'inline' };

/**
 * Builds the text of a generated reference kernel (codegen/emit spelled by the `JS` hook table,
 * float64 numbers): numbered loop variables and tensor parameters, folded offsets, inline
 * reductions emitted ahead of the expression that needs them. Here: reductions precomputed
 * into float64 buffers.
 */
export class JsBuilder extends CTextBuilder {
  readonly scalar: ScalarRenderer;

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    shapeOf: (tensor: string) => readonly number[],
    reductionSource: (r: ReduceExpr) => ReductionSource,
  ) {
    super(expr, extents, JS, { shapeOf });
    this.scalar = new ScalarRenderer(this, {
      bindEach: false,
      reduction: (r) => {
        const source = reductionSource(r);
        return source.kind === 'buffer' ? `${source.name}[${this.offsetOver(source.free)}]` : null;
      },
    });
  }

  /** JS for a value; inline reductions emit their loops at `depth` first. */
  value(e: ScalarExpr, depth: number): string {
    return this.scalar.value(e, depth);
  }

  /**
   * Computes a reduction into a float64 buffer over its free axes: the last free axis runs
   * innermost and the reduction's own axes in between, for memory locality; each slot still
   * accumulates its own axes in increasing order.
   */
  bufferedReduction(r: ReduceExpr, name: string, free: readonly string[], depth: number): void {
    const size = free.reduce((n, a) => n * this.extent(a), 1);
    const inner = free[free.length - 1];
    const order = [...free.slice(0, -1), ...r.axes, ...(inner === undefined ? [] : [inner])];
    this.emit(
      `const ${name} = new Float64Array(${size}).fill(${this.scalar.identity(r.reducer)});`,
      depth,
    );
    order.forEach((axis, i) => this.openLoop(axis, depth + i));
    const d = depth + order.length;
    const slot = `${name}[${this.offsetOver(free)}]`;
    this.emit(`${slot} = ${this.scalar.combine(r.reducer, slot, this.value(r.body, d))};`, d);
    this.closeLoops(order.length, depth);
  }
}
