import { createGpujsTarget } from '../../codegen/gpujs/target.js';
import { refTarget } from '../../codegen/ref/target.js';
import type { Target } from '../../codegen/target.js';
import { createWasmTarget } from '../../codegen/wasm/target.js';
import { createWebPool, webThreadLimit } from '../../codegen/wasm/web-pool.js';
import { targetsIn, type TargetId, type TargetIdIn } from './registry.js';

/**
 * How the browser build makes each target of its build (registry.ts: the entries whose builds
 * include 'browser'): wasm with Web Workers over a shared memory (one thread where the page is not
 * cross-origin isolated), gpu.js on WebGL2. CUDA needs nvcc and a GPU process: not in a browser
 * (compile() says so, PIT5001). Typed by the registry: nothing Node-only is imported here.
 */
const BROWSER_FACTORIES: { readonly [K in TargetIdIn<'browser'>]: () => Target } = {
  ref: () => refTarget,
  wasm: () => createWasmTarget({ createPool: createWebPool, threadLimit: webThreadLimit }),
  gpujs: () => createGpujsTarget({ mode: 'webgl2' }),
};

/** The targets of the browser build, in registry order. */
export function browserTargets(): ReadonlyMap<TargetId, Target> {
  return new Map(
    targetsIn('browser').map((e) => [
      e.id as TargetId,
      BROWSER_FACTORIES[e.id as TargetIdIn<'browser'>](),
    ]),
  );
}
