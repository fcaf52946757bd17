import { cudaTarget } from '../../codegen/cuda/target.js';
import { gpujsTarget } from '../../codegen/gpujs/target.js';
import { refTarget } from '../../codegen/ref/target.js';
import type { Target } from '../../codegen/target.js';
import { wasmTarget } from '../../codegen/wasm/node-target.js';
import { webgpuTarget } from '../../codegen/webgpu/target.js';
import { targetsIn, type TargetId, type TargetIdIn } from './registry.js';

/**
 * How Node builds each target of its build (registry.ts), explicitly (no import side effects):
 * wasm's threads are worker_threads, gpu.js runs on its Node backends. Typed by the registry: an
 * entry in the Node build without a line here does not compile.
 */
const NODE_FACTORIES: { readonly [K in TargetIdIn<'node'>]: () => Target } = {
  ref: () => refTarget,
  wasm: () => wasmTarget,
  gpujs: () => gpujsTarget,
  cuda: () => cudaTarget,
  webgpu: () => webgpuTarget,
};

/** Every target of the Node build, in registry order. */
export function allTargets(): ReadonlyMap<TargetId, Target> {
  return new Map(
    targetsIn('node').map((e) => [e.id as TargetId, NODE_FACTORIES[e.id as TargetIdIn<'node'>]()]),
  );
}
