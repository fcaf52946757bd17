import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_THREADS } from '../../codegen/target.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { PitcError } from '../../src/api/errors.js';
import { tensor } from '../../src/api/tensor.js';
import { API_TARGETS, bitDifference, compileOn, programOn, within } from './api-targets.js';

/**
 * A program's life: dispose() may be called more than once, runs called before it finish, runs
 * after it reject with PIT6020 (never hang), and a program never disposed does not keep Node
 * running. compile() checks its options (PIT5004) instead of, say, starting 10⁹ threads.
 */
const PROGRAM = 'dim T\ninput x : f32[T, 4]\ny[t, j] = x[t, j] * 2\noutput y\n';
const x = makeTensor('f32', [2, 4], Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
const WANT = makeTensor('f32', [2, 4], Float32Array.from([2, 4, 6, 8, 10, 12, 14, 16]));

async function settle<T>(p: Promise<T>): Promise<T | Error> {
  return within(
    p.then(
      (v) => v,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    ),
    10_000,
    'the call',
  );
}

describe('dispose()', () => {
  for (const target of API_TARGETS) {
    it(`${target.name}: runs called before dispose() finish, later ones reject with PIT6020, dispose() twice is fine`, async () => {
      const program = await programOn(target, PROGRAM);
      const before: Promise<unknown>[] = [program.run({ x }), program.execute({ x }), program.run({ x })];
      const disposed = program.dispose();
      const after: Promise<unknown>[] = [program.run({ x }), program.execute({ x })];
      for (const r of await Promise.all(before.map(settle))) {
        expect(r).not.toBeInstanceOf(Error);
        const y = 'outputs' in (r as object) ? (r as { outputs: Map<string, HostTensor> }).outputs.get('y') : (r as Record<string, HostTensor>)['y'];
        expect(bitDifference(y as HostTensor, WANT)).toBeUndefined();
      }
      for (const r of await Promise.all(after.map(settle))) {
        expect(r).toBeInstanceOf(PitcError);
        expect((r as PitcError).diagnostics.map((d) => d.code)).toEqual(['PIT6020']);
      }
      await within(disposed, 10_000, 'dispose()');
      await within(program.dispose(), 10_000, 'a second dispose()');
      const late = await settle(program.run({ x }));
      expect((late as PitcError).diagnostics?.[0]?.code).toBe('PIT6020');
    });
  }
});

describe('outputs are the caller\'s own', () => {
  for (const target of API_TARGETS) {
    it(`${target.name}: an input named as an output comes back as a copy`, async () => {
      const program = await programOn(target, 'input x : f32[4]\ny[i] = x[i] + 1\noutput x, y\n');
      const given = makeTensor('f32', [4], Float32Array.from([1, 2, 3, 4]));
      const out = await program.run({ x: given });
      expect(Array.from((out['x'] as HostTensor).data)).toEqual([1, 2, 3, 4]);
      (out['x'] as HostTensor).data[0] = 99;
      expect(given.data[0]).toBe(1);
      given.data[1] = -1; // and changing the input later does not change what was returned
      expect((out['x'] as HostTensor).data[1]).toBe(2);
      await program.dispose();
    });
  }
});

describe('a program that is never disposed does not keep Node running', () => {
  it('a child process that runs a 2-thread wasm program (and a gpu.js one) on worker threads exits by itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitc-exit-'));
    const entry = pathToFileURL(resolve(import.meta.dirname, '../../dist/src/index.js')).href;
    const script = join(dir, 'child.mjs');
    writeFileSync(
      script,
      `import { compile, tensor } from ${JSON.stringify(entry)};
const text = 'dim M, K, N\\ninput a : f32[M, K]\\nweight b : f32[K, N]\\nc[m, n] = sum[k] a[m, k] * b[k, n]\\noutput c\\n';
const a = tensor('f32', [256, 128], Float32Array.from({ length: 256 * 128 }, (_, i) => i % 7));
const b = tensor('f32', [128, 136], Float32Array.from({ length: 128 * 136 }, (_, i) => i % 5));
for (const target of ['wasm', 'gpujs']) {
  const { program, formatted } = await compile(text, { target, threads: 2 });
  if (!program) throw new Error(formatted);
  const report = await program.execute({ a, b });
  console.log(target, 'threads', report.ops[0].detail.threads ?? report.ops[0].detail.kernel);
}
// no dispose(): the worker threads must not hold the event loop open
`,
    );
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const code = await within(exited, 30_000, 'the child process').catch((err: unknown) => {
      child.kill('SIGKILL');
      throw new Error(`${(err as Error).message}; it printed:\n${out}`);
    });
    expect(code, out).toBe(0);
    // the wasm GEMM really ran on 2 threads (so worker threads existed)
    expect(out).toContain('wasm threads 2');
    expect(out).toContain('gpujs threads WebAssemblyKernel/threaded');
  });
});

