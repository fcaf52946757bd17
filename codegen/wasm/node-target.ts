import type { Target } from '../target.js';
import { createNodePool } from './node-pool.js';
import { createWasmTarget } from './target.js';

/** The wasm target in Node: threads are worker_threads over one shared memory. */
export const wasmTarget: Target = createWasmTarget({ createPool: createNodePool });
