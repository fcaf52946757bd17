import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { data } from './onnx-harness.js';

/**
 * Layers built node for node as torch.onnx.export writes them (value names included: PyTorch
 * names a node's output `/module/Op_output_0` and a transposed weight `onnx::MatMul_N`).
 */

/** OPT's FFN: fc1 (MatMul + Add), ReLU, fc2 (MatMul + Add), over symbolic batch and sequence dims. */
export function optFfn({ dModel, dFf }: { dModel: number; dFf: number }): Uint8Array {
  const g = new OnnxGraphBuilder('opt_ffn');
  const x = g.input('x', 'f32', ['batch', 'seq', dModel]);
  const h = g.node('MatMul', [x, g.initializer('onnx::MatMul_101', data('f32', [dModel, dFf], 1, 0.3))], {}, '/fc1/MatMul_output_0');
  const hb = g.node('Add', [g.initializer('fc1.bias', data('f32', [dFf], 2, 0.1)), h], {}, '/fc1/Add_output_0');
  const a = g.node('Relu', [hb], {}, '/activation_fn/Relu_output_0');
  const y = g.node('MatMul', [a, g.initializer('onnx::MatMul_102', data('f32', [dFf, dModel], 3, 0.3))], {}, '/fc2/MatMul_output_0');
  g.node('Add', [g.initializer('fc2.bias', data('f32', [dModel], 4, 0.1)), y], {}, 'y');
  g.output('y', 'f32', ['batch', 'seq', dModel]);
  return g.toModel({ opset: 17, irVersion: 8 });
}

/** Scaled dot-product attention with a bool mask, as F.scaled_dot_product_attention exports it. */
export function maskedAttention({ heads, seq, headDim }: { heads: number; seq: number; headDim: number }): Uint8Array {
  const g = new OnnxGraphBuilder('masked_attention');
  const q = g.input('q', 'f32', [1, heads, seq, headDim]);
  const k = g.input('k', 'f32', [1, heads, seq, headDim]);
  const v = g.input('v', 'f32', [1, heads, seq, headDim]);
  const mask = g.input('mask', 'bool', [seq, seq]);
  const kt = g.node('Transpose', [k], { perm: { ints: [0, 1, 3, 2] } }, '/Transpose_output_0');
  const s = g.node('MatMul', [q, kt], {}, '/MatMul_output_0');
  const scaled = g.node('Mul', [s, g.scalar('/Constant_output_0', 1 / Math.sqrt(headDim))], {}, '/Mul_output_0');
  const masked = g.node('Where', [mask, scaled, g.scalar('/Constant_1_output_0', -Infinity)], {}, '/Where_output_0');
  const p = g.node('Softmax', [masked], { axis: { int: -1 } }, '/Softmax_output_0');
  g.node('MatMul', [p, v], {}, 'out');
  g.output('out', 'f32', [1, heads, seq, headDim]);
  return g.toModel({ opset: 17, irVersion: 8 });
}

/**
 * A self-attention block: fused qkv projection split three ways, heads split with Reshape and
 * Transpose, a bool mask broadcast over batch and heads, heads merged back, output projection.
 */
export function attentionBlock({ dModel, heads }: { dModel: number; heads: number }): Uint8Array {
  const headDim = dModel / heads;
  const g = new OnnxGraphBuilder('attention_block');
  const x = g.input('x', 'f32', ['batch', 10, dModel]);
  const mask = g.input('mask', 'bool', [1, 1, 10, 10]);
  const qkv = g.node('Add', [g.node('MatMul', [x, g.initializer('onnx::MatMul_201', data('f32', [dModel, 3 * dModel], 11, 0.3))]), g.initializer('qkv.bias', data('f32', [3 * dModel], 12, 0.1))], {}, '/qkv/Add_output_0');
  const [q, k, v] = g.nodeWithOutputs('Split', [qkv, g.int64s('/Constant_output_0', [dModel, dModel, dModel])], { axis: { int: -1 } }, ['/Split_output_0', '/Split_output_1', '/Split_output_2']);
  const headShape = g.int64s('/Constant_1_output_0', [0, 0, heads, headDim]);
  const split = (t: string, perm: number[], name: string): string => g.node('Transpose', [g.node('Reshape', [t, headShape])], { perm: { ints: perm } }, name);
  const qh = split(q as string, [0, 2, 1, 3], '/Transpose_output_0');
  const kh = split(k as string, [0, 2, 3, 1], '/Transpose_1_output_0');
  const vh = split(v as string, [0, 2, 1, 3], '/Transpose_2_output_0');
  const s = g.node('Div', [g.node('MatMul', [qh, kh]), g.scalar('/Constant_2_output_0', Math.sqrt(headDim))], {}, '/Div_output_0');
  const masked = g.node('Where', [mask, s, g.scalar('/Constant_3_output_0', -Infinity)], {}, '/Where_output_0');
  const p = g.node('Softmax', [masked], { axis: { int: 3 } }, '/Softmax_output_0');
  const o = g.node('Transpose', [g.node('MatMul', [p, vh])], { perm: { ints: [0, 2, 1, 3] } }, '/Transpose_3_output_0');
  const merged = g.node('Reshape', [o, g.int64s('/Constant_4_output_0', [0, 0, dModel])], {}, '/Reshape_3_output_0');
  g.node('Add', [g.node('MatMul', [merged, g.initializer('onnx::MatMul_202', data('f32', [dModel, dModel], 13, 0.3))]), g.initializer('out_proj.bias', data('f32', [dModel], 14, 0.1))], {}, 'y');
  g.output('y', 'f32', ['batch', 10, dModel]);
  return g.toModel({ opset: 17, irVersion: 8 });
}

