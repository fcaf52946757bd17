import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeNpy } from '../../src/runtime/npy.js';
import { hasStackTrace, workspace } from './cli-harness.js';

/**
 * What pitc writes survives a kill and a full disk: a file is replaced whole or not at all (no
 * truncated output where a good one was, no temporary files left after a normal run), and a write
 * that fails is a user-side error (exit 1, the file named, no stack trace). These run the built
 * CLI as a program, since a kill and a full device are things only a process can meet.
 */
const bin = join(import.meta.dirname, '../../dist/src/cli/bin.js');
const built = existsSync(bin);
const linux = process.platform === 'linux';

const COPY = `dim N
input x : f32[N]
y[i] = x[i] * 2 + 1
output y
`;

function vector(n: number, seed: number): Uint8Array {
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = ((i * 2654435761 + seed * 97) % 1000) / 7;
  return encodeNpy({ dtype: 'f32', shape: [n], data });
}

function pitc(args: readonly string[], cwd: string, stdout: 'pipe' | number = 'pipe') {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], timeout: 120_000 });
}

function temporaries(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('.pitc-tmp-'));
}

/** A tiny seeded generator, so the kill points are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `pitc run --out out --save-inputs out` and kills it with SIGKILL shortly after it starts
 * replacing an output: as soon as a temporary file appears or a target changes in any way (an
 * in-place writer truncates it, which a poll sees too), after a random delay of 0-25 ms.
 */
