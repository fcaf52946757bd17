import { Worker } from 'node:worker_threads';
import { InternalError } from '../../ir/core/errors.js';
import { createMessagePool, deliverVia, Mailbox, PendingJobs, POLL_MS, settleVia, takeBackVia, WORKER_HANDLER, type ThreadPool, type WorkerSlot } from './thread-pool.js';

/** The worker: the shared handler (thread-pool.ts), fed by worker_threads' port (an eval'd CommonJS worker: no build step). */
const WORKER_SOURCE = `${WORKER_HANDLER}
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => handle(m, (answer) => parentPort.postMessage(answer)));
`;

class NodeSlot implements WorkerSlot {
  readonly worker: Worker;
  module: WebAssembly.Module | undefined;
  memory: WebAssembly.Memory | undefined;
  dead = false;
  readonly mailbox = new Mailbox();
  private readonly jobs = new PendingJobs();
  private readonly deliver = deliverVia(this.mailbox, (m) => this.worker.postMessage(m));

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.on('message', (m: { kind: string; id: number; message?: string }) => {
      this.jobs.answer(m);
      this.unrefWhenIdle();
    });
    this.worker.on('error', (err) => this.fail(`worker crashed: ${err.message}`));
    this.worker.on('exit', (code) => this.fail(`worker exited (code ${code})`));
    // after the listeners: adding a 'message' listener refs the worker again (Node 20)
    this.worker.unref(); // an idle pool never keeps the process alive
  }

  send(message: Record<string, unknown>): Promise<void> {
    if (this.dead) return Promise.reject(new InternalError('wasm', 'a job was sent to a worker that has exited'));
    this.worker.ref(); // keep the process alive while a job is out
    return this.jobs.send(message, this.deliver);
  }

  takeBack(): boolean {
    const taken = takeBackVia(this.mailbox, this.jobs);
    this.unrefWhenIdle();
    return taken;
  }

  settle(): void {
    settleVia(this.mailbox, this.jobs);
    this.unrefWhenIdle();
  }

  wake(): void {
    if (!this.dead) this.worker.postMessage({ kind: 'wake' });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  /** With no job out, the worker no longer keeps the process alive (send refs it again). */
  private unrefWhenIdle(): void {
    if (this.jobs.size === 0) this.worker.unref();
  }

  /** Rejects every job out (a dead worker never answers) and marks the slot for replacement. */
  private fail(why: string): void {
    this.dead = true;
    this.jobs.failAll(why);
    this.worker.unref();
  }
}

/** `size` threads over one shared memory: the calling thread plus size − 1 worker_threads (thread-pool.ts), spinning `pollMs` after each job (CompileOptions.threadSpinMs). */
export function createNodePool(size: number, memory: () => WebAssembly.Memory, pollMs: number = POLL_MS): ThreadPool {
  return createMessagePool(size, memory, () => new NodeSlot(), undefined, pollMs);
}
