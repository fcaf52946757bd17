import type { LoweredProgram } from '../../codegen/target.js';
import { compileWasmProgram } from '../../codegen/wasm/compile-program.js';
import { viewOf } from '../../codegen/wasm/tensor-io.js';
import { createMemory, ensureMemory, instantiate } from '../../codegen/wasm/instance.js';
import type { SimdStageProgram } from '../../codegen/wasm/pointwise-kernels.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * Runs a program whose ops are all point by point (no GEMM) in one module on this thread, each
 * SIMD stage as the jobs `split` gives (in the order given): the kernels' range arguments must
 * compute every cell the same way whatever the split. Returns every tensor.
 */
export function runPointwiseWithSplits(
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  split: (stage: SimdStageProgram) => readonly (readonly number[])[],
): { values: Map<string, HostTensor>; paths: Map<string, string> } {
  const compiled = compileWasmProgram(program.graph, program.kernels, dims, { features: { relaxedSimd: false, sharedMemory: false }, threads: 1 });
  const memory = createMemory(compiled.dynamicBase, false);
  ensureMemory(memory, compiled.dynamicBase);
  const instance = instantiate(new WebAssembly.Module(compiled.binary as Uint8Array<ArrayBuffer>), memory);
  const view = new Int32Array(memory.buffer);
  for (const [address, values] of compiled.tables) view.set(values, address / 4);
  for (const [name, t] of inputs) {
    const place = compiled.tensors.get(name);
    if (place) viewOf(memory, place).set(t.data as never);
  }
  const call = (fn: string, ...args: number[]): void => (instance.exports[fn] as (...a: number[]) => void)(...args);
  const paths = new Map<string, string>();
  for (const op of compiled.ops) {
    if (op.kind !== 'pointwise') throw new Error(`'${op.op}' is a GEMM: runPointwiseWithSplits runs point-by-point ops only`);
    paths.set(op.op, op.kernels.kind);
    if (op.kernels.kind === 'scalar') call(op.kernels.fn);
    else for (const stage of op.kernels.stages) for (const job of split(stage)) call(stage.fn, ...job);
  }
  const values = new Map<string, HostTensor>();
  for (const [name, place] of compiled.tensors) values.set(name, { dtype: place.dtype, shape: place.shape, data: viewOf(memory, place).slice() as TensorData });
  return { values, paths };
}