async function killDuringWrite(dir: string, targets: readonly string[], delayMs: number): Promise<boolean> {
  const before = targets.map((t) => statSync(t));
  const child: ChildProcess = spawn(process.execPath, [bin, 'run', 'copy.pit', '--input', 'x=big.npy', '--out', 'out', '--save-inputs', 'out', '--target', 'wasm', '--threads', '1'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 60_000;
  let triggered = false;
  while (!done && Date.now() < deadline) {
    const changed = targets.some((t, i) => {
      const now = statSync(t, { throwIfNoEntry: false });
      const was = before[i];
      return !now || !was || now.ino !== was.ino || now.size !== was.size || now.mtimeMs !== was.mtimeMs;
    });
    if (changed || temporaries(join(dir, 'out')).length > 0) {
      triggered = true;
      await sleep(delayMs);
      break;
    }
    await sleep(1);
  }
  child.kill('SIGKILL');
  await exited;
  return triggered;
}

describe.skipIf(!built)('output files', () => {
  it('a kill at any point of a write leaves the old file or the complete new one, never a truncated one', async () => {
    const n = 4_000_000; // 16 MB per file, so a write takes a while
    const dir = workspace({ 'copy.pit': COPY });
    writeFileSync(join(dir, 'big.npy'), vector(n, 1));
    // the new outputs, as a run writes them undisturbed
    const fresh = pitc(['run', 'copy.pit', '--input', 'x=big.npy', '--out', 'new', '--save-inputs', 'new', '--threads', '1'], dir);
    expect(fresh.status, fresh.stderr).toBe(0);
    const next = { x: readFileSync(join(dir, 'new', 'x.npy')), y: readFileSync(join(dir, 'new', 'y.npy')) };
    expect(temporaries(join(dir, 'new'))).toEqual([]);

    const rand = random(20260603);
    let triggered = 0;
    for (let trial = 0; trial < 6; trial++) {
      // good old files from another input, in place before each try
      mkdirSync(join(dir, 'out'), { recursive: true });
      const old = { x: vector(n, 1000 + trial), y: vector(n, 2000 + trial) };
      writeFileSync(join(dir, 'out', 'x.npy'), old.x);
      writeFileSync(join(dir, 'out', 'y.npy'), old.y);
      const targets = [join(dir, 'out', 'x.npy'), join(dir, 'out', 'y.npy')];
      if (await killDuringWrite(dir, targets, Math.floor(rand() * 25))) triggered++;
      for (const name of ['x', 'y'] as const) {
        const now = readFileSync(join(dir, 'out', `${name}.npy`));
        const isOld = Buffer.compare(now, old[name]) === 0;
        const isNew = Buffer.compare(now, next[name]) === 0;
        expect(isOld || isNew, `trial ${trial}: ${name}.npy has ${now.length} bytes, neither the old file nor the new one`).toBe(true);
      }
    }
    // the kills landed while a file was being replaced (the test would prove nothing otherwise)
    expect(triggered).toBeGreaterThan(0);
  });

  it('a normal run leaves no temporary files, for every kind of output', () => {
    const dir = workspace({ 'copy.pit': COPY });
    writeFileSync(join(dir, 'x.npy'), vector(1000, 3));
    const run = pitc(['run', 'copy.pit', '--input', 'x=x.npy', '--out', 'o', '--save-inputs', 'o'], dir);
    expect(run.status, run.stderr).toBe(0);
    const compile = pitc(['compile', 'copy.pit', '--target', 'wasm', '--dim', 'N=64', '-o', 'o'], dir);
    expect(compile.status, compile.stderr).toBe(0);
    const exported = pitc(['tune', '--export', 'o/records.json', '--tuning-db', 'db.jsonl'], dir);
    expect(exported.status, exported.stderr).toBe(0);
    expect(readdirSync(join(dir, 'o')).sort()).toEqual(['copy.wasm', 'copy.wat', 'records.json', 'x.npy', 'y.npy']);
    expect(temporaries(dir)).toEqual([]);
  });

  it.skipIf(!linux)('a failed write (a file size limit, like a full disk) is exit 1 naming the file; the old file stays and no temporary is left', () => {
    const dir = workspace({ 'copy.pit': COPY });
    writeFileSync(join(dir, 'x.npy'), vector(100_000, 5));
    mkdirSync(join(dir, 'out'));
    const old = vector(10, 9);
    writeFileSync(join(dir, 'out', 'y.npy'), old);
    // ulimit -f makes every write past 64 KiB fail with EFBIG, as a full disk fails with ENOSPC
    const r = spawnSync('sh', ['-c', `ulimit -f 64 && exec "${process.execPath}" "${bin}" run copy.pit --input x=x.npy --out out`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/error PIT6016: cannot write '.*y\.npy': the file would be larger than this process may write/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(Buffer.compare(readFileSync(join(dir, 'out', 'y.npy')), old)).toBe(0);
    expect(temporaries(join(dir, 'out'))).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/full'))('a full standard output (> /dev/full) is exit 1 with one line, no stack trace', () => {
    const dir = workspace({ 'copy.pit': COPY });
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['ir', 'copy.pit', '--stage', 'kernel'], ['run', 'copy.pit', '--dim', 'N=8', '--random', '1', '--json'], ['--help']]) {
        const r = pitc(args, dir, full);
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr).toBe('pitc: error PIT6016: cannot write to standard output: no space left on the device\n');
      }
    } finally {
      closeSync(full);
    }
    const exported = pitc(['tune', '--export', '/dev/full', '--tuning-db', 'db.jsonl'], dir);
    expect(exported.status).toBe(1);
    expect(exported.stderr).toBe("pitc: error PIT6016: cannot write the export '/dev/full': no space left on the device\n");
  });

  it('a closed pipe on the standard output still ends the command quietly', async () => {
    const dir = workspace({ 'copy.pit': COPY });
    const child = spawn(process.execPath, [bin, 'ir', 'copy.pit', '--stage', 'kernel'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader went away, as `| head -0` does
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe.skipIf(!built)('inputs that never end', () => {
  it('--input x=/dev/zero and a program read from /dev/zero are refused at once', () => {
    const dir = workspace({ 'copy.pit': COPY });
    const npy = pitc(['run', 'copy.pit', '--input', 'x=/dev/zero'], dir);
    expect(npy.status).toBe(1);
    expect(npy.stderr).toBe("/dev/zero: error PIT6010: '/dev/zero' is not a .npy file: it does not start with '\\x93NUMPY'\n");
    const source = pitc(['check', '/dev/zero'], dir);
    expect(source.status).toBe(1);
    expect(source.stderr).toMatch(/^\/dev\/zero:1:1048577: error PIT1003: the program is longer than 1048576 characters/);
    expect(source.stderr.length).toBeLessThan(2000);
    const db = pitc(['run', 'copy.pit', '--dim', 'N=4', '--random', '1', '--tuning-db', '/dev/zero'], dir);
    expect(db.status, db.stderr).toBe(0);
    expect(db.stderr).toBe("pitc: warning PIT8003: cannot read the tuning database '/dev/zero' (it is larger than 256 MiB (the most pitc reads)); using the cost model\n");
    const imported = pitc(['tune', '--import', '/dev/zero', '--tuning-db', 'db.jsonl'], dir);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toBe("pitc: error PIT8007: '/dev/zero' is larger than 256 MiB: not a pitc tuning export\n");
  });

  it.skipIf(!linux)('a FIFO is read up to the size its header declares, never to its end', async () => {
    const dir = workspace({ 'copy.pit': COPY });
    const good = vector(1000, 7);
    writeFileSync(join(dir, 'x.npy'), good);
    expect(spawnSync('mkfifo', [join(dir, 'pipe.npy')]).status).toBe(0);
    // the writer sends a good array and then zeros forever
    const writer = spawn('sh', ['-c', 'cat x.npy /dev/zero > pipe.npy'], { cwd: dir, stdio: 'ignore' });
    try {
      const r = pitc(['run', 'copy.pit', '--input', 'x=pipe.npy', '--save-inputs', 'saved'], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(Buffer.compare(readFileSync(join(dir, 'saved', 'x.npy')), good)).toBe(0);
    } finally {
      writer.kill('SIGKILL');
    }
    // a stream that ends before the array it declares is truncated
    expect(spawnSync('mkfifo', [join(dir, 'short.npy')]).status).toBe(0);
    const short = spawn('sh', ['-c', 'head -c 300 x.npy > short.npy'], { cwd: dir, stdio: 'ignore' });
    const r = pitc(['run', 'copy.pit', '--input', 'x=short.npy'], dir);
    short.kill('SIGKILL');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error PIT6011: '.*short\.npy' is truncated: shape \(1000,\) of '<f4' needs 4128 bytes but the file has 300/);
  });
});
