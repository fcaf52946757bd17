import { describe, expect, it } from 'vitest';
import { createWasmExecutor } from '../../codegen/wasm/executor.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { WasmModuleCache } from '../../codegen/wasm/module-cache.js';
import type { HostTensor } from '../../ir/tensor.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compilePit, makeInputs } from '../helpers/pit-harness.js';
import { planned } from './wasm-harness.js';

const TEXT = 'dim M\ninput a: f32[M, 12] @dynamic\nweight b: f32[12, 9]\nc[m, n] = sum[k] a[m, k] * b[k, n]\n';

describe('compiled modules are cached by content', () => {
  it('two executors of the same program and dims share one module; other dims compile another', async () => {
    const cache = new WasmModuleCache(8);
    const c = compilePit(TEXT);
    const program = planned(c);
    const make = () => createWasmExecutor(program, createIndexService(), { features: detectFeatures(), threads: 1, denseCrossover: 2, cache });
    const dims = new Map([['M', 10]]);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 3 });
    const first = await make().run(inputs, dims);
    expect(cache.size).toBe(1);
    const second = await make().run(inputs, dims);
    expect(cache.size).toBe(1);
    expect((second.values.get('c') as HostTensor).data).toEqual((first.values.get('c') as HostTensor).data);
    const other = new Map([['M', 11]]);
    await make().run(makeInputs(c.graph, other, { density: 0.5, seed: 3 }), other);
    expect(cache.size).toBe(2);
  });

  it('evicts the least recently used entry past its capacity', () => {
    const cache = new WasmModuleCache(2);
    const entry = {} as Parameters<WasmModuleCache['set']>[1];
    cache.set('a', entry);
    cache.set('b', entry);
    cache.get('a');
    cache.set('c', entry);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(entry);
    expect(cache.get('c')).toBe(entry);
  });
});
