import { InternalError } from '../../ir/core/errors.js';
import { MATH } from './instance.js';

/**
 * Runs exported kernel functions on several threads over one shared memory. Job 0 runs on the
 * calling thread; the others on workers that instantiated the same module with the same memory.
 */
export interface ThreadPool {
  readonly size: number;
  run(fn: string, jobs: readonly (readonly number[])[], module: WebAssembly.Module, local: () => (fn: string, ...args: number[]) => void): Promise<void>;
  /** How many of its workers spin on their mailbox now (docs/wasm.md, "Threads"). */
  polling(): number;
  /** How many of its workers nap on their mailbox now (look at it every NAP_MS). */
  napping(): number;
  /**
   * Makes this pool the one that runs next: its napping workers spin again, and those asleep are
   * woken (a run calls it before it copies its inputs in, so its first parallel op does not wait
   * for a worker to wake).
   */
  wake(): void;
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
 * How long a thread polls for its next job after one ends before it naps. A worker that slept
 * between two ops (or two runs) woke slowly on this shared 2-core VM: after 30 ms idle, attention's
 * ops ran no faster on 2 threads than on 1, and 1.5× faster back to back (docs/wasm.md, "Threads").
 * So a run's jobs reach a worker through shared memory (a mailbox it polls) and only a worker that
 * stopped polling is woken by a message, as thread pools that spin before they block do.
 */
export const POLL_MS = 2;

/**
 * After polling, a worker naps: it waits on its mailbox with a timeout of NAP_MS, looks, and waits
 * again, until NAP_WINDOW_MS after its last job (or its polling time, if longer), then sleeps until
 * a message wakes it. The
 * caller posts jobs to a napping worker without waking it: the worker finds them when its own
 * timer wakes it, on its own core. A worker woken by the caller instead (a message or a notify)
 * was put on the caller's core by this VM's scheduler, where the two shared one core for the
 * first milliseconds (docs/wasm.md, "Threads": the caller's 3 ms of work took 6 ms after a 50 ms
 * pause). Napping costs about 3 % of a core while it lasts.
 */
export const NAP_MS = 0.5;
export const NAP_WINDOW_MS = 1000;

/**
 * The mailbox's int32 slots: the last job posted and the last one finished (job ids), whether the
 * worker polls or naps, who has the job posted last (CLAIM: see workerClaims), how many messages
 * other than jobs were posted to the worker (MESSAGES: it stops polling while one waits), the last
 * job that failed (FAILED: stored before DONE), the job.
 */
const SEQ = 0;
const DONE = 1;
const POLLING = 2;
const ARGC = 3;
const NAME_LENGTH = 4;
const CLAIM = 5;
const MESSAGES = 6;
const FAILED = 7;
/** POLLING: the worker is in its event loop, spins on the mailbox, or naps on it. */
const ASLEEP = 0;
const SPINNING = 1;
const NAPPING = 2;
/** CLAIM when the caller took the job posted last back. */
const TAKEN_BACK = 0;
const NAME = 8;
const MAX_NAME = 120;
const ARGS_BYTE_OFFSET = 4 * (NAME + MAX_NAME);
const MAX_ARGS = 32;

/**
 * Who has job `id`: CLAIM holds id + 1 while it is open, −(id + 1) once a worker claimed it, and
 * TAKEN_BACK once the caller did. Both sides claim with a compare-and-swap on the open value of
 * the id they mean, so a worker that read the id of a job taken back (and then saw the next job's
 * CLAIM open) cannot claim the next job in its stead.
 */
export function workerClaims(box: Int32Array, slot: number, id: number): boolean {
  return Atomics.compareExchange(box, slot, id + 1, -(id + 1)) === id + 1;
}

/**
 * workerClaims as the worker's source spells it: written out, not `workerClaims.toString()`, which
 * a minifying bundler renames (the browser build's worker then failed on every job). A test holds
 * the two to the same answers.
 */
export const WORKER_CLAIMS_SOURCE = `function workerClaims(box, slot, id) {
  return Atomics.compareExchange(box, slot, id + 1, -(id + 1)) === id + 1;
}`;

/**
 * One worker's job mailbox in a SharedArrayBuffer: the caller writes the export's name and
 * arguments, then publishes the job's id in SEQ (an atomic store: the worker that reads it sees
 * the rest); the worker stores the id in DONE when the job ends. Ids only grow (PendingJobs'), and
 * the first job of a worker follows its `init`, so 0 means none.
 */
export class Mailbox {
  readonly buffer = new SharedArrayBuffer(ARGS_BYTE_OFFSET + 8 * MAX_ARGS);
  private readonly slots = new Int32Array(this.buffer, 0, NAME + MAX_NAME);
  private readonly args = new Float64Array(this.buffer, ARGS_BYTE_OFFSET, MAX_ARGS);
  /** The id of the job posted last (−1: none yet; an `init` message shares the id counter). */
  private posted = -1;

