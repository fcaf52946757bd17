/**
 * Runs async tasks one at a time, in the order they were queued. An executor owns one set of
 * buffers (a wasm memory, index workspaces), so two runs of one program that overlapped across
 * an `await` would overwrite each other's inputs: every run goes through its program's queue.
 * A task that fails does not stop the ones after it.
 */
export class RunQueue {
  private tail: Promise<void> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Settles once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail;
  }
}
