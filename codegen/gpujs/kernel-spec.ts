import type { DType } from '../../ir/dtype.js';
import type { IndexSpec } from '../run/index-spec.js';

/**
 * What the gpu.js target emits, as plain data: per op, the source text of a gpu.js kernel
 * function and the settings gpu.js builds it with. The source is generated from the IR alone
 * (numbered names, numbers, a fixed vocabulary); tensor and axis names travel only in these
 * records, as data, never inside the source.
 */

/** One parameter of a kernel function, in order. */
export type KernelParam =
  /**
   * A tensor's values, flat and row-major: a Float32Array (i32 and bool converted, exact below
   * 2^24), except on the `cpu` backend, where an i32 tensor is passed as an Int32Array (exact).
   */
  | { readonly kind: 'tensor'; readonly tensor: string }
  /** The index's strip pointers (Int32Array, stripCount + 1 entries). */
  | { readonly kind: 'stripPtr' }
  /** The index's listed gather-tile coordinates (Int32Array, at least one entry). */
  | { readonly kind: 'coords' }
  /** For every (strip, gather tile): its slot in coords, or -1 when not listed (Int32Array). */
  | { readonly kind: 'inverse' }
  /** The number +Infinity: GLSL and WGSL have no literal for it. */
  | { readonly kind: 'infinity' }
  /**
   * Which half of an exact i32 result the kernel returns: 0 the low 16 bits, 1 the high 16 bits
   * (each exact in f32). The host runs such a kernel twice and stores lo + 65536·hi as a 32-bit
   * integer: gpu.js returns f32 cells, which cannot hold every i32.
   */
  | { readonly kind: 'half' };

/** Exactly the settings gpu.js's createKernel gets (a host may add backend settings such as asyncMode). */
export interface KernelSettings {
  /** gpu.js output extents, innermost first ([x], [x, y] or [x, y, z]). */
  readonly output: readonly number[];
  /** At least the trip count of every loop (GL backends bound loops by it). */
  readonly loopMaxIterations: number;
  /** Index arrays change length from call to call. */
  readonly dynamicArguments: true;
  /** highp floats in GLSL, 32-bit float textures. */
  readonly tactic: 'precision';
  readonly precision: 'single';
}

export interface KernelSpec {
  /** Which form of the op this computes. */
  readonly form: 'dense' | 'pit';
  readonly source: string;
  readonly params: readonly KernelParam[];
  readonly settings: KernelSettings;
  /** Output cells, row-major over the op's output shape. */
  readonly cells: number;
  /** Content hash of source and settings: hosts cache built kernels by it. */
  readonly key: string;
}

/** The index a PIT kernel reads, with its geometry for the bound dims (codegen/run/index-spec.ts). */
export type { IndexSpec };

export interface OpSpec {
  /** The tensor the op defines (data: any name is fine here). */
  readonly op: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly dense: KernelSpec;
  readonly pit?: {
    readonly kernel: KernelSpec;
    readonly index: IndexSpec;
    /** The rule, in words, for run records. */
    readonly rule: string;
    /** Set when the index holds numbers f32 cannot all represent: f32 backends run the dense kernel. */
    readonly inexactInF32?: string;
  };
  /** Why the op's PIT form has no per-cell kernel, when the IR has one (the dense kernel runs). */
  readonly pitUnavailable?: string;
  /**
   * Set when f32 cannot give the op's exact result: it addresses a tensor past f32's exact
   * integers, or its i32 values may pass 2^24. f32 backends hand it to `cpu` (JavaScript numbers,
   * float64 like the reference), with i32 tensors passed as Int32Array.
   */
  readonly needsExactBackend?: string;
}

/** The whole compiled program for one binding of the dims. */
export interface GpujsProgram {
  readonly format: 'pitc-gpujs';
  /** 2: kernels may take a `half` parameter, and `needsExactBackend` ops read i32 tensors as Int32Array. */
  readonly version: 2;
  readonly program: string;
  readonly dims: readonly (readonly [string, number])[];
  readonly outputs: readonly string[];
  readonly ops: readonly OpSpec[];
}
