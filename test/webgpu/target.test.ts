import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebgpuExecutor } from '../../codegen/webgpu/executor.js';
import type { GpuCommand } from '../../codegen/webgpu/gpu-batch.js';
import { createWebgpuTarget } from '../../codegen/webgpu/target.js';
import { compileWebgpuProgram, DEFAULT_LIMITS } from '../../codegen/webgpu/compile-program.js';
import { InternalError, LimitExceeded } from '../../ir/core/errors.js';
import { compile } from '../../src/api/compile.js';
import { PitcError } from '../../src/api/errors.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { hasStackTrace, runCli, workspace } from '../cli/cli-harness.js';
import { tensorOf } from '../helpers/compare.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import {
  closeSharedSession,
  lower,
  mismatchAgainstRef,
  runOnWebgpu,
  sharedSession,
} from './webgpu-harness.js';

/**
 * The webgpu target through its contract, the API and the CLI: PIT5002 names every host tried
 * and why it failed; `pitc compile --target webgpu` writes WGSL and a launch spec without a
 * device; ops the target cannot compute exactly, or whose shaders pass the device's limits, are
 * PIT5003 naming the op (never a wrong answer); `compile({ target: 'webgpu' })` and `pitc run
 * --target webgpu --check` run where a device exists.
 */

const { session, why } = await sharedSession();
afterAll(closeSharedSession);

const MATMUL_RELU =
  'dim M = 19, K = 23, N = 6\ninput a : f32[M, K] @dynamic\nweight b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\nd[m, n] = relu(c[m, n]) + 1\noutput c, d\n';

