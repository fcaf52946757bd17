import { afterAll, describe, expect, it } from 'vitest';
import {
  claimingName,
  claimJobs,
  CHUNKS_PER_THREAD,
  counterAfter,
} from '../../codegen/wasm/claim-jobs.js';
import { emitClaimLoop } from '../../codegen/wasm/claim-loop.js';
import { FunctionScope, WasmModuleBuilder } from '../../codegen/wasm/module-builder.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { runJobs } from '../../codegen/wasm/thread-pool.js';

/**
 * The claiming form of a range function (claim-loop.ts), as the GEMM per-task drivers and stage
 * groups use it on several threads: every record of the range runs exactly once, whatever the
 * count, chunk size and thread count, and the trailing arguments reach the range function.
 */
const RECORD_BYTES = 8;

/** `mark(records, count, tag)`: adds 1 to word 0 of each record and adds `tag` to word 1. */
function markModule(shared: boolean): WebAssembly.Module {
  const w = new WasmModuleBuilder({ relaxedSimd: false, sharedMemory: shared });
  const scope = new FunctionScope(['i32', 'i32', 'i32']);
  const [records, count, tag] = [0, 1, 2];
  const at = scope.local('i32');
  const end = scope.local('i32');
  const get = (i: number) => w.get(scope, i);
  w.addFunction('mark', scope, 'none', [
    w.set(end, w.i32.add(get(records), w.i32.mul(get(count), w.i32.const(RECORD_BYTES)))),
    w.forLoop(scope, at, get(records), get(end), RECORD_BYTES, [
      w.i32.store(0, get(at), w.i32.add(w.i32.load(0, get(at)), w.i32.const(1))),
      w.i32.store(4, get(at), w.i32.add(w.i32.load(4, get(at)), get(tag))),
    ]),
  ]);
  w.exportFunction('mark');
  emitClaimLoop(w, 'mark', RECORD_BYTES, 1);
  return new WebAssembly.Module(w.emitBinary() as Uint8Array<ArrayBuffer>);
}

describe('claiming range functions', () => {
  const memory = new WebAssembly.Memory({
    initial: 4,
    maximum: 64,
    shared: true,
  } as WebAssembly.MemoryDescriptor);
  const pool = createNodePool(2, () => memory);
  afterAll(() => pool.close());
  const module = markModule(true);
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const call = (fn: string, ...args: number[]): void =>
    (instance.exports[fn] as (...a: number[]) => void)(...args);
  const base = 256;

  for (const count of [0, 1, 2, 7, 16, 17, 100, 1000]) {
    it(`runs each of ${count} records once on 2 threads, with each thread's own trailing argument`, async () => {
      const words = new Int32Array(memory.buffer, base, 2 * count);
      words.fill(0);
      const counter = counterAfter(base + count * RECORD_BYTES);
      new Int32Array(memory.buffer, counter, 1)[0] = 12345; // claimJobs must reset it
      const jobs = claimJobs(memory, counter, base, count, 2, (t) => [t === 0 ? 1 : 1000]);
      expect(jobs).toHaveLength(2);
      await runJobs(claimingName('mark'), jobs, pool, module, call);
      for (let r = 0; r < count; r++) {
        expect(words[2 * r], `record ${r} visits`).toBe(1);
        expect([1, 1000], `record ${r} tag`).toContain(words[2 * r + 1]);
      }
      // every chunk was claimed (a chunk per claim)
      const chunk = Math.max(1, Math.ceil(count / (2 * CHUNKS_PER_THREAD)));
      expect(new Int32Array(memory.buffer, counter, 1)[0]).toBeGreaterThanOrEqual(
        Math.ceil(count / chunk),
      );
    });
  }

  it('works on a memory that is not shared (one thread; no atomics in the module)', () => {
    const plain = new WebAssembly.Memory({ initial: 1, maximum: 64 });
    const local = new WebAssembly.Instance(markModule(false), { env: { memory: plain } });
    const count = 37;
    const counter = counterAfter(base + count * RECORD_BYTES);
    const [job] = claimJobs(plain, counter, base, count, 1, () => [3]);
    (local.exports[claimingName('mark')] as (...a: number[]) => void)(...(job as number[]));
    const words = new Int32Array(plain.buffer, base, 2 * count);
    for (let r = 0; r < count; r++) expect([words[2 * r], words[2 * r + 1]]).toEqual([1, 3]);
    expect(new Int32Array(plain.buffer, base + count * RECORD_BYTES, 1)[0]).toBe(0); // nothing past the range
  });
});
