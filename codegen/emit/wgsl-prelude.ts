import {
  ERF_INV_SQRT_PI,
  ERF_MID_LIMIT,
  ERF_SMALL,
  ERF_SMALL_LIMIT,
  ERFC_LARGE,
  ERFC_MID,
} from '../../ir/expr/erf.js';
import { horner } from './language.js';
import { wgslFloat } from './wgsl.js';

/**
 * Helper functions every generated shader starts with: the reference's scalar semantics
 * (codegen/emit/js.ts) in f32 WGSL. WGSL lets an implementation assume values are finite,
 * and SwiftShader does (measured: `x != x` is false for NaN, max(NaN, 1) is 1, log(-1) is 0,
 * log(0) is -88, exp(NaN) is inf, tanh(100) is NaN), so NaN is tested on the bits and every
 * builtin is guarded where the reference gives NaN or ±inf. Infinity has no WGSL literal (a
 * constant expression may not overflow): it is the bits 0x7f800000 read at run time.
 */
export const WGSL_PRELUDE = [
  'var<private> p_bits: vec2<u32> = vec2<u32>(0x7f800000u, 0x7fc00000u);',
  'fn p_inf() -> f32 { return bitcast<f32>(p_bits.x); }',
  'fn p_nan() -> f32 { return bitcast<f32>(p_bits.y); }',
  'fn p_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }',
  'fn p_either_nan(a: f32, b: f32) -> bool { return p_isnan(a) || p_isnan(b); }',
  /** Non-zero, NaN included (a `where` condition, a bool store). */
  'fn p_truthy(x: f32) -> bool { return p_isnan(x) || !(x == 0.0); }',
  'fn p_b(c: bool) -> f32 { return select(0.0, 1.0, c); }',
  'fn p_eq(a: f32, b: f32) -> f32 { return p_b(!p_either_nan(a, b) && a == b); }',
  'fn p_ne(a: f32, b: f32) -> f32 { return p_b(p_either_nan(a, b) || !(a == b)); }',
  'fn p_lt(a: f32, b: f32) -> f32 { return p_b(!p_either_nan(a, b) && a < b); }',
  'fn p_le(a: f32, b: f32) -> f32 { return p_b(!p_either_nan(a, b) && a <= b); }',
  // WGSL's x / y is accurate only for |y| in [2^-126, 2^126]: NVIDIA's Vulkan driver multiplies by
  // a reciprocal that flushes to zero past 2^126 (measured on an H200: inf / 3e38 gave NaN)
  'fn p_div(a: f32, b: f32) -> f32 { return select(a / b, (a * 0.25) / (b * 0.25), abs(b) > 8.507059e37); }',
  'fn p_max(a: f32, b: f32) -> f32 { return select(max(a, b), p_nan(), p_either_nan(a, b)); }',
  'fn p_min(a: f32, b: f32) -> f32 { return select(min(a, b), p_nan(), p_either_nan(a, b)); }',
  'fn p_relu(x: f32) -> f32 { return select(x, 0.0, !p_isnan(x) && x < 0.0); }',
  'fn p_exp(x: f32) -> f32 { return select(exp(x), x, p_isnan(x)); }',
  'fn p_log(x: f32) -> f32 {',
  '  var r = log(x);',
  '  r = select(r, -p_inf(), x == 0.0);',
  '  r = select(r, p_inf(), x == p_inf());',
  '  return select(r, p_nan(), p_isnan(x) || x < 0.0);',
  '}',
  'fn p_sqrt(x: f32) -> f32 { return select(sqrt(x), p_nan(), p_isnan(x) || x < 0.0); }',
  'fn p_abs(x: f32) -> f32 { return select(abs(x), x, p_isnan(x)); }',
  'fn p_tanh(x: f32) -> f32 { return select(tanh(clamp(x, -15.0, 15.0)), x, p_isnan(x)); }',
  'fn p_sigmoid(x: f32) -> f32 { return 1.0 / (1.0 + p_exp(-x)); }',
  // the tanh approximation of GELU, as the reference
  'fn p_gelu(x: f32) -> f32 { return 0.5 * x * (1.0 + p_tanh(0.7978845608028654 * (x + 0.044715 * x * x * x))); }',
  erfText(),
].join('\n');

function h(coefficients: readonly number[], s: string): string {
  return horner(coefficients, s, wgslFloat);
}

/** ir/expr/erf.ts's erf in f32: the same operations in the same order, NaN passed through. */
function erfText(): string {
  return [
    'fn p_erf(x: f32) -> f32 {',
    '  let y = p_abs(x);',
    '  let s = y * y;',
    `  let small = x * (${h(ERF_SMALL.p, 's')} / ${h(ERF_SMALL.q, 's')});`,
    '  let e = p_exp(-s);',
    '  let z = 1.0 / s;',
    `  let mid = (e * ${h(ERFC_MID.p, 'y')}) / ${h(ERFC_MID.q, 'y')};`,
    `  let large = (e * (${wgslFloat(ERF_INV_SQRT_PI)} - (z * ${h(ERFC_LARGE.p, 'z')}) / ${h(ERFC_LARGE.q, 'z')})) / y;`,
    `  let r = 0.5 - select(large, mid, y <= ${wgslFloat(ERF_MID_LIMIT)}) + 0.5;`,
    `  let v = select(select(r, -r, x < 0.0), small, y <= ${wgslFloat(ERF_SMALL_LIMIT)});`,
    '  return select(v, x, p_isnan(x));',
    '}',
  ].join('\n');
}
