import { describe, expect, it } from 'vitest';
import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { compareWithOnnxRuntime, data } from './onnx-harness.js';

/**
 * Operators that change how a value is read (pitc reads through a view, no copy), Concat, and
 * the constant computations exporters write (Shape → Gather → Unsqueeze → Concat → Reshape),
 * folded at import. Each result goes through an elementwise op or a MatMul too, so views are
 * read by statements, not only copied out.
 */

describe('ONNX shape operators against onnxruntime', () => {
  it('Transpose, Reshape (0, -1, split and merged dims), Flatten, Squeeze, Unsqueeze, Expand, Identity', async () => {
    const g = new OnnxGraphBuilder('views');
    const x = g.input('x', 'f32', [2, 3, 4]);
    const w = g.input('w', 'f32', [12, 5]);
    const cases: [string, string, number[]][] = [];
    const add = (name: string, value: string, shape: number[]): void => {
      g.node('Neg', [value], {}, name);
      cases.push([name, value, shape]);
    };
    add('t_default', g.node('Transpose', [x]), [4, 3, 2]);
    add('t_perm', g.node('Transpose', [x], { perm: { ints: [1, 0, 2] } }), [3, 2, 4]);
    add('r_split', g.node('Reshape', [x, g.int64s('s1', [0, 3, 2, 2])]), [2, 3, 2, 2]);
    add('r_merge', g.node('Reshape', [x, g.int64s('s2', [-1, 4])]), [6, 4]);
    add('r_flat', g.node('Reshape', [x, g.int64s('s4', [-1])]), [24]);
    const r2 = g.node('Reshape', [x, g.int64s('s5', [2, 12])]);
    g.node('MatMul', [r2, w], {}, 'merged_matmul');
    cases.push(['merged_matmul', r2, [2, 5]]);
    add('flat0', g.node('Flatten', [x], { axis: { int: 0 } }), [1, 24]);
    add('flat2', g.node('Flatten', [x], { axis: { int: 2 } }), [6, 4]);
    add('flat_neg', g.node('Flatten', [x], { axis: { int: -1 } }), [6, 4]);
    const u = g.node('Unsqueeze', [x, g.int64s('u', [0, 3])]);
    add('unsq', u, [1, 2, 3, 1, 4]);
    add('sq', g.node('Squeeze', [u, g.int64s('q', [0])]), [2, 3, 1, 4]);
    add('sq_all', g.node('Squeeze', [u]), [2, 3, 4]);
    const col = g.input('col', 'f32', [3, 1]);
    add('expand', g.node('Expand', [col, g.int64s('e', [2, 3, 4])]), [2, 3, 4]);
    add('expand_keep', g.node('Expand', [x, g.int64s('e2', [1, 1])]), [2, 3, 4]);
    add('identity', g.node('Identity', [x]), [2, 3, 4]);
    // a transpose of a reshape, read by a MatMul: the attention head split
    const heads = g.node('Transpose', [g.node('Reshape', [x, g.int64s('s6', [2, 3, 2, 2])])], { perm: { ints: [0, 2, 1, 3] } });
    g.node('MatMul', [heads, g.node('Transpose', [heads], { perm: { ints: [0, 1, 3, 2] } })], {}, 'scores');
    cases.push(['scores', heads, [2, 2, 3, 3]]);
    for (const [name, , shape] of cases) g.output(name, 'f32', shape);
    // a graph output that is a view of an input
    g.node('Reshape', [x, g.int64s('s7', [6, 4])], {}, 'out_view');
    g.output('out_view', 'f32', [6, 4]);
    expect(await compareWithOnnxRuntime(g.toModel(), { x: data('f32', [2, 3, 4], 401), w: data('f32', [12, 5], 402), col: data('f32', [3, 1], 403) })).toEqual([]);
  });

  it('Slice (axes, steps, negative and clamped bounds, reversed), Split (input sizes, equal, num_outputs), Gather at constant indices', async () => {
    const g = new OnnxGraphBuilder('slices');
    const x = g.input('x', 'f32', [6, 8]);
    const outputs: [string, number[]][] = [];
    const add = (name: string, value: string, shape: number[]): void => {
      g.node('Relu', [value], {}, name);
      outputs.push([name, shape]);
    };
    add('s_basic', g.node('Slice', [x, g.int64s('st1', [1, 2]), g.int64s('en1', [4, 7])]), [3, 5]);
    add('s_axes', g.node('Slice', [x, g.int64s('st2', [-3]), g.int64s('en2', [9223372036854775807n]), g.int64s('ax2', [1])]), [6, 3]);
    add('s_step', g.node('Slice', [x, g.int64s('st3', [0, 1]), g.int64s('en3', [6, 8]), g.int64s('ax3', [0, 1]), g.int64s('sp3', [2, 3])]), [3, 3]);
    add('s_rev', g.node('Slice', [x, g.int64s('st4', [-1]), g.int64s('en4', [-100]), g.int64s('ax4', [0]), g.int64s('sp4', [-1])]), [6, 8]);
    const [p0, p1, p2] = g.nodeWithOutputs('Split', [x, g.int64s('sizes', [2, 5, 1])], { axis: { int: 1 } }, ['p0', 'p1', 'p2']);
    add('split0', p0 as string, [6, 2]);
    add('split1', p1 as string, [6, 5]);
    add('split2', p2 as string, [6, 1]);
    add('gather_one', g.node('Gather', [x, g.int64s('gi', [2])], { axis: { int: 1 } }), [6, 1]);
    add('gather_scalar', g.node('Gather', [x, g.node('Constant', [], { value_int: { int: -2 } })], { axis: { int: 1 } }), [6]);
    add('gather_range', g.node('Gather', [x, g.int64s('gr', [1, 2, 3])]), [3, 8]);
    for (const [name, shape] of outputs) g.output(name, 'f32', shape);
    const model18 = g.toModel({ opset: 18 });
    expect(await compareWithOnnxRuntime(model18, { x: data('f32', [6, 8], 411) })).toEqual([]);

    // opset 13: no sizes means equal parts
    const e = new OnnxGraphBuilder('split13');
    const z = e.input('z', 'f32', [6, 8]);
    const [e0, e1] = e.nodeWithOutputs('Split', [z], {}, ['e0', 'e1']);
    e.node('Neg', [e0 as string], {}, 'even0');
    e.node('Neg', [e1 as string], {}, 'even1');
    e.output('even0', 'f32', [3, 8]);
    e.output('even1', 'f32', [3, 8]);
    expect(await compareWithOnnxRuntime(e.toModel({ opset: 13 }), { z: data('f32', [6, 8], 413) })).toEqual([]);

    const h = new OnnxGraphBuilder('split18');
    const y = h.input('y', 'f32', [7, 3]);
    const [q0, q1, q2] = h.nodeWithOutputs('Split', [y], { axis: { int: 0 }, num_outputs: { int: 3 } }, ['q0', 'q1', 'q2']);
    h.node('Abs', [q0 as string], {}, 'a0');
    h.node('Abs', [q1 as string], {}, 'a1');
    h.node('Abs', [q2 as string], {}, 'a2');
    h.output('a0', 'f32', [3, 3]);
    h.output('a1', 'f32', [3, 3]);
    h.output('a2', 'f32', [1, 3]);
    expect(await compareWithOnnxRuntime(h.toModel({ opset: 18 }), { y: data('f32', [7, 3], 412) })).toEqual([]);
  });

  it('Concat of equal pieces (a view by piece) and of unequal ones, on several axes', async () => {
    const g = new OnnxGraphBuilder('concat');
    const a = g.input('a', 'f32', [2, 3]);
    const b = g.input('b', 'f32', [2, 3]);
    const c = g.input('c', 'f32', [2, 5]);
    const ia = g.input('ia', 'i32', [2, 3]);
    g.node('Concat', [a, b, a], { axis: { int: 0 } }, 'rows');
    g.node('Concat', [a, b], { axis: { int: -1 } }, 'cols');
    g.node('Concat', [a, c, b], { axis: { int: 1 } }, 'uneven');
    g.node('Concat', [ia, ia], { axis: { int: 1 } }, 'ints');
    g.node('Concat', [a], { axis: { int: 0 } }, 'single');
    // a concat read through a reshape: halves of a rotary embedding, swapped and negated
    const [h0, h1] = g.nodeWithOutputs('Split', [c, g.int64s('halves', [2, 3])], { axis: { int: 1 } }, ['h0', 'h1']);
    void h0;
    const rot = g.node('Concat', [g.node('Neg', [h1 as string]), g.node('Slice', [a, g.int64s('st', [0]), g.int64s('en', [3]), g.int64s('ax', [1])])], { axis: { int: 1 } });
    g.node('Mul', [rot, rot], {}, 'rot_sq');
    g.output('rows', 'f32', [6, 3]);
    g.output('cols', 'f32', [2, 6]);
    g.output('uneven', 'f32', [2, 11]);
    g.output('ints', 'i32', [2, 6]);
    g.output('single', 'f32', [2, 3]);
    g.output('rot_sq', 'f32', [2, 6]);
    const inputs = { a: data('f32', [2, 3], 421), b: data('f32', [2, 3], 422), c: data('f32', [2, 5], 423), ia: data('i32', [2, 3], 424) };
    expect(await compareWithOnnxRuntime(g.toModel({ opset: 13 }), inputs)).toEqual([]);
  });

  it('Constant forms and shape computations folded at import (Shape, Gather, Unsqueeze, Concat, ConstantOfShape, Range, Cast)', async () => {
    const g = new OnnxGraphBuilder('folding');
    const x = g.input('x', 'f32', [2, 3, 4]);
    const shape = g.node('Shape', [x]);
    const batch = g.node('Gather', [shape, g.int64s('zero', [0])], { axis: { int: 0 } });
    const rest = g.node('Mul', [g.node('Gather', [shape, g.int64s('one', [1])]), g.node('Gather', [shape, g.int64s('two', [2])])]);
    const target = g.node('Concat', [batch, rest], { axis: { int: 0 } });
    g.node('Reshape', [x, target], {}, 'flat');
    const seven = g.node('Constant', [], { value_float: { float: 7 } });
    g.node('Mul', [x, seven], {}, 'times7');
    const ints = g.node('Constant', [], { value_ints: { ints: [3, 4] } });
    const fill = g.node('ConstantOfShape', [ints]);
    g.node('Add', [x, fill], {}, 'plus_zero');
    const scalar = (v: number): string => g.node('Constant', [], { value_int: { int: v } });
    const r = g.node('Cast', [g.node('Range', [scalar(0), scalar(4), scalar(1)])], { to: { int: 1 } });
    g.node('Add', [x, r], {}, 'plus_range');
    const half = g.node('Sqrt', [g.node('Constant', [], { value_float: { float: 0.25 } })]);
    g.node('Mul', [x, half], {}, 'times_half');
    g.output('flat', 'f32', [2, 12]);
    g.output('times7', 'f32', [2, 3, 4]);
    g.output('plus_zero', 'f32', [2, 3, 4]);
    g.output('plus_range', 'f32', [2, 3, 4]);
    g.output('times_half', 'f32', [2, 3, 4]);
    expect(await compareWithOnnxRuntime(g.toModel(), { x: data('f32', [2, 3, 4], 431) })).toEqual([]);
  });
});