  /** Whether the worker has finished every job posted (it may take the next one). */
  get idle(): boolean {
    return Atomics.load(this.slots, DONE) === Atomics.load(this.slots, SEQ);
  }

  /** Whether the worker polls: it spins on the mailbox. */
  get polling(): boolean {
    return Atomics.load(this.slots, POLLING) === SPINNING;
  }

  /** Whether the worker is in its event loop: a job posted now needs a `wake` message. */
  get asleep(): boolean {
    return Atomics.load(this.slots, POLLING) === ASLEEP;
  }

  /** Whether the worker naps: it looks at the mailbox every NAP_MS. */
  get napping(): boolean {
    return Atomics.load(this.slots, POLLING) === NAPPING;
  }

  /**
   * Posts job `id`; true when the worker is asleep, so a message must wake it. (Publishing SEQ
   * before reading POLLING, while the worker sets ASLEEP before its last look at SEQ, means one of
   * the two always sees the other: no job is left unseen.)
   */
  post(id: number, fn: string, args: readonly number[]): boolean {
    if (!this.idle) throw new InternalError('wasm', 'a job was posted to a worker still running one');
    if (fn.length > MAX_NAME || args.length > MAX_ARGS) throw new InternalError('wasm', `job '${fn}' does not fit a mailbox (${args.length} arguments)`);
    for (let i = 0; i < fn.length; i++) this.slots[NAME + i] = fn.charCodeAt(i);
    this.slots[NAME_LENGTH] = fn.length;
    this.args.set(args);
    this.slots[ARGC] = args.length;
    Atomics.store(this.slots, CLAIM, id + 1);
    Atomics.store(this.slots, SEQ, id);
    this.posted = id;
    return Atomics.load(this.slots, POLLING) === ASLEEP;
  }

  /**
   * The id of the job posted last once it has ended without failing, else undefined. (The worker
   * stores FAILED before DONE, so a DONE seen here comes with the FAILED of the same job.)
   */
  succeeded(): number | undefined {
    const id = this.posted;
    if (id < 0 || Atomics.load(this.slots, DONE) !== id) return undefined;
    return Atomics.load(this.slots, FAILED) === id ? undefined : id;
  }

  /**
   * A message other than a job is about to be posted: a polling or napping worker stops to read it
   * (it compares this count with the messages it has handled).
   */
  messagePosted(): void {
    Atomics.add(this.slots, MESSAGES, 1);
  }

