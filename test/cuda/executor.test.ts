import { describe, expect, it } from 'vitest';
import { decodeExchangeNpy, encodeExchangeNpy } from '../../codegen/cuda/npy-exchange.js';
import { cudaTarget } from '../../codegen/cuda/target.js';
import { probeCuda } from '../../codegen/cuda/toolchain.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { InternalError } from '../../ir/core/errors.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { assembleInputs } from '../../src/cli/run-inputs.js';
import { compareTensors } from '../../src/runtime/compare.js';
import { decodeNpy } from '../../src/runtime/npy.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { lowerSample } from './cuda-helpers.js';

/**
 * The executor: where there is no GPU (this CI machine) creating one is a PIT5002 diagnostic,
 * found cheaply and once; where nvcc and a GPU exist it compiles the harness and runs a sample
 * end to end against the reference (that test only runs there). The .npy files it exchanges
 * with the harness are checked here against the runtime's own reader.
 */
const probe = probeCuda();
const runnable = probe.device !== undefined && probe.nvcc !== undefined;

describe('CUDA executor', () => {
  it.skipIf(probe.device !== undefined)('says PIT5002 "no CUDA device" on a machine without a GPU', async () => {
    const prepared = await cudaTarget.createExecutor(lowerSample('matmul.pit'), createIndexService());
    expect(prepared.value).toBeUndefined();
    expect(prepared.diagnostics.map((d) => d.code)).toEqual(['PIT5002']);
    expect(prepared.diagnostics[0]?.message).toMatch(/^no CUDA device: /);
    // probed once per process
    expect(probeCuda()).toBe(probe);
  });

  it.skipIf(!runnable)('runs a sample on the GPU and matches the reference (needs nvcc and a GPU)', async () => {
    const program = lowerSample('moe.pit');
    const prepared = await cudaTarget.createExecutor(program, createIndexService());
    expect(prepared.diagnostics).toEqual([]);
    const executor = prepared.value;
    if (!executor) throw new Error('no executor');
    const dims = new Map([['T', 64]]);
    const inputs = assembleInputs(program.graph, { files: new Map(), random: 1, dims, density: new Map([['r', 0.25]]), microTile: new Map() }, '.');
    const result = await executor.run(inputs.values, inputs.dims);
    const reference = evaluateGraph(program.graph, inputs.values, inputs.dims);
    for (const name of program.graph.outputs) {
      const cmp = compareTensors(result.values.get(name) as HostTensor, reference.get(name) as HostTensor);
      expect(cmp.reason ?? 'ok').toBe('ok');
    }
    expect(result.ops.map((o) => o.target)).toEqual(program.kernels.map(() => 'cuda'));
    await executor.dispose();
  }, 600_000);

  it('exchanges .npy files the runtime reads back exactly', () => {
    const tensors: HostTensor[] = [
      makeTensor('f32', [2, 3], Float32Array.from([1, -2, 3.5, NaN, -Infinity, 0])),
      makeTensor('i32', [4], Int32Array.from([1, -7, 2 ** 31 - 1, 0])),
      makeTensor('bool', [1, 2, 2], Uint8Array.from([1, 0, 0, 1])),
    ];
    for (const t of tensors) {
      const bytes = encodeExchangeNpy(t);
      expect((10 + ((bytes[8] as number) | ((bytes[9] as number) << 8))) % 64).toBe(0);
      const viaRuntime = decodeNpy(bytes, 'x.npy');
      expect(viaRuntime.diagnostics).toEqual([]);
      expect(viaRuntime.tensor).toEqual(t);
      expect(decodeExchangeNpy(bytes, t.dtype, t.shape)).toEqual(t);
    }
    const f = tensors[0] as HostTensor;
    expect(() => decodeExchangeNpy(encodeExchangeNpy(f), 'f32', [3, 2])).toThrow(InternalError);
    expect(() => decodeExchangeNpy(encodeExchangeNpy(f), 'i32', [2, 3])).toThrow(InternalError);
    expect(() => decodeExchangeNpy(encodeExchangeNpy(f).subarray(0, 80), 'f32', [2, 3])).toThrow(InternalError);
  });
});
