import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { readNpyFile, writeNpyFile } from '../../src/runtime/npy-file.js';
import { hasStackTrace, runCli, workspace } from '../cli/cli-harness.js';
import { attentionBlock, optFfn } from './layer-models.js';
import { data, onnxDifference, runOnnxRuntime } from './onnx-harness.js';

/**
 * Every command takes an .onnx file where it takes a .pit one, with the model's names in options
 * and reports; `pitc import` writes the .pit form and the weights, and that program runs to the
 * same results as the model.
 */

let dir: string;
let x: HostTensor;

beforeAll(() => {
  dir = workspace({});
  writeFileSync(join(dir, 'ffn.onnx'), optFfn({ dModel: 16, dFf: 64 }));
  writeFileSync(join(dir, 'attn.onnx'), attentionBlock({ dModel: 16, heads: 2 }));
  x = data('f32', [2, 5, 16], 601);
  expect(writeNpyFile(join(dir, 'x.npy'), x)).toEqual([]);
});

async function pitc(...args: string[]) {
  const run = await runCli(args, dir);
  expect(hasStackTrace(run.stderr), run.stderr).toBe(false);
  return run;
}

function npy(file: string): HostTensor {
  const read = readNpyFile(join(dir, file));
  if (!read.tensor) throw new Error(JSON.stringify(read.diagnostics));
  return read.tensor;
}

