import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { planned, runWasm, sampleText, wasmMismatch } from './wasm-harness.js';

/** Small dims that are not tile multiples (so every kernel meets edge tiles and partial strips). */
const DIMS: Record<string, Record<string, number>> = {
  'matmul.pit': { M: 37, K: 70, N: 45 },
  'ffn-relu.pit': { T: 33, D: 20, F: 67 },
  'moe.pit': { T: 29, E: 4, D: 18, F: 35 },
  'moe-gate.pit': { T: 29, E: 4, D: 18, F: 35 },
  'attention.pit': { H: 2, S: 40 },
  'attention-longformer.pit': { H: 2, S: 150 },
  'softmax.pit': { T: 9, N: 70 },
  'layernorm.pit': { T: 7 },
  'conv2d.pit': { N: 2, C: 5, K: 11, H: 9, W: 13 },
  'dynamic-seqlen.pit': { B: 3, S: 21, D: 17, F: 40 },
};

const TILES: Record<string, Record<string, readonly number[]>> = {
  'matmul.pit': { a: [8, 1] },
  'moe.pit': { r: [1, 1] },
  'attention.pit': { mask: [4, 4] },
  'conv2d.pit': { x: [1, 2, 9, 13] },
};

describe.each(Object.keys(DIMS))('%s on wasm equals the reference', (file) => {
  const c = compilePit(sampleText(file), file);
  const dims = new Map(Object.entries(DIMS[file] as Record<string, number>));
  const program = planned(c, file);
  const densities: DensitySpec[] = [0, 0.1, 0.5, 'dense'];
  it.each(densities.flatMap((d) => [[d, 'f32 SIMD'], [d, 'exact']] as const))('density %s, %s, 1 and 2 threads', async (density, mode) => {
    const tiles = new Map(Object.entries(TILES[file] ?? {}));
    const inputs = makeInputs(c.graph, dims, { density, tiles, seed: 11 });
    const dense = denseValues(c.graph, inputs, dims);
    const results: ReadonlyMap<string, HostTensor>[] = [];
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads, exact: mode === 'exact' });
      for (const op of run.ops) {
        const d = op.detail ?? {};
        const pointwise = d['path'] === 'gemm' ? (d['epilogue'] as Record<string, unknown> | undefined)?.['path'] : d['path'];
        // a GEMM's epilogue runs in its stores ('fused') or as SIMD stages; exact keeps the float64 kernel
        if (pointwise !== undefined) expect(mode === 'exact' ? ['scalar'] : ['simd', 'fused'], `${op.name} (${String(d['why'] ?? '')})`).toContain(pointwise);
      }
      for (const out of c.graph.outputs) {
        const got = run.values.get(out) as HostTensor;
        expect(wasmMismatch(got, dense.get(out) as HostTensor), `${out} with ${threads} thread(s)`).toBeUndefined();
      }
      results.push(run.values);
    }
    // any thread count gives the same bits
    for (const out of c.graph.outputs) expect((results[1] as Map<string, HostTensor>).get(out)?.data).toEqual((results[0] as Map<string, HostTensor>).get(out)?.data);
  });

  it('reading B in place (the sparse GEMM mode) gives the same answer', async () => {
    const inputs = makeInputs(c.graph, dims, { density: 0.2, seed: 9 });
    const dense = denseValues(c.graph, inputs, dims);
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads, forceDirectB: true });
      for (const out of c.graph.outputs) expect(wasmMismatch(run.values.get(out) as HostTensor, dense.get(out) as HostTensor), `${threads} thread(s)`).toBeUndefined();
    }
  });

  it('the online dense fallback (crossover 0) gives the same answer', async () => {
    const inputs = makeInputs(c.graph, dims, { density: 0.3, seed: 5 });
    const dense = denseValues(c.graph, inputs, dims);
    const run = await runWasm(program, inputs, dims, { threads: 1, denseCrossover: 0 });
    for (const out of c.graph.outputs) expect(wasmMismatch(run.values.get(out) as HostTensor, dense.get(out) as HostTensor)).toBeUndefined();
    for (const op of run.ops) if (op.detail?.['rule']) expect(String(op.detail['mode'])).toMatch(/dense/);
  });
});