describe('webgpu target without a device', () => {
  it('PIT5002 names every host tried and why each failed', async () => {
    const target = createWebgpuTarget({
      hosts: [
        async () => ({
          host: 'dawn (the webgpu package)',
          why: 'requestAdapter() found no WebGPU adapter',
        }),
        async () => ({ host: 'headless chromium (/nowhere)', why: 'not installed' }),
      ],
    });
    const c = compilePit(MATMUL_RELU, 'mm.pit');
    const got = await target.createExecutor(lower(c.graph), createIndexService());
    expect(got.value).toBeUndefined();
    expect(got.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'PIT5002',
        'no WebGPU device: dawn (the webgpu package): requestAdapter() found no WebGPU adapter; headless chromium (/nowhere): not installed',
      ],
    ]);
  });

  it('pitc compile --target webgpu writes one .wgsl per shader and the launch spec as data', async () => {
    const dir = workspace({ 'mm.pit': MATMUL_RELU });
    const run = await runCli(['compile', 'mm.pit', '--target', 'webgpu', '-o', 'out'], dir);
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual([
      'mm.0.dense.wgsl',
      'mm.0.pit.wgsl',
      'mm.1.dense.wgsl',
      'mm.webgpu.json',
    ]);
    const spec = JSON.parse(readFileSync(join(dir, 'out', 'mm.webgpu.json'), 'utf8'));
    expect(spec.format).toBe('pitc-webgpu');
    expect(
      spec.ops.map((o: { op: string; dense: { kind: string; file: string } }) => [
        o.op,
        o.dense.kind,
        o.dense.file,
      ]),
    ).toEqual([
      ['c', 'gemm', 'mm.0.dense.wgsl'],
      ['d', 'cell', 'mm.1.dense.wgsl'],
    ]);
    const bindings = spec.ops[0].pit.shader.bindings as { kind: string; tensor?: string }[];
    expect(bindings[0]).toEqual({ kind: 'output' });
    expect(bindings.map((b) => b.tensor ?? b.kind).sort()).toEqual([
      'a',
      'b',
      'coords',
      'output',
      'stripPtr',
    ]);
    expect(spec.ops[0].pit.index.microTile.length).toBe(2);
    // program names never reach the shader text
    const wgsl = readFileSync(join(dir, 'out', 'mm.0.pit.wgsl'), 'utf8');
    expect(wgsl).toMatch(/var<workgroup> tileA/);
    expect(wgsl).not.toMatch(/\b[bcd]\[/);
  });

  it('pitc compile needs every dim bound (PIT5003)', async () => {
    const dir = workspace({
      'mm.pit': MATMUL_RELU.replace('dim M = 19, K = 23, N = 6', 'dim M, K = 23, N = 6'),
    });
    const run = await runCli(['compile', 'mm.pit', '--target', 'webgpu', '-o', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'PIT5003: the webgpu target specialises shaders to shapes: bind M with --dim',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('an op needing more storage buffers than the device has is PIT5003 naming it', () => {
    const names = Array.from({ length: 9 }, (_, i) => `x${i}`);
    const text = `dim N = 3\n${names.map((n) => `input ${n} : f32[N]`).join('\n')}\nwide[i] = ${names.map((n) => `${n}[i]`).join(' + ')}\noutput wide\n`;
    const c = compilePit(text, 'wide.pit');
    const got = compileWebgpuProgram(
      'wide',
      c.graph,
      lower(c.graph).kernels,
      new Map([['N', 3]]),
      DEFAULT_LIMITS,
    );
    expect(got.program).toBeUndefined();
    expect(got.diagnostics.map((d) => d.message)).toEqual([
      "the webgpu target cannot run op 'wide': its dense shader needs 10 storage buffers, past the device's 8",
    ]);
  });

  it('emitting assumes i32 inputs within ±2^24; a sum that may pass it is PIT5003 naming the op', () => {
    const c = compilePit(
      'dim N = 3\ninput a : i32[N]\nsmall[i] = a[i] - 1\nbig[i] = a[i] * a[i]\noutput small, big\n',
      'int.pit',
    );
    const got = compileWebgpuProgram('int', c.graph, lower(c.graph).kernels, new Map([['N', 3]]));
    expect(got.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^the webgpu target cannot run op 'big': its values are computed in f32, and assuming i32 inputs within ±16777216, .* past f32's exact integers/,
      ),
    ]);
  });
});

describe.skipIf(!session)(`webgpu target on a device${session ? '' : ` (skipped: ${why})`}`, () => {
  it("i32 inputs: exact where this run's values keep f32 exact, PIT5003 naming the op where they do not", async () => {
    const c = compilePit(
      'dim N = 4\ninput a : i32[N]\ny[i] = a[i] * a[i] + 1\noutput y\n',
      'int.pit',
    );
    const program = lower(c.graph);
    const dims = new Map([['N', 4]]);
    const small = new Map([['a', tensorOf('i32', [4], [3, -4000, 0, 4095])]]);
    const ok = await runOnWebgpu(session!, program, small, dims);
    expect(Array.from(ok.values.get('y')?.data ?? [])).toEqual([10, 16000001, 1, 16769026]);
    const big = new Map([['a', tensorOf('i32', [4], [3, 5000, 0, 1])]]);
    const refused = runOnWebgpu(session!, program, big, dims);
    await expect(refused).rejects.toBeInstanceOf(LimitExceeded);
    await expect(refused).rejects.toThrow(
      /cannot run op 'y': its values are computed in f32, and for the i32 values of this run's inputs, .* past f32's exact integers/,
    );
  });

  it('a shader that does not compile, or a missing buffer, fails its batch with a message; the session keeps working', async () => {
    const s = session!;
    const bad = await s.submit([
      { kind: 'alloc', buffer: 'probe', size: 16 },
      {
        kind: 'dispatch',
        key: 'bad',
        code: '@compute @workgroup_size(1) fn main() { let x: i32 = 1.5; }',
        bindings: [],
        groups: [1, 1, 1],
      },
    ]);
    expect(bad.error).toMatch(/^WGSL did not compile: /);
    const missing = await s.submit([{ kind: 'read', buffer: 'no such buffer', size: 4 }]);
    expect(missing.error).toMatch(/buffer no such buffer is missing/);
    const c = compilePit(MATMUL_RELU, 'mm.pit');
    const dims = new Map([
      ['M', 19],
      ['K', 23],
      ['N', 6],
    ]);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 2 });
    expect(
      mismatchAgainstRef(
        c.graph,
        await runOnWebgpu(s, lower(c.graph), inputs, dims),
        denseValues(c.graph, inputs, dims),
      ),
    ).toBeUndefined();
  });

  it('where the adapter times compute passes, each op records its shader time on the GPU (gpuMs), within the batch it ran in', async () => {
    const s = session!;
    const c = compilePit(MATMUL_RELU, 'mm.pit');
    const dims = new Map([
      ['M', 64],
      ['K', 48],
      ['N', 40],
    ]);
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 3 });
    const run = await runOnWebgpu(s, lower(c.graph), inputs, dims);
    expect(run.ops.length).toBeGreaterThan(0);
    for (const op of run.ops) {
      const gpuMs = op.detail?.['gpuMs'];
      if (s.timesPasses) {
        expect(typeof gpuMs, op.name).toBe('number');
        // a quantized clock (Chromium's) may give 0 for a pass this small
        expect(gpuMs as number, op.name).toBeGreaterThanOrEqual(0);
        expect(gpuMs as number, op.name).toBeLessThanOrEqual(op.kernelMs);
      } else expect(gpuMs, op.name).toBeUndefined();
    }
  });

  it('a failed batch is an internal error naming the op and the host', async () => {
    const failing = {
      host: 'test host',
      limits: session!.limits,
      close: async () => {},
      submit: async () => ({ reads: [], error: 'the device was lost' }),
    };
    const c = compilePit(MATMUL_RELU, 'mm.pit');
    const dims = new Map([
      ['M', 19],
      ['K', 23],
      ['N', 6],
    ]);
    const run = runOnWebgpu(
      failing,
      lower(c.graph),
      makeInputs(c.graph, dims, { density: 0.5, seed: 2 }),
      dims,
    );
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(run).rejects.toThrow(
      /op 'c' \((gemm|cell) shader \w+\) failed on test host: the device was lost/,
    );
  });

  it('a weight is uploaded once per version; inputs every run', async () => {
    const s = session!;
    const writes: string[][] = [];
    const recording = {
      host: s.host,
      limits: s.limits,
      close: async () => {},
      submit: (batch: readonly GpuCommand[]) => {
        writes.push(
          batch.flatMap((c) =>
            c.kind === 'write' && c.buffer.startsWith('tensor:') ? [c.buffer] : [],
          ),
        );
        return s.submit(batch);
      },
    };
    const c = compilePit(MATMUL_RELU, 'mm.pit');
    const dims = new Map([
      ['M', 19],
      ['K', 23],
      ['N', 6],
    ]);
    const executor = createWebgpuExecutor(lower(c.graph), createIndexService(), recording, {
      denseCrossover: 1,
    });
    try {
      const runs: [number, number][] = [
        [1, 1],
        [1, 2],
        [2, 3],
      ]; // [weight version, seed]
      const uploaded: string[][] = [];
      for (const [version, seed] of runs) {
        const inputs = makeInputs(c.graph, dims, { density: 0.5, seed });
        if (version === 1)
          inputs.set('b', makeInputs(c.graph, dims, { density: 0.5, seed: 1 }).get('b')!);
        writes.length = 0;
        const result = await executor.run(inputs, dims, {
          weightVersions: new Map([['b', version]]),
        });
        uploaded.push(writes.flat().sort());
        expect(
          mismatchAgainstRef(c.graph, result, denseValues(c.graph, inputs, dims)),
          `version ${version} seed ${seed}`,
        ).toBeUndefined();
      }
      expect(uploaded).toEqual([['tensor:a', 'tensor:b'], ['tensor:a'], ['tensor:a', 'tensor:b']]);
    } finally {
      await executor.dispose();
    }
  });

  it("compile({ target: 'webgpu' }) runs like the other targets, PIT op and all", async () => {
    const result = await compile(MATMUL_RELU, { target: 'webgpu', file: 'mm.pit' });
    const program = result.program;
    if (!program) throw new Error(result.formatted);
    try {
      const c = compilePit(MATMUL_RELU, 'mm.pit');
      const dims = new Map([
        ['M', 19],
        ['K', 23],
        ['N', 6],
      ]);
      for (const density of [0, 0.3, 1]) {
        const inputs = makeInputs(c.graph, dims, {
          density,
          tiles: new Map([['a', [1, 1]]]),
          seed: 4,
        });
        const outputs = await program.run(Object.fromEntries(inputs));
        const ref = denseValues(c.graph, inputs, dims);
        const got = { values: new Map(Object.entries(outputs)), ops: [] };
        expect(mismatchAgainstRef(c.graph, got, ref), `density ${density}`).toBeUndefined();
      }
    } finally {
      await program.dispose();
    }
  });

  it('a refused op reaches an API caller as a PitcError with PIT5003, not a stack trace', async () => {
    const result = await compile('dim N = 2\ninput a : i32[N]\ny[i] = a[i] + a[i]\noutput y\n', {
      target: 'webgpu',
      file: 'int.pit',
    });
    const program = result.program;
    if (!program) throw new Error(result.formatted);
    try {
      const run = program.run({ a: tensorOf('i32', [2], [2 ** 30, 1]) });
      await expect(run).rejects.toBeInstanceOf(PitcError);
      await expect(run).rejects.toThrow(/PIT5003: the webgpu target cannot run op 'y'/);
    } finally {
      await program.dispose();
    }
  });

  it("a program never disposed does not keep Node running (the browser is unref'd between batches, killed at exit)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitc-webgpu-exit-'));
    const entry = pathToFileURL(resolve(import.meta.dirname, '../../dist/src/index.js')).href;
    const script = join(dir, 'child.mjs');
    writeFileSync(
      script,
      `import { compile, tensor } from ${JSON.stringify(entry)};
const { program, formatted } = await compile('dim N = 3\\ninput x : f32[N]\\ny[i] = x[i] * 2\\noutput y\\n', { target: 'webgpu' });
if (!program) throw new Error(formatted);
await new Promise((done) => setTimeout(done, 200)); // idle between compile and run: the browser must not be lost
const out = await program.run({ x: tensor('f32', [3], Float32Array.from([1, 2, 3])) });
console.log('y', Array.from(out.y.data).join(' '));
// no dispose()
`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((done) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        done(-1);
      }, 45_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        done(c);
      });
    });
    expect(code, out).toBe(0);
    expect(out).toContain('y 2 4 6');
  });

  it('pitc run --target webgpu --check --json agrees with the reference and follows the run schema', async () => {
    const dir = workspace({ 'mm.pit': MATMUL_RELU });
    const run = await runCli(
      [
        'run',
        'mm.pit',
        '--target',
        'webgpu',
        '--random',
        '1',
        '--density',
        'a=0.2',
        '--microtile',
        'a=2x1',
        '--check',
        '--json',
      ],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    const doc = JSON.parse(run.stdout) as {
      target: string;
      check: Record<string, { ok: boolean }>;
      ops: Record<string, unknown>[];
    };
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../docs/schemas/pitc.run.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.target).toBe('webgpu');
    expect(doc.check).toEqual({
      c: { ok: true, maxScaledError: expect.any(Number) },
      d: { ok: true, maxScaledError: expect.any(Number) },
    });
    expect(doc.ops.map((o) => [o['name'], o['target'], o['form'], o['shader']])).toEqual([
      ['c', 'webgpu', 'pit', 'gemm'],
      ['d', 'webgpu', 'dense', 'cell'],
    ]);
  });
});
