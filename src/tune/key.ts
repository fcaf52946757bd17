/**
 * What a tuning record is about. Two records with equal keys answer the same question: the best
 * configuration of this op, at these shapes, on data this sparse and this clustered, for this
 * target and these (untuned) target options, by this version of pitc on this machine.
 */
import { stableHash } from '../../ir/core/hash.js';
import type { TargetId } from '../targets/registry.js';

export interface WorkloadKey {
  /** Hash of the canonical op (canonical-op.ts). */
  readonly op: string;
  /** Concrete extents in canonical names: `s0=2048 s1=2048 r0=2048`. */
  readonly shape: string;
  /** Density bucket of each dynamic operand the op reads: `t0:-9`, `t0:0` (dense), or `-` (none). */
  readonly density: string;
  /** Granularity of each dynamic operand: `t0:0.4`, or `-`. */
  readonly granularity: string;
  readonly target: TargetId;
  /** Hash of the target options that change results or speed but are not tuned (features, thread cap). */
  readonly options: string;
  readonly version: string;
  /** Hash of the machine: CPU model, cores, runtime version (machine-id.ts). */
  readonly machine: string;
}

export const KEY_FIELDS = ['op', 'shape', 'density', 'granularity', 'target', 'options', 'version', 'machine'] as const;

/** A stable hash of the whole key: records with equal hashes have equal keys. */
export function keyHash(key: WorkloadKey): string {
  return stableHash(KEY_FIELDS.map((f) => `${f}=${key[f]}`).join('\n'));
}

/** Whether a key matches a partial one (every given field equal). */
export function keyMatches(key: WorkloadKey, query: Partial<WorkloadKey>): boolean {
  return KEY_FIELDS.every((f) => query[f] === undefined || query[f] === key[f]);
}

/** Hash of an options object with sorted keys (order-independent). */
export function optionsHash(options: Readonly<Record<string, string | number | boolean>>): string {
  return stableHash(
    Object.keys(options)
      .sort()
      .map((k) => `${k}=${String(options[k])}`)
      .join(';'),
  );
}
