import { describe, expect, it } from 'vitest';
import { cLanguage } from '../../codegen/emit/c.js';
import { JS, JS_KERNEL } from '../../codegen/emit/js.js';
import type { Language } from '../../codegen/emit/language.js';
import { WGSL } from '../../codegen/emit/wgsl.js';
import type { BinaryOp, UnaryOp } from '../../ir/expr/tensor-expr.js';
import { BINARY_OPS, UNARY_OPS } from './emit-helpers.js';

/**
 * The hook tables of every C-like language: each operator of ir/expr renders, distinctly, with
 * its operands in order; the spellings C and WGSL compile (no way to run them here) are pinned;
 * NaN and ±inf have a spelling in every language; integer stores keep the reference's ToInt32.
 */

const LANGUAGES: [string, Language][] = [
  ['JS', JS],
  ['JS_KERNEL', JS_KERNEL],
  ['C float', cLanguage('float')],
  ['C double', cLanguage('double')],
  ['WGSL', WGSL],
];

/** A bind that names values, as the one-statement-a-node renderer does. */
function namer(): { bind: (text: string) => string; lines: string[] } {
  const lines: string[] = [];
  return { lines, bind: (text) => (lines.push(text), `v${lines.length - 1}`) };
}

describe.each(LANGUAGES)('%s hook table', (_name, lang) => {
  it('renders every unary operator, each differently, around its operand', () => {
    const texts = UNARY_OPS.map((op) => lang.unary(op, 'x', namer().bind));
    for (const t of texts) expect(t).toMatch(/\bx\b|v\d/);
    expect(new Set(texts).size).toBe(UNARY_OPS.length);
  });

  it('renders every binary operator, each differently, operands in order', () => {
    const texts = BINARY_OPS.map((op) => lang.binary(op, 'a', 'b'));
    expect(new Set(texts).size).toBe(BINARY_OPS.length);
    for (const t of texts) expect(t).toMatch(/\ba\b.*\bb\b|\bb\b.*\ba\b/);
    for (const op of ['-', '/', '<', '<=', '>', '>='] as BinaryOp[]) {
      expect(lang.binary(op, 'a', 'b')).not.toBe(lang.binary(op, 'b', 'a'));
    }
  });

  it('returns self-delimited text (nests without precedence questions)', () => {
    const delimited = (t: string): boolean => /^\(.*\)$|^[\w.:<>]+\(.*\)$/.test(t);
    for (const op of BINARY_OPS) expect(delimited(lang.binary(op, 'a + 1', 'b'))).toBe(true);
    for (const op of UNARY_OPS.filter((o) => o !== 'erf' && o !== 'gelu'))
      expect(delimited(lang.unary(op, 'x', (t) => t))).toBe(true);
    expect(delimited(lang.where('c', 't', 'f'))).toBe(true);
  });

  it('spells NaN, +inf and -inf, each differently, and no literal as a bare negative', () => {
    const special = [NaN, Infinity, -Infinity].map((v) => lang.literal(v));
    expect(new Set(special).size).toBe(3);
    for (const v of [-1, -0.5, -0, -3e38]) expect(lang.literal(v)).toMatch(/^\(|^static_cast/);
    for (const v of [-1, -7]) expect(lang.int(v)).not.toBe(String(-v));
  });
});

describe('C spellings', () => {
  const F = cLanguage('float');
  const D = cLanguage('double');

  it('calls the float or the double libm function by the op type', () => {
    const fns: [UnaryOp, string, string][] = [
      ['exp', 'expf(x)', 'exp(x)'],
      ['log', 'logf(x)', 'log(x)'],
      ['sqrt', 'sqrtf(x)', 'sqrt(x)'],
      ['tanh', 'tanhf(x)', 'tanh(x)'],
      ['abs', 'fabsf(x)', 'fabs(x)'],
      ['erf', 'erff(x)', 'erf(x)'],
      ['relu', 'pit_relu(x)', 'pit_relu(x)'],
      ['sigmoid', 'pit_sigmoid(x)', 'pit_sigmoid(x)'],
      ['gelu', 'pit_gelu(x)', 'pit_gelu(x)'],
      ['neg', '(-x)', '(-x)'],
    ];
    for (const [op, f, d] of fns) {
      expect(F.unary(op, 'x', (t) => t)).toBe(f);
      expect(D.unary(op, 'x', (t) => t)).toBe(d);
    }
  });

  it('gives comparisons 1 or 0 in the op type, max/min through the NaN-propagating helpers', () => {
    expect(F.binary('<', 'a', 'b')).toBe('((a < b) ? 1.0f : 0.0f)');
    expect(F.binary('!=', 'a', 'b')).toBe('((a != b) ? 1.0f : 0.0f)');
    expect(D.binary('>=', 'a', 'b')).toBe(
      '((a >= b) ? static_cast<double>(1.0f) : static_cast<double>(0.0f))',
    );
    expect(F.binary('max', 'a', 'b')).toBe('pit_max(a, b)');
    expect(F.binary('min', 'a', 'b')).toBe('pit_min(a, b)');
    expect(F.where('c', 't', 'f')).toBe('((c != 0.0f) ? t : f)');
  });

  it('spells the exact f32 value of a literal; ±inf and NaN by bit pattern', () => {
    expect(F.literal(Infinity)).toBe('__uint_as_float(0x7f800000u)');
    expect(F.literal(-Infinity)).toBe('__uint_as_float(0xff800000u)');
    expect(F.literal(NaN)).toBe('__uint_as_float(0x7fc00000u)');
    expect(F.literal(1e39)).toBe('__uint_as_float(0x7f800000u)'); // past the f32 range
    expect(F.literal(-0)).toBe('(-0.0f)');
    expect(F.literal(0.1)).toBe('0.100000001f');
    expect(D.literal(NaN)).toBe('static_cast<double>(__uint_as_float(0x7fc00000u))');
    for (const v of [0.1, 1 / 3, 1e-40, 3.4e38, 123456789]) {
      const text = F.literal(v).replace(/f$/, '');
      expect(Math.fround(Number.parseFloat(text))).toBe(Math.fround(v));
    }
  });

  it('keeps the reference integer semantics: double reads, ToInt32 and bool stores', () => {
    expect(D.load('t0[a0]', 'i32')).toBe('static_cast<double>(t0[a0])');
    expect(D.load('t0[a0]', 'f32')).toBe('static_cast<double>(t0[a0])');
    expect(F.load('t0[a0]', 'f32')).toBe('t0[a0]');
    expect(F.load('t0[a0]', 'bool')).toBe('static_cast<float>(t0[a0])');
    expect(F.load('t0[a0]', 'i32')).toBe('static_cast<float>(t0[a0])');
    expect(D.axisValue('a0')).toBe('static_cast<double>(a0)');
    expect(F.store('i32', 'v')).toBe('pit_to_i32(v)');
    expect(F.store('bool', 'v')).toBe('pit_to_bool(v)');
    expect(F.store('f32', 'v')).toBe('v');
    expect(F.loop('a0', '0', '5')).toBe('for (int a0 = 0; a0 < 5; ++a0) {');
    expect(D.variable('r0', '1')).toBe('double r0 = 1;');
  });
});

describe('WGSL spellings', () => {
  it('calls the NaN-aware prelude helpers, comparisons with operands swapped for > and >=', () => {
    expect(WGSL.binary('>', 'a', 'b')).toBe('p_lt(b, a)');
    expect(WGSL.binary('>=', 'a', 'b')).toBe('p_le(b, a)');
    expect(WGSL.binary('<', 'a', 'b')).toBe('p_lt(a, b)');
    expect(WGSL.binary('==', 'a', 'b')).toBe('p_eq(a, b)');
    expect(WGSL.binary('!=', 'a', 'b')).toBe('p_ne(a, b)');
    expect(WGSL.binary('max', 'a', 'b')).toBe('p_max(a, b)');
    expect(WGSL.unary('erf', 'x', (t) => t)).toBe('p_erf(x)');
    expect(WGSL.where('c', 't', 'f')).toBe('select(f, t, p_truthy(c))');
  });

  it('has no literal for ±inf and NaN (read from bits at run time); f32 overflow is inf', () => {
    expect(WGSL.literal(NaN)).toBe('p_nan()');
    expect(WGSL.literal(Infinity)).toBe('p_inf()');
    expect(WGSL.literal(-Infinity)).toBe('(-p_inf())');
    expect(WGSL.literal(1e39)).toBe('p_inf()');
    expect(WGSL.literal(-1e39)).toBe('(-p_inf())');
    expect(WGSL.literal(-0)).toBe('(-0.0)');
    expect(WGSL.literal(2)).toBe('2.0');
    expect(Number.parseFloat(WGSL.literal(0.1))).toBe(Math.fround(0.1));
  });

  it('reads non-f32 storage as f32 and stores i32 as a truncating typed-array store would', () => {
    expect(WGSL.load('t0[a0]', 'i32')).toBe('f32(t0[a0])');
    expect(WGSL.load('t0[a0]', 'f32')).toBe('t0[a0]');
    expect(WGSL.axisValue('a0')).toBe('f32(a0)');
    expect(WGSL.store('i32', 'v')).toBe(
      'select(0, i32(trunc(v)), !p_isnan(v) && abs(v) < 2147483648.0)',
    );
    expect(WGSL.store('bool', 'v')).toBe('select(0u, 1u, p_truthy(v))');
    expect(WGSL.loop('a0', '0', '5')).toBe('for (var a0: i32 = 0; a0 < 5; a0++) {');
  });
});

describe('JS stores', () => {
  it('wrap i32 as ToInt32 (through the Int32Array) and store bool as any non-zero', () => {
    const i32 = new Int32Array(4);
    const values = [2 ** 31 + 5, -(2 ** 32) - 3, NaN, 7.9];
    values.forEach((v, i) => {
      i32[i] = new Function(`return ${JS.store('i32', JS.literal(v))};`)() as number;
    });
    expect([...i32]).toEqual([-(2 ** 31) + 5, -3, 0, 7]);
    const truthy = [NaN, -0, 0.5, 0].map(
      (v) => new Function(`return ${JS.store('bool', JS.literal(v))};`)() as number,
    );
    expect(truthy).toEqual([1, 0, 1, 0]);
  });
});

describe('integer hooks (index arithmetic)', () => {
  it('JS divides exactly, also when every step is rounded to f32 (gpu.js on a GPU)', () => {
    const bad: string[] = [];
    for (let n = 1; n <= 64; n++) {
      const div = new Function('a', `return ${JS.intDiv('a', n)};`) as (a: number) => number;
      for (let a = 0; a < 1 << 14; a += n < 8 ? 1 : 7) {
        const f32 = Math.floor(Math.fround(Math.fround(a + 0.5) / n));
        if (div(a) !== Math.floor(a / n) || f32 !== Math.floor(a / n)) bad.push(`${a}/${n}`);
      }
    }
    expect(bad).toEqual([]);
    // the f32 check above is of this spelling: the +0.5 keeps floor off the edge
    expect(JS.intDiv('a', 4)).toBe('Math.floor((a + 0.5) / 4)');
  });

  it('spells integer statements, max/min and division in C and WGSL', () => {
    const C = cLanguage('double');
    expect(C.intConstant('s0', 'x')).toBe('const int s0 = x;');
    expect(C.intVariable('h0', '-1')).toBe('int h0 = -1;');
    expect([C.intMax('a', 'b'), C.intMin('a', 'b'), C.intDiv('a', 4)]).toEqual([
      'max(a, b)',
      'min(a, b)',
      '(a / 4)',
    ]);
    expect(WGSL.intConstant('s0', 'x')).toBe('let s0: i32 = x;');
    expect(WGSL.intVariable('h0', '-1')).toBe('var h0: i32 = -1;');
    expect([WGSL.intMax('a', 'b'), WGSL.intMin('a', 'b'), WGSL.intDiv('a', 4)]).toEqual([
      'max(a, b)',
      'min(a, b)',
      '(a / 4)',
    ]);
    for (const lang of [JS, JS_KERNEL]) {
      const f = new Function(
        `${lang.intVariable('h', '-1')} h = ${lang.intMax('h', '3')}; ${lang.intConstant('m', lang.intMin('h', '2'))} return [h, m];`,
      );
      expect(f()).toEqual([3, 2]);
    }
  });
});
