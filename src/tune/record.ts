/**
 * Tuning records: plain JSON, one per measured candidate (`trial`) and one per tuned workload
 * (`winner`). A record carries its full key and a hash of it, so a line that does not parse, or
 * whose hash disagrees with its key, is skipped rather than trusted.
 */
import type { TargetId } from '../../codegen/target.js';
import type { MicroExtent } from '../../rules/rule.js';
import type { CanonChoice } from './canonical-op.js';
import { KEY_FIELDS, keyHash, type WorkloadKey } from './key.js';

export const RECORD_FORMAT = 'pitc-tuning/1';

/** Target ids a record may name (src/targets.ts lists the same; not imported, so records load without any target). */
const RECORD_TARGETS: readonly TargetId[] = ['ref', 'wasm', 'gpujs', 'cuda', 'webgpu'];

/** A point of the search space: the op's plan (canonical names) and the target's numeric knobs. */
export interface TuneConfig {
  readonly plan: CanonChoice;
  readonly knobs: Readonly<Record<string, number>>;
}

/**
 * `ok`: checked and timed; `failed`: did not compile, run or match ref (never timed);
 * `early-stop`: stopped after a run far slower than the best; `timeout`: over the per-candidate limit.
 */
export type TrialStatus = 'ok' | 'failed' | 'early-stop' | 'timeout';

export interface Measurement {
  /** Op time (kernel + index build), median over `runs` after warm-up. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

export interface TuningRecord {
  readonly format: typeof RECORD_FORMAT;
  /** Unique per record: copies of one record (recovered after a compaction) are one record. */
  readonly id: string;
  readonly kind: 'trial' | 'winner';
  readonly key: WorkloadKey;
  readonly keyHash: string;
  /** The canonical op, for people and to rule out hash collisions. */
  readonly opText: string;
  readonly config: TuneConfig;
  /** The config in words: `t0 along r0, 8x1; kc 256, mc 64, nc 512; 2 threads`. */
  readonly label: string;
  readonly status: TrialStatus;
  readonly reason?: string;
  readonly measurement?: Measurement;
  /** Winners: the default configuration's median in the same session (what tuning gained). */
  readonly baselineMs?: number;
  /** Winners: trials measured and failed in the session. */
  readonly trials?: number;
  readonly failed?: number;
  /**
   * Winners: density of the data at each candidate micro-tile (`32x1` → 0.05), what the index
   * build reports online; the runtime compares these with what it observes (online.ts).
   */
  readonly observed?: Readonly<Record<string, number>>;
  /** The tuning session that wrote it. */
  readonly session: string;
  /** When it was written (for people; never used to decide anything). */
  readonly createdAt: string;
}

/** A record read from JSON, or why it is not one. */
export function parseRecord(value: unknown): TuningRecord | string {
  if (!isObject(value)) return 'not an object';
  if (value['format'] !== RECORD_FORMAT) return `format is not '${RECORD_FORMAT}'`;
  for (const f of ['id', 'keyHash', 'opText', 'label', 'session', 'createdAt'] as const) if (typeof value[f] !== 'string') return `'${f}' is not a string`;
  if (value['kind'] !== 'trial' && value['kind'] !== 'winner') return "'kind' is neither 'trial' nor 'winner'";
  if (!['ok', 'failed', 'early-stop', 'timeout'].includes(value['status'] as string)) return "'status' is unknown";
  const key = value['key'];
  if (!isObject(key) || !KEY_FIELDS.every((f) => typeof key[f] === 'string')) return "'key' is malformed";
  if (!(RECORD_TARGETS as readonly string[]).includes(key['target'] as string)) return "'key.target' is unknown";
  if (keyHash(key as unknown as WorkloadKey) !== value['keyHash']) return "'keyHash' does not match 'key'";
  if (!isConfig(value['config'])) return "'config' is malformed";
  if (value['measurement'] !== undefined && !isMeasurement(value['measurement'])) return "'measurement' is malformed";
  if (value['status'] === 'ok' && value['measurement'] === undefined) return "an 'ok' record has no measurement";
  for (const f of ['baselineMs', 'trials', 'failed'] as const) if (value[f] !== undefined && typeof value[f] !== 'number') return `'${f}' is not a number`;
  if (value['reason'] !== undefined && typeof value['reason'] !== 'string') return "'reason' is not a string";
  const observed = value['observed'];
  if (observed !== undefined && (!isObject(observed) || !Object.values(observed).every((d) => typeof d === 'number'))) return "'observed' is malformed";
  return value as unknown as TuningRecord;
}

function isConfig(c: unknown): c is TuneConfig {
  if (!isObject(c) || !isObject(c['knobs']) || !Object.values(c['knobs']).every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  const plan = c['plan'];
  if (!isObject(plan)) return false;
  if (plan['mode'] === 'dense') return true;
  if (plan['mode'] !== 'pit' || typeof plan['operand'] !== 'string' || typeof plan['axis'] !== 'string') return false;
  const tile = plan['microTile'];
  return tile === undefined || (Array.isArray(tile) && tile.every((e: unknown): e is MicroExtent => e === 'full' || (typeof e === 'number' && Number.isInteger(e) && e >= 1)));
}

function isMeasurement(m: unknown): m is Measurement {
  return isObject(m) && ['medianMs', 'minMs', 'maxMs', 'runs'].every((f) => typeof m[f] === 'number' && Number.isFinite(m[f] as number));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
