import { spawnSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { crc32 } from '../../src/runtime/npz.js';
import { encodeNpy } from '../../src/runtime/npy.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

/** What a new user meets first: usage mistakes, NumPy's default dtypes, .npz archives, progress. */

const MM = `dim M = 3
input a: f32[M, 4] @dynamic
input n: i32[M, 4]
input m: bool[M, 4]
weight b: f32[4, 2]
c[i, j] = sum[k] where(m[i, k], a[i, k] * n[i, k], 0.0) * b[k, j]
output c
`;

describe('usage mistakes', () => {
  it('bare pitc prints one usage line that lists the commands', async () => {
    const r = await runCli([], workspace({}));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe("pitc: error PIT7001: give a command: check, ir, rules, compile, run, tune, bench, import, playground (see 'pitc --help')\n");
  });

  it.each([
    [['runn', 'x.pit'], "unknown command 'runn'; did you mean 'run'?"],
    [['chek', 'x.pit'], "unknown command 'chek'; did you mean 'check'?"],
    [['frobnicate'], "unknown command 'frobnicate' (commands: check, ir, rules, compile, run, tune, bench, import, playground)"],
    [['run', 'x.pit', '--trget', 'wasm'], 'unknown option --trget (did you mean --target?)'],
    [['run', 'x.pit', '--dens', 'a=1'], 'unknown option --dens (did you mean --density?)'],
    [['run', 'x.pit', '--no-tunin'], 'unknown option --no-tunin (did you mean --no-tuning?)'],
    [['rules', 'x.pit', '--jsno'], 'unknown option --jsno (did you mean --json?)'],
    [['tune', '--shwo'], 'unknown option --shwo (did you mean --show?)'],
    [['run', 'x.pit', '--zzzzzz'], 'unknown option --zzzzzz'],
  ])('pitc %j says %s', async (args, expected) => {
    const r = await runCli(args, workspace({}));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

/** A .npy file of a type pitc converts only with --cast. */
function foreignNpy(descr: string, shape: number[], bytes: Uint8Array): Uint8Array {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const headerLength = Math.ceil((10 + dict.length + 1) / 64) * 64 - 10;
  const out = new Uint8Array(10 + headerLength + bytes.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  new DataView(out.buffer).setUint16(8, headerLength, true);
  for (let i = 0; i < dict.length; i++) out[10 + i] = dict.charCodeAt(i);
  out.fill(0x20, 10 + dict.length, 10 + headerLength - 1);
  out[10 + headerLength - 1] = 0x0a;
  out.set(bytes, 10 + headerLength);
  return out;
}

const f64 = (values: number[]): Uint8Array => new Uint8Array(Float64Array.from(values).buffer);
const i64 = (values: bigint[]): Uint8Array => new Uint8Array(BigInt64Array.from(values).buffer);

describe('--cast', () => {
  const A = [0.1, 0, 2.5, -1, 0, 3, 0, 1e-3, 7, 0, 0, 1];
  const files = {
    'a64.npy': foreignNpy('<f8', [3, 4], f64(A)),
    'n64.npy': foreignNpy('<i8', [3, 4], i64(A.map((_, i) => BigInt(i - 5)))),
    'm8.npy': foreignNpy('|u1', [3, 4], Uint8Array.from(A.map((v, i) => (v === 0 ? 0 : i)))),
    'big.npy': foreignNpy('<i8', [3, 4], i64([...A.map(() => 1n).slice(0, 11), 2n ** 40n])),
    'huge.npy': foreignNpy('<f8', [3, 4], f64([...A.slice(0, 11), 1e300])),
    'be.npy': foreignNpy('>f8', [3, 4], (() => { const b = new Uint8Array(96); const v = new DataView(b.buffer); A.forEach((x, i) => v.setFloat64(i * 8, x, false)); return b; })()),
  };
  const inputs = ['--input', 'a=a64.npy', '--input', 'n=n64.npy', '--input', 'm=m8.npy'];

  it('without it, a float64 file is refused with the way through named', async () => {
    const dir = workspace({ 'mm.pit': MM });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const r = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', ...inputs], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error PIT6012: '.*a64\.npy' holds elements of type '<f8' \(float64\); .*pass --cast/);
  });

  it('with it, float64, int64 and uint8 become the declared f32, i32 and bool, each conversion named in a note, and the values are right', async () => {
    const dir = workspace({ 'mm.pit': MM });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const r = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', ...inputs, '--cast', '--save-inputs', 'in'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/note PIT6040: '.*a64\.npy' holds float64 values \('<f8'\): read as f32 for 'a' \(--cast: each value rounded to the nearest f32\)/);
    expect(r.stderr).toMatch(/note PIT6040: '.*n64\.npy' holds int64 values \('<i8'\): read as i32 for 'n'/);
    expect(r.stderr).toMatch(/note PIT6040: '.*m8\.npy' holds uint8 values \('\|u1'\): read as bool for 'm' \(--cast: non-zero values are true/);
    const { decodeNpy } = await import('../../src/runtime/npy.js');
    const { readFileSync } = await import('node:fs');
    const a = decodeNpy(readFileSync(join(dir, 'in', 'a.npy')), 'a').tensor;
    expect(Array.from(a?.data ?? [])).toEqual(A.map(Math.fround));
    const n = decodeNpy(readFileSync(join(dir, 'in', 'n.npy')), 'n').tensor;
    expect(n?.dtype).toBe('i32');
    expect(Array.from(n?.data ?? [])).toEqual(A.map((_, i) => i - 5));
    const m = decodeNpy(readFileSync(join(dir, 'in', 'm.npy')), 'm').tensor;
    expect(Array.from(m?.data ?? [])).toEqual(A.map((v, i) => (v === 0 || i === 0 ? 0 : 1)));
  });

  it('refuses values it cannot convert faithfully (an int64 past i32, a float64 past f32), naming the first', async () => {
    const dir = workspace({ 'mm.pit': MM });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const big = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'n=big.npy', '--cast'], dir);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/error PIT6041: '.*big\.npy': 1 of 12 int64 values cannot be converted to i32 for 'n' \(the first, element 11, is 1099511627776\)/);
    const huge = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=huge.npy', '--cast'], dir);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/error PIT6041: .*float64 values cannot be converted to f32 for 'a' \(the first, element 11, is 1\.000000e\+300\)/);
    const be = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=be.npy', '--cast', '--save-inputs', 'be'], dir);
    expect(be.code, be.stderr).toBe(0);
  });
});

/** A zip archive as numpy.savez writes it (stored), or savez_compressed (deflated). */
function zip(entries: Record<string, Uint8Array>, deflate: boolean): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const body = deflate ? new Uint8Array(deflateRawSync(data)) : data;
    const nameBytes = new TextEncoder().encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, deflate ? 8 : 0, true);
    l.setUint32(14, crc32(data), true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const c = new Uint8Array(46 + nameBytes.length);
    const d = new DataView(c.buffer);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(10, deflate ? 8 : 0, true);
    d.setUint32(16, crc32(data), true);
    d.setUint32(20, body.length, true);
    d.setUint32(24, data.length, true);
    d.setUint16(28, nameBytes.length, true);
    d.setUint32(42, offset, true);
    c.set(nameBytes, 46);
    locals.push(local, body);
    central.push(c);
    offset += local.length + body.length;
  }
  const size = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, central.length, true);
  e.setUint16(10, central.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...central, end]);
}

