/**
 * Dispatches of the claiming forms of range functions (claim-loop.ts): every thread gets the same
 * record range, chunk size and counter, and its own trailing arguments.
 */

/** The name of the claiming form of an exported range function (claim-loop.ts). */
export const claimingName = (fn: string): string => `${fn}_claim`;

/** Chunks a claiming dispatch cuts per thread: enough to even out a late or slow thread, few enough that claims cost nothing. */
export const CHUNKS_PER_THREAD = 8;

/** Bytes a claim counter takes: a cache line of its own, so claims do not slow the threads' stores. */
export const COUNTER_BYTES = 64;

/**
 * Jobs for `fn_claim(records, count, chunk, counter, ...rest(t))` on `threads` threads, with the
 * counter at byte `counter` (64-byte aligned, inside the memory) set to zero.
 */
export function claimJobs(
  memory: WebAssembly.Memory,
  counter: number,
  records: number,
  count: number,
  threads: number,
  rest: (thread: number) => readonly number[],
): number[][] {
  new Int32Array(memory.buffer, counter, 1)[0] = 0;
  const chunk = Math.max(1, Math.ceil(count / (threads * CHUNKS_PER_THREAD)));
  return Array.from({ length: threads }, (_, t) => [records, count, chunk, counter, ...rest(t)]);
}

/** The first 64-byte boundary at or after `address`: where a claim counter can go. */
export function counterAfter(address: number): number {
  return Math.ceil(address / COUNTER_BYTES) * COUNTER_BYTES;
}
