import { describe, expect, it } from 'vitest';
import { foldAccess, offsetText } from '../../codegen/emit/affine.js';
import { cLanguage } from '../../codegen/emit/c.js';
import { JS } from '../../codegen/emit/js.js';
import type { Language } from '../../codegen/emit/language.js';
import { ScalarRenderer } from '../../codegen/emit/scalar.js';
import { CTextBuilder } from '../../codegen/emit/text-builder.js';
import { WGSL } from '../../codegen/emit/wgsl.js';
import { InternalError } from '../../ir/core/errors.js';
import type { AccessExpr, AffineIndex } from '../../ir/expr/tensor-expr.js';
import { stridesOf } from '../../ir/tensor.js';
import { access, binary, op, reduce } from './emit-helpers.js';

/** The shared text builder: offsets folded once, names numbered, loops and reductions spelled. */

function ix(terms: [string, number][], constant = 0): AffineIndex {
  return { terms: terms.map(([axis, coef]) => ({ axis, coef })), constant };
}

function acc(tensor: string, indices: AffineIndex[]): AccessExpr {
  return { kind: 'access', dtype: 'f32', tensor, indices };
}

/** A deterministic generator (the test must not change from run to run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('offset folding', () => {
  it('folds strides and affine indices into one sum, constant last', () => {
    const e = acc('A', [ix([['i', 1]], 1), ix([['j', 2]], -1)]);
    expect(foldAccess(e, [4, 5])).toEqual({
      terms: [
        { axis: 'i', coef: 5 },
        { axis: 'j', coef: 2 },
      ],
      constant: 4,
    });
  });

  it('merges an axis used in several dimensions and drops cancelled terms', () => {
    expect(foldAccess(acc('A', [ix([['i', 1]]), ix([['i', 1]])]), [3, 3]).terms).toEqual([
      { axis: 'i', coef: 4 },
    ]);
    const cancelled = acc('A', [
      ix([
        ['i', 1],
        ['j', -1],
      ]),
      ix([['j', 1]]),
    ]);
    expect(foldAccess(cancelled, [3, 1]).terms).toEqual([{ axis: 'i', coef: 1 }]);
  });

  it('spells the sum in each language: 0 when empty, negative integers safely', () => {
    const v = (a: string): string => `v_${a}`;
    const neg = { terms: [{ axis: 'i', coef: -2 }], constant: -1 };
    expect(offsetText(neg, v, JS.int)).toBe('(-2) * v_i + (-1)');
    expect(offsetText(neg, v, cLanguage('float').int)).toBe('-2 * v_i + -1');
    expect(offsetText(neg, v, WGSL.int)).toBe('(-2) * v_i + (-1)');
    expect(offsetText({ terms: [], constant: 0 }, v, JS.int)).toBe('0');
    expect(offsetText({ terms: [], constant: 9 }, v, JS.int)).toBe('9');
  });

  it('computes the row-major element of random affine accesses (evaluated)', () => {
    const next = rng(12);
    const axes = ['i', 'j', 'k'];
    for (let trial = 0; trial < 300; trial++) {
      const rank = Math.floor(next() * 4);
      const shape = Array.from({ length: rank }, () => 1 + Math.floor(next() * 6));
      const indices = shape.map(() =>
        ix(
          axes
            .filter(() => next() < 0.5)
            .map((a) => [a, Math.floor(next() * 7) - 3] as [string, number]),
          Math.floor(next() * 9) - 4,
        ),
      );
      const values = {
        i: Math.floor(next() * 5),
        j: Math.floor(next() * 5),
        k: Math.floor(next() * 5),
      };
      const strides = stridesOf(shape);
      const expected = indices.reduce(
        (sum, index, d) =>
          sum +
          (strides[d] as number) *
            index.terms.reduce((s, t) => s + t.coef * values[t.axis as 'i'], index.constant),
        0,
      );
      for (const lang of [JS, WGSL, cLanguage('float')]) {
        const text = offsetText(foldAccess(acc('A', indices), shape), (a) => a, lang.int);
        const got = new Function('i', 'j', 'k', `return ${text};`)(values.i, values.j, values.k);
        expect(got + 0).toBe(expected + 0); // +0 and -0 are one offset
      }
    }
  });
});

describe('the text builder', () => {
  const extents = new Map([
    ['i', 3],
    ['k', 4],
  ]);
  const body = binary('*', access('x', 'i', 'k'), access('y', 'k'));
  const build = (lang: Language): CTextBuilder =>
    new CTextBuilder(op(body, ['k']), extents, lang, {
      shapeOf: (t) => (t === 'x' ? [3, 4] : [4]),
    });

  it('numbers tensors in first-read order, registering each once', () => {
    const seen: string[] = [];
    class Recording extends CTextBuilder {
      protected override firstRead(t: string): void {
        seen.push(t);
      }
    }
    const b = new Recording(op(body, ['k']), extents, JS, { shapeOf: () => [3, 4] });
    expect([b.tensorVar('y'), b.tensorVar('x'), b.tensorVar('y')]).toEqual(['t0', 't1', 't0']);
    expect(b.reads).toEqual(['y', 'x']);
    expect(seen).toEqual(['y', 'x']);
  });

  it('numbers axes spatial first, then reduction, and names the stage on a stray axis', () => {
    const b = build(cLanguage('float'));
    expect([b.axisVar('i'), b.axisVar('k')]).toEqual(['a0', 'a1']);
    expect(b.ordered(['k', 'i'])).toEqual(['i', 'k']);
    expect(() => b.axisVar('q')).toThrow(InternalError);
    expect(() => b.axisVar('q')).toThrow(/cuda/);
    expect(() => b.extent('q')).toThrow(/no extent/);
  });

  it('spells loops, offsets and reads in the language', () => {
    const c = build(cLanguage('double'));
    c.openLoop('k', 1);
    c.openLoop('i', 2, { lo: 'lo', hi: 'hi' });
    c.closeLoops(2, 1);
    expect(c.lines).toEqual([
      '  for (int a1 = 0; a1 < 4; ++a1) {',
      '    for (int a0 = lo; a0 < hi; ++a0) {',
      '    }',
      '  }',
    ]);
    expect(c.access(access('x', 'i', 'k'))).toBe('static_cast<double>(t0[4 * a0 + a1])');
    expect(c.offsetOver(['i', 'k'])).toBe('4 * a0 + a1');
    expect(build(WGSL).access(access('y', 'k'))).toBe('t0[a1]');
  });

  it('renders an in-place reduction: identity, loops, combine (nested and one statement a node)', () => {
    const r = reduce('max', ['k'], body);
    const nested = build(cLanguage('float'));
    const v = new ScalarRenderer(nested, { bindEach: false }).value(r, 1);
    expect(v).toBe('r0');
    expect(nested.lines).toEqual([
      '  float r0 = __uint_as_float(0xff800000u);',
      '  for (int a1 = 0; a1 < 4; ++a1) {',
      '    r0 = pit_max(r0, (t0[4 * a0 + a1] * t1[a1]));',
      '  }',
    ]);
    const bound = build(WGSL);
    new ScalarRenderer(bound, { bindEach: true }).value(r, 1);
    expect(bound.lines).toEqual([
      '  var r0: f32 = (-p_inf());',
      '  for (var a1: i32 = 0; a1 < 4; a1++) {',
      '    let v1: f32 = t0[4 * a0 + a1];',
      '    let v2: f32 = t1[a1];',
      '    let v3: f32 = (v1 * v2);',
      '    r0 = p_max(r0, v3);',
      '  }',
    ]);
  });

  it('takes a reduction from the hook when it gives one, in place otherwise', () => {
    const r = reduce('sum', ['k'], body);
    const b = build(JS);
    const text = new ScalarRenderer(b, {
      bindEach: false,
      reduction: (x) => (x === r ? 'buf[a0]' : null),
    });
    expect(text.value(binary('+', r, r), 1)).toBe('(buf[a0] + buf[a0])');
    expect(b.lines).toEqual([]);
    const other = reduce('sum', ['k'], body);
    expect(text.value(other, 1)).toBe('r0');
    expect(b.lines[0]).toBe('  let r0 = 0;');
  });
});
