import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGpujsProgram } from '../../codegen/gpujs/compile-program.js';
import { createGpujsTarget, gpujsTarget, parseGpujsMode } from '../../codegen/gpujs/target.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { makeTensor } from '../../ir/tensor.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compilePit, makeInputs } from '../helpers/pit-harness.js';
import { lower, mismatchAgainstRef, runOnMode } from './gpujs-harness.js';

/** The gpu.js executor's choices: guards, the density crossover, exact addressing, threads, records. */

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const sample = (f: string) => compilePit(readFileSync(join(SAMPLES, f), 'utf8'), f);

describe('gpu.js executor', () => {
  it('reruns the whole program densely when a guard fails (a fully masked row)', async () => {
    const c = compilePit(`
dim S = 6
input mask : bool[S, S] @dynamic
input q : f32[S, 4]
s[i, j] = where(mask[i, j], sum[d] q[i, d] * q[j, d], -inf)
mx[i] = max[j] s[i, j]
ex[i, j] = exp(s[i, j] - mx[i])
output ex
`);
    const program = lower(c.graph);
    expect(program.guards.length).toBeGreaterThan(0);
    const dims = new Map([['S', 6]]);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 2 });
    const mask = inputs.get('mask')?.data as Uint8Array;
    mask.fill(0, 0, 6); // row 0 keeps nothing: mx[0] = -inf
    const ref = evaluateGraph(c.graph, inputs, dims);
    for (const mode of ['cpu', 'webasm'] as const) {
      const result = await runOnMode(program, mode, inputs, dims);
      expect(mismatchAgainstRef(c.graph, result, ref, { nanEqual: true })).toBeUndefined();
      for (const op of result.ops) {
        expect(String(op.detail?.guard)).toMatch(/not finite/);
        expect(op.form).toBe('dense');
      }
    }
  });

  it('runs the dense kernel above the density crossover and says so', async () => {
    const c = sample('matmul.pit');
    const dims = new Map([['M', 8], ['K', 9], ['N', 4]]);
    const program = lower(c.graph);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 1 });
    const ref = evaluateGraph(c.graph, inputs, dims);
    const dense = await runOnMode(program, 'webasm', inputs, dims, { denseCrossover: 0 });
    expect(mismatchAgainstRef(c.graph, dense, ref)).toBeUndefined();
    expect(dense.ops[0]?.form).toBe('dense');
    expect(dense.ops[0]?.detail).toMatchObject({ mode: 'dense (density above the crossover)', index: 'a@32x1/1' });
    const pit = await runOnMode(program, 'webasm', inputs, dims, { denseCrossover: 1 });
    expect(pit.ops[0]?.form).toBe('pit');
    expect(pit.ops[0]?.indexMs).toBeGreaterThanOrEqual(0);
  });

  it('hands ops that address past f32-exact integers to the exact cpu backend', async () => {
    const c = sample('matmul.pit');
    const dims = new Map([['M', 4], ['K', 16], ['N', 2]]);
    const program = lower(c.graph);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 3 });
    const ref = evaluateGraph(c.graph, inputs, dims);
    // a limit of 40 elements stands in for 2^24: a (64) and b (32) straddle it
    const compiled = compileGpujsProgram('m', c.graph, program.kernels, dims, { exactLimit: 40 });
    expect(compiled.ops[0]?.needsExactBackend).toMatch(/64 elements/);
    expect(compiled.ops[0]?.pit?.inexactInF32).toMatch(/index/);
    const f32 = await runOnMode(program, 'webasm', inputs, dims, { compile: { exactLimit: 40 } });
    expect(mismatchAgainstRef(c.graph, f32, ref)).toBeUndefined();
    expect(f32.ops[0]?.form).toBe('pit');
    expect(f32.ops[0]?.detail).toMatchObject({ backend: 'cpu (exact)' });
    expect(String(f32.ops[0]?.detail?.backendNote)).toMatch(/past f32/);
    expect(String(f32.ops[0]?.detail?.kernel)).toMatch(/^CPUKernel/);
    // the cpu backend is exact already: nothing changes
    const cpu = await runOnMode(program, 'cpu', inputs, dims, { compile: { exactLimit: 40 } });
    expect(cpu.ops[0]?.form).toBe('pit');
    expect(cpu.ops[0]?.detail).toMatchObject({ backend: 'cpu' });
    // without the limit, webasm runs it
    const plain = await runOnMode(program, 'webasm', inputs, dims);
    expect(String(plain.ops[0]?.detail?.kernel)).toMatch(/^WebAssemblyKernel/);
  });

  it('runs webasm-async on worker threads for outputs of 4096 cells or more', async () => {
    const c = sample('matmul.pit');
    const dims = new Map([['M', 64], ['K', 8], ['N', 64]]);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 4 });
    const ref = evaluateGraph(c.graph, inputs, dims);
    const result = await runOnMode(lower(c.graph), 'webasm-async', inputs, dims);
    expect(mismatchAgainstRef(c.graph, result, ref)).toBeUndefined();
    expect(String(result.ops[0]?.detail?.kernel)).toMatch(/^WebAssemblyKernel\/threaded/);
  });

  it('reuses an index across the ops that share it and reports every micro-tile once', async () => {
    const c = sample('attention.pit');
    const dims = new Map([['H', 2], ['S', 40]]);
    const inputs = makeInputs(c.graph, dims, { density: 0.3, seed: 5 });
    const result = await runOnMode(lower(c.graph), 'webasm', inputs, dims);
    const pit = result.ops.filter((o) => o.form === 'pit');
    expect(pit.map((o) => o.name)).toEqual(['s', 'mx', 'ex', 'z', 'o']);
    expect(pit.map((o) => o.detail?.indexReused)).toEqual([false, true, true, true, true]);
    for (const o of pit) {
      expect((o.detail?.microTilesListed as number) + (o.detail?.microTilesSkipped as number)).toBe(2 * 40);
      expect(o.detail?.index).toBe('keep@32x1/1');
    }
  });

  it('recompiles when the dims change between runs', async () => {
    const c = sample('ffn-relu.pit');
    const target = createGpujsTarget({ mode: 'webasm' });
    const prepared = await target.createExecutor(lower(c.graph), createIndexService(), { threads: 1 });
    const executor = prepared.value;
    if (!executor) throw new Error(prepared.diagnostics.map((d) => d.message).join('; '));
    try {
      for (const T of [3, 7]) {
        const dims = new Map([['T', T], ['D', 5], ['F', 9]]);
        const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: T });
        const result = await executor.run(inputs, dims);
        expect(result.values.get('y')?.shape).toEqual([T, 5]);
        expect(mismatchAgainstRef(c.graph, result, evaluateGraph(c.graph, inputs, dims))).toBeUndefined();
        expect(result.ops.map((o) => o.target)).toEqual(['gpujs', 'gpujs', 'gpujs']);
      }
    } finally {
      await executor.dispose();
    }
  });

  it('stores i32 and bool outputs as the reference does', async () => {
    // i32 arithmetic (exact in f32 below 2^24) and a comparison (bool), NaN included
    const d = compilePit(`
input k : i32[6]
input x : f32[6]
q[i] = k[i] * k[i] - k[i]
c[i] = x[i] > 0
output q, c
`);
    expect(d.graph.ops.map((o) => o.expr.dtype)).toEqual(['i32', 'bool']);
    const dims = new Map<string, number>();
    const inputs = new Map([
      ['k', makeTensor('i32', [6], Int32Array.from([-7, -1, 0, 1, 7, 4000]))],
      ['x', makeTensor('f32', [6], Float32Array.from([-1, 0, Number.NaN, 1, -0, 2]))],
    ]);
    const ref = evaluateGraph(d.graph, inputs, dims);
    for (const mode of ['cpu', 'webasm'] as const) {
      const result = await runOnMode(lower(d.graph), mode, inputs, dims);
      expect(mismatchAgainstRef(d.graph, result, ref, { nanEqual: true }), mode).toBeUndefined();
      expect(result.values.get('c')?.dtype).toBe(ref.get('c')?.dtype);
    }
  });
});

