import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import { JS_KERNEL } from '../emit/js.js';
import type { IndexArray } from '../emit/pit-cell.js';
import { CTextBuilder } from '../emit/text-builder.js';
import type { KernelParam } from './kernel-spec.js';

/** Parameter names of the index arrays, of +Infinity and of the i32 half selector (fixed words, never program names). */
const SPECIAL_NAMES = {
  stripPtr: 'ptr',
  coords: 'crd',
  inverse: 'inv',
  infinity: 'pinf',
  half: 'half',
} as const;
type SpecialKind = keyof typeof SPECIAL_NAMES;

/**
 * Builds the text of one gpu.js kernel function (codegen/emit spelled by the `JS_KERNEL` hook
 * table). Every name in the text is generated: axes are `a0, a1...`, tensor parameters `t0,
 * t1...` in first use order, temporaries a letter and a counter; the other words are a fixed
 * vocabulary (`ptr`, `crd`, `inv`, `pinf`, `half`, `Math.*`, `this.thread.*`). Here: the
 * parameters in first-use order, infinity as a parameter, and the loop bound gpu.js needs.
 */
export class SourceBuilder extends CTextBuilder {
  private readonly params: KernelParam[] = [];
  private readonly loopBounds: number[] = [1];

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    shapeOf: (tensor: string) => readonly number[],
  ) {
    super(expr, extents, JS_KERNEL, { shapeOf });
  }

  protected override firstRead(tensor: string): void {
    this.params.push({ kind: 'tensor', tensor });
  }

  /** Parameter of an index array or of +Infinity (registered on first use). */
  special(kind: SpecialKind): string {
    if (!this.params.some((p) => p.kind === kind)) this.params.push({ kind } as KernelParam);
    return SPECIAL_NAMES[kind];
  }

  /** A number as source text; ±Infinity and NaN through the `pinf` parameter. */
  override number(value: number): string {
    if (Number.isNaN(value)) return `(${this.special('infinity')} - ${this.special('infinity')})`;
    if (value === Infinity) return this.special('infinity');
    if (value === -Infinity) return `(-${this.special('infinity')})`;
    return super.number(value);
  }

  /** Records a loop trip count (loopMaxIterations must cover every loop). */
  noteLoop(trips: number): void {
    this.loopBounds.push(trips);
  }

  /** The index arrays of a PIT cell (emit/pit-cell.ts), as parameters. */
  indexArray(kind: IndexArray): string {
    return this.special(kind);
  }

  override openCountLoop(variable: string, count: number, depth: number): void {
    this.noteLoop(count);
    super.openCountLoop(variable, count, depth);
  }

  /**
   * `const c = hi - lo; for (let iN = 0; iN < c; iN++) { const v = lo + iN;`: loops whose
   * bounds are data count from an integer 0 (gpu.js's WGSL rejects `++` on a float loop
   * variable).
   */
  override openRangeLoop(variable: string, lo: string, hi: string, depth: number, trips: number): void {
    this.noteLoop(trips);
    const first = this.fresh('lo');
    const count = this.fresh('c');
    const i = this.fresh('i');
    this.emit(`const ${first} = ${lo};`, depth);
    this.emit(`const ${count} = ${hi} - ${first};`, depth);
    this.emit(`for (let ${i} = 0; ${i} < ${count}; ${i}++) {`, depth);
    this.emit(`const ${variable} = ${first} + ${i};`, depth + 1);
  }

  /** The complete function text and its parameters, in order. */
  finish(result: string): { source: string; params: KernelParam[]; loopMaxIterations: number } {
    const names = this.params.map((p) =>
      p.kind === 'tensor' ? this.tensorVar(p.tensor) : SPECIAL_NAMES[p.kind],
    );
    const lines = [`function (${names.join(', ')}) {`, ...this.lines, `  return ${result};`, '}'];
    return {
      source: lines.join('\n'),
      params: [...this.params],
      loopMaxIterations: Math.max(...this.loopBounds),
    };
  }
}
