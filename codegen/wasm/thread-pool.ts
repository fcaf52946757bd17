import { InternalError } from '../../ir/core/errors.js';
import { MATH } from './instance.js';

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

/**
 * Contiguous ranges of `count` items with about equal work each, at most `parts` of them: a range
 * ends where the running sum of work first reaches the next 1/parts of the total, and the last
 * one takes the rest. Never more ranges than parts (each may own per-thread scratch), never an
 * empty one but for `count` 0.
 */
export function equalWorkRanges(count: number, work: (i: number) => number, parts: number): { start: number; count: number }[] {
  let total = 0;
  for (let i = 0; i < count; i++) total += work(i);
  const ranges: { start: number; count: number }[] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < count && ranges.length < parts - 1; i++) {
    acc += work(i);
    if (acc >= ((ranges.length + 1) * total) / parts) {
      ranges.push({ start, count: i + 1 - start });
      start = i + 1;
    }
  }
  if (start < count || ranges.length === 0) ranges.push({ start, count: count - start });
  return ranges;
}

/** Runs one exported function per job: on the pool when there are several, else right here. */
export async function runJobs(fn: string, jobs: readonly (readonly number[])[], pool: ThreadPool | undefined, module: WebAssembly.Module, call: KernelCall): Promise<void> {
  if (jobs.length === 1 || !pool) {
    for (const job of jobs) call(fn, ...job);
    return;
  }
  await pool.run(fn, jobs, module, () => call);
}

/**
 * The worker side, as plain JavaScript (no build step, no TypeScript loader), shared by
 * worker_threads and Web Workers: `handle(message, post)` instantiates the module it is sent with
 * the shared memory and the same math imports as the main thread, then runs exported functions
 * on request, answering each message once. Its math imports are the main thread's (instance.ts's
 * MATH, every one a `Math` function), so a kernel imports the same functions on every thread.
 */
export const WORKER_HANDLER = `
const math = { ${Object.keys(MATH).map((name) => `${name}: Math.${name}`).join(', ')} };
let instance;
function handle(m, post) {
  try {
    if (m.kind === 'init') {
      instance = new WebAssembly.Instance(m.module, { env: { memory: m.memory }, math });
      post({ kind: 'ready', id: m.id });
    } else if (m.kind === 'release') {
      instance = undefined;
      post({ kind: 'done', id: m.id });
    } else {
      instance.exports[m.fn](...m.args);
      post({ kind: 'done', id: m.id });
    }
  } catch (err) {
    post({ kind: 'error', id: m.id, message: String(err && err.stack || err) });
  }
}
`;

/** One worker as a pool sees it (node-pool.ts: worker_threads; web-pool.ts: Web Workers). */
export interface WorkerSlot {
  /** What the worker's instance was made from; a job for another module or memory re-instantiates. */
  module: WebAssembly.Module | undefined;
  memory: WebAssembly.Memory | undefined;
  /** Set when the worker exited or crashed: the pool replaces the slot before the next job. */
  readonly dead: boolean;
  /** Posts a message (`init`, `run`, `release`); settles when the worker answers it. */
  send(message: Record<string, unknown>): Promise<void>;
  terminate(): Promise<void> | void;
}

/**
 * The jobs a worker has been sent and not yet answered, for both kinds of worker (node-pool.ts,
 * web-pool.ts): each message gets an id, the worker's answer (`done` or `error`, with that id)
 * settles it, and a worker that dies fails every job it still holds.
 */
export class PendingJobs {
  private next = 0;
  private readonly pending = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();

  get size(): number {
    return this.pending.size;
  }

  /** Posts `message` with a fresh id; settles when the answer with that id arrives. */
  send(message: Record<string, unknown>, post: (message: Record<string, unknown>) => void): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      post({ ...message, id });
    });
  }

  /** Settles the job a worker's answer names (answers to nothing pending are ignored). */
  answer(m: { kind: string; id: number; message?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.kind === 'error') p.reject(new InternalError('wasm', `worker failed: ${m.message}`));
    else p.resolve();
  }

  /** Rejects every job out (a dead worker never answers). */
  failAll(why: string): void {
    for (const p of this.pending.values()) p.reject(new InternalError('wasm', why));
    this.pending.clear();
  }
}

/**
 * `size` threads: the calling thread plus size − 1 workers over one shared memory, made by
 * `makeSlot` on first use (a program whose GEMMs stay small never starts one). Jobs are dispatched
 * by message and job 0 runs on the caller meanwhile. A worker is (re)instantiated whenever the
 * module or the memory differs from the one it holds.
 */
export function createMessagePool(size: number, memory: () => WebAssembly.Memory, makeSlot: (i: number) => WorkerSlot, onClose: () => void = () => undefined): ThreadPool {
  const workers = Math.max(0, size - 1);
  const slots: (WorkerSlot | undefined)[] = new Array<WorkerSlot | undefined>(workers).fill(undefined);
  let closed = false;
  const slotFor = (i: number): WorkerSlot => {
    if (i >= workers) throw new InternalError('wasm', 'more jobs than threads');
    let slot = slots[i];
    if (!slot || slot.dead) {
      if (slot) void slot.terminate();
      slot = makeSlot(i);
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
      await Promise.all(started().map((s) => s.terminate()));
      onClose();
    },
  };
}
