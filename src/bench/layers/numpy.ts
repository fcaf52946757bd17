/**
 * NumPy's dense `a @ b` (OpenBLAS or whatever BLAS NumPy was built with) on the benchmark's own
 * tensors, in a python3 subprocess limited to `threads` BLAS threads. The product comes back so the
 * benchmark checks NumPy's result too; time is measured inside Python (perf_counter around `a @ b`,
 * allocation of the result included, loading and saving the files excluded).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostTensor } from '../../../ir/tensor.js';
import { readNpyFile, writeNpyFile } from '../../runtime/npy-file.js';
import type { Sampling } from './layer-case.js';

const SCRIPT = `
import json, sys, time
try:
    import numpy as np
except ImportError as e:
    print(json.dumps({"skipped": "NumPy is not installed for python3 (" + str(e) + ")"}))
    sys.exit(0)
folder, warmup, runs, budget = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
a = np.load(folder + "/a.npy")
b = np.load(folder + "/b.npy")
for _ in range(warmup):
    c = a @ b
times = []
for _ in range(runs):
    t = time.perf_counter()
    c = a @ b
    times.append((time.perf_counter() - t) * 1000)
    if sum(times) > budget:
        break
np.save(folder + "/c.npy", c)
blas = "unknown BLAS"
try:
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
except Exception:
    pass
print(json.dumps({"times": times, "version": np.__version__, "blas": blas}))
`;

export type NumpyResult =
  | { readonly times: readonly number[]; readonly product: HostTensor; readonly version: string; readonly blas: string }
  | { readonly skipped: string };

export function numpyMatmul(a: HostTensor, b: HostTensor, sampling: Sampling, threads: number): NumpyResult {
  const folder = mkdtempSync(join(tmpdir(), 'pitc-numpy-'));
  try {
    const problems = [...writeNpyFile(join(folder, 'a.npy'), a), ...writeNpyFile(join(folder, 'b.npy'), b)];
    if (problems.length > 0) return { skipped: `could not write the inputs: ${problems[0]?.message}` };
    const n = String(threads);
    const run = spawnSync('python3', ['-c', SCRIPT, folder, String(sampling.warmup), String(sampling.runs), String(sampling.budgetMs)], {
      encoding: 'utf8',
      env: { ...process.env, OPENBLAS_NUM_THREADS: n, OMP_NUM_THREADS: n, MKL_NUM_THREADS: n },
      timeout: 10 * 60_000,
    });
    if (run.error) return { skipped: `python3 could not run: ${run.error.message}` };
    const last = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !last.startsWith('{')) return { skipped: `python3 failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop() ?? ''}` };
    const out = JSON.parse(last) as { skipped?: string; times: number[]; version: string; blas: string };
    if (out.skipped !== undefined) return { skipped: out.skipped };
    const product = readNpyFile(join(folder, 'c.npy'));
    if (!product.tensor) return { skipped: `NumPy's product could not be read: ${product.diagnostics[0]?.message}` };
    return { times: out.times, product: product.tensor, version: out.version, blas: out.blas };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
