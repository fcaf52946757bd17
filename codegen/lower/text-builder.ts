import { InternalError } from '../../ir/core/errors.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';

/**
 * What every target that prints kernel source (ref JS, gpu.js JS, CUDA C) shares: indented
 * lines, fresh temporaries, and numbered loop variables (`a0`, `a1`...) for the op's axes in
 * one canonical order (spatial, then reduction), so names from the program never reach the text.
 */
export class KernelTextBuilder {
  readonly lines: string[] = [];
  private readonly axisOrder: readonly string[];
  private temp = 0;

  constructor(
    readonly expr: TensorExpr,
    protected readonly extents: ReadonlyMap<string, number>,
    /** The stage named by internal errors. */
    private readonly stage: string,
  ) {
    this.axisOrder = [...expr.spatial.map((a) => a.name), ...expr.reduce.map((a) => a.name)];
  }

  emit(line: string, depth: number): void {
    this.lines.push('  '.repeat(depth) + line);
  }

  fresh(prefix: string): string {
    return `${prefix}${this.temp++}`;
  }

  extent(axis: string): number {
    const n = this.extents.get(axis);
    if (n === undefined) throw new InternalError(this.stage, `no extent for axis '${axis}'`);
    return n;
  }

  axisVar(axis: string): string {
    const i = this.axisOrder.indexOf(axis);
    if (i < 0) throw new InternalError(this.stage, `'${axis}' is not an axis of the op`);
    return `a${i}`;
  }

  /** The canonical axis order restricted to a set. */
  ordered(axes: Iterable<string>): string[] {
    const set = new Set(axes);
    return this.axisOrder.filter((a) => set.has(a));
  }
}
