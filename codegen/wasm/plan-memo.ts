import { InternalError } from '../../ir/core/errors.js';
import { copyIndex, listedTiles, type SparseIndex } from '../../ir/sparse-index.js';
import { ensureMemory } from './instance.js';
import type { IndexLookup } from './op-tasks.js';
import { sameValues } from './tasks.js';

/**
 * A plan from an earlier run, kept for the next one: a loop chain's (chain-run.ts) or an op-by-op
 * PIT GEMM's on the shared driver (executor.ts). Planning (task lists from the indexes, their
 * records in memory, chunk records, a chain's call table) is JS on the calling thread while the
 * workers wait: 1.7 ms of attention's 12 ms at S = 1024, 0.45 ms of FFN fc2's 2 ms at 99 %. It is
 * a pure function of the indexes it reads (their listed micro-tiles) and of the run's settings
 * (threads, strips, crossover, tuning, the ops already fused). So when a run's indexes list
 * exactly the micro-tiles the kept plan's did (a mask that did not change between calls, one made
 * of index values, neurons dead for every token), the plan is reused: the bytes the planning wrote
 * (task records and lists, chunk records, the call table, claim counters at zero) are copied back
 * as they were before its dispatch, and nothing is planned again. Any difference, in any index,
 * plans afresh.
 */
export class PlanMemo<Plan> {
  private constructor(
    private readonly settings: string,
    private readonly indexes: ReadonlyMap<string, SparseIndex>,
    private readonly ranges: readonly (readonly [number, number])[],
    private readonly words: Int32Array,
    readonly plan: Plan,
  ) {}

  /**
   * Keeps `plan`, made under `settings` from `read` (every index its planning looked up), and the
   * bytes it wrote (`written`: ranges [from, to) of whole words; not the room between them that
   * its kernels write into, such as packed A).
   */
  static keep<Plan>(
    settings: string,
    read: ReadonlyMap<string, SparseIndex>,
    memory: WebAssembly.Memory,
    written: readonly (readonly [number, number])[],
    plan: Plan,
  ): PlanMemo<Plan> {
    // words, not bytes: a byte-wise set into shared memory is 3–4 times slower
    if (written.some(([from, to]) => from % 4 !== 0 || to % 4 !== 0 || to < from))
      throw new InternalError('wasm', 'a kept plan wrote a range that is not whole words');
    const words = new Int32Array(written.reduce((n, [from, to]) => n + (to - from) / 4, 0));
    let at = 0;
    for (const [from, to] of written) {
      words.set(new Int32Array(memory.buffer, from, (to - from) / 4), at);
      at += (to - from) / 4;
    }
    const indexes = new Map([...read].map(([key, index]) => [key, copyIndex(index)]));
    return new PlanMemo(settings, indexes, written, words, plan);
  }

  /** Whether this run would plan the same: same settings, and every index the plan read lists the same micro-tiles (looked up now). */
  fits(settings: string, lookup: IndexLookup): boolean {
    if (settings !== this.settings) return false;
    for (const [key, kept] of this.indexes) if (!sameIndex(lookup(key).index, kept)) return false;
    return true;
  }

  /** Writes the planned bytes back (the claim counters at zero again). */
  restore(memory: WebAssembly.Memory): void {
    ensureMemory(
      memory,
      this.ranges.reduce((most, [, to]) => Math.max(most, to), 0),
    );
    let at = 0;
    for (const [from, to] of this.ranges) {
      const count = (to - from) / 4;
      new Int32Array(memory.buffer, from, count).set(this.words.subarray(at, at + count));
      at += count;
    }
  }
}

/** Whether `index` lists the micro-tiles `kept` did, with the geometry and counts its records report. */
function sameIndex(index: SparseIndex, kept: SparseIndex): boolean {
  if (index.stripCount !== kept.stripCount || index.gatherTiles !== kept.gatherTiles) return false;
  if (index.presentValues !== kept.presentValues || index.coveredValues !== kept.coveredValues)
    return false;
  if (!sameValues(index.microTile, kept.microTile) || !sameValues(index.shape, kept.shape))
    return false;
  const listed = listedTiles(index);
  if (listed !== listedTiles(kept)) return false;
  // the runtime's arrays may be longer than what they hold (reused between builds)
  const strips = index.stripCount + 1;
  return (
    sameValues(index.stripPtr.subarray(0, strips), kept.stripPtr.subarray(0, strips)) &&
    sameValues(index.coords.subarray(0, listed), kept.coords.subarray(0, listed))
  );
}
