import { describe, expect, it } from 'vitest';
import { gpuBenchmark } from '../../src/bench/gpu-kernels.js';
import { BENCHMARKS, parseArgs } from '../../src/bench/main.js';
import { runCli, workspace } from '../cli/cli-harness.js';

/**
 * `pitc bench --only gpu` is listed, and where a target has no device it says why and what it
 * needs, and the run still succeeds (timings are never asserted; on a GPU machine the same test
 * times the --quick grid).
 */
describe('the gpu benchmark group', () => {
  it('is registered and selectable with --only gpu', () => {
    expect(BENCHMARKS.map((b) => b.name)).toContain('gpu');
    expect(parseArgs(['--only', 'gpu', '--quick'])).toMatchObject({ only: ['gpu'], quick: true });
    expect(gpuBenchmark.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['target', 'device', 'denseMs', 'pitMs']),
    );
  });

  it('runs: each GPU target is timed against its dense form, or one record says why not and what it needs', async () => {
    const dir = workspace({});
    const r = await runCli(['bench', '--only', 'gpu', '--quick', '--out', 'results'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## GPU kernels on the matmul grid');
    for (const target of ['cuda', 'webgpu']) {
      const line = r.stderr.split('\n').find((l) => l.startsWith(`gpu: ${target} `));
      expect(line, r.stderr).toBeDefined();
      // not run: the reason names what the target needs (the registry's `needs`, or a GPU adapter)
      if (/ not run: /.test(line as string))
        expect(line).toMatch(
          target === 'cuda' ? /needs nvcc and an NVIDIA GPU/ : /needs .*(adapter|GPU)/,
        );
      else expect(line).toMatch(/dense 512³ [\d.]+ ms/);
    }
  }, 120_000);
});
