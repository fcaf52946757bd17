import { refTarget } from '../codegen/ref/target.js';
import type { Target, TargetId } from '../codegen/target.js';
import { cudaTarget } from '../codegen/cuda/target.js';
import { gpujsTarget } from '../codegen/gpujs/target.js';
import { wasmTarget } from '../codegen/wasm/target.js';

/** Every target pitc knows, built explicitly (no import side effects). */
export function allTargets(): ReadonlyMap<TargetId, Target> {
  return new Map<TargetId, Target>([
    ['ref', refTarget],
    ['wasm', wasmTarget],
    ['gpujs', gpujsTarget],
    ['cuda', cudaTarget],
  ]);
}

export const TARGET_IDS: readonly TargetId[] = ['ref', 'wasm', 'gpujs', 'cuda'];

/** What `compile()` and `pitc run` use when no target is named: the fast CPU path. */
export const DEFAULT_TARGET: TargetId = 'wasm';
