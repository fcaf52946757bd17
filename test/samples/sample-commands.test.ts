import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';

/**
 * Every sample's first "run it" command, exactly as its header comment writes it, at the sample's
 * default sizes, skips micro-tiles: a new user's first run shows PIT at work. softmax and
 * layernorm are the counter-examples and must skip nothing (their headers say so).
 */
const ROOT = join(import.meta.dirname, '../..');
const NOTHING_TO_SKIP = new Set(['softmax.pit', 'layernorm.pit']);
const files = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pit')).sort();

function firstCommand(file: string): string[] {
  const header = readFileSync(join(ROOT, 'samples', file), 'utf8').split('\n').filter((l) => l.startsWith('#'));
  const line = header.find((l) => /^#\s+pitc run /.test(l));
  if (!line) throw new Error(`${file} has no "pitc run" command in its header`);
  return line.replace(/^#\s+pitc /, '').replace(/\s+#.*$/, '').trim().split(/\s+/);
}

describe('the samples\' own commands', () => {
  it.each(files)('%s', async (file) => {
    const args = firstCommand(file);
    const r = await runCli([...args, '--json', '--threads', '2'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr, 'no warnings').toBe('');
    const ops = (JSON.parse(r.stdout) as { ops: { name: string; mode?: string; microTilesSkipped?: number }[] }).ops;
    const skipping = ops.filter((o) => (o.microTilesSkipped ?? 0) > 0 && o.mode === 'pit');
    if (NOTHING_TO_SKIP.has(file)) {
      expect(skipping).toEqual([]);
      expect(readFileSync(join(ROOT, 'samples', file), 'utf8')).toMatch(/it skips nothing/);
    } else {
      expect(skipping.length, `${file}: an op runs its PIT form and skips micro-tiles`).toBeGreaterThan(0);
    }
  }, 120_000);
});
