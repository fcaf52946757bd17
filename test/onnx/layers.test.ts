import { afterAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import type { PitProgram } from '../../src/api/program.js';
import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { compareWithOnnxRuntime, data, onnxDifference, runOnnxRuntime } from './onnx-harness.js';
import { attentionBlock, dynamicAttentionBlock, maskedAttention, moeLayer, optFfn } from './layer-models.js';

/**
 * Whole layers as PyTorch exports them (node for node: MatMul + Add for Linear, or Gemm with
 * transB; exact GELU through Erf; an RMS norm from Pow / ReduceMean / Add / Sqrt / Div; masked
 * attention with Where(mask, s, -inf)), compared with onnxruntime on every target, and checked
 * to get the PIT rule a hand-written .pit program gets where the layer is sparse.
 */

const programs: PitProgram[] = [];
afterAll(async () => {
  await Promise.all(programs.map((p) => p.dispose()));
});

/** The plan of the op that defines `tensor` (ONNX name), compiled for wasm. */
async function planOf(model: Uint8Array, tensor: string, options: Parameters<typeof compile>[1] = {}) {
  const compiled = await compile(model, { file: 'layer.onnx', target: 'wasm', threads: 1, ...options });
  if (!compiled.program) throw new Error(compiled.formatted);
  programs.push(compiled.program);
  return { program: compiled.program, plan: compiled.program.analysis.plan.ops.find((p) => p.op === tensor) };
}

describe('whole layers from ONNX against onnxruntime, with their PIT rules', () => {
  it("OPT FFN (MatMul + Add + Relu + MatMul + Add) over symbolic batch and sequence dims: the ReLU's zeros are skipped in the second MatMul", async () => {
    const model = optFfn({ dModel: 48, dFf: 160 });
    const x = data('f32', [2, 9, 48], 501);
    expect(await compareWithOnnxRuntime(model, { x })).toEqual([]);
    const { plan, program } = await planOf(model, '/fc2/MatMul_output_0');
    expect(plan?.mode).toBe('pit');
    expect(plan?.rule?.operand).toBe('/activation_fn/Relu_output_0');
    expect(program.analysis.facts.get('/activation_fn/Relu_output_0')?.dynamic).toBe(true);
    // the run takes the PIT form (its index is built; dense when the density is above the crossover)
    const report = await program.execute({ x });
    expect(report.ops.find((o) => o.name === '/fc2/MatMul_output_0')?.detail?.['rule']).toBe('/activation_fn/Relu_output_0[i, j, l] along l (store)');
  });

  it('masked attention (Transpose, MatMul, Mul, Where(mask, s, -inf), Softmax, MatMul): the bool mask input is dynamic and skipped in p·v', async () => {
    const model = maskedAttention({ heads: 2, seq: 12, headDim: 8 });
    const mask = data('bool', [12, 12], 511);
    for (let i = 0; i < 12; i++) (mask.data as Uint8Array)[i * 13] = 1; // every query keeps itself
    const inputs = { q: data('f32', [1, 2, 12, 8], 512), k: data('f32', [1, 2, 12, 8], 513), v: data('f32', [1, 2, 12, 8], 514), mask };
    expect(await compareWithOnnxRuntime(model, inputs)).toEqual([]);
    const { plan, program } = await planOf(model, 'out');
    expect(program.analysis.facts.get('mask')?.dynamic).toBe(true);
    expect(plan?.mode).toBe('pit');
    expect(program.analysis.facts.get(plan?.rule?.operand ?? '')?.fill).toBe(0);
    // a fully masked row is NaN in onnxruntime and in pitc alike (the guard runs it densely)
    const empty = { ...mask, data: (mask.data as Uint8Array).map((v, i) => (i < 12 ? 0 : v)) };
    const want = (await runOnnxRuntime(model, { ...inputs, mask: empty })).get('out') as HostTensor;
    const got = (await program.run({ ...inputs, mask: empty }))['out'];
    expect(Number.isNaN(want.data[0])).toBe(true);
    expect(onnxDifference(got, want)).toBeUndefined();
  });

  it('an attention block as exported: fused qkv Linear, Split, head Reshape/Transpose, masked softmax, merge heads, output Linear', async () => {
    const model = attentionBlock({ dModel: 32, heads: 4 });
    const mask = data('bool', [1, 1, 10, 10], 521);
    for (let i = 0; i < 10; i++) (mask.data as Uint8Array)[i * 11] = 1;
    expect(await compareWithOnnxRuntime(model, { x: data('f32', [2, 10, 32], 522), mask })).toEqual([]);
  });

  it('the attention block exported with dynamic axes: Reshape targets computed from Shape over symbolic batch and sequence', async () => {
    const model = dynamicAttentionBlock({ dModel: 16, heads: 2 });
    for (const [batch, seq] of [
      [2, 7],
      [1, 3],
    ] as const) {
      const mask = data('bool', [batch, 1, seq, seq], 525 + seq);
      for (let b = 0; b < batch; b++) for (let i = 0; i < seq; i++) (mask.data as Uint8Array)[b * seq * seq + i * (seq + 1)] = 1;
      expect(await compareWithOnnxRuntime(model, { x: data('f32', [batch, seq, 16], 526 + seq), mask })).toEqual([]);
    }
  });

  it('LayerNormalization + exact GELU as exported before opset 20 (Div, Erf, Add, Mul, Mul), and the Gelu op of opset 20', async () => {
    for (const opset of [17, 20]) {
      const g = new OnnxGraphBuilder('ln-gelu');
      const x = g.input('x', 'f32', ['batch', 16]);
      const ln = g.node('LayerNormalization', [x, g.initializer('ln.weight', data('f32', [16], 531)), g.initializer('ln.bias', data('f32', [16], 532))], { epsilon: { float: 1e-5 } });
      const h = g.node('Add', [g.node('MatMul', [ln, g.initializer('fc.weight', data('f32', [16, 24], 533))]), g.initializer('fc.bias', data('f32', [24], 534))]);
      if (opset === 20) g.node('Gelu', [h], {}, 'y');
      else {
        const erf = g.node('Erf', [g.node('Div', [h, g.scalar('sqrt2', Math.SQRT2)])]);
        g.node('Mul', [g.node('Mul', [h, g.node('Add', [erf, g.scalar('one', 1)])]), g.scalar('half', 0.5)], {}, 'y');
      }
      g.output('y', 'f32', ['batch', 24]);
      expect(await compareWithOnnxRuntime(g.toModel({ opset }), { x: data('f32', [7, 16], 535, 3) })).toEqual([]);
    }
  });

  it('a Linear exported as Gemm with transB, then ReLU and a second Gemm: the ReLU is skipped there too', async () => {
    const g = new OnnxGraphBuilder('gemm-linear');
    const x = g.input('input', 'f32', [6, 20]);
    const h = g.node('Gemm', [x, g.initializer('fc1.weight', data('f32', [40, 20], 541)), g.initializer('fc1.bias', data('f32', [40], 542))], { transB: { int: 1 } });
    const r = g.node('Relu', [h], {}, 'hidden');
    g.node('Gemm', [r, g.initializer('fc2.weight', data('f32', [8, 40], 543)), g.initializer('fc2.bias', data('f32', [8], 544))], { alpha: { float: 1 }, beta: { float: 1 }, transB: { int: 1 } }, 'output');
    g.output('output', 'f32', [6, 8]);
    const model = g.toModel({ opset: 17 });
    expect(await compareWithOnnxRuntime(model, { input: data('f32', [6, 20], 545) })).toEqual([]);
    const { plan } = await planOf(model, 'output');
    expect(plan?.mode).toBe('pit');
    expect(plan?.rule?.operand).toBe('hidden');
  });

  it('an MoE layer with its gate (Softmax, TopK scattered into zeros, experts as batched MatMuls): routing is one top[...] and the experts skip unrouted tokens', async () => {
    const model = moeLayer({ tokens: 12, dModel: 16, dFf: 24, experts: 4, k: 2 });
    expect(await compareWithOnnxRuntime(model, { hidden_states: data('f32', [12, 16], 561) })).toEqual([]);
    const { plan, program } = await planOf(model, '/experts/MatMul_output_0');
    expect(program.analysis.facts.get('/ScatterElements_output_0')?.dynamic).toBe(true);
    expect(program.analysis.facts.get('/Mul_output_0')?.dynamic).toBe(true);
    expect(plan?.mode).toBe('pit');
    expect(plan?.rule?.operand).toBe('/Mul_output_0');
    expect(program.source.text).toMatch(/ScatterElements_output_0\[i, j\] = top\[j, 2\] /);
  });

  it('an RMS norm decomposed into Pow, ReduceMean, Add, Sqrt, Div (and a weight Mul)', async () => {
    const g = new OnnxGraphBuilder('rmsnorm');
    const x = g.input('hidden_states', 'f32', ['batch', 'seq', 32]);
    const variance = g.node('ReduceMean', [g.node('Pow', [x, g.scalar('two', 2)]), g.int64s('axes', [-1])], { keepdims: { int: 1 } });
    const normed = g.node('Div', [x, g.node('Sqrt', [g.node('Add', [variance, g.scalar('eps', 1e-6)])])]);
    g.node('Mul', [g.initializer('weight', data('f32', [32], 551)), normed], {}, 'y');
    g.output('y', 'f32', ['batch', 'seq', 32]);
    expect(await compareWithOnnxRuntime(g.toModel({ opset: 18 }), { hidden_states: data('f32', [3, 5, 32], 552, 4) })).toEqual([]);
  });
});
