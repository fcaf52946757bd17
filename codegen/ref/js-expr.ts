import { assertNever, InternalError } from '../../ir/core/errors.js';
import { ERF_INV_SQRT_PI, ERF_MID_LIMIT, ERF_SMALL, ERF_SMALL_LIMIT, ERFC_LARGE, ERFC_MID } from '../../ir/expr/erf.js';
import type { ScalarExpr, UnaryOp } from '../../ir/expr/tensor-expr.js';

/**
 * Scalar semantics shared by the reference evaluators, as JavaScript expression text over
 * float64 numbers. Booleans are 0/1 numbers; NaN propagates through max/min/relu.
 */
export function jsNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '(-Infinity)';
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}

export function jsUnary(op: UnaryOp, x: string): string {
  switch (op) {
    case 'neg':
      return `(-${x})`;
    case 'relu':
      return `relu(${x})`;
    case 'exp':
      return `Math.exp(${x})`;
    case 'log':
      return `Math.log(${x})`;
    case 'sqrt':
      return `Math.sqrt(${x})`;
    case 'tanh':
      return `Math.tanh(${x})`;
    case 'sigmoid':
      return `sigmoid(${x})`;
    case 'gelu':
      return `gelu(${x})`;
    case 'abs':
      return `Math.abs(${x})`;
    case 'erf':
      return `erf(${x})`;
    default:
      return assertNever(op, 'ref');
  }
}

/** Helper functions the generated code may call; defined once per generated function. */
export const JS_PRELUDE = [
  'const relu = (x) => (x < 0 ? 0 : x);',
  'const sigmoid = (x) => 1 / (1 + Math.exp(-x));',
  // tanh approximation of GELU (as in GPT-2 / BERT implementations); see docs/language.md
  'const gelu = (x) => 0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));',
  erfFunctionText(),
].join('\n');

/** `((c0 * s + c1) * s + c2) ...` for coefficients from the highest power down (Horner's scheme). */
export function hornerText(coefficients: readonly number[], s: string): string {
  let text = jsNumber(coefficients[0] ?? 0);
  for (const c of coefficients.slice(1)) text = `(${text} * ${s} + ${jsNumber(c)})`;
  return text;
}

/** ir/expr/erf.ts's erf as JavaScript text: the same operations in the same order. */
function erfFunctionText(): string {
  const small = `x * (${hornerText(ERF_SMALL.p, 's')} / ${hornerText(ERF_SMALL.q, 's')})`;
  const mid = `(e * ${hornerText(ERFC_MID.p, 'y')}) / ${hornerText(ERFC_MID.q, 'y')}`;
  const large = `(e * (${jsNumber(ERF_INV_SQRT_PI)} - (z * ${hornerText(ERFC_LARGE.p, 'z')}) / ${hornerText(ERFC_LARGE.q, 'z')})) / y`;
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

/** Emits the JS text of a scalar node whose children are already emitted. */
export function jsNode(e: ScalarExpr, child: (c: ScalarExpr) => string): string {
  switch (e.kind) {
    case 'const':
      return jsNumber(e.value);
    case 'unary':
      return jsUnary(e.op, child(e.arg));
    case 'binary': {
      const a = child(e.lhs);
      const b = child(e.rhs);
      switch (e.op) {
        case '+':
        case '-':
        case '*':
        case '/':
          return `(${a} ${e.op} ${b})`;
        case 'max':
          return `Math.max(${a}, ${b})`;
        case 'min':
          return `Math.min(${a}, ${b})`;
        case '==':
          return `(${a} === ${b} ? 1 : 0)`;
        case '!=':
          return `(${a} !== ${b} ? 1 : 0)`;
        default:
          return `(${a} ${e.op} ${b} ? 1 : 0)`;
      }
    }
    case 'where':
      return `(${child(e.cond)} !== 0 ? ${child(e.then)} : ${child(e.else)})`;
    case 'access':
    case 'axis':
    case 'reduce':
      throw new InternalError('ref', `jsNode: '${e.kind}' is emitted by the caller`);
  }
}

/** Identity and combine step of each reducer, in float64. */
export const REDUCER_JS = {
  sum: { init: '0', combine: (acc: string, v: string) => `${acc} + ${v}` },
  prod: { init: '1', combine: (acc: string, v: string) => `${acc} * ${v}` },
  max: { init: '-Infinity', combine: (acc: string, v: string) => `Math.max(${acc}, ${v})` },
  min: { init: 'Infinity', combine: (acc: string, v: string) => `Math.min(${acc}, ${v})` },
} as const;