describe('pitc commands on ONNX models', () => {
  it('check, ir and rules speak the ONNX names', async () => {
    const check = await pitc('check', 'ffn.onnx');
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('ffn.onnx: ok (5 ops)\n');
    const ir = await pitc('ir', 'ffn.onnx', '--stage', 'graph');
    expect(ir.code).toBe(0);
    expect(ir.stdout).toContain('/activation_fn/Relu_output_0');
    expect(ir.stdout).toContain('onnx::MatMul_101');
    const ast = await pitc('ir', 'ffn.onnx', '--stage', 'ast');
    expect(ast.stdout).toContain('activation_fn_Relu_output_0');
    const rules = await pitc('rules', 'ffn.onnx', '--json');
    expect(rules.code).toBe(0);
    const json = JSON.parse(rules.stdout) as { tensors: { name: string }[]; ops: { name: string; plan: { mode: string; index?: string } }[] };
    expect(json.tensors.map((t) => t.name)).toEqual(['/activation_fn/Relu_output_0']);
    const fc2 = json.ops.find((o) => o.name === '/fc2/MatMul_output_0');
    expect(fc2?.plan.mode).toBe('pit');
    expect(fc2?.plan.index).toMatch(/^\/activation_fn\/Relu_output_0@/);
  });

  it('run --json shows the PIT rule used; --input, --out and --check take the ONNX names; results match onnxruntime', async () => {
    const run = await pitc('run', 'ffn.onnx', '--input', 'x=x.npy', '--out', 'out', '--check', '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { ops: { name: string; rule?: string; mode?: string }[]; check: Record<string, { ok: boolean }>; inputs: Record<string, { source: string }> };
    expect(report.ops.find((o) => o.name === '/fc2/MatMul_output_0')?.rule).toBe('/activation_fn/Relu_output_0[i, j, l] along l (store)');
    expect(report.check['y']?.ok).toBe(true);
    expect(report.inputs['fc1.bias']?.source).toBe('the model (initializer)');
    const want = (await runOnnxRuntime(readFileSync(join(dir, 'ffn.onnx')), { x })).get('y') as HostTensor;
    expect(onnxDifference(npy('out/y.npy'), want)).toBeUndefined();
  });

  it('--density and --microtile name ONNX inputs; --dynamic marks an input dynamic, and an unknown name is PIT7002', async () => {
    const rules = await pitc('rules', 'ffn.onnx', '--dynamic', 'x');
    expect(rules.stdout).toMatch(/^\s+x\s+annotated @dynamic/m);
    const run = await pitc('run', 'ffn.onnx', '--random', '1', '--dim', 'batch=2', '--dim', 'seq=32', '--dynamic', 'x', '--density', 'x=0.25', '--microtile', 'x=1x8x16', '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { inputs: Record<string, { density?: number; microTile?: number[] }>; ops: { name: string; rule?: string }[] };
    expect(report.inputs['x']?.density).toBeCloseTo(0.25, 1);
    expect(report.inputs['x']?.microTile).toEqual([1, 8, 16]);
    expect(report.ops.find((o) => o.name === '/fc1/MatMul_output_0')?.rule).toMatch(/^x\[/);
    const bad = await pitc('run', 'ffn.onnx', '--random', '1', '--dim', 'batch=1', '--dim', 'seq=4', '--dynamic', 'nope');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error PIT7002: --dynamic names 'nope', which is no input or weight of the program");
    const badCheck = await pitc('check', 'ffn.onnx', '--dynamic', 'nope');
    expect(badCheck.code).toBe(1);
    // an initializer too: a pruned weight whose zeros change between models
    const weight = await pitc('rules', 'ffn.onnx', '--dynamic', 'onnx::MatMul_102');
    expect(weight.stdout).toMatch(/^\s+onnx::MatMul_102\s+annotated @dynamic/m);
  });

  it('outputs named like paths are written under file-safe names', async () => {
    const run = await pitc('run', 'attn.onnx', '--random', '2', '--dim', 'batch=1', '--out', 'attn-out', '--save-inputs', 'attn-in');
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'attn-out'))).toEqual(['y.npy']);
    expect(readdirSync(join(dir, 'attn-in'))).toContain('onnx_MatMul_201.npy');
  });

  it('compile writes the target artifacts of a model; tune tunes it', async () => {
    const compiled = await pitc('compile', 'ffn.onnx', '--target', 'wasm', '-o', 'art', '--dim', 'batch=1', '--dim', 'seq=8');
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(existsSync(join(dir, 'art', 'ffn.wasm'))).toBe(true);
    const tuned = await pitc('tune', 'ffn.onnx', '--dim', 'batch=1', '--dim', 'seq=16', '--budget', '2', '--threads', '1', '--tuning-db', 'tuning.jsonl', '--json');
    expect(tuned.code, tuned.stderr).toBe(0);
    const result = JSON.parse(tuned.stdout) as { schema: string; tuned: { ops: { op: string }[] } };
    expect(result.schema).toBe('pitc.tune/1');
    expect(result.tuned.ops.map((o) => o.op)).toContain('/fc2/MatMul_output_0');
  });

  it('import writes a .pit program and the weights, which run to the same outputs as the model', async () => {
    const imported = await pitc('import', 'attn.onnx', '-o', 'imported');
    expect(imported.code, imported.stderr).toBe(0);
    const text = readFileSync(join(dir, 'imported', 'attn.pit'), 'utf8');
    expect(text).toMatch(/# node \d+ 'Split_\d+' \(Split\)/);
    expect(text).toContain("# run: pitc run imported/attn.pit --input onnx_MatMul_201=imported/onnx_MatMul_201.npy");
    const weights = readdirSync(join(dir, 'imported')).filter((f) => f.endsWith('.npy'));
    expect(weights.sort()).toEqual(['onnx_MatMul_201.npy', 'onnx_MatMul_202.npy', 'out_proj_bias.npy', 'qkv_bias.npy']);
    const xa = data('f32', [2, 10, 16], 602);
    const mask = data('bool', [1, 1, 10, 10], 603);
    for (let i = 0; i < 10; i++) (mask.data as Uint8Array)[i * 11] = 1;
    writeNpyFile(join(dir, 'xa.npy'), xa);
    writeNpyFile(join(dir, 'mask.npy'), mask);
    const fromModel = await pitc('run', 'attn.onnx', '--input', 'x=xa.npy', '--input', 'mask=mask.npy', '--out', 'from-model', '--target', 'ref');
    expect(fromModel.code, fromModel.stderr).toBe(0);
    const inputs = weights.flatMap((w) => ['--input', `${w.replace('.npy', '')}=imported/${w}`]);
    const fromPit = await pitc('run', 'imported/attn.pit', '--input', 'x=xa.npy', '--input', 'mask=mask.npy', ...inputs, '--out', 'from-pit', '--target', 'ref');
    expect(fromPit.code, fromPit.stderr).toBe(0);
    expect([...npy('from-pit/y.npy').data]).toEqual([...npy('from-model/y.npy').data]);
    const want = (await runOnnxRuntime(readFileSync(join(dir, 'attn.onnx')), { x: xa, mask })).get('y') as HostTensor;
    expect(onnxDifference(npy('from-model/y.npy'), want)).toBeUndefined();
    // only .onnx files are imported
    expect((await pitc('import', 'x.npy', '-o', 'nothing')).code).toBe(1);
  });
});
