import { assertNever } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { BinaryOp, UnaryOp } from '../../ir/expr/tensor-expr.js';
import type { Language } from './language.js';

/**
 * C/CUDA C++ spellings. Every value is a `float` (bool is 0/1, i32 is converted, so integers are
 * exact up to 2^24), or a `double` for an op whose i32 values may pass 2^24
 * (ir/expr/int-range.ts): then every read, literal and index value is converted to double and
 * the op computes as the reference does (exact integers to 2^53, ToInt32 at the store). The
 * `pit_*` helpers are defined by the CUDA target's prelude (codegen/cuda/prelude.ts).
 */

/** The C type an op computes in. */
export type RealType = 'float' | 'double';

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** The IEEE-754 single bit pattern of a value (after rounding to f32). */
export function floatBits(value: number): number {
  f32[0] = value;
  return f32Bits[0] as number;
}

export function hex32(bits: number): string {
  return `0x${(bits >>> 0).toString(16).padStart(8, '0')}u`;
}

/**
 * A float literal for device code that denotes exactly the f32 value of `value`: finite values
 * print with 9 significant digits (enough to round-trip any f32), the others by bit pattern.
 */
export function floatLiteral(value: number): string {
  const v = Math.fround(value);
  if (!Number.isFinite(v)) return `__uint_as_float(${hex32(floatBits(v))})`;
  if (Object.is(v, -0)) return '(-0.0f)';
  let text: string;
  if (Number.isInteger(v) && Math.abs(v) < 1e7) text = `${Math.abs(v)}.0f`;
  else {
    text = Math.abs(v).toPrecision(9);
    if (!/[.e]/.test(text)) text += '.0';
    text = text.replace('e+', 'e') + 'f';
  }
  return v < 0 ? `(-${text})` : text;
}

/** A literal of the exact f32 value `value` in the op's type (a float literal widened for double). */
export function realLiteral(value: number, real: RealType): string {
  return real === 'float' ? floatLiteral(value) : `static_cast<double>(${floatLiteral(value)})`;
}

/** The C element type of a tensor of `dtype`. */
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

/** A value converted for storing into a tensor of `dtype` (the reference's rounding; ToInt32). */
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
    case 'sigmoid':
    case 'gelu':
      return `pit_${op}(${x})`;
    case 'exp':
    case 'log':
    case 'sqrt':
    case 'tanh':
      return `${op}${f}(${x})`;
    case 'abs':
      return `fabs${f}(${x})`;
    case 'erf':
      // CUDA's libm erf/erff (within 2 ulp): not the reference's operations, within f32 tolerance
      return `erf${f}(${x})`;
    default:
      return assertNever(op, 'cuda');
  }
}

function binaryC(op: BinaryOp, a: string, b: string, real: RealType): string {
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return `(${a} ${op} ${b})`;
    case 'max':
    case 'min':
      return `pit_${op}(${a}, ${b})`;
    case '<':
    case '<=':
    case '>':
    case '>=':
    case '==':
    case '!=':
      return `((${a} ${op} ${b}) ? ${realLiteral(1, real)} : ${realLiteral(0, real)})`;
    default:
      return assertNever(op, 'cuda');
  }
}

/** The C/CUDA hook table of an op computing in `real`. */
export function cLanguage(real: RealType): Language {
  return {
    stage: 'cuda',
    literal: (value) => realLiteral(value, real),
    int: String,
    axisValue: (v) => `static_cast<${real}>(${v})`,
    load: (read, dtype) =>
      dtype === 'f32' && real === 'float' ? read : `static_cast<${real}>(${read})`,
    unary: (op, x) => unaryC(op, x, real),
    binary: (op, a, b) => binaryC(op, a, b, real),
    where: (c, t, f) => `((${c} != ${realLiteral(0, real)}) ? ${t} : ${f})`,
    store: storeC,
    constant: (name, value) => `const ${real} ${name} = ${value};`,
    variable: (name, init) => `${real} ${name} = ${init};`,
    loop: (v, lo, hi) => `for (int ${v} = ${lo}; ${v} < ${hi}; ++${v}) {`,
    intConstant: (name, value) => `const int ${name} = ${value};`,
    intVariable: (name, init) => `int ${name} = ${init};`,
    intMax: (a, b) => `max(${a}, ${b})`,
    intMin: (a, b) => `min(${a}, ${b})`,
    intDiv: (a, n) => `(${a} / ${n})`,
  };
}
