import { diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError, LimitExceeded } from '../../ir/core/errors.js';

/**
 * Byte addresses of everything a compiled program touches in its wasm memory, for one binding
 * of the dims. Kernels are specialised to a layout (addresses are constants in the code), so
 * buffers are allocated once per dims and reused by every call.
 */
export class MemoryLayout {
  private next: number;
  private readonly regions = new Map<string, { offset: number; bytes: number }>();

  /** Low memory below `base` is left to binaryen's data (none) and a guard page. */
  constructor(base = 65536) {
    this.next = base;
  }

  /** Reserves `bytes` (64-byte aligned, so every region starts on a cache line). */
  allocate(name: string, bytes: number): number {
    if (this.regions.has(name)) throw new InternalError('wasm', `region '${name}' allocated twice`);
    const offset = align(this.next, 64);
    this.regions.set(name, { offset, bytes });
    this.next = offset + Math.max(bytes, 0);
    if (this.next > 2 ** 32 - 65536) {
      const gib = (this.next / 2 ** 30).toFixed(1);
      throw new LimitExceeded(
        diagnostic('PIT6017', `at these dims the wasm target needs at least ${gib} GiB of memory, and a wasm memory holds at most 4 GiB: use smaller dims, or another target`),
      );
    }
    return offset;
  }

  offset(name: string): number {
    const r = this.regions.get(name);
    if (!r) throw new InternalError('wasm', `no region '${name}'`);
    return r.offset;
  }

  /** Regions whose name starts with `prefix`, by name. */
  regionsWithPrefix(prefix: string): [string, { offset: number; bytes: number }][] {
    return [...this.regions].filter(([name]) => name.startsWith(prefix));
  }

  has(name: string): boolean {
    return this.regions.has(name);
  }

  /** First free byte: dynamic per-call data (task lists) goes from here. */
  get end(): number {
    return align(this.next, 64);
  }
}

export function align(x: number, to: number): number {
  return Math.ceil(x / to) * to;
}
