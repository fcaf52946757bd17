import type { ListCache } from './tasks.js';

/**
 * Arrays kept per op between runs, so a run allocates nothing; and stamp arrays, whose entries
 * are marked by writing the run's stamp, so they are never cleared between uses.
 */

/** An i32 array kept per op between runs (a fresh one when the size changed). */
export function cachedArray(cache: ListCache, key: string, size: number): Int32Array {
  let array = cache.get(key);
  if (!array || array.length !== size) {
    array = new Int32Array(size);
    cache.set(key, array);
  }
  return array;
}

/** `size` stamp entries kept per op; the last entry holds the current stamp. */
export function stampArray(cache: ListCache, key: string, size: number): Int32Array {
  return cachedArray(cache, key, size + 1);
}

/** The next stamp of a stamp array (entries marked with it are this use's); wraps by clearing. */
export function nextStamp(seen: Int32Array): number {
  const last = seen.length - 1;
  let stamp = (seen[last] as number) + 1;
  if (stamp >= 2 ** 31 - 1) {
    seen.fill(0);
    stamp = 1;
  }
  seen[last] = stamp;
  return stamp;
}
