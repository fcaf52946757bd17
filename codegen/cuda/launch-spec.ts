import type { DType } from '../../ir/dtype.js';

/**
 * The launch spec: everything the host side needs to run a compiled program, as plain data.
 * It is written beside the `.cu` as JSON and it is what the harness generator reads; nothing is
 * ever parsed back out of the CUDA text. Kernel and buffer names here are generated ones
 * (`k2_gemm`, buffer 7); tensor names appear only as JSON strings.
 */
export type Dim3 = readonly [number, number, number];

export type BufferType = 'float' | 'double' | 'int' | 'unsigned char';

export interface DeviceBuffer {
  readonly id: number;
  readonly type: BufferType;
  /** Elements (at least 1, so every buffer has an address). */
  readonly count: number;
  /** What it holds: a graph tensor, an op's scratch, or part of an index. */
  readonly role: 'tensor' | 'scratch' | 'index';
  /** Graph tensor number (role 'tensor'). */
  readonly tensor?: number;
}

export type LaunchParam =
  | { readonly kind: 'buffer'; readonly buffer: number }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'long'; readonly value: number }
  /** A float passed by its bit pattern (exact, and NaN/infinity survive JSON). */
  | { readonly kind: 'f32'; readonly bits: number }
  /** The launch's number within a `repeat` (0, 1, ...). */
  | { readonly kind: 'repeat-index' };

export type Phase = 'index' | 'kernel';

export type LaunchStep =
  | {
      readonly kind: 'launch';
      /** Graph op number the step belongs to (for per-op timings). */
      readonly op: number;
      readonly phase: Phase;
      readonly kernel: string;
      readonly grid: Dim3;
      readonly block: Dim3;
      /** Dynamic shared memory passed at launch. */
      readonly sharedBytes: number;
      /** Shared memory the kernel declares statically (for the limit check). */
      readonly staticSharedBytes: number;
      readonly params: readonly LaunchParam[];
      /** Launch this many times in order (strips whose partial sums must not race). */
      readonly repeat?: number;
    }
  | { readonly kind: 'memset'; readonly op: number; readonly phase: Phase; readonly buffer: number }
  /** Stop and rerun the dense plan when this f32 buffer holds a non-finite value. */
  | { readonly kind: 'guard'; readonly op: number; readonly phase: Phase; readonly buffer: number; readonly tensor: number };

export interface TensorEntry {
  readonly id: number;
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly role: 'input' | 'weight' | 'intermediate';
  readonly output: boolean;
  readonly buffer: number;
}

export interface OpEntry {
  readonly id: number;
  readonly name: string;
  /** `pit`: the op runs its PIT form in the main plan. */
  readonly mode: 'dense' | 'pit';
  readonly path: 'gemm' | 'generic';
  readonly index?: number;
  /** Why a planned PIT op runs its dense form at these dims (the loop IR's `fallback`). */
  readonly fallback?: string;
}

export interface IndexEntry {
  readonly id: number;
  readonly key: string;
  readonly source: number;
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  readonly stripCount: number;
  readonly gatherTiles: number;
  /** Strip pointers: the listed count is element `stripCount`. */
  readonly ptrBuffer: number;
}

export interface LaunchSpec {
  readonly format: 'pitc-cuda-launch/1';
  readonly program: string;
  readonly dims: Readonly<Record<string, number>>;
  /** Ordered index and no atomics in SWrite: bit-reproducible runs. */
  readonly deterministic: boolean;
  readonly tensors: readonly TensorEntry[];
  readonly buffers: readonly DeviceBuffer[];
  readonly ops: readonly OpEntry[];
  readonly indexes: readonly IndexEntry[];
  readonly plan: readonly LaunchStep[];
  /** Every op dense: run instead of `plan` when a guard fails. Absent without guards. */
  readonly densePlan?: readonly LaunchStep[];
}

/** CUDA's launch limits (compute capability 8.0 and 9.0 alike). */
export const LIMITS = {
  gridX: 2 ** 31 - 1,
  gridYZ: 65535,
  blockXY: 1024,
  blockZ: 64,
  threads: 1024,
  /** Without an explicit opt-in (cudaFuncSetAttribute), a block gets at most 48 KiB. */
  sharedBytes: 48 * 1024,
} as const;

/** What is wrong with a spec (empty when valid): limits, buffer references, repeat counts. */
export function checkLaunchSpec(spec: LaunchSpec): string[] {
  const problems: string[] = [];
  const buffers = new Map(spec.buffers.map((b) => [b.id, b]));
  spec.buffers.forEach((b, i) => {
    if (b.id !== i) problems.push(`buffer ${b.id} is listed at position ${i}`);
    if (!Number.isSafeInteger(b.count) || b.count < 1 || b.count > LIMITS.gridX) problems.push(`buffer ${b.id} has ${b.count} elements`);
  });
  const steps = [...spec.plan.map((s) => ['plan', s] as const), ...(spec.densePlan ?? []).map((s) => ['densePlan', s] as const)];
  for (const [where, step] of steps) {
    const at = `${where} step for op ${step.op}`;
    if (step.kind !== 'launch') {
      if (!buffers.has(step.buffer)) problems.push(`${at}: unknown buffer ${step.buffer}`);
      continue;
    }
    const [gx, gy, gz] = step.grid;
    const [bx, by, bz] = step.block;
    if (![gx, gy, gz].every((g) => Number.isInteger(g) && g >= 1)) problems.push(`${at} (${step.kernel}): grid [${step.grid}] has an empty dimension`);
    if (gx > LIMITS.gridX || gy > LIMITS.gridYZ || gz > LIMITS.gridYZ) problems.push(`${at} (${step.kernel}): grid [${step.grid}] exceeds the limits`);
    if (bx > LIMITS.blockXY || by > LIMITS.blockXY || bz > LIMITS.blockZ || bx * by * bz > LIMITS.threads || bx * by * bz < 1) {
      problems.push(`${at} (${step.kernel}): block [${step.block}] exceeds the limits`);
    }
    if ((bx * by * bz) % 32 !== 0) problems.push(`${at} (${step.kernel}): block [${step.block}] is not whole warps`);
    if (step.sharedBytes + step.staticSharedBytes > LIMITS.sharedBytes) {
      problems.push(`${at} (${step.kernel}): ${step.sharedBytes + step.staticSharedBytes} bytes of shared memory exceed 48 KiB`);
    }
    if (step.repeat !== undefined && (!Number.isInteger(step.repeat) || step.repeat < 1)) problems.push(`${at} (${step.kernel}): repeat ${step.repeat}`);
    for (const p of step.params) {
      if (p.kind === 'buffer' && !buffers.has(p.buffer)) problems.push(`${at} (${step.kernel}): unknown buffer ${p.buffer}`);
      if ((p.kind === 'int' && (!Number.isInteger(p.value) || Math.abs(p.value) > 2 ** 31 - 1)) || (p.kind === 'long' && !Number.isSafeInteger(p.value))) {
        problems.push(`${at} (${step.kernel}): integer parameter ${p.value} out of range`);
      }
      if (p.kind === 'repeat-index' && step.repeat === undefined) problems.push(`${at} (${step.kernel}): repeat index without a repeat`);
    }
  }
  return problems;
}
