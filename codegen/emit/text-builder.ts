import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { AccessExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { foldAccess, offsetText, rowMajor, type FoldedOffset } from './affine.js';
import type { Language } from './language.js';

/** What the builder needs to know of the tensors an op reads. */
export interface TensorShapes {
  readonly shapeOf: (tensor: string) => readonly number[];
  /** Element types (default f32: a language that computes in one type ignores it). */
  readonly dtypeOf?: (tensor: string) => DType;
}

/** A loop's range other than the axis's full extent. */
export interface LoopRange {
  readonly lo: string;
  readonly hi: string;
}

/**
 * The text of one kernel body in a C-like language (JS, C/CUDA, WGSL), spelled by the
 * language's hook table: indented lines, fresh temporaries, numbered loop variables (`a0`,
 * `a1`...) for the op's axes in one canonical order (spatial, then reduction), tensors `t0`,
 * `t1`... in first-read order, and element offsets folded from affine indices and strides.
 * Names from the program never reach the text.
 */
export class CTextBuilder {
  readonly lines: string[] = [];
  /** Tensors read, in first-read order (`t0`, `t1`...). */
  readonly reads: string[] = [];
  private readonly axisOrder: readonly string[];
  private temp = 0;

  constructor(
    readonly expr: TensorExpr,
    protected readonly extents: ReadonlyMap<string, number>,
    readonly lang: Language,
    protected readonly tensors: TensorShapes,
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
    if (n === undefined) throw new InternalError(this.lang.stage, `no extent for axis '${axis}'`);
    return n;
  }

  axisVar(axis: string): string {
    const i = this.axisOrder.indexOf(axis);
    if (i < 0) throw new InternalError(this.lang.stage, `'${axis}' is not an axis of the op`);
    return `a${i}`;
  }

  /** The canonical axis order restricted to a set. */
  ordered(axes: Iterable<string>): string[] {
    const set = new Set(axes);
    return this.axisOrder.filter((a) => set.has(a));
  }

  /** A literal of the computing type. */
  number(value: number): string {
    return this.lang.literal(value);
  }

  /** The variable of a tensor the kernel reads (registered on first use). */
  tensorVar(tensor: string): string {
    let slot = this.reads.indexOf(tensor);
    if (slot < 0) {
      slot = this.reads.push(tensor) - 1;
      this.firstRead(tensor);
    }
    return `t${slot}`;
  }

  /** Called when a tensor is first read (a target registers its parameter or binding). */
  protected firstRead(_tensor: string): void {}

  dtypeOf(tensor: string): DType {
    return this.tensors.dtypeOf?.(tensor) ?? 'f32';
  }

  /** An offset over axis variables as text. */
  offsetText(offset: FoldedOffset): string {
    return offsetText(
      offset,
      (a) => this.axisVar(a),
      (n) => this.lang.int(n),
    );
  }

  /** The element offset of an access, strides and affine indices folded. */
  offset(e: AccessExpr): string {
    return this.offsetText(foldAccess(e, this.tensors.shapeOf(e.tensor)));
  }

  /** The flat row-major offset over the given axes (a buffer over them, outermost first). */
  offsetOver(axes: readonly string[]): string {
    return this.offsetText(
      rowMajor(
        axes,
        axes.map((a) => this.extent(a)),
      ),
    );
  }

  /** One element read, as a value of the computing type. */
  access(e: AccessExpr): string {
    return this.lang.load(`${this.tensorVar(e.tensor)}[${this.offset(e)}]`, this.dtypeOf(e.tensor));
  }

  /** A loop over an axis, its full extent or a range within it (one brace). */
  openLoop(axis: string, depth: number, range?: LoopRange): void {
    const v = this.axisVar(axis);
    if (range) this.openRangeLoop(v, range.lo, range.hi, depth, this.extent(axis));
    else this.openCountLoop(v, this.extent(axis), depth);
  }

  /** A loop of an integer variable over [0, count), the count known now (one brace). */
  openCountLoop(variable: string, count: number, depth: number): void {
    this.emit(this.lang.loop(variable, this.lang.int(0), this.lang.int(count)), depth);
  }

  /**
   * A loop of an integer variable over [lo, hi), bounds computed at run time, at most `trips`
   * iterations (one brace).
   */
  openRangeLoop(variable: string, lo: string, hi: string, depth: number, _trips: number): void {
    this.emit(this.lang.loop(variable, lo, hi), depth);
  }

  closeLoops(count: number, depth: number): void {
    for (let i = count - 1; i >= 0; i--) this.emit('}', depth + i);
  }
}
