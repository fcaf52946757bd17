import { beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/onnxruntime.js';
import { decodeModel, OnnxAttributeType, OnnxDataType } from '../../src/onnx/proto.js';
import { randomTensor } from '../../src/runtime/random.js';

const f32 = (shape: number[], data: number[]): HostTensor => ({ dtype: 'f32', shape, data: Float32Array.from(data) });

describe('OnnxGraphBuilder: the encoded model', () => {
  it('decodes back to what was built: inputs, outputs, initializers, nodes, attributes, opset', () => {
    const g = new OnnxGraphBuilder('probe');
    const x = g.input('x', 'f32', ['T', 3]);
    const w = g.initializer('w', f32([3, 2], [1, 2, 3, 4, 5, 6]));
    const y = g.node('MatMul', [x, w]);
    const z = g.node('Softmax', [y], { axis: { int: -1 } });
    g.node('LeakyRelu', [z], { alpha: { float: 0.5 } }, 'leaky');
    g.node('Transpose', ['leaky'], { perm: { ints: [1, 0] } }, 't');
    g.int64s('axes', [0, -1]);
    g.output('t', 'f32', [2, 'T']);
    const model = decodeModel(g.toModel({ opset: 20, irVersion: 9 }));

    expect(model.irVersion).toBe(9n);
    expect(model.opsetImport.map((o) => [o.domain, o.version])).toEqual([['', 20n]]);
    const graph = model.graph!;
    expect(graph.name).toBe('probe');
    expect(graph.input.map((i) => i.name)).toEqual(['x']);
    const xType = graph.input[0]!.type!.value;
    expect(xType.case).toBe('tensorType');
    if (xType.case !== 'tensorType') return;
    expect(xType.value.elemType).toBe(OnnxDataType.FLOAT);
    expect(xType.value.shape!.dim.map((d) => d.value.value)).toEqual(['T', 3n]);
    expect(graph.output.map((o) => o.name)).toEqual(['t']);

    const [wInit, axes] = graph.initializer;
    expect(wInit!.name).toBe('w');
    expect(wInit!.dims).toEqual([3n, 2n]);
    expect(wInit!.dataType).toBe(OnnxDataType.FLOAT);
    expect([...new Float32Array(wInit!.rawData.slice().buffer)]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(axes!.dataType).toBe(OnnxDataType.INT64);
    expect([...new BigInt64Array(axes!.rawData.slice().buffer)]).toEqual([0n, -1n]);

    expect(graph.node.map((n) => [n.opType, n.input, n.output])).toEqual([
      ['MatMul', ['x', 'w'], [y]],
      ['Softmax', [y], [z]],
      ['LeakyRelu', [z], ['leaky']],
      ['Transpose', ['leaky'], ['t']],
    ]);
    expect(new Set(graph.node.map((n) => n.name)).size).toBe(4); // node names are unique
    const attr = (node: number) => graph.node[node]!.attribute[0]!;
    expect([attr(1).type, attr(1).i]).toEqual([OnnxAttributeType.INT, -1n]);
    expect([attr(2).type, attr(2).f]).toEqual([OnnxAttributeType.FLOAT, 0.5]);
    expect([attr(3).type, attr(3).ints]).toEqual([OnnxAttributeType.INTS, [1n, 0n]]);
  });

  it('copies initializers that live in shared memory (a wasm program output) and keeps views exact', () => {
    const shared = new Float32Array(new SharedArrayBuffer(32));
    shared.set([9, 1, 2, 3, 4, 9, 9, 9]);
    const view = new Float32Array(shared.buffer, 4, 4); // an offset view: only its 4 values go in
    const g = new OnnxGraphBuilder('shared');
    g.output(g.node('Identity', [g.initializer('c', { dtype: 'f32', shape: [2, 2], data: view })]), 'f32', [2, 2]);
    const init = decodeModel(g.toModel()).graph!.initializer[0]!;
    expect([...new Float32Array(init.rawData.slice().buffer)]).toEqual([1, 2, 3, 4]);
  });

  it('refuses a graph that reads an undefined value, defines a name twice or has no output', () => {
    const g = new OnnxGraphBuilder('bad');
    const x = g.input('x', 'f32', [2]);
    expect(() => g.node('Relu', ['nope'])).toThrow(/node Relu reads 'nope', which is not defined yet/);
    expect(() => g.input('x', 'f32', [2])).toThrow(/'x' is defined twice/);
    expect(() => g.node('Relu', [x], {}, 'x')).toThrow(/'x' is defined twice/);
    expect(() => g.output('y', 'f32', [2])).toThrow(/output 'y' is not defined/);
    expect(() => g.toModel()).toThrow(/has no output/);
    // an omitted optional input is an empty name, as in ONNX
    expect(g.node('Clip', [x, '', ''])).toMatch(/^clip_/);
  });
});

describe('onnxruntime-node runs what the builder writes', () => {
  let ort: OnnxRuntime;
  beforeAll(async () => {
    const loaded = await loadOnnxRuntime();
    if (typeof loaded === 'string') throw new Error(loaded); // a devDependency: its absence is a broken install
    ort = loaded;
  });

  it('masked attention with odd shapes matches a float64 loop (Transpose, MatMul, Mul, Where, Softmax)', async () => {
    const [H, S, D] = [2, 5, 3];
    const q = randomTensor('f32', [H, S, D], 1, 'q');
    const k = randomTensor('f32', [H, S, D], 2, 'k');
    const v = randomTensor('f32', [H, S, D], 3, 'v');
    const mask: HostTensor = { dtype: 'bool', shape: [S, S], data: Uint8Array.from({ length: S * S }, (_, n) => (n % 3 === 0 || n % (S + 1) === 0 ? 1 : 0)) };
    const g = new OnnxGraphBuilder('attention');
    const [qi, ki, vi] = ['q', 'k', 'v'].map((n) => g.input(n, 'f32', [H, S, D])) as [string, string, string];
    const scores = g.node('Mul', [g.node('MatMul', [qi, g.node('Transpose', [ki], { perm: { ints: [0, 2, 1] } })]), g.scalar('scale', 0.5)]);
    const p = g.node('Softmax', [g.node('Where', [g.input('mask', 'bool', [S, S]), scores, g.scalar('ninf', -Infinity)])], { axis: { int: -1 } });
    g.output(g.node('MatMul', [p, vi], {}, 'o'), 'f32', [H, S, D]);

    const session = await ort.createSession(g.toModel(), { threads: 1 });
    const o = (await session.run(session.feeds({ q, k, v, mask }))).get('o')!;
    await session.release();

    expect(o.dtype).toBe('f32');
    expect(o.shape).toEqual([H, S, D]);
    const at = (t: HostTensor, h: number, i: number, d: number) => t.data[(h * S + i) * D + d] as number;
    for (let h = 0; h < H; h++) {
      for (let i = 0; i < S; i++) {
        const s = Array.from({ length: S }, (_, j) => {
          let dot = 0;
          for (let d = 0; d < D; d++) dot += at(q, h, i, d) * at(k, h, j, d);
          return mask.data[i * S + j] ? 0.5 * dot : -Infinity;
        });
        const mx = Math.max(...s);
        const e = s.map((x) => Math.exp(x - mx));
        const z = e.reduce((a, b) => a + b, 0);
        for (let d = 0; d < D; d++) {
          let sum = 0;
          for (let j = 0; j < S; j++) sum += (e[j] as number) * at(v, h, j, d);
          expect(at(o, h, i, d)).toBeCloseTo(sum / z, 5);
        }
      }
    }
  });

  it('int64 operands and integer and bool outputs come back as pitc tensors (Unsqueeze, ReduceSum, Add, Or)', async () => {
    const g = new OnnxGraphBuilder('types');
    const x = g.input('x', 'f32', [2, 3]);
    const sum = g.node('ReduceSum', [g.node('Unsqueeze', [x, g.int64s('axis0', [0])]), g.int64s('axes', [0, 2])], { keepdims: { int: 0 } }, 'sum');
    g.output(sum, 'f32', [2]);
    g.output(g.node('Add', [g.input('i', 'i32', [3]), g.initializer('one', { dtype: 'i32', shape: [3], data: Int32Array.of(1, 2, 3) })], {}, 'inc'), 'i32', [3]);
    g.output(g.node('Or', [g.input('b', 'bool', [3]), g.initializer('c', { dtype: 'bool', shape: [3], data: Uint8Array.of(0, 0, 1) })], {}, 'or'), 'bool', [3]);
    const session = await ort.createSession(g.toModel(), { threads: 1 });
    const out = await session.run(
      session.feeds({ x: f32([2, 3], [1, 2, 3, 4, 5, 6]), i: { dtype: 'i32', shape: [3], data: Int32Array.of(10, 20, 30) }, b: { dtype: 'bool', shape: [3], data: Uint8Array.of(1, 0, 0) } }),
    );
    await session.release();
    expect(out.get('sum')).toEqual({ dtype: 'f32', shape: [2], data: Float32Array.of(6, 15) });
    expect(out.get('inc')).toEqual({ dtype: 'i32', shape: [3], data: Int32Array.of(11, 22, 33) });
    expect(out.get('or')?.dtype).toBe('bool');
    expect([...(out.get('or')?.data ?? [])].map(Number)).toEqual([1, 0, 1]);
  });

  it('names an output type pitc tensors cannot hold instead of returning it', async () => {
    const g = new OnnxGraphBuilder('int64');
    g.output(g.node('Cast', [g.input('x', 'f32', [2])], { to: { int: OnnxDataType.INT64 } }, 'y'), 'i64', [2]);
    const session = await ort.createSession(g.toModel(), { threads: 1 });
    await expect(session.run(session.feeds({ x: f32([2], [1, 2]) }))).rejects.toThrow(/output 'y' has type int64, which pitc tensors do not hold/);
    await session.release();
  });
});
