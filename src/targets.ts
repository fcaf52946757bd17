import { refTarget } from '../codegen/ref/target.js';
import type { Target, TargetId } from '../codegen/target.js';
import { cudaTarget } from '../codegen/cuda/target.js';
import { gpujsTarget } from '../codegen/gpujs/target.js';
import { wasmTarget } from '../codegen/wasm/node-target.js';
import { webgpuTarget } from '../codegen/webgpu/target.js';

export { DEFAULT_TARGET, TARGET_IDS } from './target-ids.js';

/**
 * Every target pitc knows, in Node, built explicitly (no import side effects): wasm's threads
 * are worker_threads, gpu.js runs on its Node backends. The browser build has its own list
 * (browser-targets.ts).
 */
export function allTargets(): ReadonlyMap<TargetId, Target> {
  return new Map<TargetId, Target>([
    ['ref', refTarget],
    ['wasm', wasmTarget],
    ['gpujs', gpujsTarget],
    ['cuda', cudaTarget],
    ['webgpu', webgpuTarget],
  ]);
}