/**
 * A mixture-of-experts layer with its gate, as a dense export writes one: gate logits, softmax,
 * TopK scattered back into zeros (the routing weights r[t, e]), every expert's input scaled by
 * its weight (zero for the experts a token is not routed to), experts as batched MatMuls over
 * stacked weights, and a sum over experts.
 */
export function moeLayer({ tokens, dModel, dFf, experts, k }: { tokens: number; dModel: number; dFf: number; experts: number; k: number }): Uint8Array {
  const g = new OnnxGraphBuilder('moe');
  const x = g.input('hidden_states', 'f32', [tokens, dModel]);
  const logits = g.node('MatMul', [x, g.initializer('gate.weight', data('f32', [dModel, experts], 31, 0.5))], {}, '/gate/MatMul_output_0');
  const probs = g.node('Softmax', [logits], { axis: { int: -1 } }, '/Softmax_output_0');
  const [values, indices] = g.nodeWithOutputs('TopK', [probs, g.int64s('/Constant_output_0', [k])], { axis: { int: -1 } }, ['/TopK_output_0', '/TopK_output_1']);
  const zeros = g.node('ConstantOfShape', [g.node('Shape', [probs])], {}, '/ConstantOfShape_output_0');
  const routing = g.node('ScatterElements', [zeros, indices as string, values as string], { axis: { int: 1 } }, '/ScatterElements_output_0');
  const weights = g.node('Unsqueeze', [g.node('Transpose', [routing], { perm: { ints: [1, 0] } }), g.int64s('/Constant_1_output_0', [2])], {}, '/Unsqueeze_output_0');
  const dispatched = g.node('Mul', [weights, g.node('Unsqueeze', [x, g.int64s('/Constant_2_output_0', [0])])], {}, '/Mul_output_0');
  const hidden = g.node('Relu', [g.node('MatMul', [dispatched, g.initializer('experts.w1', data('f32', [experts, dModel, dFf], 32, 0.3))], {}, '/experts/MatMul_output_0')], {}, '/experts/Relu_output_0');
  const out = g.node('MatMul', [hidden, g.initializer('experts.w2', data('f32', [experts, dFf, dModel], 33, 0.3))], {}, '/experts/MatMul_1_output_0');
  g.node('ReduceSum', [out, g.int64s('/Constant_3_output_0', [0])], { keepdims: { int: 0 } }, 'y');
  g.output('y', 'f32', [tokens, dModel]);
  return g.toModel({ opset: 17, irVersion: 8 });
}

/**
 * The attention block as the TorchScript exporter writes it with dynamic axes: batch and sequence
 * symbolic, and every Reshape target computed from `Shape` (Gather, Unsqueeze, Concat, a Mul that
 * flattens batch × sequence for the output projection).
 */
export function dynamicAttentionBlock({ dModel, heads }: { dModel: number; heads: number }): Uint8Array {
  const headDim = dModel / heads;
  const g = new OnnxGraphBuilder('dynamic_attention_block');
  const x = g.input('x', 'f32', ['batch', 'seq', dModel]);
  const mask = g.input('mask', 'bool', ['batch', 1, 'seq', 'seq']);
  const shape = g.node('Shape', [x], {}, '/Shape_output_0');
  const dim = (i: number, name: string): string => g.node('Unsqueeze', [g.node('Gather', [shape, g.node('Constant', [], { value_int: { int: i } })], { axis: { int: 0 } }), g.int64s(`${name}_axes`, [0])], {}, name);
  const b = dim(0, '/Unsqueeze_output_0');
  const s = dim(1, '/Unsqueeze_1_output_0');
  const headShape = g.node('Concat', [b, s, g.int64s('/Constant_h', [heads]), g.int64s('/Constant_d', [headDim])], { axis: { int: 0 } }, '/Concat_output_0');
  const proj = (name: string, seed: number): string => g.node('MatMul', [x, g.initializer(name, data('f32', [dModel, dModel], seed, 0.3))]);
  const heads4 = (t: string, perm: number[]): string => g.node('Transpose', [g.node('Reshape', [t, headShape])], { perm: { ints: perm } });
  const q = heads4(proj('q.weight', 41), [0, 2, 1, 3]);
  const k = heads4(proj('k.weight', 42), [0, 2, 3, 1]);
  const v = heads4(proj('v.weight', 43), [0, 2, 1, 3]);
  const scores = g.node('Where', [mask, g.node('Mul', [g.node('MatMul', [q, k]), g.scalar('scale', 1 / Math.sqrt(headDim))]), g.scalar('minus_inf', -Infinity)]);
  const o = g.node('Transpose', [g.node('MatMul', [g.node('Softmax', [scores], { axis: { int: -1 } }), v])], { perm: { ints: [0, 2, 1, 3] } });
  // flatten to [batch * seq, dModel] for the projection, then back
  const rows = g.node('Unsqueeze', [g.node('Mul', [g.node('Squeeze', [b]), g.node('Squeeze', [s])]), g.int64s('/rows_axes', [0])]);
  const flat = g.node('Reshape', [o, g.node('Concat', [rows, g.int64s('/Constant_D', [dModel])], { axis: { int: 0 } })], {}, '/Reshape_flat');
  const out = g.node('MatMul', [flat, g.initializer('o.weight', data('f32', [dModel, dModel], 44, 0.3))]);
  g.node('Reshape', [out, g.node('Concat', [b, s, g.int64s('/Constant_D2', [dModel])], { axis: { int: 0 } })], {}, 'y');
  g.output('y', 'f32', ['batch', 'seq', dModel]);
  return g.toModel({ opset: 17, irVersion: 8 });
}
