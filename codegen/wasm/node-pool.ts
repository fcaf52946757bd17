import { Worker } from 'node:worker_threads';
import { InternalError } from '../../ir/core/errors.js';
import type { ThreadPool } from './thread-pool.js';

/**
 * The worker side, as plain JavaScript (an eval'd CommonJS worker: no build step, no TypeScript
 * loader). A worker instantiates the module it is sent with the shared memory and the same
 * math imports as the main thread, then runs exported functions on request.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const math = { exp: Math.exp, log: Math.log, tanh: Math.tanh };
let instance;
parentPort.on('message', (m) => {
  try {
    if (m.kind === 'init') {
      instance = new WebAssembly.Instance(m.module, { env: { memory: m.memory }, math });
      parentPort.postMessage({ kind: 'ready', id: m.id });
    } else if (m.kind === 'release') {
      instance = undefined;
      parentPort.postMessage({ kind: 'done', id: m.id });
    } else {
      instance.exports[m.fn](...m.args);
      parentPort.postMessage({ kind: 'done', id: m.id });
    }
  } catch (err) {
    parentPort.postMessage({ kind: 'error', id: m.id, message: String(err && err.stack || err) });
  }
});
`;

interface Pending {
  resolve: () => void;
  reject: (err: Error) => void;
}

class WorkerSlot {
  readonly worker: Worker;
  /** What the worker's instance was made from; a job for another module or memory re-instantiates. */
  module: WebAssembly.Module | undefined;
  memory: WebAssembly.Memory | undefined;
  /** Set when the worker exited or crashed: the pool replaces the slot before the next job. */
  dead = false;
  private next = 0;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.on('message', (m: { kind: string; id: number; message?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      if (m.kind === 'error') p.reject(new InternalError('wasm', `worker failed: ${m.message}`));
      else p.resolve();
    });
    this.worker.on('error', (err) => this.fail(`worker crashed: ${err.message}`));
    this.worker.on('exit', (code) => this.fail(`worker exited (code ${code})`));
    // after the listeners: adding a 'message' listener refs the worker again (Node 20)
    this.worker.unref(); // an idle pool never keeps the process alive
  }

  send(message: Record<string, unknown>): Promise<void> {
    if (this.dead) return Promise.reject(new InternalError('wasm', 'a job was sent to a worker that has exited'));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref(); // keep the process alive while a job is out
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Rejects every job out (a dead worker never answers) and marks the slot for replacement. */
  private fail(why: string): void {
    this.dead = true;
    for (const p of this.pending.values()) p.reject(new InternalError('wasm', why));
    this.pending.clear();
    this.worker.unref();
  }
}

/**
 * `size` threads: the calling thread plus size − 1 workers over one shared memory. Jobs are
 * dispatched by message and job 0 runs on the caller meanwhile. A worker is (re)instantiated
 * whenever the module or the memory differs from the one it holds.
 */
export function createNodePool(size: number, memory: () => WebAssembly.Memory): ThreadPool {
  const workers = Math.max(0, size - 1);
  // started on first use: a program whose GEMMs stay small never starts a thread
  const slots: (WorkerSlot | undefined)[] = new Array<WorkerSlot | undefined>(workers).fill(undefined);
  let closed = false;
  const slotFor = (i: number): WorkerSlot => {
    if (i >= workers) throw new InternalError('wasm', 'more jobs than threads');
    let slot = slots[i];
    if (!slot || slot.dead) {
      slot = new WorkerSlot();
      slots[i] = slot;
    }
    return slot;
  };
  const started = (): WorkerSlot[] => slots.filter((s): s is WorkerSlot => s !== undefined);
  return {
    size: Math.max(1, size),
    async run(fn, jobs, module, local) {
      if (closed) throw new InternalError('wasm', 'the thread pool was closed (the executor was disposed)');
      const mem = memory();
      const work: Promise<void>[] = [];
      for (let j = 1; j < jobs.length; j++) {
        const slot = slotFor((j - 1) % Math.max(1, workers));
        if (slot.module !== module || slot.memory !== mem) {
          slot.module = module;
          slot.memory = mem;
          const init = slot.send({ kind: 'init', module, memory: mem });
          // a failed init must not leave the slot believing it holds this module
          init.catch(() => {
            slot.module = undefined;
            slot.memory = undefined;
          });
          work.push(init.then(() => slot.send({ kind: 'run', fn, args: jobs[j] })));
        } else {
          work.push(slot.send({ kind: 'run', fn, args: jobs[j] }));
        }
      }
      const first = jobs[0];
      try {
        if (first) local()(fn, ...first);
      } finally {
        // never leave workers writing the memory after this call returns, even when job 0 threw
        await Promise.allSettled(work);
      }
      await Promise.all(work);
    },
    async release() {
      await Promise.allSettled(
        started().map((slot) => {
          if (slot.dead || slot.memory === undefined) return Promise.resolve();
          slot.module = undefined;
          slot.memory = undefined;
          return slot.send({ kind: 'release' });
        }),
      );
    },
    async close() {
      closed = true;
      await Promise.all(started().map((s) => s.worker.terminate()));
    },
  };
}
