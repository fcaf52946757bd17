import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';

/**
 * The pictures in README.md and docs/ are made by pitc itself: the command the README gives
 * writes them again, byte for byte (they depend on the seeded data only, not on timings).
 * Regenerate with: pitc run samples/matmul.pit --random 1 --density a=0.1 --microtile a=32x1 --plot docs/pictures/matmul
 */
const ROOT = join(import.meta.dirname, '../..');

describe('the README picture', () => {
  it('is what pitc run --plot draws for the README command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitc-readme-'));
    const r = await runCli(['run', 'samples/matmul.pit', '--random', '1', '--density', 'a=0.1', '--microtile', 'a=32x1', '--plot', dir, '--threads', '2'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    for (const name of ['c-pattern.svg', 'c-coverage.svg', 'c-index.svg']) {
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(readFileSync(join(ROOT, 'docs', 'pictures', 'matmul', name), 'utf8'));
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/pictures/matmul/c-pattern.svg)');
  }, 60_000);
});
