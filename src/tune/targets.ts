/**
 * Which targets can be tuned. `ref` defines correctness and is never tuned; gpujs and cuda plug in
 * here with their own `TargetTuner` (a space of their knobs: work-group size, vector width, ...).
 */
import type { TargetId } from '../../codegen/target.js';
import type { TargetTuner } from './space.js';
import { wasmTuner } from './wasm-space.js';

export function tunerFor(target: TargetId): TargetTuner | undefined {
  return target === 'wasm' ? wasmTuner : undefined;
}

export function tunableTargets(): TargetId[] {
  return ['wasm'];
}
