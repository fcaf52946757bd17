import { describe, expect, it } from 'vitest';
import { createGpujsExecutor, GPUJS_BINDING_CAPACITY } from '../../codegen/gpujs/executor.js';
import { createNodeHost, GPUJS_KERNEL_CAPACITY } from '../../codegen/gpujs/gpu.js';
import { LruCache } from '../../codegen/lru-cache.js';
import { REF_KERNEL_CACHE_CAPACITY, refKernelCacheSize } from '../../codegen/ref/compile-op.js';
import { createWasmExecutor, MEMORY_SLACK_BYTES, WASM_BINDING_CAPACITY } from '../../codegen/wasm/executor.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { WasmModuleCache } from '../../codegen/wasm/module-cache.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { randomTensor } from '../../src/runtime/random.js';
import { compilePit } from '../helpers/pit-harness.js';
import { planned, wasmMismatch } from '../wasm/wasm-harness.js';

/**
 * A program run at hundreds of distinct dims must hold a bounded amount of compiled code and
 * memory: the wasm executor keeps at most WASM_BINDING_CAPACITY bindings instantiated, the
 * reference kernel cache at most REF_KERNEL_CACHE_CAPACITY kernels, gpu.js at most
 * GPUJS_BINDING_CAPACITY bindings and GPUJS_KERNEL_CAPACITY kernels; a wasm memory grown for a
 * huge binding is replaced once that binding is no longer kept.
 */

// two ops (a generic elementwise kernel and a reduction): two reference kernels per binding
const PROGRAM = `dim T
input x : f32[T, 3]
y[t, j] = relu(x[t, j]) * 2
z[t] = sum[j] y[t, j]
output z
`;
const DISTINCT = 300;
const dimsOf = (t: number) => new Map([['T', t]]);
const inputOf = (t: number) => new Map([['x', randomTensor('f32', [t, 3], t, 'x')]]);

describe('caches keyed by dims stay bounded', () => {
  it(`ref: ${DISTINCT} distinct dims keep at most ${REF_KERNEL_CACHE_CAPACITY} kernels`, async () => {
    const { program } = await compile(PROGRAM, { target: 'ref' });
    if (!program) throw new Error('did not compile');
    let most = 0;
    for (let t = 1; t <= DISTINCT; t++) {
      await program.run(inputOf(t), { dims: dimsOf(t) });
      most = Math.max(most, refKernelCacheSize());
    }
    // without a bound this would be 2 · 300 = 600
    expect(most).toBe(REF_KERNEL_CACHE_CAPACITY);
  });

  it(`wasm: ${DISTINCT} distinct dims keep at most ${WASM_BINDING_CAPACITY} bindings and a flat memory; results stay right`, async () => {
    const c = compilePit(PROGRAM);
    const lowered = planned(c);
    const cache = new WasmModuleCache(4);
    const executor = createWasmExecutor(lowered, createIndexService(), { features: detectFeatures(), threads: 1, denseCrossover: 2, cache });
    const ref = await compile(PROGRAM, { target: 'ref' });
    try {
      let mostBindings = 0;
      const memory: number[] = [];
      for (let t = 1; t <= DISTINCT; t++) {
        const run = await executor.run(inputOf(t), dimsOf(t));
        mostBindings = Math.max(mostBindings, executor.bindings);
        memory.push(executor.memoryBytes);
        if (t % 37 === 0 || t === DISTINCT) {
          const want = (await ref.program?.run(inputOf(t), { dims: dimsOf(t) }))?.['z'] as HostTensor;
          expect(wasmMismatch(run.values.get('z') as HostTensor, want), `T=${t}`).toBeUndefined();
        }
      }
      expect(mostBindings).toBe(WASM_BINDING_CAPACITY);
      expect(cache.size).toBeLessThanOrEqual(4);
      // the memory holds the largest kept binding: it grows with T, never past a few pages here
      expect(Math.max(...memory)).toBeLessThan(2 * 1024 * 1024);
    } finally {
      await executor.dispose();
      await ref.program?.dispose();
    }
  });

  it('wasm: the memory grown for a huge binding is given back once that binding is evicted', async () => {
    const text = 'dim T\ninput x : f32[T, 16]\ny[t, j] = x[t, j] + 1\noutput y\n';
    const lowered = planned(compilePit(text));
    const executor = createWasmExecutor(lowered, createIndexService(), { features: detectFeatures(), threads: 1, denseCrossover: 2 });
    try {
      const huge = 1 << 20; // x and y: 64 MiB each
      const big = await executor.run(new Map([['x', makeTensor('f32', [huge, 16])]]), dimsOf(huge));
      expect((big.values.get('y') as HostTensor).data[0]).toBe(1);
      const grown = executor.memoryBytes;
      expect(grown).toBeGreaterThan(128 * 1024 * 1024);
      for (let t = 1; t <= WASM_BINDING_CAPACITY + 1; t++) {
        const x = randomTensor('f32', [t, 16], t, 'x');
        const run = await executor.run(new Map([['x', x]]), dimsOf(t));
        const y = run.values.get('y') as HostTensor;
        expect(Array.from(y.data)).toEqual(Array.from(x.data, (v) => Math.fround(v + 1)));
      }
      // replacing the memory drops every instance (they import it); they come back on their next use
      expect(executor.bindings).toBeLessThan(WASM_BINDING_CAPACITY);
      expect(executor.memoryBytes).toBeLessThan(MEMORY_SLACK_BYTES + 1024 * 1024);
      const x = randomTensor('f32', [3, 16], 33, 'x');
      const again = (await executor.run(new Map([['x', x]]), dimsOf(3))).values.get('y') as HostTensor;
      expect(Array.from(again.data)).toEqual(Array.from(x.data, (v) => Math.fround(v + 1)));
    } finally {
      await executor.dispose();
    }
  });

  it(`gpujs: distinct dims keep at most ${GPUJS_BINDING_CAPACITY} bindings and ${GPUJS_KERNEL_CAPACITY} kernels`, async () => {
    const lowered = planned(compilePit(PROGRAM));
    const host = await createNodeHost('cpu');
    const executor = createGpujsExecutor(lowered, createIndexService(), host, { denseCrossover: 1 });
    try {
      let mostBindings = 0;
      let mostKernels = 0;
      for (let t = 1; t <= 60; t++) {
        const run = await executor.run(inputOf(t), dimsOf(t));
        expect((run.values.get('z') as HostTensor).shape).toEqual([t]);
        mostBindings = Math.max(mostBindings, executor.bindings);
        mostKernels = Math.max(mostKernels, host.kernelCount);
      }
      expect(mostBindings).toBe(GPUJS_BINDING_CAPACITY);
      expect(mostKernels).toBe(GPUJS_KERNEL_CAPACITY);
    } finally {
      await executor.dispose();
    }
  });
});

describe('LruCache', () => {
  it('drops the least recently used entry, frees what leaves, and frees everything on clear', () => {
    const freed: string[] = [];
    const cache = new LruCache<string, string>(2, (v) => freed.push(v));
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C');
    expect(freed).toEqual(['B']);
    expect(cache.get('b')).toBeUndefined();
    cache.set('a', 'A2'); // replacing frees the old value
    expect(freed).toEqual(['B', 'A']);
    cache.delete('c');
    expect(freed).toEqual(['B', 'A', 'C']);
    cache.clear();
    expect(freed).toEqual(['B', 'A', 'C', 'A2']);
    expect(cache.size).toBe(0);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
