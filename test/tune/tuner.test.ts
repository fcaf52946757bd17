import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { memoryDb } from '../../src/tune/db.js';
import { tuneProgram, type TuneProgress } from '../../src/tune/tuner.js';
import { compileProgram, type CompileCandidate, type ProgramLike } from '../../src/tune/trial.js';
import { MATMUL, matmulInputs } from './program-data.js';

const MEASURE = { warmup: 1, repeats: 2 };

describe('tuneProgram on wasm', () => {
  it('measures the default first, checks and times candidates, and stores trials and a winner', async () => {
    const { dims, inputs } = matmulInputs(96, 96, 64, 0.1, [1, 32]);
    const db = memoryDb();
    const progress: TuneProgress[] = [];
    const result = await tuneProgram({ text: MATMUL, file: 'matmul.pit', target: 'wasm', dims, inputs, maxThreads: 1, budgetMs: 60_000, db, machine: 'test', measure: MEASURE, onProgress: (p) => progress.push(p) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const op = result.ops[0];
    expect(op?.status).toBe('tuned');
    // the static planner's choice (finest micro-tile along k) is the baseline, measured first
    expect(op?.trials[0]?.candidate.plan.label).toBe('a along k, 32x1');
    expect(op?.trials.length).toBeGreaterThan(3);
    for (const t of op?.trials ?? []) if (t.status === 'ok') expect(t.measurement?.runs).toBe(2);
    const records = db.read().records;
    expect(records.filter((r) => r.kind === 'trial')).toHaveLength(op?.trials.length ?? -1);
    const winner = records.find((r) => r.kind === 'winner');
    expect(winner?.key).toMatchObject({ target: 'wasm', machine: 'test', granularity: 't0:3.0' });
    expect(winner?.baselineMs).toBeGreaterThan(0);
    expect(winner?.observed?.['t0/r0/32x1']).toBeGreaterThan(0.9); // 1x32 blocks seen through 32x1 tiles: nearly dense
    expect(winner?.observed?.['t0/s0/1x32']).toBeCloseTo(0.1, 1);
    expect(progress.at(-1)?.phase).toBe('done');
    expect(progress.some((p) => p.best !== undefined)).toBe(true);
  });

  it('records a candidate that computes a wrong result as failed, with the reason, and never times it', async () => {
    const { dims, inputs } = matmulInputs(64, 64, 64, 0.2, [1, 1]);
    const executions = new Map<string, number>();
    // the seam: every candidate but the default is compiled into a program that corrupts c[0]
    const wrong: CompileCandidate = async (text, options) => {
      const compiled = await compileProgram(text, options);
      const choice = options.plan instanceof Map ? options.plan.get('c') : undefined;
      const isDefault = choice?.mode === 'pit' && choice.axis === 'k' && choice.microTile?.join('x') === '32x1' && options.blocking?.kc === 256 && options.blocking.mc === 64 && options.blocking.nc === 512;
      const program = compiled.program;
      if (!program || isDefault) return compiled;
      const label = JSON.stringify([choice, options.blocking]);
      const corrupt: ProgramLike = {
        async execute(i, o) {
          executions.set(label, (executions.get(label) ?? 0) + 1);
          const report = await program.execute(i, o);
          const c = report.outputs.get('c') as HostTensor;
          const data = c.data.slice();
          data[0] = (data[0] as number) + 1;
          return { ...report, outputs: new Map([['c', { ...c, data }]]) };
        },
        dispose: () => program.dispose(),
      };
      return { program: corrupt, formatted: compiled.formatted };
    };
    const db = memoryDb();
    const result = await tuneProgram({ text: MATMUL, target: 'wasm', dims, inputs, maxThreads: 1, budgetMs: 60_000, db, machine: 'test', measure: MEASURE, compile: wrong });
    const op = result.ops[0];
    const failed = op?.trials.filter((t) => t.status === 'failed') ?? [];
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBe((op?.trials.length ?? 0) - 1);
    for (const t of failed) {
      expect(t.reason).toMatch(/wrong result on the check input: output 'c' differs from the reference: element 0/);
      expect(t.measurement).toBeUndefined();
    }
    // each wrong program ran once (the check) and was never timed
    expect([...executions.values()].every((n) => n === 1)).toBe(true);
    expect(executions.size).toBe(failed.length);
    const stored = db.read().records.filter((r) => r.status === 'failed');
    expect(stored).toHaveLength(failed.length);
    expect(stored.every((r) => r.reason?.startsWith('wrong result') && r.measurement === undefined)).toBe(true);
    // the default stays the winner
    expect(op?.winner?.candidate).toBe(op?.trials[0]?.candidate);
    expect(result.diagnostics.map((d) => d.code)).toContain('PIT8005');
  });

  it('says why a program has nothing to tune, and refuses the reference target', async () => {
    const text = 'dim N = 8\ninput x : f32[N] @dynamic\ny[i] = relu(x[i])\noutput y\n';
    const values = new Map<string, HostTensor>([['x', { dtype: 'f32', shape: [8], data: new Float32Array(8).fill(1) }]]);
    const none = await tuneProgram({ text, target: 'wasm', dims: new Map([['N', 8]]), inputs: values, maxThreads: 1, budgetMs: 1000, machine: 't' });
    expect(none.diagnostics.map((d) => d.code)).toEqual(['PIT8002']);
    expect(none.ops[0]?.reason).toMatch(/not a contraction/);
    const ref = await tuneProgram({ text, target: 'ref', dims: new Map([['N', 8]]), inputs: values, maxThreads: 1, budgetMs: 1000, machine: 't' });
    expect(ref.diagnostics.map((d) => d.code)).toEqual(['PIT8001']);
  });
});
