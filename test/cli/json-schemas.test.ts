import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, workspace } from './cli-harness.js';
import { cpuTargetIds } from '../../src/targets/registry.js';

/**
 * Every `--json` output names its schema ("schema": "pitc.<command>/1") and validates against
 * the JSON Schema of that name in docs/schemas/, on real outputs: runs on each target with the
 * options that add fields (--check, --out, --plot), rules of every sample, and tune's search,
 * --show, --export and --import.
 */
const ROOT = join(import.meta.dirname, '../..');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(
  ['run', 'rules', 'tune'].map((c) => [c, ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', `pitc.${c}.schema.json`), 'utf8')) as object)]),
);

function valid(command: 'run' | 'rules' | 'tune', stdout: string): Record<string, unknown> {
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  expect(doc['schema']).toBe(`pitc.${command}/1`);
  const validate = validators[command] as (typeof validators)[string];
  const ok = validate?.(doc);
  expect(validate?.errors ?? [], `${command} --json against docs/schemas/pitc.${command}.schema.json`).toEqual([]);
  expect(ok).toBe(true);
  return doc;
}

const MATMUL = `dim M = 9
input a: f32[M, 12] @dynamic
input b: f32[12, 5]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

const FFN = `dim T = 8
input x: f32[T, 6]
weight w1: f32[6, 10]
weight w2: f32[10, 4]
h[t, f] = sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = sum[f] a[t, f] * w2[f, d]
output y
`;

describe('--json outputs match their documented schemas', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'mm.pit': MATMUL, 'ffn.pit': FFN });
  });

  for (const target of cpuTargetIds()) {
    it(`pitc run on ${target} (with --check, --out, --plot, --repeat)`, async () => {
      const r = await runCli(['run', 'mm.pit', '--target', target, '--random', '1', '--density', 'a=0.3', '--microtile', 'a=4x1', '--check', '--out', `out-${target}`, '--plot', `plot-${target}`, '--repeat', '2', '--threads', '1', '--json'], dir);
      expect(r.stderr).toBe('');
      const doc = valid('run', r.stdout);
      expect((doc['words'] as string[])[0]).toMatch(/^skipped \d+ of \d+ micro-tiles; /);
    });
  }

  it('the schemas reject a document without a required field, with another schema id, or with a wrong type', async () => {
    const r = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--json'], dir);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    const run = validators['run'] as (typeof validators)[string];
    expect(run?.(doc)).toBe(true);
    expect(run?.({ ...doc, ops: undefined })).toBe(false);
    expect(run?.({ ...doc, schema: 'pitc.run/2' })).toBe(false);
    expect(run?.({ ...doc, repeat: 'one' })).toBe(false);
  });

  it('pitc run on an intermediate index source (a relu output)', async () => {
    const r = await runCli(['run', 'ffn.pit', '--random', '1', '--microtile', 'a=1x1', '--json', '--threads', '1'], dir);
    valid('run', r.stdout);
  });

  it('pitc run with fused ops, untouched cells and GEMM epilogues (moe-gate, dynamic-seqlen), and on an ONNX model', async () => {
    const gate = await runCli(['run', join(ROOT, 'samples', 'moe-gate.pit'), '--random', '1', '--dim', 'T=32', '--dim', 'D=32', '--dim', 'F=64', '--threads', '1', '--json'], dir);
    expect(gate.code, gate.stderr).toBe(0);
    const ops = valid('run', gate.stdout)['ops'] as Record<string, unknown>[];
    // an output-sparse op that is a program output fills its untouched cells
    const seqlen = await runCli(['run', join(ROOT, 'samples', 'dynamic-seqlen.pit'), '--random', '1', '--density', 'valid=0.6', '--dim', 'S=32', '--dim', 'D=32', '--dim', 'F=64', '--threads', '1', '--json'], dir);
    expect(seqlen.code, seqlen.stderr).toBe(0);
    const filled = valid('run', seqlen.stdout)['ops'] as Record<string, unknown>[];
    // the fields documented for these records are there (and so validated as documented)
    for (const field of ['fused', 'fusedInto', 'untouchedUnwritten', 'untouchedFilled', 'epilogue', 'threads', 'tasks', 'gemm', 'path']) {
      expect([...ops, ...filled].some((o) => o[field] !== undefined), field).toBe(true);
    }
    const model = await runCli(['run', join(ROOT, 'samples', 'opt-ffn.onnx'), '--random', '1', '--dim', 'batch=1', '--dim', 'seq=8', '--threads', '1', '--json'], dir);
    expect(model.code, model.stderr).toBe(0);
    expect((valid('run', model.stdout)['ops'] as { microTilesSkipped?: number }[]).some((o) => (o.microTilesSkipped ?? 0) > 0)).toBe(true);
  });

  it('pitc rules on every sample', async () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pit') || f.endsWith('.onnx'));
    expect(samples.length).toBeGreaterThanOrEqual(11);
    for (const file of samples) {
      const r = await runCli(['rules', join(ROOT, 'samples', file), '--json'], dir);
      expect(r.code, file).toBe(0);
      valid('rules', r.stdout);
    }
  });

  it('pitc tune: a search, --show (winners and --all), --export, --import and --compact, each one JSON document on stdout', async () => {
    const tuned = await runCli(['tune', 'mm.pit', '--random', '1', '--density', 'a=0.3', '--budget', '3', '--threads', '1', '--tuning-db', 'db.jsonl', '--json', '--no-progress'], dir);
    expect(tuned.code).toBe(0);
    const doc = valid('tune', tuned.stdout);
    expect((doc['tuned'] as { ops: unknown[] }).ops.length).toBe(1);
    const shown = valid('tune', (await runCli(['tune', '--show', '--all', '--tuning-db', 'db.jsonl', '--json'], dir)).stdout);
    expect((shown['shown'] as { records: unknown[] }).records.length).toBeGreaterThan(1);
    const winners = valid('tune', (await runCli(['tune', '--show', '--tuning-db', 'db.jsonl', '--json'], dir)).stdout);
    expect((winners['shown'] as { records: { kind: string }[] }).records.every((r) => r.kind === 'winner')).toBe(true);
    const exported = await runCli(['tune', '--export', 'x.json', '--tuning-db', 'db.jsonl', '--json'], dir);
    expect(valid('tune', exported.stdout)['exported']).toEqual({ file: 'x.json', records: (shown['shown'] as { total: number }).total });
    expect(exported.stderr).toMatch(/exported \d+ records/);
    const moved = await runCli(['tune', '--import', 'x.json', '--compact', '--tuning-db', 'db2.jsonl', '--json'], dir);
    expect(moved.code).toBe(0);
    expect(Object.keys(valid('tune', moved.stdout))).toEqual(expect.arrayContaining(['imported', 'compacted']));
  });
});
