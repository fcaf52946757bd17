import type { DType } from '../../ir/dtype.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { IndexArray } from '../emit/pit-cell.js';
import { CTextBuilder } from '../emit/text-builder.js';
import { storageType, WGSL } from '../emit/wgsl.js';
import { WGSL_PRELUDE } from '../emit/wgsl-prelude.js';

/** One storage binding of a shader, in binding order (binding 0 is always the output). */
export type ShaderBinding =
  | { readonly kind: 'output' }
  | { readonly kind: 'tensor'; readonly tensor: string }
  | { readonly kind: IndexArray };

const INDEX_NAMES: Record<IndexArray, string> = { stripPtr: 'ptr', coords: 'crd', inverse: 'inv' };

/**
 * Builds the text of one WGSL compute shader (codegen/emit spelled by the WGSL hook table): axes
 * `a0, a1...` (i32), tensors `t0, t1...` in first-use order, temporaries a letter and a counter,
 * index arrays `ptr`, `crd`, `inv`, helpers `p_*`. A name from the program never reaches the
 * text. Values are f32; addresses and loop counters i32. Here: the bindings.
 */
export class WgslBuilder extends CTextBuilder {
  private readonly bindings: ShaderBinding[] = [{ kind: 'output' }];

  constructor(
    expr: TensorExpr,
    extents: ReadonlyMap<string, number>,
    shapeOf: (tensor: string) => readonly number[],
    dtypeOf: (tensor: string) => DType,
  ) {
    super(expr, extents, WGSL, { shapeOf, dtypeOf });
  }

  protected override firstRead(tensor: string): void {
    this.bindings.push({ kind: 'tensor', tensor });
  }

  /** The variable of an index array (a binding, registered on first use). */
  indexArray(kind: IndexArray): string {
    if (!this.bindings.some((b) => b.kind === kind)) this.bindings.push({ kind });
    return INDEX_NAMES[kind];
  }

  /** The stored value of an f32 expression in the output's storage type (the reference's store). */
  store(dtype: DType, value: string): string {
    return WGSL.store(dtype, value);
  }

  /** Binding declarations (in order) and the bindings as data. */
  declarations(outputDtype: DType): { text: string[]; bindings: ShaderBinding[] } {
    const text = this.bindings.map((b, i) => {
      const at = `@group(0) @binding(${i})`;
      switch (b.kind) {
        case 'output':
          return `${at} var<storage, read_write> out: array<${storageType(outputDtype)}>;`;
        case 'tensor':
          return `${at} var<storage, read> ${this.tensorVar(b.tensor)}: array<${storageType(this.dtypeOf(b.tensor))}>;`;
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
