import { describe, expect, it } from 'vitest';
import { OnnxGraphBuilder, type OnnxAttribute } from '../../src/onnx/graph-builder.js';
import { compareWithOnnxRuntime, data } from './onnx-harness.js';

/** MatMul (batched, broadcast, 1-D), Gemm (every attribute and C form), reductions, Softmax, LayerNormalization. */

describe('ONNX MatMul and Gemm against onnxruntime', () => {
  it('MatMul: 2-D, batched, broadcast batch dims, 1-D operands', async () => {
    const g = new OnnxGraphBuilder('matmul');
    const shapes: Record<string, number[]> = {
      a2: [5, 7],
      b2: [7, 3],
      a3: [2, 5, 7],
      b3: [2, 7, 3],
      a4: [2, 1, 5, 7],
      b4: [1, 3, 7, 4],
      v: [7],
      w: [3],
    };
    for (const [name, shape] of Object.entries(shapes)) g.input(name, 'f32', shape);
    const cases: [string, string, string, number[]][] = [
      ['mm2', 'a2', 'b2', [5, 3]],
      ['mm3', 'a3', 'b3', [2, 5, 3]],
      ['mm3x2', 'a3', 'b2', [2, 5, 3]],
      ['mm2x3', 'a2', 'b3', [2, 5, 3]],
      ['mm4', 'a4', 'b4', [2, 3, 5, 4]],
      ['vm', 'v', 'b3', [2, 3]],
      ['mv', 'a3', 'v', [2, 5]],
      ['vv', 'v', 'v', []],
      ['mw', 'b2', 'w', [7]],
    ];
    for (const [name, a, b] of cases) g.node('MatMul', [a, b], {}, name);
    for (const [name, , , shape] of cases) g.output(name, 'f32', shape);
    const inputs = Object.fromEntries(Object.entries(shapes).map(([name, shape], i) => [name, data('f32', shape, 100 + i)]));
    expect(await compareWithOnnxRuntime(g.toModel(), inputs)).toEqual([]);
  });

  it('Gemm: transA, transB, alpha, beta, C of every broadcastable shape, no C', async () => {
    const g = new OnnxGraphBuilder('gemm');
    const a = g.input('a', 'f32', [4, 6]);
    const at = g.input('at', 'f32', [6, 4]);
    const b = g.input('b', 'f32', [6, 5]);
    const bt = g.input('bt', 'f32', [5, 6]);
    const cn = g.initializer('cn', data('f32', [5], 201));
    const cmn = g.input('cmn', 'f32', [4, 5]);
    const c1n = g.initializer('c1n', data('f32', [1, 5], 202));
    const cm1 = g.initializer('cm1', data('f32', [4, 1], 203));
    const cs = g.scalar('cs', 0.75);
    const cases: [string, string[], Record<string, OnnxAttribute>][] = [
      ['plain', [a, b, cn], {}],
      ['linear', [a, bt, cn], { transB: { int: 1 } }],
      ['trans_a', [at, b, cmn], { transA: { int: 1 } }],
      ['both', [at, bt, c1n], { transA: { int: 1 }, transB: { int: 1 }, alpha: { float: 0.5 }, beta: { float: 2 } }],
      ['col_bias', [a, b, cm1], { beta: { float: -1 } }],
      ['scalar_bias', [a, b, cs], {}],
      ['no_bias', [a, b], { alpha: { float: 3 } }],
      ['beta0', [a, b, cn], { beta: { float: 0 } }],
    ];
    for (const [name, args, attrs] of cases) g.node('Gemm', args, attrs, name);
    for (const [name] of cases) g.output(name, 'f32', [4, 5]);
    const inputs = { a: data('f32', [4, 6], 210), at: data('f32', [6, 4], 211), b: data('f32', [6, 5], 212), bt: data('f32', [5, 6], 213), cmn: data('f32', [4, 5], 214) };
    expect(await compareWithOnnxRuntime(g.toModel(), inputs)).toEqual([]);
  });
});

