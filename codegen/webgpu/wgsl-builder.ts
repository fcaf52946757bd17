import type { DType } from '../../ir/dtype.js';
import type { AccessExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';
import { KernelTextBuilder } from '../lower/text-builder.js';
import { WGSL_PRELUDE, wgslFloat } from './wgsl-prelude.js';

/** The index arrays a PIT shader may read (i32 storage buffers). */
export type IndexArray = 'stripPtr' | 'coords' | 'inverse';

/** One storage binding of a shader, in binding order (binding 0 is always the output). */
export type ShaderBinding =
  | { readonly kind: 'output' }
  | { readonly kind: 'tensor'; readonly tensor: string }
  | { readonly kind: IndexArray };

const INDEX_NAMES: Record<IndexArray, string> = { stripPtr: 'ptr', coords: 'crd', inverse: 'inv' };

/** How a tensor of each dtype is held in a storage buffer: bool as one u32 per value. */
export function storageType(dtype: DType): 'f32' | 'i32' | 'u32' {
  return dtype === 'bool' ? 'u32' : dtype;
}

/**
 * Builds the text of one WGSL compute shader. Every name in the text is generated: axes
 * `a0, a1...` (i32, the op's canonical axis order), tensors `t0, t1...` in first-use order,
 * temporaries a letter and a counter, index arrays `ptr`, `crd`, `inv`, helpers `p_*`. A name
 * from the program never reaches the text. Values are f32; addresses and loop counters i32.
 */
export class WgslBuilder extends KernelTextBuilder {
  private readonly bindings: ShaderBinding[] = [{ kind: 'output' }];
  private readonly tensorSlots = new Map<string, number>();

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    private readonly shapeOf: (tensor: string) => readonly number[],
    private readonly dtypeOf: (tensor: string) => DType,
  ) {
    super(expr, extents, 'webgpu');
  }

  /** The variable holding a tensor's values (a binding, registered on first use). */
  tensorVar(tensor: string): string {
    let slot = this.tensorSlots.get(tensor);
    if (slot === undefined) {
      slot = this.tensorSlots.size;
      this.tensorSlots.set(tensor, slot);
      this.bindings.push({ kind: 'tensor', tensor });
    }
    return `t${slot}`;
  }

  /** The variable of an index array (a binding, registered on first use). */
  index(kind: IndexArray): string {
    if (!this.bindings.some((b) => b.kind === kind)) this.bindings.push({ kind });
    return INDEX_NAMES[kind];
  }

  /** A number as an f32 expression; ±inf and NaN through the prelude's run-time bits. */
  number(value: number): string {
    if (Number.isNaN(value)) return 'p_nan()';
    if (!Number.isFinite(Math.fround(value))) return value > 0 ? 'p_inf()' : '(-p_inf())';
    return wgslFloat(value);
  }

  /** The element offset of an access (i32), strides and affine indices folded. */
  offset(e: AccessExpr): string {
    const strides = stridesOf(this.shapeOf(e.tensor));
    const coef = new Map<string, number>();
    let constant = 0;
    e.indices.forEach((ix, d) => {
      const s = strides[d] ?? 0;
      constant += s * ix.constant;
      for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
    });
    const terms = [...coef]
      .filter(([, c]) => c !== 0)
      .map(([a, c]) =>
        c === 1 ? this.axisVar(a) : `${c < 0 ? `(${c})` : c} * ${this.axisVar(a)}`,
      );
    if (constant !== 0 || terms.length === 0)
      terms.unshift(constant < 0 ? `(${constant})` : String(constant));
    return terms.join(' + ');
  }

  /** Reads one element as f32. */
  access(e: AccessExpr): string {
    const read = `${this.tensorVar(e.tensor)}[${this.offset(e)}]`;
    return this.dtypeOf(e.tensor) === 'f32' ? read : `f32(${read})`;
  }

  /** `for (var aN: i32 = lo; aN < hi; aN++) {` (one brace). */
  openLoop(
    axis: string,
    depth: number,
    range?: { readonly lo: string; readonly hi: string },
  ): void {
    const v = this.axisVar(axis);
    this.emit(
      `for (var ${v}: i32 = ${range?.lo ?? '0'}; ${v} < ${range?.hi ?? String(this.extent(axis))}; ${v}++) {`,
      depth,
    );
  }

  /** `for (var iN = 0; iN < count; iN++) { let v = lo + iN;` (one brace). */
  openCounted(variable: string, lo: string, count: string, depth: number): void {
    const i = this.fresh('i');
    this.emit(`for (var ${i}: i32 = 0; ${i} < ${count}; ${i}++) {`, depth);
    this.emit(`let ${variable} = ${lo} + ${i};`, depth + 1);
  }

  closeLoops(count: number, depth: number): void {
    for (let i = count - 1; i >= 0; i--) this.emit('}', depth + i);
  }

  /** The stored value of an f32 expression in the output's storage type (the reference's store). */
  store(dtype: DType, value: string): string {
    switch (dtype) {
      case 'f32':
        return value;
      case 'bool':
        return `select(0u, 1u, p_truthy(${value}))`;
      case 'i32':
        // a typed-array store truncates; NaN and ±inf give 0 (values past 2^24 are refused earlier)
        return `select(0, i32(trunc(${value})), !p_isnan(${value}) && abs(${value}) < 2147483648.0)`;
    }
  }

  /** Binding declarations (in order) and the bindings as data. */
  declarations(outputDtype: DType): { text: string[]; bindings: ShaderBinding[] } {
    const text = this.bindings.map((b, i) => {
      const at = `@group(0) @binding(${i})`;
      switch (b.kind) {
        case 'output':
          return `${at} var<storage, read_write> out: array<${storageType(outputDtype)}>;`;
        case 'tensor':
          return `${at} var<storage, read> t${this.tensorSlots.get(b.tensor) as number}: array<${storageType(this.dtypeOf(b.tensor))}>;`;
        default:
          return `${at} var<storage, read> ${INDEX_NAMES[b.kind]}: array<i32>;`;
      }
    });
    return { text, bindings: [...this.bindings] };
  }

  /** The whole shader: prelude, bindings, then `extra` module-scope lines, then the entry point. */
  finish(
    outputDtype: DType,
    entry: readonly string[],
    extra: readonly string[] = [],
  ): { code: string; bindings: ShaderBinding[] } {
    const { text, bindings } = this.declarations(outputDtype);
    return { code: [WGSL_PRELUDE, ...text, ...extra, ...entry, ''].join('\n'), bindings };
  }
}
