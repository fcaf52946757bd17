/**
 * Runs exported kernel functions on several threads over one shared memory. Job 0 runs on the
 * calling thread; the others on workers that instantiated the same module with the same memory.
 */
export interface ThreadPool {
  readonly size: number;
  run(fn: string, jobs: readonly (readonly number[])[], module: WebAssembly.Module, local: () => (fn: string, ...args: number[]) => void): Promise<void>;
  /** Makes every worker drop its instance, and so its reference to the memory (which can then be freed). */
  release(): Promise<void>;
  close(): Promise<void>;
}

export type KernelCall = (fn: string, ...args: number[]) => void;

/** Runs one exported function per job: on the pool when there are several, else right here. */
export async function runJobs(fn: string, jobs: readonly (readonly number[])[], pool: ThreadPool | undefined, module: WebAssembly.Module, call: KernelCall): Promise<void> {
  if (jobs.length === 1 || !pool) {
    for (const job of jobs) call(fn, ...job);
    return;
  }
  await pool.run(fn, jobs, module, () => call);
}
