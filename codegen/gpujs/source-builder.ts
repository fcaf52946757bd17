import type { AccessExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';
import { KernelTextBuilder } from '../lower/text-builder.js';
import type { KernelParam } from './kernel-spec.js';

/** Parameter names of the index arrays, of +Infinity and of the i32 half selector (fixed words, never program names). */
const SPECIAL_NAMES = { stripPtr: 'ptr', coords: 'crd', inverse: 'inv', infinity: 'pinf', half: 'half' } as const;
type SpecialKind = keyof typeof SPECIAL_NAMES;

/**
 * Builds the text of one gpu.js kernel function. Every name in the text is generated here:
 * axes are `a0, a1...` (the op's canonical axis order), tensor parameters `t0, t1...` in first
 * use order, temporaries a letter and a counter; the other words are a fixed vocabulary
 * (`ptr`, `crd`, `inv`, `pinf`, `half`, `Math.*`, `this.thread.*`). A name from the program is looked
 * up to find its number and never reaches the text.
 */
export class SourceBuilder extends KernelTextBuilder {
  private readonly params: KernelParam[] = [];
  private readonly tensorSlots = new Map<string, number>();
  private readonly loopBounds: number[] = [1];

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    private readonly shapeOf: (tensor: string) => readonly number[],
  ) {
    super(expr, extents, 'gpujs');
  }

  override fresh(prefix: 'v' | 'r' | 'h' | 'q' | 'u' | 's' | 'f' | 'p' | 'w' | 'c' | 'i' | 'lo'): string {
    return super.fresh(prefix);
  }

  /** Parameter holding a tensor's flat values (registered on first use). */
  tensorVar(tensor: string): string {
    let slot = this.tensorSlots.get(tensor);
    if (slot === undefined) {
      slot = this.tensorSlots.size;
      this.tensorSlots.set(tensor, slot);
      this.params.push({ kind: 'tensor', tensor });
    }
    return `t${slot}`;
  }

  /** Parameter of an index array or of +Infinity (registered on first use). */
  special(kind: SpecialKind): string {
    if (!this.params.some((p) => p.kind === kind)) this.params.push({ kind } as KernelParam);
    return SPECIAL_NAMES[kind];
  }

  /** A number as source text; ±Infinity through the `pinf` parameter. */
  number(value: number): string {
    if (Number.isNaN(value)) return `(${this.special('infinity')} - ${this.special('infinity')})`;
    if (value === Infinity) return this.special('infinity');
    if (value === -Infinity) return `(-${this.special('infinity')})`;
    if (Object.is(value, -0)) return '(-0)';
    return value < 0 ? `(${String(value)})` : String(value);
  }

  /** Records a loop trip count (loopMaxIterations must cover every loop). */
  noteLoop(trips: number): void {
    this.loopBounds.push(trips);
  }

  /**
   * A loop over an axis: `for (let aN = 0; aN < n; aN++) {` over its full range, or over
   * [lo, hi) as a counted loop (see `openCounted`). Either opens one brace.
   */
  openLoop(axis: string, depth: number, range?: { readonly lo: string; readonly hi: string }): void {
    const v = this.axisVar(axis);
    this.noteLoop(this.extent(axis));
    if (!range) {
      this.emit(`for (let ${v} = 0; ${v} < ${this.extent(axis)}; ${v}++) {`, depth);
      return;
    }
    const count = this.fresh('c');
    this.emit(`const ${count} = ${range.hi} - ${range.lo};`, depth);
    this.openCounted(v, range.lo, count, depth);
  }

  /**
   * `for (let iN = 0; iN < count; iN++) { const v = lo + iN;`: loops whose bounds are data
   * count from an integer 0 (gpu.js's WGSL rejects `++` on a float loop variable).
   */
  openCounted(variable: string, lo: string, count: string, depth: number): void {
    const i = this.fresh('i');
    this.emit(`for (let ${i} = 0; ${i} < ${count}; ${i}++) {`, depth);
    this.emit(`const ${variable} = ${lo} + ${i};`, depth + 1);
  }

  closeLoops(count: number, depth: number): void {
    for (let i = count - 1; i >= 0; i--) this.emit('}', depth + i);
  }

  /** Reads one element: `t0[offset]`, the offset folded from the affine indices and strides. */
  access(e: AccessExpr): string {
    const strides = stridesOf(this.shapeOf(e.tensor));
    const coef = new Map<string, number>();
    let constant = 0;
    e.indices.forEach((ix, d) => {
      const s = strides[d] ?? 0;
      constant += s * ix.constant;
      for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
    });
    const terms = [...coef].filter(([, c]) => c !== 0).map(([a, c]) => (c === 1 ? this.axisVar(a) : `${this.number(c)} * ${this.axisVar(a)}`));
    if (constant !== 0 || terms.length === 0) terms.unshift(this.number(constant));
    return `${this.tensorVar(e.tensor)}[${terms.join(' + ')}]`;
  }

  /** The complete function text and its parameters, in order. */
  finish(result: string): { source: string; params: KernelParam[]; loopMaxIterations: number } {
    const names = this.params.map((p) => (p.kind === 'tensor' ? `t${this.tensorSlots.get(p.tensor) as number}` : SPECIAL_NAMES[p.kind]));
    const source = [`function (${names.join(', ')}) {`, ...this.lines, `  return ${result};`, '}'].join('\n');
    return { source, params: [...this.params], loopMaxIterations: Math.max(...this.loopBounds) };
  }
}
