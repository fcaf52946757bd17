import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../ir/core/codes.js';
import { evalDim } from '../../ir/dim-expr.js';
import { elementCount, type HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { PitcError } from '../../src/api/errors.js';
import { OPERATORS } from '../../src/onnx/lower/index.js';
import { decodeModel, encodeModel, OnnxAttributeType, type ModelInit, type ModelProto } from '../../src/onnx/proto.js';
import { randomTensor } from '../../src/runtime/random.js';
import { within } from '../api/api-targets.js';
import { attentionBlock, dynamicAttentionBlock, moeLayer, optFfn } from './layer-models.js';

/**
 * Models damaged at random go through compile() and, when they still compile, through run():
 * the answer is diagnostics from the catalogue, or a program whose runs resolve or reject with a
 * PitcError; never another exception, never a hang. The damage is done to the decoded model
 * (an operator swapped for another, attribute values, a node's inputs rewired, an input's dims,
 * an initializer's dims or type, a node dropped) and to the bytes (flips, cuts), so it reaches
 * the lowering of every operator, not only the decoder. Seeds are fixed so a failure reproduces.
 */

const MODELS = [optFfn({ dModel: 8, dFf: 16 }), attentionBlock({ dModel: 8, heads: 2 }), moeLayer({ tokens: 4, dModel: 4, dFf: 6, experts: 3, k: 2 }), dynamicAttentionBlock({ dModel: 8, heads: 2 })];
const OP_TYPES = [...Object.keys(OPERATORS), 'Shape', 'Constant', 'ConstantOfShape', 'Range', 'NonZero', 'Conv'];

const edit = fc.record({
  kind: fc.constantFrom('op', 'attribute', 'rewire', 'input-dims', 'initializer', 'drop', 'flip', 'cut'),
  pick: fc.nat(),
  value: fc.integer({ min: -3, max: 9 }),
  huge: fc.boolean(),
});
const damage = fc.record({ model: fc.nat({ max: MODELS.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) });

type Edit = { kind: string; pick: number; value: number; huge: boolean };

function mutate(model: ModelProto, e: Edit): void {
  const graph = model.graph;
  if (!graph) return;
  const nodes = graph.node;
  const node = nodes[e.pick % Math.max(1, nodes.length)];
  const values = [...graph.input.map((v) => v.name), ...graph.initializer.map((t) => t.name), ...nodes.flatMap((n) => n.output), ''];
  switch (e.kind) {
    case 'op':
      if (node) node.opType = OP_TYPES[e.pick % OP_TYPES.length] as string;
      return;
    case 'attribute': {
      const a = node?.attribute[e.pick % Math.max(1, node.attribute.length)];
      if (!a) return;
      const v = e.huge ? 2n ** 40n : BigInt(e.value);
      if (a.type === OnnxAttributeType.INT) a.i = v;
      else if (a.type === OnnxAttributeType.INTS) a.ints = a.ints.map((_, i) => (i === 0 ? v : BigInt(e.value - i)));
      else if (a.type === OnnxAttributeType.FLOAT) a.f = e.huge ? Number.NaN : e.value / 2;
      return;
    }
    case 'rewire':
      if (node && node.input.length > 0) node.input[e.pick % node.input.length] = values[(e.pick >> 3) % values.length] as string;
      return;
    case 'input-dims': {
      const input = graph.input[e.pick % Math.max(1, graph.input.length)];
      const t = input?.type?.value;
      if (t?.case !== 'tensorType' || !t.value.shape) return;
      const dims = t.value.shape.dim;
      const d = dims[e.pick % Math.max(1, dims.length)];
      if (!d) return;
      if (e.value < 0) d.value = { case: 'dimParam', value: e.value === -1 ? 'batch' : `fresh${e.value}` };
      else d.value = { case: 'dimValue', value: e.huge ? 2n ** 33n : BigInt(e.value) };
      return;
    }
    case 'initializer': {
      const t = graph.initializer[e.pick % Math.max(1, graph.initializer.length)];
      if (!t) return;
      if (e.huge) t.dataType = (e.value + 20) % 17;
      else if (t.dims.length > 0) t.dims[e.pick % t.dims.length] = BigInt(e.value);
      return;
    }
    case 'drop':
      if (nodes.length > 1) nodes.splice(e.pick % nodes.length, 1);
      return;
  }
}

function damaged(index: number, edits: readonly Edit[]): Uint8Array {
  const model = decodeModel(MODELS[index] as Uint8Array);
  for (const e of edits) mutate(model, e);
  let bytes = encodeModel(model as unknown as ModelInit);
  for (const e of edits) {
    const i = e.pick % Math.max(1, bytes.length);
    if (e.kind === 'flip') bytes[i] = (bytes[i] as number) ^ (1 << (e.value & 7));
    if (e.kind === 'cut') bytes = bytes.slice(0, i);
  }
  return bytes;
}

describe('damaged ONNX models', () => {
  it('compile to diagnostics or a program that runs or rejects with a PitcError', async () => {
    let compiled = 0;
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(damage, async ({ model, edits }) => {
        const result = await within(compile(damaged(model, edits), { target: 'ref' }), 15_000, 'compile');
        for (const d of result.diagnostics) expect(Object.hasOwn(CODES, d.code), d.code).toBe(true);
        const program = result.program;
        if (!program) {
          expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        compiled++;
        try {
          const dims = new Map(program.graph.dims.map((d) => [d.name, 3]));
          const sizes = program.graph.tensors.map((t) => elementCount(t.shape.map((d) => evalDim(d, dims) ?? 1)));
          if (sizes.some((n) => n > 1e5)) return; // a damaged dim of 2^33: compiling it is what is tested
          const inputs: Record<string, HostTensor> = {};
          for (const spec of program.inputs) {
            if (spec.role === 'weight') continue;
            const info = program.graph.tensors.find((t) => t.name === spec.name);
            inputs[spec.name] = randomTensor(spec.dtype, (info?.shape ?? []).map((d) => evalDim(d, dims) ?? 1), 5, spec.name);
          }
          await within(
            program.run(inputs, { dims }).then(
              () => void ran++,
              (e: unknown) => {
                if (!(e instanceof PitcError)) throw e;
              },
            ),
            15_000,
            'run',
          );
        } finally {
          await program.dispose();
        }
      }),
      { numRuns: 300, seed: 20261203 },
    );
    // the damage is not all fatal: many models still compile, and run
    expect(compiled).toBeGreaterThan(30);
    expect(ran).toBeGreaterThan(10);
  });
});
