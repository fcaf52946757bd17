import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import { opRecords, type HarnessReport } from '../../codegen/cuda/executor.js';
import { emitCudaProgram } from '../../codegen/cuda/emit-program.js';
import { guardMessage } from '../../codegen/run/guards.js';
import { GUARDED, lowerSource } from './cuda-helpers.js';

/**
 * The cuda executor turns the harness's last line into op records (the harness runs the guards
 * and the dense rerun on the device): checked here on a report written by hand, since the
 * harness itself needs a GPU (or the emulator, emulated-run.test.ts, which checks the plan).
 */
describe('cuda op records from a harness report', () => {
  const program = lowerSource(GUARDED, 'guarded.pit');
  const { spec } = emitCudaProgram(program, new Map([['N', 6]]));
  const guard = program.guards[0];
  const report = (plan: 'main' | 'dense', failedGuard: number): HarnessReport => ({
    device: 'a test device',
    plan,
    failedGuard,
    ops: spec.ops.map((op) => ({ op: op.id, indexMs: 0.5, kernelMs: 1 })),
    indexes: spec.indexes.map((_, index) => ({ index, listed: 3 })),
  });
  const guardedId = spec.tensors.find((t) => t.name === guard?.tensor)?.id ?? -1;

  it('the program guards a tensor the harness knows', () => {
    expect(guard).toBeDefined();
    expect(guardedId).toBeGreaterThanOrEqual(0);
  });

  it('a dense plan marks every record with the guard message every target gives, and no index time', () => {
    const records = opRecords(program, spec, report('dense', guardedId));
    expect(records.map((r) => r.name)).toEqual(spec.ops.map((op) => op.name));
    for (const r of records) {
      expect(r.detail?.['guard']).toBe(guardMessage(guard as { tensor: string; why: string }));
      expect(r.detail?.['mode']).toBe('dense');
      expect(r.indexMs).toBeUndefined();
      expect(r.target).toBe('cuda');
    }
  });

  it('the main plan reports no guard, and index time for its PIT ops', () => {
    const records = opRecords(program, spec, report('main', -1));
    for (const r of records) expect(r.detail?.['guard']).toBeUndefined();
    const pit = records.filter((r) => r.detail?.['mode'] === 'pit');
    expect(pit.length).toBeGreaterThan(0);
    for (const r of pit) expect(r.indexMs).toBe(0.5);
  });

  it('a failed guard on a tensor the program does not guard is an internal error of cuda', () => {
    const unguarded = spec.tensors.find((t) => t.name !== guard?.tensor)?.id ?? -1;
    expect(() => opRecords(program, spec, report('dense', unguarded))).toThrow(InternalError);
    expect(() => opRecords(program, spec, report('dense', unguarded))).toThrow(/cuda/);
  });
});
