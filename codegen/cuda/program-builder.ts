import { InternalError } from '../../ir/core/errors.js';
import type { BufferType, DeviceBuffer } from './launch-spec.js';
import { BLOCK } from './prelude.js';

/** One generated `__global__` function. */
export interface KernelText {
  readonly name: string;
  readonly source: string;
  readonly staticSharedBytes: number;
}

/** Blocks of a grid-stride launch: enough for every item, capped (the loop covers the rest). */
export const GRID_CAP = 65536;

export function strideGrid(items: number, perBlock = BLOCK): number {
  return Math.max(1, Math.min(Math.ceil(items / perBlock), GRID_CAP));
}

/** Collects device buffers and kernels while a program is emitted (one builder per emit). */
export class CudaProgramBuilder {
  private readonly bufferList: DeviceBuffer[] = [];
  private readonly kernelList: KernelText[] = [];

  buffer(type: BufferType, count: number, role: DeviceBuffer['role'], tensor?: number): number {
    const id = this.bufferList.length;
    this.bufferList.push({ id, type, count: Math.max(1, count), role, ...(tensor !== undefined ? { tensor } : {}) });
    return id;
  }

  kernel(k: KernelText): string {
    if (this.kernelList.some((x) => x.name === k.name)) throw new InternalError('cuda', `kernel '${k.name}' emitted twice`);
    this.kernelList.push(k);
    return k.name;
  }

  get buffers(): readonly DeviceBuffer[] {
    return this.bufferList;
  }

  get kernels(): readonly KernelText[] {
    return this.kernelList;
  }
}

/** `__global__ void __launch_bounds__(N) name(params) {` + body + `}` */
export function kernelSource(name: string, params: readonly string[], body: readonly string[], threads = BLOCK): string {
  return [`__global__ void __launch_bounds__(${threads}) ${name}(${params.join(', ')}) {`, ...body.map((l) => (l === '' ? l : `  ${l}`)), '}'].join('\n');
}

/** The grid-stride loop header over `count` items (as a C expression) with variable `w`. */
export function strideLoop(count: string, v = 'w'): string {
  return `for (long long ${v} = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; ${v} < ${count}; ${v} += static_cast<long long>(gridDim.x) * ${BLOCK}) {`;
}