describe('ONNX reductions, Softmax and LayerNormalization against onnxruntime', () => {
  it('Reduce* with axes as an input (opset 18+): keepdims, several and negative axes, all axes, noop_with_empty_axes', async () => {
    const g = new OnnxGraphBuilder('reduce');
    const x = g.input('x', 'f32', [3, 4, 5]);
    const i = g.input('i', 'i32', [3, 4, 5]);
    const cases: [string, string, string, number[] | undefined, Record<string, OnnxAttribute>, number[], 'f32' | 'i32'][] = [
      ['sum_last', 'ReduceSum', x, [-1], {}, [3, 4, 1], 'f32'],
      ['sum_01', 'ReduceSum', x, [0, 1], { keepdims: { int: 0 } }, [5], 'f32'],
      ['mean_1', 'ReduceMean', x, [1], { keepdims: { int: 0 } }, [3, 5], 'f32'],
      ['max_all', 'ReduceMax', x, undefined, {}, [1, 1, 1], 'f32'],
      ['min_02', 'ReduceMin', x, [2, 0], {}, [1, 4, 1], 'f32'],
      ['prod_2', 'ReduceProd', x, [2], { keepdims: { int: 0 } }, [3, 4], 'f32'],
      ['mean_all', 'ReduceMean', x, undefined, { keepdims: { int: 0 } }, [], 'f32'],
      ['isum', 'ReduceSum', i, [1], {}, [3, 1, 5], 'i32'],
      ['imax', 'ReduceMax', i, [0], { keepdims: { int: 0 } }, [4, 5], 'i32'],
      ['noop', 'ReduceSum', x, [], { noop_with_empty_axes: { int: 1 } }, [3, 4, 5], 'f32'],
    ];
    for (const [name, op, input, axes, attrs] of cases) g.node(op, axes ? [input, g.int64s(`${name}_axes`, axes)] : [input], attrs, name);
    for (const [name, , , , , shape, type] of cases) g.output(name, type, shape);
    expect(await compareWithOnnxRuntime(g.toModel({ opset: 18 }), { x: data('f32', [3, 4, 5], 301), i: data('i32', [3, 4, 5], 302) })).toEqual([]);
  });

  it('Reduce* with axes as an attribute (opset 13 to 17; ReduceSum takes the input form from 13)', async () => {
    const g = new OnnxGraphBuilder('reduce-attr');
    const x = g.input('x', 'f32', [3, 4, 5]);
    g.node('ReduceMean', [x], { axes: { ints: [-1] } }, 'mean');
    g.node('ReduceMax', [x], { axes: { ints: [0, 2] }, keepdims: { int: 0 } }, 'max');
    g.node('ReduceMin', [x], { axes: { ints: [1] } }, 'min');
    g.node('ReduceSum', [x, g.int64s('axes', [1])], { keepdims: { int: 0 } }, 'sum');
    g.output('mean', 'f32', [3, 4, 1]);
    g.output('max', 'f32', [4]);
    g.output('min', 'f32', [3, 1, 5]);
    g.output('sum', 'f32', [3, 5]);
    expect(await compareWithOnnxRuntime(g.toModel({ opset: 17, irVersion: 8 }), { x: data('f32', [3, 4, 5], 311) })).toEqual([]);
  });

  it('Softmax over every axis, and a Softmax read by a MatMul (normalised after the product)', async () => {
    const g = new OnnxGraphBuilder('softmax');
    const x = g.input('x', 'f32', [2, 3, 5]);
    const v = g.input('v', 'f32', [2, 5, 4]);
    g.node('Softmax', [x], {}, 'last');
    g.node('Softmax', [x], { axis: { int: 0 } }, 'first');
    g.node('Softmax', [x], { axis: { int: 1 } }, 'middle');
    const p = g.node('Softmax', [x], { axis: { int: -1 } });
    g.node('MatMul', [p, v], {}, 'pv');
    for (const name of ['last', 'first', 'middle']) g.output(name, 'f32', [2, 3, 5]);
    g.output('pv', 'f32', [2, 3, 4]);
    expect(await compareWithOnnxRuntime(g.toModel(), { x: data('f32', [2, 3, 5], 321, 4), v: data('f32', [2, 5, 4], 322) })).toEqual([]);
  });

  it('LayerNormalization: last axis, two normalized axes, without bias, epsilon, Mean and InvStdDev outputs', async () => {
    const g = new OnnxGraphBuilder('layernorm');
    const x = g.input('x', 'f32', [3, 4, 6]);
    const gamma = g.initializer('gamma', data('f32', [6], 331));
    const beta = g.initializer('beta', data('f32', [6], 332));
    const gamma2 = g.initializer('gamma2', data('f32', [4, 6], 333));
    g.node('LayerNormalization', [x, gamma, beta], {}, 'ln');
    g.node('LayerNormalization', [x, gamma2], { axis: { int: -2 }, epsilon: { float: 1e-3 } }, 'ln2');
    g.nodeWithOutputs('LayerNormalization', [x, gamma, beta], { epsilon: { float: 1e-4 } }, ['ln3', 'mean3', 'inv3']);
    g.output('ln', 'f32', [3, 4, 6]);
    g.output('ln2', 'f32', [3, 4, 6]);
    g.output('ln3', 'f32', [3, 4, 6]);
    g.output('mean3', 'f32', [3, 4, 1]);
    g.output('inv3', 'f32', [3, 4, 1]);
    expect(await compareWithOnnxRuntime(g.toModel(), { x: data('f32', [3, 4, 6], 334, 5) })).toEqual([]);
  });
});
