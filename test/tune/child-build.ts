import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Compiles test/tune/fixtures/db-child.ts (and what it imports) to plain ESM in a temporary folder
 * with the project's TypeScript, so tests can run it in separate Node processes. Returns the
 * script's path.
 */
export function buildChild(): string {
  const out = mkdtempSync(join(tmpdir(), 'pitc-tune-child-'));
  // the package exports only its package.json; its compiler sits next to it
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const entry = join(ROOT, 'test/tune/fixtures/db-child.ts');
  const args = [tsc, '--ignoreConfig', '--outDir', out, '--rootDir', ROOT, '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', entry];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const script = join(out, 'test/tune/fixtures/db-child.js');
  if (r.error) throw r.error;
  return script;
}

export interface Child {
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Resolves once the child has printed `lines` lines. */
  linesSeen(lines: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  stdout(): string;
}

export function runChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { lines: number; resolve: () => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const n = stdout.split('\n').length - 1;
    for (const w of waiters.filter((x) => x.lines <= n)) w.resolve();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code, signal) => {
      for (const w of waiters) w.resolve();
      res({ code, signal, stdout, stderr });
    }),
  );
  return {
    done,
    linesSeen: (lines) => new Promise((res) => waiters.push({ lines, resolve: res })),
    kill: (signal) => child.kill(signal),
    stdout: () => stdout,
  };
}
