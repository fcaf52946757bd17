import { refTarget } from '../codegen/ref/target.js';
import type { Target, TargetId } from '../codegen/target.js';
import { createGpujsTarget } from '../codegen/gpujs/target.js';
import { createWasmTarget } from '../codegen/wasm/target.js';
import { createWebPool, webThreadLimit } from '../codegen/wasm/web-pool.js';

/**
 * The targets of the browser build: the reference interpreter, wasm with Web Workers over a
 * shared memory (one thread where the page is not cross-origin isolated), and gpu.js on WebGL2.
 * CUDA needs nvcc and a GPU process: not in a browser (compile() says so, PIT5001).
 */
export function browserTargets(): ReadonlyMap<TargetId, Target> {
  return new Map<TargetId, Target>([
    ['ref', refTarget],
    ['wasm', createWasmTarget({ createPool: createWebPool, threadLimit: webThreadLimit })],
    ['gpujs', createGpujsTarget({ mode: 'webgl2' })],
  ]);
}
