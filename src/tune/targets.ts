/**
 * The tuners of the targets the registry marks tunable (src/targets/registry.ts): a space of the
 * target's knobs each. Typed by the registry: a tunable entry without its tuner does not compile.
 */
import {
  targetEntry,
  TARGET_REGISTRY,
  type TargetId,
  type TunableTargetId,
} from '../targets/registry.js';
import type { TargetTuner } from './space.js';
import { wasmTuner } from './wasm-space.js';

const TUNERS: { readonly [K in TunableTargetId]: TargetTuner } = {
  wasm: wasmTuner,
};

export function tunerFor(target: TargetId): TargetTuner | undefined {
  return targetEntry(target).tuning === 'tunable' ? TUNERS[target as TunableTargetId] : undefined;
}

/** Why a target has no tuner (undefined when it has one). */
export function untunedWhy(target: TargetId): string | undefined {
  const tuning = targetEntry(target).tuning;
  return tuning === 'tunable' ? undefined : tuning.untuned;
}

export function tunableTargets(): TargetId[] {
  return TARGET_REGISTRY.filter((t) => t.tuning === 'tunable').map((t) => t.id);
}
