import { keyHash, type WorkloadKey } from '../../src/tune/key.js';
import { RECORD_FORMAT, type TuningRecord } from '../../src/tune/record.js';

/** A valid record for database tests; `pad` makes it long (a write spanning several pages). */
export function sampleRecord(id: string, overrides: Partial<TuningRecord> = {}, pad = 0): TuningRecord {
  const key: WorkloadKey = overrides.key ?? {
    op: 'abc',
    shape: 's0=4 | t0=4',
    density: 't0:-2',
    granularity: 't0:0.0',
    target: 'wasm',
    options: 'opts',
    version: '0.0.0',
    machine: 'm',
  };
  return {
    format: RECORD_FORMAT,
    id,
    kind: 'trial',
    key,
    keyHash: keyHash(key),
    opText: `out[s0] = t0[s0] : f32${' '.repeat(pad)}`,
    config: { plan: { mode: 'dense' }, knobs: { kc: 256 } },
    label: 'dense',
    status: 'ok',
    measurement: { medianMs: 1, minMs: 1, maxMs: 1, runs: 1 },
    session: 's',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
