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
  module: WebAssembly.Module | undefined;
  private next = 0;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.unref(); // an idle pool never keeps the process alive
    this.worker.on('message', (m: { kind: string; id: number; message?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      if (m.kind === 'error') p.reject(new InternalError('wasm', `worker failed: ${m.message}`));
      else p.resolve();
    });
    this.worker.on('error', (err) => {
      for (const p of this.pending.values()) p.reject(new InternalError('wasm', `worker crashed: ${err.message}`));
      this.pending.clear();
    });
  }

  send(message: Record<string, unknown>): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref(); // keep the process alive while a job is out
      this.worker.postMessage({ ...message, id });
    });
  }
}

/**
 * `size` threads: the calling thread plus size − 1 workers over one shared memory. Jobs are
 * dispatched by message and job 0 runs on the caller meanwhile.
 */
export function createNodePool(size: number, memory: () => WebAssembly.Memory): ThreadPool {
  const slots = Array.from({ length: Math.max(0, size - 1) }, () => new WorkerSlot());
  return {
    size: Math.max(1, size),
    async run(fn, jobs, module, local) {
      const work: Promise<void>[] = [];
      for (let j = 1; j < jobs.length; j++) {
        const slot = slots[(j - 1) % Math.max(1, slots.length)];
        if (!slot) throw new InternalError('wasm', 'more jobs than threads');
        if (slot.module !== module) {
          slot.module = module;
          work.push(slot.send({ kind: 'init', module, memory: memory() }).then(() => slot.send({ kind: 'run', fn, args: jobs[j] })));
        } else {
          work.push(slot.send({ kind: 'run', fn, args: jobs[j] }));
        }
      }
      const first = jobs[0];
      if (first) local()(fn, ...first);
      await Promise.all(work);
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
