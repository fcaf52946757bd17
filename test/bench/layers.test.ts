import { beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { layerCases, runCase } from '../../src/bench/layers/layers-benchmark.js';
import type { LayerCase } from '../../src/bench/layers/layer-case.js';
import { MATMUL_PROGRAM } from '../../src/bench/layers/matmul.js';
import { sampleInTurn } from '../../src/bench/layers/measure.js';
import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/onnxruntime.js';
import { randomTensor } from '../../src/runtime/random.js';

/** The layers benchmark's own machinery; no timing is asserted (benchmarks are not tests). */
describe('layers benchmark: sampling', () => {
  /** A variant whose calls are logged; it returns the same array every call, as a view into a program's memory would be. */
  const variant = (name: string, log: string[]) => {
    const t: HostTensor = { dtype: 'f32', shape: [1], data: Float32Array.of(0) };
    let calls = 0;
    return {
      call: async () => {
        log.push(name);
        t.data[0] = ++calls;
        return t;
      },
      between: async (record: boolean) => void log.push(`${name}:${record ? 'between' : 'warm'}`),
    };
  };

  it('warms every variant up, then runs them in turn; keeps a copy of the first output and the last timed one', async () => {
    const log: string[] = [];
    const [a, b] = await sampleInTurn([variant('a', log), { call: variant('b', log).call }], { warmup: 2, runs: 2, budgetMs: 1e9 });
    // the warm-up warms `between` too (unrecorded: its per-op times are not kept)
    expect(log).toEqual(['a:warm', 'a', 'a:warm', 'a', 'b', 'b', 'a:between', 'a', 'b', 'a:between', 'a', 'b']);
    expect(a!.times).toHaveLength(2);
    expect(b!.times).toHaveLength(2);
    expect(a!.outputs.map((o) => o.data[0])).toEqual([1, 4]);
  });

  it('stops once the budget is spent, after at least one round', async () => {
    const log: string[] = [];
    const [a, b] = await sampleInTurn([variant('a', log), variant('b', log)], { warmup: 1, runs: 50, budgetMs: 0 });
    expect(a!.times).toHaveLength(1);
    expect(b!.times).toHaveLength(1);
    expect(log.filter((e) => e.endsWith(':between'))).toEqual(['a:between', 'b:between']);
  });
});

describe('layers benchmark: a wrong result gets no time', () => {
  let ort: OnnxRuntime;
  beforeAll(async () => {
    const loaded = await loadOnnxRuntime();
    if (typeof loaded === 'string') throw new Error(loaded);
    ort = loaded;
  });

  /** A 40×24×16 matmul row whose ONNX graph computes `scale`·a·b (1: the same layer). */
  function matmulRow(scale: number): LayerCase {
    const [M, K, N] = [40, 24, 16];
    return {
      layer: 'matmul',
      config: `scale ${scale}`,
      program: MATMUL_PROGRAM,
      file: 'matmul.pit',
      dims: { M, K, N },
      output: 'c',
      sampling: { warmup: 1, runs: 2, budgetMs: 1e9 },
      data: () => ({ a: randomTensor('f32', [M, K], 1, 'a'), b: randomTensor('f32', [K, N], 2, 'b') }),
      onnx: (data) => {
        const g = new OnnxGraphBuilder('scaled');
        const ab = g.node('MatMul', [g.input('a', 'f32', [M, K]), g.initializer('b', data['b'] as HostTensor)]);
        g.output(g.node('Mul', [ab, g.scalar('scale', scale)], {}, 'c'), 'f32', [M, N]);
        return { model: g.toModel(), feeds: { a: data['a'] as HostTensor }, output: 'c' };
      },
      goals: (t) => [{ goal: 'probe', met: true, measured: String(t.pitcMs > 0) }],
    };
  }
  const quiet = { quick: true, log: () => {} };

  it('reports times, errors and goals when pitc agrees with onnxruntime', async () => {
    const r = await runCase(matmulRow(1), ort, quiet);
    expect(r['check']).toBe('ok');
    for (const key of ['pitcMs', 'kernelIndexMs', 'denseMs', 'ortMs', 'ortVsPitc', 'denseVsPitc', 'maxAbsError']) expect(typeof r[key], key).toBe('number');
    expect(r['goals']).toBe('probe: met (true)');
    expect(r['ops']).toMatch(/^c \d+\.\d/);
  });

  it('gives a wrong pitc result no time, no ratio and no goal verdict, and says why', async () => {
    const r = await runCase(matmulRow(2), ort, quiet);
    expect(r['check']).toMatch(/^pitc WRONG: element \d+: .*; pitc dense WRONG: /);
    for (const key of ['pitcMs', 'kernelIndexMs', 'denseMs', 'ortVsPitc', 'denseVsPitc']) expect(r[key], key).toBeNull();
    expect(typeof r['ortMs']).toBe('number');
    expect(r['goals']).toBe('not evaluated: pitc result wrong');
  });
});

describe('layers benchmark: the rows', () => {
  it('covers the layers and sizes issue 9 asks for, each program with its ONNX twin and a goal where the issue sets one', () => {
    const rows = layerCases(false).map((c) => `${c.layer}: ${c.config}`);
    expect(rows).toEqual([
      ...[1024, 4096].flatMap((S) =>
        ['32×32-block mask 10 % + diagonal', 'causal, window 256'].flatMap((mask) => ['(Σⱼ e·v)/z', 'Σⱼ e·v/z'].map((spelling) => `attention: H=12, S=${S}, d=64, ${mask}, ${spelling}`)),
      ),
      'OPT FFN: T=2048, 768×3072, per-neuron zeros 90 % (+ ~half of the live columns)',
      'OPT FFN: T=2048, 768×3072, per-neuron zeros 99 % (+ ~half of the live columns)',
      'OPT FFN: T=2048, 768×3072, elementwise zeros ~50 %',
      'MoE: T=2048, 512×2048, 8 experts top-2',
      'MoE: T=2048, 512×2048, 32 experts top-1',
      'matmul: 2048³, a 50 % zero in 32×1 tiles, b a weight',
      'matmul: 2048³, a 90 % zero in 32×1 tiles, b a weight',
      'matmul: 2048³, a 99 % zero in 32×1 tiles, b a weight',
    ]);
    const withGoals = layerCases(false).filter((c) => c.goals).map((c) => `${c.layer}: ${c.config}`);
    expect(withGoals).toEqual([
      'attention: H=12, S=1024, d=64, 32×32-block mask 10 % + diagonal, (Σⱼ e·v)/z',
      'attention: H=12, S=1024, d=64, 32×32-block mask 10 % + diagonal, Σⱼ e·v/z',
      'OPT FFN: T=2048, 768×3072, per-neuron zeros 99 % (+ ~half of the live columns)',
      'OPT FFN: T=2048, 768×3072, elementwise zeros ~50 %',
      'MoE: T=2048, 512×2048, 8 experts top-2',
      'MoE: T=2048, 512×2048, 32 experts top-1',
      'matmul: 2048³, a 90 % zero in 32×1 tiles, b a weight',
    ]);
  });
});
