import type { DType } from '../../ir/dtype.js';
import type { ReduceExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { cLanguage, ctypeOf, type RealType } from '../emit/c.js';
import { ScalarRenderer } from '../emit/scalar.js';
import { CTextBuilder } from '../emit/text-builder.js';

/**
 * Scalar code of an op as CUDA C++ (codegen/emit spelled by the C hook table in the op's type,
 * float or double). Reductions accumulate in the op's type in the IR's order (their axes
 * ascending), in place or read from a buffer another kernel computed.
 */

/** How a reduction node is evaluated where it appears. */
export type ReductionSource =
  /** Read from a buffer over its free axes (row-major in canonical order), of the op's type unless `type` says. */
  | {
      readonly kind: 'buffer';
      readonly name: string;
      readonly free: readonly string[];
      readonly type?: RealType;
    }
  /** Computed in place with its own loops. */
  | { readonly kind: 'inline' };

export interface CBuilderContext {
  readonly expr: TensorExpr;
  readonly extents: ReadonlyMap<string, number>;
  readonly shapeOf: (tensor: string) => readonly number[];
  readonly dtypeOf: (tensor: string) => DType;
  readonly reductionSource: (r: ReduceExpr) => ReductionSource;
  /** The type the op computes in (default float). */
  readonly real?: RealType;
}

/** Builds statements (`lines`) and expressions for one kernel body. */
export class CBuilder extends CTextBuilder {
  readonly real: RealType;
  readonly scalar: ScalarRenderer;

  constructor(ctx: CBuilderContext) {
    const real = ctx.real ?? 'float';
    super(ctx.expr, ctx.extents, cLanguage(real), ctx);
    this.real = real;
    this.scalar = new ScalarRenderer(this, {
      bindEach: false,
      reduction: (r) => {
        const source = ctx.reductionSource(r);
        if (source.kind === 'inline') return null;
        const read = `${source.name}[${this.offsetOver(source.free)}]`;
        // a float buffer (a GEMM's result) read by a double op
        return source.type !== undefined && source.type !== real
          ? `static_cast<${real}>(${read})`
          : read;
      },
    });
  }

  /** Kernel parameters for the tensors read, in `t0, t1...` order. */
  readParams(): string[] {
    return this.reads.map((t, i) => `const ${ctypeOf(this.dtypeOf(t))}* __restrict__ t${i}`);
  }
}
