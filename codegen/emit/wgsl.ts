import { assertNever } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { BinaryOp } from '../../ir/expr/tensor-expr.js';
import type { Language } from './language.js';

/**
 * WGSL spellings: values are f32, axis variables and offsets i32. The scalar semantics are the
 * `p_*` helpers of `WGSL_PRELUDE` (wgsl-prelude.ts), which test NaN on the bits because WGSL
 * lets an implementation assume values are finite; infinity and NaN have no literal (a constant
 * expression may not overflow) and are read from bits at run time.
 */

/** A float as a WGSL literal of an exactly representable f32 (the caller handles ±inf and NaN). */
export function wgslFloat(value: number): string {
  const f = Math.fround(value);
  if (f === 0) return Object.is(value, -0) || (value < 0 && f === 0) ? '(-0.0)' : '0.0';
  const text = String(Math.abs(f));
  const literal = /[.e]/.test(text) ? text : `${text}.0`;
  return f < 0 ? `(-${literal})` : literal;
}

/** A number as an f32 expression; ±inf (also past the f32 range) and NaN through the prelude. */
export function wgslNumber(value: number): string {
  if (Number.isNaN(value)) return 'p_nan()';
  if (!Number.isFinite(Math.fround(value))) return value > 0 ? 'p_inf()' : '(-p_inf())';
  return wgslFloat(value);
}

/** How a tensor of each dtype is held in a storage buffer: bool as one u32 per value. */
export function storageType(dtype: DType): 'f32' | 'i32' | 'u32' {
  return dtype === 'bool' ? 'u32' : dtype;
}

function binaryWgsl(op: BinaryOp, a: string, b: string): string {
  switch (op) {
    case '+':
    case '-':
    case '*':
      return `(${a} ${op} ${b})`;
    case '/':
      return `p_div(${a}, ${b})`;
    case 'max':
      return `p_max(${a}, ${b})`;
    case 'min':
      return `p_min(${a}, ${b})`;
    case '==':
      return `p_eq(${a}, ${b})`;
    case '!=':
      return `p_ne(${a}, ${b})`;
    case '<':
      return `p_lt(${a}, ${b})`;
    case '<=':
      return `p_le(${a}, ${b})`;
    case '>':
      return `p_lt(${b}, ${a})`;
    case '>=':
      return `p_le(${b}, ${a})`;
    default:
      return assertNever(op, 'webgpu');
  }
}

/** The stored value of an f32 in the output's storage type (the reference's store). */
function storeWgsl(dtype: DType, value: string): string {
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

/** The WGSL hook table. */
export const WGSL: Language = {
  stage: 'webgpu',
  literal: wgslNumber,
  int: (n) => (n < 0 ? `(${n})` : String(n)),
  axisValue: (v) => `f32(${v})`,
  load: (read, dtype) => (dtype === 'f32' ? read : `f32(${read})`),
  unary: (op, x) => (op === 'neg' ? `(-${x})` : `p_${op}(${x})`),
  binary: binaryWgsl,
  where: (c, t, f) => `select(${f}, ${t}, p_truthy(${c}))`,
  store: storeWgsl,
  constant: (name, value) => `let ${name}: f32 = ${value};`,
  variable: (name, init) => `var ${name}: f32 = ${init};`,
  loop: (v, lo, hi) => `for (var ${v}: i32 = ${lo}; ${v} < ${hi}; ${v}++) {`,
  intConstant: (name, value) => `let ${name}: i32 = ${value};`,
  intVariable: (name, init) => `var ${name}: i32 = ${init};`,
  intMax: (a, b) => `max(${a}, ${b})`,
  intMin: (a, b) => `min(${a}, ${b})`,
  intDiv: (a, n) => `(${a} / ${n})`,
};