describe('gpu.js target', () => {
  it('is the gpujs target and parses its modes', () => {
    expect(gpujsTarget.id).toBe('gpujs');
    expect(parseGpujsMode('webasm-async')).toBe('webasm-async');
    expect(parseGpujsMode('cpu')).toBe('cpu');
    expect(parseGpujsMode('webgl2')).toBeUndefined();
    expect(parseGpujsMode('constructor')).toBeUndefined();
  });

  it('emits JSON and an ES module per program, and asks for unbound dims', async () => {
    const c = sample('moe.pit');
    const emitted = await gpujsTarget.emit(lower(c.graph, 'moe'), { dims: new Map([['T', 4], ['D', 6], ['F', 5]]) });
    expect(emitted.diagnostics).toEqual([]);
    const json = emitted.value?.find((a) => a.name === 'moe.gpujs.json');
    const data = JSON.parse(String(json?.contents)) as { format: string; version: number; dims: [string, number][]; ops: { op: string; pit?: unknown }[] };
    expect(data.format).toBe('pitc-gpujs');
    expect(data.version).toBe(2);
    expect(data.dims).toEqual([['D', 6], ['E', 8], ['F', 5], ['T', 4]]);
    expect(data.ops.map((o) => [o.op, o.pit !== undefined])).toEqual([['m', true], ['h', true], ['y', true]]);
    expect(emitted.value?.map((a) => a.name)).toContain('moe.gpujs.js');

    const open = compilePit('dim T\ninput x : f32[T]\ny[i] = x[i] * 2\n');
    const unbound = await gpujsTarget.emit(lower(open.graph));
    expect(unbound.value).toBeUndefined();
    expect(unbound.diagnostics.map((d) => d.code)).toEqual(['PIT5003']);
    expect(unbound.diagnostics[0]?.message).toMatch(/--dim/);
  });
});
