import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TuningRecord } from '../../src/tune/record.js';
import { hasStackTrace, runCli, workspace } from '../cli/cli-harness.js';

/**
 * A tuning database is a file anyone can edit. Text from its records is never printed raw (an
 * escape sequence, a newline or a bidi override in a label shows as <U+XXXX>), and a record whose
 * knobs the target cannot use is skipped with a PIT8004 warning, the op planned by the cost model:
 * never an error printed followed by exit 0.
 */
const SAMPLE = join(import.meta.dirname, '../../samples/matmul.pit');
const DIMS = ['--dim', 'M=64', '--dim', 'N=64', '--dim', 'K=64'];
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('forged tuning records', () => {
  const dir = workspace({});
  let records: TuningRecord[];
  beforeAll(async () => {
    copyFileSync(SAMPLE, join(dir, 'matmul.pit'));
    const tuned = await runCli(['tune', 'matmul.pit', ...DIMS, '--budget', '3', '--threads', '1', '--tuning-db', 'db.jsonl'], dir);
    expect(tuned.code, tuned.stderr).toBe(0);
    records = readFileSync(join(dir, 'db.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as TuningRecord);
    expect(records.some((r) => r.kind === 'winner')).toBe(true);
  });

  function forge(file: string, change: (r: TuningRecord) => TuningRecord): void {
    writeFileSync(join(dir, file), records.map((r) => JSON.stringify(r.kind === 'winner' ? change(r) : r)).join('\n') + '\n');
  }

  it('a label with escape codes, newlines and bidi controls is printed escaped everywhere', async () => {
    const label = 'evil\u001b[31mRED\r\nforged line\u202eabc\u0007';
    forge('label.jsonl', (r) => ({ ...r, label }));
    const show = await runCli(['tune', '--show', '--tuning-db', 'label.jsonl'], dir);
    const run = await runCli(['run', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--tuning-db', 'label.jsonl'], dir);
    const json = await runCli(['run', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--tuning-db', 'label.jsonl', '--json'], dir);
    for (const r of [show, run, json]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    }
    expect(show.stdout).toContain('evil<U+001B>[31mRED<U+000D><U+000A>forged line<U+202E>abc<U+0007>');
    expect(run.stdout).toMatch(/op c: plan: tuned \(record [0-9a-f]{8}: evil<U\+001B>\[31mRED<U\+000D><U\+000A>forged line<U\+202E>abc<U\+0007> \(/);
    // no line of the report was forged
    expect(run.stdout.split('\n').some((l) => l.startsWith('forged line'))).toBe(false);
    expect(JSON.parse(json.stdout).ops[0].plan.why).toContain('evil<U+001B>[31mRED<U+000D><U+000A>forged line<U+202E>abc<U+0007>');
  });

  it('a record with an invalid GEMM blocking is skipped with a warning; the run uses the cost model and exits 0', async () => {
    forge('blocking.jsonl', (r) => ({ ...r, config: { ...r.config, knobs: { ...r.config.knobs, kc: 3, mc: 5 } } }));
    const run = await runCli(['run', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--check', '--tuning-db', 'blocking.jsonl'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^pitc: warning PIT8004: tuning record [0-9a-f]{8} for op 'out\[s0, s1\] = .*' was skipped: GEMM blocking kc=3, mc=5, nc=\d+ is invalid/m);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.stdout).toMatch(/op c: plan: cost model \(its tuning records for these shapes are invalid and were skipped\)/);
    expect(run.stdout).toMatch(/check c: ok/);
    const plain = await runCli(['run', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--no-tuning'], dir);
    const checksum = (text: string) => /checksum (\S+)/.exec(text)?.[1];
    expect(checksum(run.stdout)).toBe(checksum(plain.stdout));
    const compiled = await runCli(['compile', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--tuning-db', 'blocking.jsonl', '-o', 'out'], dir);
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(compiled.stderr).toMatch(/warning PIT8004: .* was skipped: GEMM blocking kc=3, mc=5/);
    expect(compiled.stdout).toMatch(/op c: plan: cost model \(its tuning records for these shapes are invalid and were skipped\)/);
    for (const r of [run, compiled]) expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('unknown knobs, half a blocking and absurd thread counts are skipped the same way', async () => {
    const forgeries: [string, (r: TuningRecord) => TuningRecord, RegExp][] = [
      ['unknown.jsonl', (r) => ({ ...r, config: { ...r.config, knobs: { ...r.config.knobs, unroll: 4 } } }), /was skipped: unknown knob unroll/],
      ['half.jsonl', (r) => ({ ...r, config: { ...r.config, knobs: { kc: 256 } } }), /was skipped: the GEMM blocking needs kc, mc and nc together/],
      ['threads.jsonl', (r) => ({ ...r, config: { ...r.config, knobs: { ...r.config.knobs, threads: 1e9 } } }), /was skipped: threads 1000000000 is not an integer from 1 to 256/],
    ];
    for (const [file, change, pattern] of forgeries) {
      forge(file, change);
      const r = await runCli(['run', 'matmul.pit', ...DIMS, '--random', '1', '--threads', '1', '--tuning-db', file], dir);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toMatch(pattern);
      expect(r.stdout).toMatch(/plan: cost model/);
    }
  });
});
