import { afterAll, describe, expect, it } from 'vitest';
import { FunctionScope, WasmModuleBuilder } from '../../codegen/wasm/module-builder.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import {
  createMessagePool,
  deliverVia,
  Mailbox,
  NAP_WINDOW_MS,
  PendingJobs,
  POLL_MS,
  settleVia,
  takeBackVia,
  WORKER_CLAIMS_SOURCE,
  workerClaims,
  type WorkerSlot,
} from '../../codegen/wasm/thread-pool.js';

/**
 * How a pool's jobs reach its workers (thread-pool.ts): through a mailbox in shared memory that a
 * worker spins on for POLL_MS after each job and then naps on until NAP_WINDOW_MS, with a `wake`
 * message only for a worker that went back to sleep in its event loop. Every job must run exactly
 * once, with its own arguments, whether the worker was spinning (jobs back to back), napping (a
 * pause longer than POLL_MS) or asleep (a pause longer than NAP_WINDOW_MS).
 */

/** `add(address, value)`: adds `value` to the i32 at `address`. */
function addModule(): WebAssembly.Module {
  const w = new WasmModuleBuilder({ relaxedSimd: false, sharedMemory: true });
  const scope = new FunctionScope(['i32', 'i32']);
  const get = (i: number) => w.get(scope, i);
  w.addFunction('add', scope, 'none', [
    w.i32.store(0, get(0), w.i32.add(w.i32.load(0, get(0)), get(1))),
  ]);
  w.exportFunction('add');
  return new WebAssembly.Module(w.emitBinary() as Uint8Array<ArrayBuffer>);
}

