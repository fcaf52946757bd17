import { stableHash } from '../../ir/core/hash.js';
import { printGraph } from '../../ir/graph/print.js';
import { printKernel } from '../../ir/kernel/print.js';
import { LruCache } from '../lru-cache.js';
import type { LoweredProgram } from '../target.js';
import type { CompiledWasm } from './compile-program.js';

export interface CachedModule {
  readonly compiled: CompiledWasm;
  readonly module: WebAssembly.Module;
}

/**
 * Compiled modules by content: the key hashes everything the binary depends on (the graph, the
 * kernels, the bound dims, the features, threads and blocking), so equal programs compiled twice
 * in a process share one binaryen run and one engine compilation. Least recently used entries go
 * first past `capacity`.
 */
export class WasmModuleCache {
  private readonly entries: LruCache<string, CachedModule>;

  constructor(capacity = 32) {
    this.entries = new LruCache(capacity);
  }

  get(key: string): CachedModule | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: CachedModule): void {
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}

export function moduleKey(program: LoweredProgram, dims: ReadonlyMap<string, number>, options: unknown): string {
  const text = [
    printGraph(program.graph),
    ...program.kernels.map(printKernel),
    JSON.stringify([...dims].sort()),
    JSON.stringify(options),
  ].join('\n');
  return stableHash(text) + ':' + text.length;
}
