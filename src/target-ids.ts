import type { TargetId } from '../codegen/target.js';

/** Every target pitc knows by name (a build may leave some out: the browser build has no cuda). */
export const TARGET_IDS: readonly TargetId[] = ['ref', 'wasm', 'gpujs', 'cuda', 'webgpu'];

/** What `compile()` and `pitc run` use when no target is named: the fast CPU path. */
export const DEFAULT_TARGET: TargetId = 'wasm';
