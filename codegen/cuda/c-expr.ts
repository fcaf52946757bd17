import { assertNever } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { AccessExpr, Reducer, ReduceExpr, ScalarExpr, TensorExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';
import { KernelTextBuilder } from '../lower/text-builder.js';
import { floatLiteral, scaled, sumText } from './c-text.js';


/**
 * Scalar code of an op as CUDA C++. Every value is a `float` (bool is 0/1, i32 is converted, so
 * integers are exact up to 2^24), or a `double` for an op whose i32 values may pass 2^24
 * (ir/expr/int-range.ts): then every read, literal and index value is converted to double and
 * the op computes as the reference does (exact integers to 2^53, ToInt32 at the store).
 * Reductions accumulate in the op's type in the IR's order (their axes ascending). Axis loop
 * variables are numbered `a0, a1...` in the op's canonical axis order (spatial, then reduction
 * axes) and tensors `t0, t1...` in order of first use.
 */

/** The C type an op computes in. */
export type RealType = 'float' | 'double';

/** How a reduction node is evaluated where it appears. */
export type ReductionSource =
  /** Read from a buffer over its free axes (row-major in canonical order), of the op's type unless `type` says. */
  | { readonly kind: 'buffer'; readonly name: string; readonly free: readonly string[]; readonly type?: RealType }
  /** Computed in place with its own loops. */
  | { readonly kind: 'inline' };

export const REDUCER_C: Readonly<Record<Reducer, { readonly init: string; readonly combine: (acc: string, v: string) => string }>> = {
  sum: { init: '0.0f', combine: (acc, v) => `${acc} + ${v}` },
  prod: { init: '1.0f', combine: (acc, v) => `${acc} * ${v}` },
  max: { init: floatLiteral(-Infinity), combine: (acc, v) => `pit_max(${acc}, ${v})` },
  min: { init: floatLiteral(Infinity), combine: (acc, v) => `pit_min(${acc}, ${v})` },
};

/** A literal of the exact f32 value `value` in the op's type (a float literal widened for double). */
export function realLiteral(value: number, real: RealType): string {
  return real === 'float' ? floatLiteral(value) : `static_cast<double>(${floatLiteral(value)})`;
}

const REDUCER_IDENTITY_C: Readonly<Record<Reducer, number>> = { sum: 0, prod: 1, max: -Infinity, min: Infinity };

export function ctypeOf(dtype: DType): string {
  switch (dtype) {
    case 'f32':
      return 'float';
    case 'i32':
      return 'int';
    case 'bool':
      return 'unsigned char';
  }
}

/** A float value converted for storing into a tensor of `dtype` (the reference's rounding). */
export function storeC(dtype: DType, value: string): string {
  switch (dtype) {
    case 'f32':
      return value;
    case 'i32':
      return `pit_to_i32(${value})`;
    case 'bool':
      return `pit_to_bool(${value})`;
  }
}

function unaryC(op: UnaryOp, x: string, real: RealType): string {
  const f = real === 'float' ? 'f' : '';
  switch (op) {
    case 'neg':
      return `(-${x})`;
    case 'relu':
      return `pit_relu(${x})`;
    case 'exp':
      return `exp${f}(${x})`;
    case 'log':
      return `log${f}(${x})`;
    case 'sqrt':
      return `sqrt${f}(${x})`;
    case 'tanh':
      return `tanh${f}(${x})`;
    case 'sigmoid':
      return `pit_sigmoid(${x})`;
    case 'gelu':
      return `pit_gelu(${x})`;
    case 'abs':
      return `fabs${f}(${x})`;
    case 'erf':
      // CUDA's libm erf/erff (within 2 ulp): not the reference's operations, within f32 tolerance
      return `erf${f}(${x})`;
    default:
      return assertNever(op, 'cuda');
  }
}

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
export class CBuilder extends KernelTextBuilder {
  readonly reads: string[] = [];

  readonly real: RealType;

  constructor(private readonly ctx: CBuilderContext) {
    super(ctx.expr, ctx.extents, 'cuda');
    this.real = ctx.real ?? 'float';
  }

  /** A literal in the op's type. */
  literal(value: number): string {
    return realLiteral(value, this.real);
  }

  /** The identity and combine step of a reducer in the op's type. */
  reducer(r: Reducer): { readonly init: string; readonly combine: (acc: string, v: string) => string } {
    const base = REDUCER_C[r];
    return { init: this.literal(REDUCER_IDENTITY_C[r]), combine: base.combine };
  }

  tensorVar(tensor: string): string {
    if (!this.reads.includes(tensor)) this.reads.push(tensor);
    return `t${this.reads.indexOf(tensor)}`;
  }

  /** Row-major flat offset over the given axes. */
  offsetOver(axes: readonly string[]): string {
    const strides = stridesOf(axes.map((a) => this.extent(a)));
    return sumText(axes.map((a, i) => scaled(strides[i] as number, this.axisVar(a))));
  }

  /** Element offset of an access: strides folded into one affine expression. */
  offsetOf(e: AccessExpr): string {
    const strides = stridesOf(this.ctx.shapeOf(e.tensor));
    const coef = new Map<string, number>();
    let constant = 0;
    e.indices.forEach((ix, d) => {
      const s = strides[d] ?? 0;
      constant += s * ix.constant;
      for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
    });
    const terms = [...coef].filter(([, c]) => c !== 0).map(([a, c]) => scaled(c, this.axisVar(a)));
    if (constant !== 0) terms.push(String(constant));
    return sumText(terms);
  }

  accessC(e: AccessExpr): string {
    const load = `${this.tensorVar(e.tensor)}[${this.offsetOf(e)}]`;
    return this.ctx.dtypeOf(e.tensor) === 'f32' && this.real === 'float' ? load : `static_cast<${this.real}>(${load})`;
  }

  /** C for a value; inline reductions emit their loops at `depth` first. */
  valueC(e: ScalarExpr, depth: number): string {
    switch (e.kind) {
      case 'const':
        return this.literal(e.value);
      case 'access':
        return this.accessC(e);
      case 'axis':
        return `static_cast<${this.real}>(${this.axisVar(e.axis)})`;
      case 'unary':
        return unaryC(e.op, this.valueC(e.arg, depth), this.real);
      case 'binary': {
        const a = this.valueC(e.lhs, depth);
        const b = this.valueC(e.rhs, depth);
        switch (e.op) {
          case '+':
          case '-':
          case '*':
          case '/':
            return `(${a} ${e.op} ${b})`;
          case 'max':
            return `pit_max(${a}, ${b})`;
          case 'min':
            return `pit_min(${a}, ${b})`;
          default:
            return `((${a} ${e.op} ${b}) ? ${this.literal(1)} : ${this.literal(0)})`;
        }
      }
      case 'where': {
        const c = this.valueC(e.cond, depth);
        const t = this.valueC(e.then, depth);
        const f = this.valueC(e.else, depth);
        return `((${c} != ${this.literal(0)}) ? ${t} : ${f})`;
      }
      case 'reduce': {
        const source = this.ctx.reductionSource(e);
        if (source.kind === 'buffer') {
          const read = `${source.name}[${this.offsetOver(source.free)}]`;
          // a float buffer (a GEMM's result) read by a double op
          return source.type !== undefined && source.type !== this.real ? `static_cast<${this.real}>(${read})` : read;
        }
        return this.inlineReduction(e, depth);
      }
    }
  }

  /** `for (int aN = lo; aN < hi; ++aN) {` */
  openLoop(axis: string, depth: number, lo = '0', hi = String(this.extent(axis))): void {
    const v = this.axisVar(axis);
    this.emit(`for (int ${v} = ${lo}; ${v} < ${hi}; ++${v}) {`, depth);
  }

  closeLoops(count: number, depth: number): void {
    for (let i = count - 1; i >= 0; i--) this.emit('}', depth + i);
  }

  private inlineReduction(r: ReduceExpr, depth: number): string {
    const acc = this.fresh('r');
    const reducer = this.reducer(r.reducer);
    this.emit(`${this.real} ${acc} = ${reducer.init};`, depth);
    r.axes.forEach((axis, i) => this.openLoop(axis, depth + i));
    const inner = depth + r.axes.length;
    const value = this.valueC(r.body, inner);
    this.emit(`${acc} = ${reducer.combine(acc, value)};`, inner);
    this.closeLoops(r.axes.length, depth);
    return acc;
  }

  /** Kernel parameters for the tensors read, in `t0, t1...` order. */
  readParams(): string[] {
    return this.reads.map((t, i) => `const ${ctypeOf(this.ctx.dtypeOf(t))}* __restrict__ t${i}`);
  }
}
