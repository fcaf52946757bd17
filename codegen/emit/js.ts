import { assertNever } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import {
  ERF_INV_SQRT_PI,
  ERF_MID_LIMIT,
  ERF_SMALL,
  ERF_SMALL_LIMIT,
  ERFC_LARGE,
  ERFC_MID,
} from '../../ir/expr/erf.js';
import type { BinaryOp, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { horner, type Bind, type Language } from './language.js';

/**
 * JavaScript spellings: values are float64 numbers, booleans 0/1 numbers, NaN propagates
 * through max/min/relu (Math.max and Math.min do so). Two tables: `JS` calls the helper
 * functions of `JS_PRELUDE` (the reference's generated functions), `JS_KERNEL` writes every
 * helper out (gpu.js accepts no helper functions in a kernel string).
 */

/** A number as JavaScript text; negative values parenthesised. */
export function jsNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '(-Infinity)';
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}

/** The tanh approximation of GELU (as in GPT-2 / BERT implementations); see docs/language.md. */
const GELU_SCALE = '0.7978845608028654';
const GELU_CUBIC = '0.044715';

/** Helper functions `JS` calls; defined once per generated function. */
export const JS_PRELUDE = [
  'const relu = (x) => (x < 0 ? 0 : x);',
  'const sigmoid = (x) => 1 / (1 + Math.exp(-x));',
  `const gelu = (x) => 0.5 * x * (1 + Math.tanh(${GELU_SCALE} * (x + ${GELU_CUBIC} * x * x * x)));`,
  erfFunctionText(),
].join('\n');

/** ir/expr/erf.ts's erf as a JavaScript function: the same operations in the same order. */
function erfFunctionText(): string {
  const h = (c: readonly number[], s: string): string => horner(c, s, jsNumber);
  const small = `x * (${h(ERF_SMALL.p, 's')} / ${h(ERF_SMALL.q, 's')})`;
  const mid = `(e * ${h(ERFC_MID.p, 'y')}) / ${h(ERFC_MID.q, 'y')}`;
  const large = `(e * (${jsNumber(ERF_INV_SQRT_PI)} - (z * ${h(ERFC_LARGE.p, 'z')}) / ${h(ERFC_LARGE.q, 'z')})) / y`;
  return [
    'const erf = (x) => {',
    '  const y = Math.abs(x);',
    '  const s = y * y;',
    `  if (y <= ${jsNumber(ERF_SMALL_LIMIT)}) return ${small};`,
    '  const e = Math.exp(-s);',
    '  const z = 1 / s;',
    `  const c = y <= ${jsNumber(ERF_MID_LIMIT)} ? ${mid} : ${large};`,
    '  const r = 0.5 - c + 0.5;',
    '  return x < 0 ? -r : r;',
    '};',
  ].join('\n');
}

/**
 * erf as ir/expr/erf.ts computes it, without helpers or branches: every range is computed and
 * the right one selected. `x` must be an atom (it is used many times).
 */
function erfInline(x: string, bind: Bind): string {
  const h = (c: readonly number[], s: string): string => horner(c, s, jsNumber);
  const y = bind(`Math.abs(${x})`);
  const s = bind(`(${y} * ${y})`);
  const small = bind(`(${x} * (${h(ERF_SMALL.p, s)} / ${h(ERF_SMALL.q, s)}))`);
  const e = bind(`Math.exp(-${s})`);
  const z = bind(`(1 / ${s})`);
  const mid = bind(`((${e} * ${h(ERFC_MID.p, y)}) / ${h(ERFC_MID.q, y)})`);
  const tail = bind(
    `(${jsNumber(ERF_INV_SQRT_PI)} - (${z} * ${h(ERFC_LARGE.p, z)}) / ${h(ERFC_LARGE.q, z)})`,
  );
  const large = bind(`((${e} * ${tail}) / ${y})`);
  const r = bind(`(0.5 - (${y} <= ${jsNumber(ERF_MID_LIMIT)} ? ${mid} : ${large}) + 0.5)`);
  return `(${y} <= ${jsNumber(ERF_SMALL_LIMIT)} ? ${small} : (${x} < 0 ? -${r} : ${r}))`;
}

function jsBinary(op: BinaryOp, a: string, b: string): string {
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return `(${a} ${op} ${b})`;
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
      return `(${a} ${op} ${b} ? 1 : 0)`;
    default:
      return assertNever(op, 'emit');
  }
}

/** The unary operators both tables spell alike (Math functions and negation), or undefined. */
function jsMathUnary(op: UnaryOp, x: string): string | undefined {
  switch (op) {
    case 'neg':
      return `(-${x})`;
    case 'exp':
    case 'log':
    case 'sqrt':
    case 'tanh':
    case 'abs':
      return `Math.${op}(${x})`;
    default:
      return undefined;
  }
}

/** The stored value: typed-array stores round f32 and wrap i32 (ToInt32); bool is any non-zero. */
function jsStore(dtype: DType, value: string): string {
  return dtype === 'bool' ? `(${value} !== 0 ? 1 : 0)` : value;
}

const JS_COMMON = {
  literal: jsNumber,
  int: (n: number): string => (n < 0 ? `(${n})` : String(n)),
  axisValue: (v: string): string => v,
  load: (read: string): string => read,
  binary: jsBinary,
  where: (c: string, t: string, f: string): string => `(${c} !== 0 ? ${t} : ${f})`,
  store: jsStore,
  constant: (name: string, value: string): string => `const ${name} = ${value};`,
  variable: (name: string, init: string): string => `let ${name} = ${init};`,
  loop: (v: string, lo: string, hi: string): string =>
    `for (let ${v} = ${lo}; ${v} < ${hi}; ${v}++) {`,
  intConstant: (name: string, value: string): string => `const ${name} = ${value};`,
  intVariable: (name: string, init: string): string => `let ${name} = ${init};`,
  intMax: (a: string, b: string): string => `Math.max(${a}, ${b})`,
  intMin: (a: string, b: string): string => `Math.min(${a}, ${b})`,
  // integers are float numbers (f32 on a GPU): +0.5 keeps the division off the edge of floor
  intDiv: (a: string, n: number): string => `Math.floor((${a} + 0.5) / ${n})`,
} as const;

/** JavaScript calling the helpers of `JS_PRELUDE` (the reference). */
export const JS: Language = {
  ...JS_COMMON,
  stage: 'ref',
  unary: (op, x) => jsMathUnary(op, x) ?? `${op}(${x})`,
};

/** JavaScript with every helper written out (gpu.js kernels). */
export const JS_KERNEL: Language = {
  ...JS_COMMON,
  stage: 'gpujs',
  unary(op, x, bind) {
    const math = jsMathUnary(op, x);
    if (math !== undefined) return math;
    switch (op) {
      case 'relu':
        return `(${x} < 0 ? 0 : ${x})`;
      case 'sigmoid':
        return `(1 / (1 + Math.exp(-${x})))`;
      case 'gelu': {
        const inner = bind(`(${GELU_SCALE} * (${x} + ${GELU_CUBIC} * ${x} * ${x} * ${x}))`);
        return `(0.5 * ${x} * (1 + Math.tanh(${inner})))`;
      }
      case 'erf':
        return erfInline(x, bind);
      default:
        return assertNever(op as never, 'gpujs');
    }
  },
};
