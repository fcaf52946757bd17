import type { DType } from '../../ir/dtype.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import { cLanguage, ctypeOf, type RealType } from '../emit/c.js';
import { CTextBuilder } from '../emit/text-builder.js';

/**
 * Scalar code of an op as CUDA C++ (codegen/emit spelled by the C hook table in the op's type,
 * float or double): the builder the generic kernels render one cell of the per-cell loop IR
 * through (generic-kernels.ts, codegen/emit/cell.ts). Reductions accumulate in the op's type in
 * the IR's order (their axes ascending).
 */

export interface CBuilderContext {
  readonly expr: TensorExpr;
  readonly extents: ReadonlyMap<string, number>;
  readonly shapeOf: (tensor: string) => readonly number[];
  readonly dtypeOf: (tensor: string) => DType;
  /** The type the op computes in (default float). */
  readonly real?: RealType;
}

/** Builds statements (`lines`) and expressions for one kernel body. */
export class CBuilder extends CTextBuilder {
  readonly real: RealType;

  constructor(ctx: CBuilderContext) {
    const real = ctx.real ?? 'float';
    super(ctx.expr, ctx.extents, cLanguage(real), ctx);
    this.real = real;
  }

  /** Kernel parameters for the tensors read, in `t0, t1...` order. */
  readParams(): string[] {
    return this.reads.map((t, i) => `const ${ctypeOf(this.dtypeOf(t))}* __restrict__ t${i}`);
  }
}
