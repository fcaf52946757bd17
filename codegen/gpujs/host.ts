import type { KernelSpec } from './kernel-spec.js';

/**
 * Where gpu.js kernels run. The executor speaks to a host and never to gpu.js: in Node the
 * host is codegen/gpujs/gpu.ts (the one module that loads gpu.js); a browser page can be
 * another host (test/browser drives one in Chromium).
 */

/** gpu.js backends pitc drives: `webasm-async` is webasm with its worker threads. */
export type GpujsMode = 'cpu' | 'webasm' | 'webasm-async' | 'webgl2' | 'webgpu';

export const NODE_MODES: readonly GpujsMode[] = ['cpu', 'webasm', 'webasm-async'];

export type KernelArgument = Float32Array | Int32Array | number;

export interface KernelRun {
  /** Output cells in row-major order. */
  readonly cells: Float32Array;
  /** What gpu.js ran it with (its kernel class, and its run path where it reports one). */
  readonly ran: string;
}

export interface KernelHost {
  readonly mode: GpujsMode;
  /**
   * Runs a kernel (built once per spec key) on the host's backend, or on gpu.js's `cpu`
   * backend when `exact` (JavaScript numbers: exact addresses and integers past 2^24).
   */
  run(spec: KernelSpec, args: readonly KernelArgument[], exact: boolean): Promise<KernelRun>;
  dispose(): Promise<void>;
}

/** Whether a backend reads numbers as f32 (so integers are exact only below 2^24). */
export function readsF32(mode: GpujsMode): boolean {
  return mode !== 'cpu';
}
