import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { compareWithOnnxRuntime, data } from '../onnx/onnx-harness.js';

/**
 * samples/opt-ffn.onnx is what samples/make-onnx-samples.mjs writes (the script is the source
 * of the file, not an editor); it runs like onnxruntime runs it, and its fc2 takes the PIT rule
 * on the ReLU output, as README.md shows.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const file = join(ROOT, 'samples', 'opt-ffn.onnx');

describe('samples/opt-ffn.onnx', () => {
  it('is the bytes the script writes, tens of KB', async () => {
    const script = (await import(join(ROOT, 'samples', 'make-onnx-samples.mjs'))) as { optFfnModel: () => Uint8Array };
    const committed = new Uint8Array(readFileSync(file));
    expect(committed.length).toBeLessThan(64 * 1024);
    expect(Buffer.from(script.optFfnModel()).equals(Buffer.from(committed))).toBe(true);
  });

  it('runs like onnxruntime runs it, and its ReLU zeros are skipped in fc2', async () => {
    const model = new Uint8Array(readFileSync(file));
    expect(await compareWithOnnxRuntime(model, { hidden_states: data('f32', [2, 7, 32], 701, 2) })).toEqual([]);
    const compiled = await compile(model, { file: 'samples/opt-ffn.onnx', target: 'wasm', threads: 1 });
    const plan = compiled.program?.analysis.plan.ops.find((p) => p.op === '/fc2/MatMul_output_0');
    await compiled.program?.dispose();
    expect(plan?.mode).toBe('pit');
    expect(plan?.rule?.operand).toBe('/activation_fn/Relu_output_0');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('pitc run samples/opt-ffn.onnx');
  });
});