describe('.npz inputs', () => {
  const a = { dtype: 'f32' as const, shape: [3, 4], data: Float32Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 0 : i / 4)) };
  const b = { dtype: 'f32' as const, shape: [4, 2], data: Float32Array.from({ length: 8 }, (_, i) => i - 3) };
  const PROGRAM = `dim M = 3\ninput a: f32[M, 4] @dynamic\nweight b: f32[4, 2]\nc[i, j] = sum[k] a[i, k] * b[k, j]\noutput c\n`;

  for (const deflate of [false, true]) {
    it(`reads arrays of a ${deflate ? 'compressed' : 'stored'} archive by name (FILE.npz:ARRAY, or the tensor's own name)`, async () => {
      const dir = workspace({ 'mm.pit': PROGRAM });
      writeFileSync(join(dir, 'd.npz'), zip({ 'a.npy': encodeNpy(a), 'weights.npy': encodeNpy(b) }, deflate));
      const viaNpz = await runCli(['run', 'mm.pit', '--target', 'ref', '--input', 'a=d.npz', '--input', 'b=d.npz:weights', '--json'], dir);
      expect(viaNpz.code, viaNpz.stderr).toBe(0);
      writeFileSync(join(dir, 'a.npy'), encodeNpy(a));
      writeFileSync(join(dir, 'b.npy'), encodeNpy(b));
      const viaNpy = await runCli(['run', 'mm.pit', '--target', 'ref', '--input', 'a=a.npy', '--input', 'b=b.npy', '--json'], dir);
      expect(JSON.parse(viaNpz.stdout).outputs).toEqual(JSON.parse(viaNpy.stdout).outputs);
      expect(JSON.parse(viaNpz.stdout).inputs.b.source).toBe('--input b=d.npz:weights');
    });
  }

  it('names the arrays when one is missing, and refuses corrupt or hostile archives with a diagnostic', async () => {
    const dir = workspace({ 'mm.pit': PROGRAM });
    const good = zip({ 'a.npy': encodeNpy(a) }, true);
    writeFileSync(join(dir, 'd.npz'), good);
    const missing = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=d.npz:x'], dir);
    expect(missing.stderr).toMatch(/error PIT6043: '.*d\.npz' holds no array named 'x' \(its arrays: 'a'\)/);
    const corrupt = Uint8Array.from(good);
    corrupt[40] = (corrupt[40] as number) ^ 0xff; // inside the deflate data
    writeFileSync(join(dir, 'bad.npz'), corrupt);
    const bad = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=bad.npz'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error PIT6042: '.*bad\.npz': cannot read array 'a'/);
    // a zip bomb: a megabyte of zeros declared as 96 bytes
    const bomb = zip({ 'a.npy': new Uint8Array(1 << 20) }, true);
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(bomb.length - 22 - 46 - 5 + 24, 96, true);
    writeFileSync(join(dir, 'bomb.npz'), bomb);
    const boom = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=bomb.npz'], dir);
    expect(boom.stderr).toMatch(/error PIT6042: .*inflates past its declared 96 bytes/);
    writeFileSync(join(dir, 'short.npz'), good.subarray(0, good.length - 30));
    const short = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=short.npz'], dir);
    expect(short.stderr).toMatch(/error PIT6042: .*no zip end record/);
    writeFileSync(join(dir, 'text.npz'), 'hello');
    expect((await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '1', '--input', 'a=text.npz'], dir)).stderr).toMatch(/PIT6042: .*too short for a zip file/);
    for (const r of [missing, bad, boom, short]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('tune progress', () => {
  const PROGRAM = `dim M = 8\ninput a: f32[M, 16] @dynamic\ninput b: f32[16, 8]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n`;
  async function tune(extra: string[], interactive: boolean): Promise<string> {
    const dir = workspace({ 'mm.pit': PROGRAM });
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: dir, interactive };
    expect(await main(['tune', 'mm.pit', '--random', '1', '--density', 'a=0.3', '--budget', '2', '--threads', '1', '--tuning-db', 'db.jsonl', ...extra], io)).toBe(0);
    return stderr;
  }

  it('redraws a bar with carriage returns only on a terminal; writes plain lines to a log; nothing with --no-progress', async () => {
    const terminal = await tune([], true);
    expect(terminal).toContain('\r');
    const log = await tune([], false);
    expect(log).not.toContain('\r');
    expect(log).toMatch(/^tune c \[[#-]+\] +\d+%/m);
    expect(log.trim().split('\n').length).toBeGreaterThan(0);
    const quiet = await tune(['--no-progress'], false);
    expect(quiet).not.toMatch(/tune c \[/);
  });
});

const numpyAvailable = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

describe(numpyAvailable ? 'NumPy defaults end to end' : 'NumPy defaults end to end (skipped: python3 with numpy is not available)', () => {
  it.skipIf(!numpyAvailable)('numpy.savez and savez_compressed of float64 and int64 arrays run with --cast, equal to the same data as f32/i32 .npy', async () => {
    const dir = workspace({ 'mm.pit': `dim M = 5\ninput a: f32[M, 6] @dynamic\ninput n: i32[M, 6]\nweight b: f32[6, 3]\nc[i, j] = sum[k] a[i, k] * n[i, k] * b[k, j]\noutput c\n` });
    const script = [
      'import numpy as np',
      'rng = np.random.default_rng(3)',
      'a = rng.standard_normal((5, 6)); a[a < 0.3] = 0',
      'n = rng.integers(-4, 5, size=(5, 6))',
      'b = rng.standard_normal((6, 3))',
      "np.savez('plain.npz', a=a, n=n, b=b)",
      "np.savez_compressed('packed.npz', a=a, n=n, weights=b)",
      "np.save('a32.npy', a.astype(np.float32)); np.save('n32.npy', n.astype(np.int32)); np.save('b32.npy', b.astype(np.float32))",
    ].join('\n');
    const made = spawnSync('python3', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const reference = await runCli(['run', 'mm.pit', '--target', 'ref', '--input', 'a=a32.npy', '--input', 'n=n32.npy', '--input', 'b=b32.npy', '--json'], dir);
    expect(reference.code, reference.stderr).toBe(0);
    for (const args of [
      ['--input', 'a=plain.npz', '--input', 'n=plain.npz', '--input', 'b=plain.npz'],
      ['--input', 'a=packed.npz:a', '--input', 'n=packed.npz', '--input', 'b=packed.npz:weights'],
    ]) {
      const r = await runCli(['run', 'mm.pit', '--target', 'ref', ...args, '--cast', '--json'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).outputs).toEqual(JSON.parse(reference.stdout).outputs);
      expect(r.stderr.match(/note PIT6040/g)).toHaveLength(3);
    }
  });
});