  /**
   * Takes the job posted last back if the worker has not started it (the worker claims a job with
   * the same compare-and-swap before it runs it, so exactly one of the two has it): its id, now
   * counted as done, or undefined.
   */
  takeBack(): number | undefined {
    const id = Atomics.load(this.slots, SEQ);
    if (Atomics.compareExchange(this.slots, CLAIM, id + 1, TAKEN_BACK) !== id + 1) return undefined;
    Atomics.store(this.slots, DONE, id);
    return id;
  }
}

/**
 * The worker side, as plain JavaScript (no build step, no TypeScript loader), shared by
 * worker_threads and Web Workers: `handle(message, post)` instantiates the module it is sent with
 * the shared memory, its mailbox and the same math imports as the main thread; a `wake` makes
 * it run the jobs its mailbox holds, polling for the next one `pollMs` (POLL_MS) after each while
 * its pool is the last to have run, then napping (NAP_MS waits) until NAP_WINDOW_MS after its last
 * job, or until a message waits for it; then it returns to its event loop. Every job and message
 * is answered once. Its math imports are the main thread's (instance.ts's MATH, every one a
 * `Math` function), so a kernel imports the same functions on every thread.
 */
export const WORKER_HANDLER = `
${WORKER_CLAIMS_SOURCE}
const math = { ${Object.keys(MATH).map((name) => `${name}: Math.${name}`).join(', ')} };
let instance, box, argv, active, pool, pollMs, seen = 0, messages = 0;
function runPosted(seq, post) {
  seen = seq;
  let fn = '';
  for (let i = 0; i < box[${NAME_LENGTH}]; i++) fn += String.fromCharCode(box[${NAME} + i]);
  const args = Array.from(argv.subarray(0, box[${ARGC}]));
  try {
    instance.exports[fn](...args);
    Atomics.store(box, ${DONE}, seq);
    post({ kind: 'done', id: seq });
  } catch (err) {
    Atomics.store(box, ${FAILED}, seq);
    Atomics.store(box, ${DONE}, seq);
    post({ kind: 'error', id: seq, message: String(err && err.stack || err) });
  }
}
function serve(post) {
  let state = ${SPINNING};
  Atomics.store(box, ${POLLING}, state);
  let last = performance.now();
  let polls = 0;
  for (;;) {
    const seq = Atomics.load(box, ${SEQ});
    if (seq !== seen) {
      // the caller may have taken the job back (it ran it itself): then it is not ours to run or answer
      if (workerClaims(box, ${CLAIM}, seq)) runPosted(seq, post);
      else seen = seq;
      last = performance.now();
      continue;
    }
    // a spinning worker reads the clock every 256 polls: each read made garbage, and the worker's
    // heap was scavenged every 0.2 s while it spun (attention S = 1024: 20 scavenges in 40 calls, 4 now)
    if (state === ${SPINNING} && (++polls & 255) !== 0) continue;
    const idle = performance.now() - last;
    if (idle < Math.max(pollMs, ${NAP_WINDOW_MS}) && Atomics.load(box, ${MESSAGES}) === messages) {
      // spin while this pool runs; else nap: its own timer wakes it, on its own core
      const next = idle < pollMs && Atomics.load(active, 0) === pool ? ${SPINNING} : ${NAPPING};
      if (next !== state) Atomics.store(box, ${POLLING}, (state = next));
      if (state === ${NAPPING}) Atomics.wait(box, ${SEQ}, seen, ${NAP_MS});
      continue;
    }
    Atomics.store(box, ${POLLING}, ${ASLEEP});
    if (Atomics.load(box, ${SEQ}) === seen) return;
    Atomics.store(box, ${POLLING}, (state = ${SPINNING}));
  }
}
function handle(m, post) {
  // every message but a wake was counted in the mailbox's MESSAGES before it was posted
  if (m.kind !== 'wake') messages++;
  try {
    if (m.kind === 'init') {
      instance = new WebAssembly.Instance(m.module, { env: { memory: m.memory }, math });
      box = new Int32Array(m.mailbox, 0, ${NAME + MAX_NAME});
      argv = new Float64Array(m.mailbox, ${ARGS_BYTE_OFFSET}, ${MAX_ARGS});
      seen = Atomics.load(box, ${SEQ});
      active = new Int32Array(m.active);
      pool = m.pool;
      pollMs = m.pollMs;
      post({ kind: 'ready', id: m.id });
    } else if (m.kind === 'release') {
      instance = undefined;
      post({ kind: 'done', id: m.id });
    } else if (m.kind === 'wake') {
      serve(post);
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
  /** Where its run jobs go (deliverVia). */
  readonly mailbox: Mailbox;
  /** Sends a message (`init`, `run`, `release`) through deliverVia; settles when the worker answers it. */
  send(message: Record<string, unknown>): Promise<void>;
  /** Posts `wake` (no answer): the worker spins on its mailbox, then naps (serve). */
  wake(): void;
  /** Takes its posted job back if the worker has not started it (takeBackVia): true when the caller now runs it. */
  takeBack(): boolean;
  /** Settles its posted job if the mailbox shows it ended without failing (settleVia), before the worker's answer arrives. */
  settle(): void;
  terminate(): Promise<void> | void;
}

/** A slot's takeBack: the mailbox's job taken back, its pending answer settled as done. */
export function takeBackVia(mailbox: Mailbox, jobs: PendingJobs): boolean {
  const id = mailbox.takeBack();
  if (id === undefined) return false;
  jobs.answer({ kind: 'done', id });
  return true;
}

/**
 * A slot's settle: the job posted last answered as done once its mailbox says it succeeded. The
 * worker's own answer comes through the event loop, 0.3–0.4 ms later on the benchmark VM (a tenth
 * of a small GEMM); it then settles nothing. A failed job still waits for it (it holds the error).
 */
export function settleVia(mailbox: Mailbox, jobs: PendingJobs): void {
  const id = mailbox.succeeded();
  if (id !== undefined) jobs.answer({ kind: 'done', id });
}

/**
 * How a slot hands a message to its worker: a run job goes into the mailbox, with a `wake` message
 * only when the worker has stopped polling; `init` carries the mailbox; the rest is posted as is.
 */
export function deliverVia(mailbox: Mailbox, postMessage: (message: Record<string, unknown>) => void): (message: Record<string, unknown>) => void {
  return (m) => {
    if (m['kind'] !== 'run') {
      // a worker polling or napping stops to read it
      mailbox.messagePosted();
      postMessage(m['kind'] === 'init' ? { ...m, mailbox: mailbox.buffer } : m);
    } else if (mailbox.post(m['id'] as number, m['fn'] as string, m['args'] as number[])) postMessage({ kind: 'wake' });
  };
}

/**
 * Which pool of this process ran last (its id): a worker polls only while its own pool is the
 * last to have run, so the workers of a program that ran before never poll beside the next
 * one's. Made on first use: a page without shared memory has no pool and no SharedArrayBuffer.
 */
let activeView: Int32Array | undefined;
let poolCount = 0;
const activePool = (): Int32Array => (activeView ??= new Int32Array(new SharedArrayBuffer(4)));

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
export function createMessagePool(size: number, memory: () => WebAssembly.Memory, makeSlot: (i: number) => WorkerSlot, onClose: () => void = () => undefined, pollMs = POLL_MS): ThreadPool {
  const workers = Math.max(0, size - 1);
  const slots: (WorkerSlot | undefined)[] = new Array<WorkerSlot | undefined>(workers).fill(undefined);
  let closed = false;
  const id = ++poolCount;
  const active = activePool();
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
      // the workers of any other pool stop spinning (they nap): programs run in turn share the cores
      Atomics.store(active, 0, id);
      const work: Promise<void>[] = [];
      // a mailbox holds one job: a second job for the same worker waits for its first
      const last = new Map<WorkerSlot, Promise<void>>();
      // jobs posted straight to a mailbox: the caller takes back those a worker has not started
      const posted: { slot: WorkerSlot; args: readonly number[] }[] = [];
      for (let j = 1; j < jobs.length; j++) {
        const slot = slotFor((j - 1) % Math.max(1, workers));
        let ready = last.get(slot);
        if (slot.module !== module || slot.memory !== mem) {
          slot.module = module;
          slot.memory = mem;
          const init = slot.send({ kind: 'init', module, memory: mem, active: active.buffer, pool: id, pollMs });
          // a failed init must not leave the slot believing it holds this module
          init.catch(() => {
            slot.module = undefined;
            slot.memory = undefined;
          });
          ready = init;
        }
        const job = ready ? ready.then(() => slot.send({ kind: 'run', fn, args: jobs[j] })) : slot.send({ kind: 'run', fn, args: jobs[j] });
        if (!ready) posted.push({ slot, args: jobs[j] as readonly number[] });
        last.set(slot, job);
        work.push(job);
      }
      const first = jobs[0];
      try {
        if (first) local()(fn, ...first);
        // a worker that has not started its job by now is asleep (waking one took 4–7 ms after
        // 50 ms idle on the benchmark VM): the caller runs that job itself rather than wait for it
        for (const p of posted) if (p.slot.takeBack()) local()(fn, ...p.args);
        // poll for the workers' ends too before sleeping until their answers arrive
        const used = [...last.keys()];
        const until = performance.now() + pollMs;
        while (performance.now() < until && !used.every((slot) => slot.mailbox.idle));
        for (const slot of used) slot.settle();
      } finally {
        // never leave workers writing the memory after this call returns, even when job 0 threw
        await Promise.allSettled(work);
      }
      await Promise.all(work);
    },
    polling: () => started().filter((slot) => !slot.dead && slot.mailbox.polling).length,
    napping: () => started().filter((slot) => !slot.dead && slot.mailbox.napping).length,
    wake() {
      if (closed) return;
      // this pool runs next: its workers may spin, any other pool's nap
      Atomics.store(active, 0, id);
      for (const slot of started()) if (!slot.dead && slot.memory !== undefined && slot.mailbox.asleep) slot.wake();
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
