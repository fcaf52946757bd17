import { assertNever } from '../../ir/core/errors.js';
import { ERF_INV_SQRT_PI, ERF_MID_LIMIT, ERF_SMALL, ERF_SMALL_LIMIT, ERFC_LARGE, ERFC_MID } from '../../ir/expr/erf.js';
import type { BinaryExpr, ReduceExpr, Reducer, ScalarExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';
import type { SourceBuilder } from './source-builder.js';

/**
 * Scalar semantics as gpu.js kernel text, the same as the reference's (codegen/ref/js-expr.ts):
 * booleans are 0/1 numbers, comparisons give 1 or 0, `where` tests its condition against 0,
 * relu/max/min pass NaN through in JavaScript backends. gpu.js accepts no helper functions in
 * a kernel string, so every node becomes one `const vN = ...;` statement over atoms (numbered
 * locals, axis variables, numbers): sub-expressions are computed once and relu, sigmoid and
 * gelu are written out.
 */

/** How a reduction is computed where it appears: a hook may emit it (a PIT form), or null. */
export type ReductionHook = (r: ReduceExpr, depth: number) => string | null;

export class ScalarEmitter {
  constructor(
    readonly b: SourceBuilder,
    private readonly hook: ReductionHook = () => null,
  ) {}

  /** Emits the statements computing `e` at `depth` and returns the atom holding its value. */
  value(e: ScalarExpr, depth: number): string {
    switch (e.kind) {
      case 'const':
        return this.b.number(e.value);
      case 'axis':
        return this.b.axisVar(e.axis);
      case 'access':
        return this.bind(this.b.access(e), depth);
      case 'unary':
        return this.unary(e.op, this.value(e.arg, depth), depth);
      case 'binary':
        return this.bind(this.binary(e, this.value(e.lhs, depth), this.value(e.rhs, depth)), depth);
      case 'where': {
        const c = this.value(e.cond, depth);
        const t = this.value(e.then, depth);
        const f = this.value(e.else, depth);
        return this.bind(`(${c} !== 0 ? ${t} : ${f})`, depth);
      }
      case 'reduce':
        return this.hook(e, depth) ?? this.reduction(e, depth);
      default:
        return assertNever(e, 'gpujs');
    }
  }

  /** A reduction computed in place: its axes in increasing order, innermost last. */
  reduction(r: ReduceExpr, depth: number): string {
    const acc = this.b.fresh('r');
    this.b.emit(`let ${acc} = ${this.identity(r.reducer)};`, depth);
    r.axes.forEach((axis, i) => this.b.openLoop(axis, depth + i));
    const inner = depth + r.axes.length;
    this.accumulate(r.reducer, acc, this.value(r.body, inner), inner);
    this.b.closeLoops(r.axes.length, depth);
    return acc;
  }

  identity(reducer: Reducer): string {
    switch (reducer) {
      case 'sum':
        return '0';
      case 'prod':
        return '1';
      case 'max':
        return this.b.number(-Infinity);
      case 'min':
        return this.b.number(Infinity);
    }
  }

  /** `acc = acc (+) v;` for a reducer. */
  accumulate(reducer: Reducer, acc: string, v: string, depth: number): void {
    const combined =
      reducer === 'sum' ? `${acc} + ${v}` : reducer === 'prod' ? `${acc} * ${v}` : reducer === 'max' ? `Math.max(${acc}, ${v})` : `Math.min(${acc}, ${v})`;
    this.b.emit(`${acc} = ${combined};`, depth);
  }

  private bind(text: string, depth: number): string {
    const v = this.b.fresh('v');
    this.b.emit(`const ${v} = ${text};`, depth);
    return v;
  }

  private unary(op: UnaryOp, x: string, depth: number): string {
    switch (op) {
      case 'neg':
        return this.bind(`(-${x})`, depth);
      case 'relu':
        return this.bind(`(${x} < 0 ? 0 : ${x})`, depth);
      case 'exp':
      case 'log':
      case 'sqrt':
      case 'tanh':
      case 'abs':
        return this.bind(`Math.${op}(${x})`, depth);
      case 'sigmoid':
        return this.bind(`1 / (1 + Math.exp(-${x}))`, depth);
      case 'gelu': {
        // the tanh approximation, as the reference (codegen/ref/js-expr.ts)
        const inner = this.bind(`0.7978845608028654 * (${x} + 0.044715 * ${x} * ${x} * ${x})`, depth);
        return this.bind(`0.5 * ${x} * (1 + Math.tanh(${inner}))`, depth);
      }
      case 'erf':
        return this.erf(x, depth);
      default:
        return assertNever(op, 'gpujs');
    }
  }

  /**
   * erf as ir/expr/erf.ts computes it, the same operations in the same order: every range is
   * computed and the right one selected (a kernel string has no helper functions or branches).
   */
  private erf(x: string, depth: number): string {
    const horner = (coefficients: readonly number[], s: string): string => {
      let text = this.b.number(coefficients[0] ?? 0);
      for (const c of coefficients.slice(1)) text = `(${text} * ${s} + ${this.b.number(c)})`;
      return text;
    };
    const y = this.bind(`Math.abs(${x})`, depth);
    const s = this.bind(`${y} * ${y}`, depth);
    const small = this.bind(`${x} * (${horner(ERF_SMALL.p, s)} / ${horner(ERF_SMALL.q, s)})`, depth);
    const e = this.bind(`Math.exp(-${s})`, depth);
    const z = this.bind(`1 / ${s}`, depth);
    const mid = this.bind(`(${e} * ${horner(ERFC_MID.p, y)}) / ${horner(ERFC_MID.q, y)}`, depth);
    const tail = this.bind(`${this.b.number(ERF_INV_SQRT_PI)} - (${z} * ${horner(ERFC_LARGE.p, z)}) / ${horner(ERFC_LARGE.q, z)}`, depth);
    const large = this.bind(`(${e} * ${tail}) / ${y}`, depth);
    const r = this.bind(`0.5 - (${y} <= ${this.b.number(ERF_MID_LIMIT)} ? ${mid} : ${large}) + 0.5`, depth);
    return this.bind(`(${y} <= ${this.b.number(ERF_SMALL_LIMIT)} ? ${small} : (${x} < 0 ? -${r} : ${r}))`, depth);
  }

  private binary(e: BinaryExpr, a: string, b: string): string {
    switch (e.op) {
      case '+':
      case '-':
      case '*':
      case '/':
        return `${a} ${e.op} ${b}`;
      case 'max':
        return `Math.max(${a}, ${b})`;
      case 'min':
        return `Math.min(${a}, ${b})`;
      case '==':
        return `(${a} === ${b} ? 1 : 0)`;
      case '!=':
        return `(${a} !== ${b} ? 1 : 0)`;
      case '<':
      case '<=':
      case '>':
      case '>=':
        return `(${a} ${e.op} ${b} ? 1 : 0)`;
      default:
        return assertNever(e.op, 'gpujs');
    }
  }
}
