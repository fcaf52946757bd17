import { LruCache } from '../lru-cache.js';

/**
 * Bindings of the dims whose prepared code (generated kernels, compiled shaders, a built
 * harness, an instantiated module) an executor keeps; the least recently used goes first, so a
 * program run at hundreds of distinct shapes holds a bounded amount of code.
 */
export const BINDING_CAPACITY = 8;

/**
 * One key per binding of the dims, whatever order the map lists them in. Names are length-prefixed
 * so that no name can end where another begins; `variant` separates code prepared differently for
 * the same dims (a module that shares no buffers, shaders specialised to the i32 inputs' bounds).
 */
export function dimsKey(dims: ReadonlyMap<string, number>, variant = ''): string {
  const binding = [...dims]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name.length}:${name}=${value}`)
    .join(',');
  return variant === '' ? binding : `${binding}|${variant}`;
}

/** What an executor prepared per binding of the dims, made on first use and kept LRU-bounded. */
export class DimsCache<V> {
  private readonly cache: LruCache<string, V>;

  constructor(capacity = BINDING_CAPACITY, onEvict?: (value: V, key: string) => void) {
    this.cache = new LruCache(capacity, onEvict);
  }

  /**
   * The value for `dims` (and `variant`), made by `make` on a miss. A promise is kept as it is, so
   * concurrent runs share one build; if it rejects it is forgotten and the next run builds again.
   */
  obtain(dims: ReadonlyMap<string, number>, make: () => V, variant = ''): V {
    const key = dimsKey(dims, variant);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    this.cache.set(key, made);
    if (made instanceof Promise) {
      made.catch(() => {
        if (this.cache.get(key) === made) this.cache.delete(key);
      });
    }
    return made;
  }

  /** Bindings kept now (at most the capacity). */
  get size(): number {
    return this.cache.size;
  }

  clear(): void {
    this.cache.clear();
  }
}
