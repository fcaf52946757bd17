/**
 * NumPy's dense `a @ b` as a session that a benchmark drives call by call, so its calls can be
 * interleaved with pitc's in one run (a shared machine's load then falls on both alike): a python3
 * process loads a.npy and b.npy once, then answers each `run` line with the milliseconds of one
 * `a @ b` (perf_counter around it, the result's allocation included), limited to `threads` BLAS
 * threads. `save` writes the last product for the benchmark to check.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { HostTensor } from '../../ir/tensor.js';
import { readNpyFile, writeNpyFile } from '../runtime/npy-file.js';

const SCRIPT = `
import json, sys, time
try:
    import numpy as np
except ImportError as e:
    print(json.dumps({"skipped": "NumPy is not installed for python3 (" + str(e) + ")"}), flush=True)
    sys.exit(0)
folder = sys.argv[1]
a = np.load(folder + "/a.npy")
b = np.load(folder + "/b.npy")
c = None
blas = "unknown BLAS"
try:
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
except Exception:
    pass
print(json.dumps({"ready": True, "version": np.__version__, "blas": blas}), flush=True)
for line in sys.stdin:
    if line.strip() == "run":
        t = time.perf_counter()
        c = a @ b
        print(json.dumps({"ms": (time.perf_counter() - t) * 1000}), flush=True)
    elif line.strip() == "save":
        np.save(folder + "/c.npy", c)
        print(json.dumps({"saved": True}), flush=True)
`;

export interface NumpySession {
  /** NumPy's version and BLAS, e.g. "2.4.6 (scipy-openblas)". */
  readonly describe: string;
  /** One `a @ b`; its milliseconds as Python measured them. */
  run(): Promise<number>;
  /** The last product. */
  product(): Promise<HostTensor>;
  close(): void;
}

/** A session, or why there is none (no python3, no NumPy). */
export async function openNumpySession(a: HostTensor, b: HostTensor, threads: number): Promise<NumpySession | { readonly skipped: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'pitc-numpy-'));
  const cleanup = (): void => rmSync(folder, { recursive: true, force: true });
  const problems = [...writeNpyFile(join(folder, 'a.npy'), a), ...writeNpyFile(join(folder, 'b.npy'), b)];
  if (problems.length > 0) {
    cleanup();
    return { skipped: `could not write the inputs: ${problems[0]?.message}` };
  }
  const n = String(threads);
  let child: ChildProcessWithoutNullStreams;
  try {
    child = spawn('python3', ['-c', SCRIPT, folder], { env: { ...process.env, OPENBLAS_NUM_THREADS: n, OMP_NUM_THREADS: n, MKL_NUM_THREADS: n } });
  } catch (err) {
    cleanup();
    return { skipped: `python3 could not run: ${(err as Error).message}` };
  }
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let failed: string | undefined;
  child.on('error', (err) => (failed = `python3 could not run: ${err.message}`));
  const next = async (): Promise<Record<string, unknown>> => {
    const line = await lines.next();
    if (line.done) throw new Error(failed ?? 'the NumPy session ended');
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const close = (): void => {
    child.stdin.end();
    child.kill();
    cleanup();
  };
  let hello: Record<string, unknown>;
  try {
    hello = await next();
  } catch (err) {
    close();
    return { skipped: (err as Error).message };
  }
  if (typeof hello['skipped'] === 'string') {
    close();
    return { skipped: hello['skipped'] };
  }
  return {
    describe: `NumPy ${String(hello['version'])} (${String(hello['blas'])})`,
    async run() {
      child.stdin.write('run\n');
      return Number((await next())['ms']);
    },
    async product() {
      child.stdin.write('save\n');
      await next();
      const read = readNpyFile(join(folder, 'c.npy'));
      if (!read.tensor) throw new Error(`NumPy's product could not be read: ${read.diagnostics[0]?.message}`);
      return read.tensor;
    },
    close,
  };
}
