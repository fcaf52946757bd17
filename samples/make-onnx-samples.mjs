// Writes samples/opt-ffn.onnx: the FFN of an OPT layer (fc1, ReLU, fc2) as torch.onnx.export
// writes it (MatMul + Add per Linear, PyTorch's value names), hidden size 32, inner size 128,
// symbolic batch and sequence dims, seeded weights. Three quarters of the fc1 biases are -4, so
// those neurons are off for almost every token, as most of a trained OPT model's are: the ReLU
// output is mostly zeros, in whole columns, and pitc skips them in fc2.
//
//   npm run build && node samples/make-onnx-samples.mjs      (test/samples/onnx-sample.test.ts
//                                                              checks the file is what this writes)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OnnxGraphBuilder } from '../dist/src/onnx/graph-builder.js';
import { randomTensor } from '../dist/src/runtime/random.js';

const D_MODEL = 32;
const D_FF = 128;

function weights(name, shape, scale) {
  const t = randomTensor('f32', shape, 2026, name);
  return { ...t, data: t.data.map((v) => Math.fround(v * scale)) };
}

/** The OPT FFN model as ONNX file bytes. */
export function optFfnModel() {
  const g = new OnnxGraphBuilder('main_graph');
  const x = g.input('hidden_states', 'f32', ['batch', 'seq', D_MODEL]);
  const bias = weights('fc1.bias', [D_FF], 0.1);
  bias.data.forEach((v, f) => (bias.data[f] = f % 4 === 0 ? v : -4));
  const h = g.node('MatMul', [x, g.initializer('onnx::MatMul_17', weights('fc1', [D_MODEL, D_FF], 0.3))], {}, '/fc1/MatMul_output_0');
  const hb = g.node('Add', [g.initializer('fc1.bias', bias), h], {}, '/fc1/Add_output_0');
  const a = g.node('Relu', [hb], {}, '/activation_fn/Relu_output_0');
  const y = g.node('MatMul', [a, g.initializer('onnx::MatMul_18', weights('fc2', [D_FF, D_MODEL], 0.3))], {}, '/fc2/MatMul_output_0');
  g.node('Add', [g.initializer('fc2.bias', weights('fc2.bias', [D_MODEL], 0.1)), y], {}, 'output');
  g.output('output', 'f32', ['batch', 'seq', D_MODEL]);
  return g.toModel({ opset: 17, irVersion: 8 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('./opt-ffn.onnx', import.meta.url));
  const bytes = optFfnModel();
  writeFileSync(file, bytes);
  console.log(`wrote ${file} (${bytes.length} bytes)`);
}
