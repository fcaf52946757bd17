import { describe, expect, it } from 'vitest';
import { applyBinary, applyUnary } from '../../ir/expr/fold.js';
import type { Reducer, ScalarExpr } from '../../ir/expr/tensor-expr.js';
import { JS, JS_KERNEL, JS_PRELUDE } from '../../codegen/emit/js.js';
import type { Language } from '../../codegen/emit/language.js';
import { ScalarRenderer } from '../../codegen/emit/scalar.js';
import { CTextBuilder } from '../../codegen/emit/text-builder.js';
import { access, BINARY_OPS, binary, op, reduce, UNARY_OPS, unary } from './emit-helpers.js';

/**
 * The JavaScript hook tables run: every operator, rendered nested (`JS`, the reference's) and
 * one statement a node (`JS_KERNEL`, gpu.js's, helpers written out), computes what
 * ir/expr/fold.ts says the reference computes, bit for bit, NaN where it gives NaN.
 */

const SPECIAL = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, -2.5, 3, 1e-8, 88.5, -100, 7e30];

/** Renders `body` for out[i] over inputs x[i], y[i], z[i] and runs it. */
function run(
  lang: Language,
  bindEach: boolean,
  body: ScalarExpr,
  n: number,
  ins: number[][],
): Float64Array {
  const b = new CTextBuilder(
    op(body, ['k']),
    new Map([
      ['i', n],
      ['k', 4],
    ]),
    lang,
    {
      shapeOf: (t) => (t === 'w' ? [4] : [n]),
    },
  );
  const r = new ScalarRenderer(b, { bindEach });
  b.openLoop('i', 1);
  const value = r.value(body, 2);
  b.emit(`out[a0] = ${value};`, 2);
  b.closeLoops(1, 1);
  const params = b.reads.map((_, i) => `t${i}`);
  const f = new Function(
    `${JS_PRELUDE}\nreturn function (out, ${params.join(', ')}) {\n${b.lines.join('\n')}\n};`,
  )();
  const out = new Float64Array(n);
  const byName: Record<string, number[]> = {
    x: ins[0] ?? [],
    y: ins[1] ?? [],
    z: ins[2] ?? [],
    w: ins[3] ?? [],
  };
  f(out, ...b.reads.map((t) => Float64Array.from(byName[t] as number[])));
  return out;
}

const same = (a: number, b: number): boolean =>
  Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

function expectSame(actual: Float64Array, expected: number[]): void {
  const bad = expected.flatMap((e, i) =>
    same(actual[i] as number, e) ? [] : [`[${i}] ${actual[i]} != ${e}`],
  );
  expect(bad).toEqual([]);
}

const TABLES: [string, Language, boolean][] = [
  ['JS (nested)', JS, false],
  ['JS_KERNEL (one statement a node)', JS_KERNEL, true],
];

describe.each(TABLES)('%s', (_name, lang, bindEach) => {
  const pairs = SPECIAL.flatMap((a) => SPECIAL.map((b) => [a, b] as const));
  const xs = pairs.map(([a]) => a);
  const ys = pairs.map(([, b]) => b);

  it.each(UNARY_OPS)('unary %s computes the reference value', (opName) => {
    const out = run(lang, bindEach, unary(opName, access('x', 'i')), SPECIAL.length, [SPECIAL]);
    expectSame(
      out,
      SPECIAL.map((v) => applyUnary(opName, v)),
    );
  });

  it('erf agrees on every range (small, mid, large, both signs)', () => {
    const xsErf = [0, 1e-3, 0.3, 0.46875, 0.5, 1.2, 3.9, 4, 4.5, 6, 27].flatMap((v) => [v, -v]);
    const out = run(lang, bindEach, unary('erf', access('x', 'i')), xsErf.length, [xsErf]);
    expectSame(
      out,
      xsErf.map((v) => applyUnary('erf', v)),
    );
  });

  it.each(BINARY_OPS)('binary %s computes the reference value', (opName) => {
    const body = binary(opName, access('x', 'i'), access('y', 'i'));
    expectSame(
      run(lang, bindEach, body, pairs.length, [xs, ys]),
      pairs.map(([a, b]) => applyBinary(opName, a, b)),
    );
  });

  it('where takes its first branch for every non-zero condition, NaN included', () => {
    const body: ScalarExpr = {
      kind: 'where',
      dtype: 'f32',
      cond: access('x', 'i'),
      then: access('y', 'i'),
      else: access('z', 'i'),
    };
    const zs = pairs.map((_, i) => -i);
    const out = run(lang, bindEach, body, pairs.length, [xs, ys, zs]);
    expectSame(
      out,
      pairs.map(([a, b], i) => (a !== 0 ? b : (zs[i] as number))),
    );
  });

  it('literals denote their values: NaN, ±inf, -0, negatives', () => {
    const values = [NaN, Infinity, -Infinity, -0, -3.25, 1e-300];
    for (const v of values) {
      const out = run(lang, bindEach, { kind: 'const', dtype: 'f32', value: v }, 1, []);
      expectSame(out, [v]);
    }
  });

  it('an axis value is the loop index', () => {
    expectSame(
      run(lang, bindEach, { kind: 'axis', dtype: 'i32', axis: 'i' }, 5, []),
      [0, 1, 2, 3, 4],
    );
  });

  const REDUCERS: [Reducer, (a: number, b: number) => number, number][] = [
    ['sum', (a, b) => a + b, 0],
    ['prod', (a, b) => a * b, 1],
    ['max', Math.max, -Infinity],
    ['min', Math.min, Infinity],
  ];
  it.each(REDUCERS)(
    'reduction %s in place: identity, every term in order, NaN propagates',
    (reducer, f, init) => {
      const rows = [
        [1, 2, 3, 4],
        [NaN, 1, 2, 3],
        [-Infinity, 5, 1, 0],
        [0.1, 0.2, 0.3, 1e16],
      ];
      for (const w of rows) {
        const body = reduce(reducer, ['k'], access('w', 'k'));
        const out = run(lang, bindEach, body, 1, [[], [], [], w]);
        expectSame(out, [w.reduce((a, v) => f(a, v), init)]);
      }
    },
  );
});
