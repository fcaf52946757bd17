import { describe, expect, it } from 'vitest';
import { OnnxGraphBuilder, type OnnxAttribute } from '../../src/onnx/graph-builder.js';
import { compareWithOnnxRuntime, data, positive } from './onnx-harness.js';

/**
 * Every elementwise operator pitc lowers, with its attribute forms and numpy broadcasting, run by
 * onnxruntime and by pitc on every runnable target. One model per family (each case an output
 * of its own) keeps the compilations few.
 */

describe('ONNX elementwise operators against onnxruntime', () => {
  it('binary arithmetic with broadcasting (f32 and i32), scalar constants written as literals', async () => {
    const g = new OnnxGraphBuilder('binary');
    const a = g.input('a', 'f32', [3, 5]);
    const row = g.input('row', 'f32', [5]);
    const col = g.input('col', 'f32', [3, 1]);
    const cube = g.input('cube', 'f32', [2, 3, 5]);
    const ia = g.input('ia', 'i32', [3, 5]);
    const ib = g.input('ib', 'i32', [1, 5]);
    const two = g.scalar('two', 2.5);
    const cases: [string, string, string, string][] = [
      ['add_row', 'Add', a, row],
      ['sub_col', 'Sub', a, col],
      ['mul_cube', 'Mul', cube, a],
      ['div_col_row', 'Div', col, row],
      ['add_scalar', 'Add', two, a],
      ['mul_scalar', 'Mul', a, two],
      ['sub_cube_col', 'Sub', cube, col],
      ['div_scalar', 'Div', a, two],
      ['iadd', 'Add', ia, ib],
      ['isub', 'Sub', ib, ia],
      ['imul', 'Mul', ia, ib],
    ];
    for (const [name, op, x, y] of cases) g.node(op, [x, y], {}, name);
    for (const [name, , x, y] of cases) g.output(name, name.startsWith('i') ? 'i32' : 'f32', outShape(x, y));
    const model = g.toModel();
    const inputs = { a: data('f32', [3, 5], 1), row: data('f32', [5], 2, 3), col: data('f32', [3, 1], 3), cube: data('f32', [2, 3, 5], 4), ia: data('i32', [3, 5], 5), ib: data('i32', [1, 5], 6) };
    expect(await compareWithOnnxRuntime(model, inputs)).toEqual([]);

    function outShape(x: string, y: string): number[] {
      const shapes: Record<string, number[]> = { a: [3, 5], row: [5], col: [3, 1], cube: [2, 3, 5], ia: [3, 5], ib: [1, 5], two: [] };
      const sx = shapes[x] as number[];
      const sy = shapes[y] as number[];
      const rank = Math.max(sx.length, sy.length);
      return Array.from({ length: rank }, (_, d) => Math.max(sx[d - (rank - sx.length)] ?? 1, sy[d - (rank - sy.length)] ?? 1));
    }
  });

  it('unary functions and their attribute forms (LeakyRelu alpha, Gelu exact and tanh, Clip, Max/Min)', async () => {
    const g = new OnnxGraphBuilder('unary');
    const x = g.input('x', 'f32', [4, 6]);
    const p = g.input('p', 'f32', [4, 6]);
    const i = g.input('i', 'i32', [4, 6]);
    const y = g.input('y', 'f32', [6]);
    const cases: [string, string, string[], Record<string, OnnxAttribute>][] = [
      ['neg', 'Neg', [x], {}],
      ['abs', 'Abs', [x], {}],
      ['iabs', 'Abs', [i], {}],
      ['ineg', 'Neg', [i], {}],
      ['reciprocal', 'Reciprocal', [p], {}],
      ['sqrt', 'Sqrt', [p], {}],
      ['exp', 'Exp', [x], {}],
      ['log', 'Log', [p], {}],
      ['erf', 'Erf', [x], {}],
      ['tanh', 'Tanh', [x], {}],
      ['sigmoid', 'Sigmoid', [x], {}],
      ['relu', 'Relu', [x], {}],
      ['leaky_default', 'LeakyRelu', [x], {}],
      ['leaky', 'LeakyRelu', [x], { alpha: { float: 0.2 } }],
      ['gelu', 'Gelu', [x], {}],
      ['gelu_none', 'Gelu', [x], { approximate: { string: 'none' } }],
      ['gelu_tanh', 'Gelu', [x], { approximate: { string: 'tanh' } }],
      ['clip', 'Clip', [x, g.scalar('lo', -0.25), g.scalar('hi', 0.5)], {}],
      ['clip_min', 'Clip', [x, 'lo'], {}],
      ['clip_max', 'Clip', [x, '', 'hi'], {}],
      ['max3', 'Max', [x, y, p], {}],
      ['min2', 'Min', [x, y], {}],
    ];
    for (const [name, op, args, attrs] of cases) g.node(op, args, attrs, name);
    for (const [name] of cases) g.output(name, name.startsWith('i') ? 'i32' : 'f32', [4, 6]);
    const model = g.toModel({ opset: 20 });
    const inputs = { x: data('f32', [4, 6], 11, 3), p: positive([4, 6], 12), i: { ...data('i32', [4, 6], 13), data: Int32Array.from({ length: 24 }, (_, k) => (k * 7) % 11 - 5) }, y: data('f32', [6], 14) };
    expect(await compareWithOnnxRuntime(model, inputs)).toEqual([]);
  });

  it('Pow with constant exponents: small integers, ±1/2, large and negative integers, fractions, 0', async () => {
    const g = new OnnxGraphBuilder('pow');
    const x = g.input('x', 'f32', [3, 7]);
    const p = g.input('p', 'f32', [3, 7]);
    const exponents: [string, number, string][] = [
      ['pow2', 2, x],
      ['pow3', 3, x],
      ['pow_m1', -1, p],
      ['pow_half', 0.5, p],
      ['pow_m_half', -0.5, p],
      ['pow5', 5, x],
      ['pow_m3', -3, p],
      ['pow7', 7, x],
      ['pow_frac', 1.7, p],
      ['pow0', 0, x],
      ['pow1', 1, x],
    ];
    for (const [name, e, base] of exponents) g.node('Pow', [base, g.scalar(`${name}_e`, e)], {}, name);
    for (const [name] of exponents) g.output(name, 'f32', [3, 7]);
    const model = g.toModel();
    expect(await compareWithOnnxRuntime(model, { x: data('f32', [3, 7], 21, 2), p: positive([3, 7], 22) })).toEqual([]);
  });

  it('comparisons, logic and Where with broadcasting (bool results)', async () => {
    const g = new OnnxGraphBuilder('logic');
    const a = g.input('a', 'f32', [4, 5]);
    const b = g.input('b', 'f32', [5]);
    const ia = g.input('ia', 'i32', [4, 5]);
    const ib = g.input('ib', 'i32', [4, 1]);
    const m = g.input('m', 'bool', [4, 5]);
    const n = g.input('n', 'bool', [1, 5]);
    const cases: [string, string, string[], 'bool' | 'f32'][] = [
      ['eq', 'Equal', [ia, ib], 'bool'],
      ['feq', 'Equal', [a, a], 'bool'],
      ['lt', 'Less', [a, b], 'bool'],
      ['le', 'LessOrEqual', [ia, ib], 'bool'],
      ['gt', 'Greater', [a, b], 'bool'],
      ['ge', 'GreaterOrEqual', [b, a], 'bool'],
      ['not', 'Not', [m], 'bool'],
      ['and', 'And', [m, n], 'bool'],
      ['or', 'Or', [m, n], 'bool'],
      ['xor', 'Xor', [m, n], 'bool'],
      ['where', 'Where', [m, a, b], 'f32'],
      ['where_inf', 'Where', [n, a, g.scalar('minus_inf', -Infinity)], 'f32'],
    ];
    for (const [name, op, args] of cases) g.node(op, args, {}, name);
    for (const [name, , , type] of cases) g.output(name, type, [4, 5]);
    const model = g.toModel();
    const inputs = {
      a: { ...data('f32', [4, 5], 31), data: Float32Array.from({ length: 20 }, (_, k) => ((k * 3) % 7) / 4 - 0.5) },
      b: { ...data('f32', [5], 32), data: Float32Array.from([0, 0.25, -0.5, 1, 0.5]) },
      ia: data('i32', [4, 5], 33),
      ib: data('i32', [4, 1], 34),
      m: data('bool', [4, 5], 35),
      n: data('bool', [1, 5], 36),
    };
    expect(await compareWithOnnxRuntime(model, inputs)).toEqual([]);
  });

  it('Cast between f32, i32 and bool', async () => {
    const g = new OnnxGraphBuilder('cast');
    const x = g.input('x', 'f32', [3, 4]);
    const i = g.input('i', 'i32', [3, 4]);
    const m = g.input('m', 'bool', [3, 4]);
    const FLOAT = 1;
    const INT32 = 6;
    const BOOL = 9;
    const cases: [string, string, number, 'f32' | 'i32' | 'bool'][] = [
      ['f2b', x, BOOL, 'bool'],
      ['b2f', m, FLOAT, 'f32'],
      ['i2f', i, FLOAT, 'f32'],
      ['b2i', m, INT32, 'i32'],
      ['i2b', i, BOOL, 'bool'],
      ['f2f', x, FLOAT, 'f32'],
    ];
    for (const [name, input, to] of cases) g.node('Cast', [input], { to: { int: to } }, name);
    for (const [name, , , type] of cases) g.output(name, type, [3, 4]);
    const model = g.toModel();
    const inputs = { x: { ...data('f32', [3, 4], 41), data: Float32Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? 0 : k / 5 - 1)) }, i: data('i32', [3, 4], 42), m: data('bool', [3, 4], 43) };
    expect(await compareWithOnnxRuntime(model, inputs)).toEqual([]);
  });
});