describe('compile() checks its options', () => {
  const bad: readonly [string, unknown][] = [
    ['threads', 0],
    ['threads', MAX_THREADS + 1],
    ['threads', 1e9],
    ['threads', 1.5],
    ['threads', '2'],
    ['threads', Number.NaN],
    ['threadSpinMs', -1],
    ['threadSpinMs', 10_001],
    ['threadSpinMs', '2'],
    ['denseCrossover', -0.1],
    ['denseCrossover', 1.5],
    ['denseCrossover', Number.NaN],
    ['denseCrossover', '0.5'],
    ['blocking', { kc: 0, mc: 4, nc: 8 }],
    ['blocking', { kc: 64, mc: 4 }],
    ['blocking', 'big'],
    ['dense', 'yes'],
    ['file', 42],
    ['target', { name: 'wasm' }],
    ['microTiles', 'a=32x1'],
    ['plan', [{ mode: 'dense' }]],
    ['plan', { y: { mode: 'sparse' } }],
    ['plan', { y: { mode: 'pit', operand: 3, axis: 't' } }],
    ['plan', { y: { mode: 'pit', operand: 'x', axis: 't', microTile: [0, 1] } }],
    ['thread', 2],
  ];
  for (const target of API_TARGETS) {
    it(`${target.name}: a bad option is a PIT5004 diagnostic, never an exception`, async () => {
      for (const [option, value] of bad) {
        const result = await compileOn(target, PROGRAM, { [option]: value } as never);
        expect(result.program, `${option}: ${String(value)}`).toBeUndefined();
        expect(result.diagnostics.map((d) => d.code), `${option}: ${String(value)}`).toEqual(['PIT5004']);
      }
    });
  }

  it('a source that is not text is one PIT5004, with nothing from the front end after it', async () => {
    for (const source of [null, undefined, 123, { text: PROGRAM }]) {
      const result = await compile(source as never, { target: 'ref' });
      expect(result.program).toBeUndefined();
      expect(result.diagnostics.map((d) => d.code), String(source)).toEqual(['PIT5004']);
    }
  });

  it('threads up to the CLI cap are accepted; no worker starts until a GEMM is large enough to split', async () => {
    const result = await compile(PROGRAM, { target: 'wasm', threads: MAX_THREADS });
    expect(result.diagnostics).toEqual([]);
    const y = (await result.program?.run({ x }))?.['y'] as HostTensor;
    expect(bitDifference(y, WANT)).toBeUndefined();
    await result.program?.dispose();
  });

  it('denseCrossover 0 and 1 are accepted (always dense above zero density; never dense)', async () => {
    for (const denseCrossover of [0, 1]) expect((await compile(PROGRAM, { target: 'ref', denseCrossover })).diagnostics).toEqual([]);
  });

  it('a plan must name an op and a rule of the program (PIT4003); a bad micro-tile hint is PIT4001', async () => {
    const mm = 'dim M\ninput a : f32[M, 8] @dynamic\nweight b : f32[8, 4]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n';
    const codes = async (options: object) => (await compile(mm, { target: 'ref', ...options })).diagnostics.map((d) => d.code);
    expect(await codes({ plan: { q: { mode: 'dense' } } })).toEqual(['PIT4003']);
    expect(await codes({ plan: { c: { mode: 'pit', operand: 'b', axis: 'k' } } })).toEqual(['PIT4003']);
    expect(await codes({ plan: { c: { mode: 'pit', operand: 'a', axis: 'k', microTile: [32] } } })).toEqual(['PIT4003']);
    expect(await codes({ plan: new Map([['c', { mode: 'pit', operand: 'a', axis: 'k', microTile: [32, 1] }]]) })).toEqual([]);
    expect(await codes({ microTiles: { a: '32x1' } })).toEqual(['PIT4001']);
    expect(await codes({ microTiles: { a: [32, 0.5] } })).toEqual(['PIT4001']);
  });

  it('tensor() throws a PitcError for a bad shape, dtype or data, and PIT6017 for a shape too large', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
        return undefined;
      } catch (e) {
        return e instanceof PitcError ? e.diagnostics[0]?.code : `not a PitcError: ${String(e)}`;
      }
    };
    expect(code(() => tensor('f32', [1.5]))).toBe('PIT6018');
    expect(code(() => tensor('f64' as never, [2]))).toBe('PIT6018');
    expect(code(() => tensor('f32', [2], new Float64Array(2) as never))).toBe('PIT6018');
    expect(code(() => tensor('f32', [1 << 20, 1 << 20]))).toBe('PIT6017');
    expect(tensor('i32', [2, 3]).data).toEqual(new Int32Array(6));
  });
});
