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