/** The add module instantiated on the calling thread over a one-page shared memory, and a caller of its exports. */
function addOnCaller() {
  const memory = new WebAssembly.Memory({
    initial: 1,
    maximum: 1,
    shared: true,
  } as WebAssembly.MemoryDescriptor);
  const module = addModule();
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const call = (fn: string, ...args: number[]) =>
    (instance.exports[fn] as (...a: number[]) => void)(...args);
  return { memory, module, call };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A worker that answers `init` and runs its jobs while `awake`, and otherwise never starts one
 * (a sleeping worker that does not wake in time): the caller must take its jobs back.
 */
class SleepySlot implements WorkerSlot {
  module: WebAssembly.Module | undefined;
  memory: WebAssembly.Memory | undefined;
  readonly dead = false;
  readonly mailbox = new Mailbox();
  awake = true;
  /** Whether the worker's answer comes (else only its mailbox says the job ended). */
  answers = true;
  /** Job ids that trap: the worker marks them failed in its mailbox. */
  readonly traps = new Set<number>();
  ran = 0;
  private readonly jobs = new PendingJobs();
  private readonly deliver = deliverVia(this.mailbox, () => undefined);

  constructor(private readonly run: (fn: string, args: number[]) => void) {}

  send(message: Record<string, unknown>): Promise<void> {
    let id = -1;
    const sent = this.jobs.send(message, (m) => {
      id = m['id'] as number;
      this.deliver(m);
    });
    if (message['kind'] !== 'run') this.jobs.answer({ kind: 'done', id });
    else if (this.awake) {
      // the worker's side: claim the job, run it, answer
      const slots = new Int32Array(this.mailbox.buffer, 0, 8);
      expect(workerClaims(slots, 5, id)).toBe(true);
      const trap = this.traps.has(id);
      if (trap) Atomics.store(slots, 7, id);
      else this.run(message['fn'] as string, message['args'] as number[]);
      Atomics.store(slots, 1, id);
      this.ran++;
      if (this.answers)
        this.jobs.answer(trap ? { kind: 'error', id, message: 'trapped' } : { kind: 'done', id });
      else if (trap)
        setTimeout(() => this.jobs.answer({ kind: 'error', id, message: 'trapped' }), 20);
    }
    return sent;
  }

  takeBack(): boolean {
    return takeBackVia(this.mailbox, this.jobs);
  }

  settle(): void {
    settleVia(this.mailbox, this.jobs);
  }

  wake(): void {}
  terminate(): void {}
}

describe('worker mailboxes', () => {
  it('wakes a worker by message only when it no longer polls, and hands init the mailbox', () => {
    const mailbox = new Mailbox();
    const posted: Record<string, unknown>[] = [];
    const deliver = deliverVia(mailbox, (m) => void posted.push(m));
    deliver({ kind: 'init', id: 0 });
    expect(posted[0]?.['mailbox']).toBe(mailbox.buffer);
    deliver({ kind: 'run', id: 1, fn: 'add', args: [8, 1] });
    expect(posted.map((m) => m['kind'])).toEqual(['init', 'wake']); // nobody polls yet
    expect(mailbox.idle).toBe(false);
    // a second job before the first ended would overwrite it
    expect(() => deliver({ kind: 'run', id: 2, fn: 'add', args: [8, 1] })).toThrow(/still running/);
    // the worker's side: it polls, and ends job 1
    const slots = new Int32Array(mailbox.buffer, 0, 4);
    Atomics.store(slots, 2, 1);
    Atomics.store(slots, 1, 1);
    expect(mailbox.idle).toBe(true);
    deliver({ kind: 'run', id: 2, fn: 'add', args: [8, 1] });
    expect(posted.map((m) => m['kind'])).toEqual(['init', 'wake']); // it polls: no message
    expect(() => new Mailbox().post(1, 'x'.repeat(200), [])).toThrow(/does not fit/);
  });

  it('takes back a job its worker has not started, runs it on the caller, and never runs one twice', async () => {
    const { memory, module, call } = addOnCaller();
    const sleepy: SleepySlot[] = [];
    const pool = createMessagePool(
      3,
      () => memory,
      () => {
        const slot = new SleepySlot((fn, args) => call(fn, ...args));
        sleepy.push(slot);
        return slot;
      },
    );
    const words = new Int32Array(memory.buffer, 0, 3);
    const addOwn = () =>
      pool.run(
        'add',
        [0, 1, 2].map((t) => [4 * t, 1]),
        module,
        () => call,
      );
    await addOwn(); // init, then the jobs, which the awake workers run
    expect([...words]).toEqual([1, 1, 1]);
    expect(sleepy.map((s) => s.ran)).toEqual([1, 1]);
    (sleepy[1] as SleepySlot).awake = false;
    await addOwn(); // worker 2 never starts its job: the caller runs it
    await addOwn();
    expect([...words]).toEqual([3, 3, 3]);
    expect(sleepy.map((s) => s.ran)).toEqual([3, 1]);
    // a job taken back is not the worker's any more: its claim fails
    const box = (sleepy[1] as SleepySlot).mailbox;
    expect(box.idle).toBe(true);
    expect(box.takeBack()).toBeUndefined();
    await pool.close();
  });

  it('settles a job its mailbox says succeeded without waiting for the answer, and never a failed one', async () => {
    const { memory, module, call } = addOnCaller();
    let slot: SleepySlot | undefined;
    const pool = createMessagePool(
      2,
      () => memory,
      () => (slot = new SleepySlot((fn, args) => call(fn, ...args))),
    );
    const words = new Int32Array(memory.buffer, 0, 2);
    const addOnes = () =>
      pool.run(
        'add',
        [
          [0, 1],
          [4, 1],
        ],
        module,
        () => call,
      );
    try {
      await addOnes(); // init and a first job, answered
      const silent = slot as SleepySlot;
      silent.answers = false;
      // without settle this run would wait for an answer that never comes
      await addOnes();
      expect([...words]).toEqual([2, 2]);
      expect(silent.ran).toBe(2);
      // a job that fails: its error arrives later and is what the run reports
      silent.traps.add(3); // ids: init 0, then one job per run (1, 2, and 3 next)
      await expect(addOnes()).rejects.toThrow(/trapped/);
    } finally {
      await pool.close();
    }
  });

  it('a mailbox says a job succeeded only once it ended, and never for a failed one', () => {
    const mailbox = new Mailbox();
    const box = new Int32Array(mailbox.buffer, 0, 8);
    expect(mailbox.succeeded(), 'nothing posted').toBeUndefined();
    mailbox.post(1, 'add', [0, 1]);
    expect(mailbox.succeeded(), 'running').toBeUndefined();
    Atomics.store(box, 1, 1);
    expect(mailbox.succeeded()).toBe(1);
    mailbox.post(2, 'add', [0, 1]);
    Atomics.store(box, 7, 2);
    Atomics.store(box, 1, 2);
    expect(mailbox.succeeded(), 'failed').toBeUndefined();
  });

  it("the worker's source claims as workerClaims does", () => {
    const claims = new Function(
      `${WORKER_CLAIMS_SOURCE}\nreturn workerClaims;`,
    )() as typeof workerClaims;
    for (const [value, id] of [
      [3, 2],
      [3, 1],
      [-3, 2],
      [0, 2],
      [1, 0],
    ] as const) {
      const a = Int32Array.of(value);
      const b = Int32Array.of(value);
      expect(claims(a, 0, id), `${value}, ${id}`).toBe(workerClaims(b, 0, id));
      expect(a[0]).toBe(b[0]);
    }
  });

  it('a worker that read the id of a job taken back cannot claim the next job in its stead', () => {
    const mailbox = new Mailbox();
    const deliver = deliverVia(mailbox, () => undefined);
    const box = new Int32Array(mailbox.buffer, 0, 8);
    deliver({ kind: 'run', id: 1, fn: 'add', args: [0, 1] });
    const read = Atomics.load(box, 0); // the worker reads job 1's id, then stalls
    expect(mailbox.takeBack()).toBe(1);
    expect(mailbox.idle).toBe(true);
    deliver({ kind: 'run', id: 2, fn: 'add', args: [4, 1] });
    expect(workerClaims(box, 5, read), 'job 1 is gone').toBe(false);
    expect(workerClaims(box, 5, Atomics.load(box, 0)), 'job 2 is open').toBe(true);
    expect(mailbox.takeBack(), 'job 2 is the worker’s').toBeUndefined();
  });

  describe('on a Node pool', () => {
    const memory = new WebAssembly.Memory({
      initial: 1,
      maximum: 16,
      shared: true,
    } as WebAssembly.MemoryDescriptor);
    const pool = createNodePool(3, () => memory);
    afterAll(() => pool.close());
    const module = addModule();
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    const local =
      () =>
      (fn: string, ...args: number[]) =>
        (instance.exports[fn] as (...a: number[]) => void)(...args);
    const words = new Int32Array(memory.buffer, 0, 4);

    it('runs every job once, back to back (workers spinning) and after pauses (napping, asleep)', async () => {
      words.fill(0);
      let expected = [0, 0, 0, 0];
      for (let round = 0; round < 60; round++) {
        // three threads, each adding its own value to its own word
        const jobs = [0, 1, 2].map((t) => [4 * t, round + t * 1000]);
        await pool.run('add', jobs, module, local);
        expected = expected.map((v, t) => (t < 3 ? v + round + t * 1000 : v));
        expect([...words]).toEqual(expected);
        if (round % 10 === 9) await pause(3 * POLL_MS);
        if (round === 30) await pause(NAP_WINDOW_MS + 100);
      }
    });

    it('queues a second job for the same worker behind its first (more jobs than threads)', async () => {
      words.fill(0);
      await pool.run(
        'add',
        [
          [0, 1],
          [4, 1],
          [8, 1],
          [12, 1],
          [4, 1],
        ],
        module,
        local,
      );
      expect([...words]).toEqual([1, 2, 1, 1]);
    });

    it('stops spinning as soon as another pool runs, and naps until its own runs again', async () => {
      // pools that would spin for a minute: only the other pool's run can stop them
      const a = createNodePool(2, () => memory, 60_000);
      const b = createNodePool(2, () => memory, 60_000);
      // each thread adds 1 to its own word
      const addOnes = (pool: typeof a, words: readonly number[]) =>
        pool.run(
          'add',
          words.map((w) => [4 * w, 1]),
          module,
          local,
        );
      const until = async (done: () => boolean) => {
        for (let i = 0; i < 200 && !done(); i++) await pause(1);
      };
      try {
        words.fill(0);
        // (a worker that had not woken yet gets its job taken back, then wakes and spins)
        await addOnes(a, [0, 1]);
        await until(() => a.polling() === 1);
        expect(a.polling()).toBe(1);
        await addOnes(b, [2, 3]);
        await until(() => b.polling() === 1 && a.napping() === 1);
        expect([a.polling(), a.napping(), b.polling()]).toEqual([0, 1, 1]);
        await addOnes(a, [0, 1]); // no message: the napping worker finds its job
        await until(() => a.polling() === 1 && b.napping() === 1);
        expect([a.polling(), b.polling(), b.napping()]).toEqual([1, 0, 1]);
        expect([...words]).toEqual([2, 2, 1, 1]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('sleeps NAP_WINDOW_MS after its last job, and wake() wakes it', async () => {
      // a pool that never spins: its worker naps from the end of each job
      const napper = createNodePool(2, () => memory, 0);
      const addToFirstTwo = () =>
        napper.run(
          'add',
          [
            [0, 1],
            [4, 1],
          ],
          module,
          local,
        );
      try {
        words.fill(0);
        napper.wake(); // no worker started yet: nothing to wake
        expect([napper.polling(), napper.napping()]).toEqual([0, 0]);
        await addToFirstTwo();
        for (let i = 0; i < 200 && napper.napping() === 0; i++) await pause(1);
        expect([napper.polling(), napper.napping()]).toEqual([0, 1]);
        await pause(NAP_WINDOW_MS + 200);
        expect([napper.polling(), napper.napping()], 'asleep').toEqual([0, 0]);
        napper.wake();
        for (let i = 0; i < 200 && napper.napping() === 0; i++) await pause(1);
        expect(napper.napping(), 'woken by wake()').toBe(1);
        await addToFirstTwo();
        expect([...words]).toEqual([2, 2, 0, 0]);
      } finally {
        await napper.close();
      }
    });

    it('wake() has workers that napped spin again, and jobs after it still run once', async () => {
      // a pool that spins for a minute once woken: only wake() can have started it here
      const slow = createNodePool(2, () => memory, 60_000);
      const addToFirstTwo = () =>
        slow.run(
          'add',
          [
            [0, 1],
            [4, 1],
          ],
          module,
          local,
        );
      try {
        words.fill(0);
        await addToFirstTwo();
        // the other pool runs: this one's worker stops spinning
        await pool.run(
          'add',
          [
            [8, 1],
            [8, 1],
            [8, 1],
          ],
          module,
          local,
        );
        for (let i = 0; i < 100 && slow.polling() > 0; i++) await pause(1);
        expect(slow.polling()).toBe(0);
        slow.wake();
        for (let i = 0; i < 100 && slow.polling() === 0; i++) await pause(1);
        expect(slow.polling()).toBe(1);
        slow.wake(); // already spinning: no second message needed, none harmful
        await addToFirstTwo();
        expect([...words]).toEqual([2, 2, 3, 0]);
      } finally {
        await slow.close();
      }
    });

    it('a spinning worker stops for a message (release, a new init) rather than making it wait', async () => {
      // spinning for a minute: release() and the re-init after it would wait that long if the
      // worker read its messages only once it stopped
      const spinner = createNodePool(2, () => memory, 60_000);
      const addToFirstTwo = () =>
        spinner.run(
          'add',
          [
            [0, 1],
            [4, 1],
          ],
          module,
          local,
        );
      try {
        words.fill(0);
        await addToFirstTwo();
        for (let i = 0; i < 100 && spinner.polling() === 0; i++) await pause(1);
        expect(spinner.polling()).toBe(1);
        await spinner.release();
        await addToFirstTwo();
        expect([...words]).toEqual([2, 2, 0, 0]);
      } finally {
        await spinner.close();
      }
    });

    it('reports a trap in a worker as an error of the run', async () => {
      const outside = memory.buffer.byteLength; // out of bounds: the store traps
      await expect(
        pool.run(
          'add',
          [
            [0, 1],
            [outside, 1],
          ],
          module,
          local,
        ),
      ).rejects.toThrow(/out of bounds/i); // in the worker, or on the caller that took the job back
      words.fill(0);
      await pool.run(
        'add',
        [
          [0, 1],
          [4, 5],
        ],
        module,
        local,
      ); // the worker still serves
      expect([...words]).toEqual([1, 5, 0, 0]);
    });
  });
});
