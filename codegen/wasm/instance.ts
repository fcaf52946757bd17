import { InternalError } from '../../ir/core/errors.js';

/** The math functions generic kernels import: exactly the reference's (Math.*, float64). */
export const MATH = { exp: Math.exp, log: Math.log, tanh: Math.tanh };

export const PAGE = 65536;

/** A memory of at least `bytes`, shared when threads will use it. */
export function createMemory(bytes: number, shared: boolean): WebAssembly.Memory {
  const pages = Math.ceil(bytes / PAGE) + 1;
  return new WebAssembly.Memory({ initial: pages, maximum: 65536, ...(shared ? { shared: true } : {}) } as WebAssembly.MemoryDescriptor);
}

/** Grows a memory so that it holds at least `bytes`. */
export function ensureMemory(memory: WebAssembly.Memory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (have >= bytes) return;
  const pages = Math.ceil((bytes - have) / PAGE);
  try {
    memory.grow(pages);
  } catch (err) {
    throw new InternalError('wasm', `cannot grow wasm memory to ${bytes} bytes: ${(err as Error).message}`);
  }
}

export function instantiate(module: WebAssembly.Module, memory: WebAssembly.Memory): WebAssembly.Instance {
  return new WebAssembly.Instance(module, { env: { memory }, math: MATH });
}
