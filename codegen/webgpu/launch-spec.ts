import type { DType } from '../../ir/dtype.js';
import type { IndexSpec } from './index-layout.js';
import type { ShaderBinding } from './wgsl-builder.js';

/**
 * What the webgpu target emits, as plain data (`pitc compile --target webgpu` writes it as
 * NAME.webgpu.json next to one .wgsl file per shader): per op, its shaders and how to launch
 * them. Names from the program appear only here, as data, never in the WGSL.
 */

export interface ShaderSpec {
  /** `cell`: one invocation per output cell; `gemm`: a tile of cells per workgroup, through workgroup memory. */
  readonly kind: 'cell' | 'gemm';
  readonly form: 'dense' | 'pit';
  readonly code: string;
  /** Content hash of the code: devices cache pipelines by it, files are named by it. */
  readonly key: string;
  /** The storage buffers at bindings 0, 1, ... of group 0 (binding 0: the op's output). */
  readonly bindings: readonly ShaderBinding[];
  /** dispatchWorkgroups(x, y, z). */
  readonly groups: readonly [number, number, number];
  /** Output cells (row-major over the op's output shape). */
  readonly cells: number;
}

export interface OpLaunch {
  /** The tensor the op defines. */
  readonly op: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly dense: ShaderSpec;
  readonly pit?: {
    readonly shader: ShaderSpec;
    /** Built on the host (RuntimeServices.buildIndex) from the source's current value, then uploaded. */
    readonly index: IndexSpec;
    /** The rule, in words, for run records. */
    readonly rule: string;
  };
  /** Why the op's PIT form has no shader here, when the IR has one (the dense shader runs). */
  readonly pitUnavailable?: string;
}

export interface WebgpuProgram {
  readonly format: 'pitc-webgpu';
  readonly version: 1;
  readonly program: string;
  readonly dims: readonly (readonly [string, number])[];
  /** What the shaders assume of data they cannot see (emitted programs: the i32 inputs' bound). */
  readonly assumes?: string;
  readonly outputs: readonly string[];
  /** Storage types of every tensor on the device: f32 as f32, i32 as i32, bool as one u32 per value. */
  readonly tensors: readonly {
    readonly name: string;
    readonly dtype: DType;
    readonly shape: readonly number[];
  }[];
  readonly ops: readonly OpLaunch[];
}
