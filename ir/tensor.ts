import type { DType } from './dtype.js';

/** Host storage per dtype: f32 → Float32Array, i32 → Int32Array, bool → Uint8Array (0/1). */
export type TensorData = Float32Array | Int32Array | Uint8Array;

/** A dense tensor in row-major (C) order. Shared by every layer; the runtime adds helpers. */
export interface HostTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

/** Largest element count a pitc tensor may have: typed array indices stay in int32 range. */
export const MAX_TENSOR_ELEMENTS = 2 ** 31 - 1;

export function elementCount(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function allocateData(dtype: DType, count: number): TensorData {
  switch (dtype) {
    case 'f32':
      return new Float32Array(count);
    case 'i32':
      return new Int32Array(count);
    case 'bool':
      return new Uint8Array(count);
  }
}

/**
 * A fresh copy of a tensor's data, made by the typed-array constructor (a memcpy from any source,
 * a wasm memory's SharedArrayBuffer included). Its cost is mostly the fresh array's first touch
 * of its pages on some machines (docs/architecture.md, "Data stays where it is").
 */
export function copyData(dtype: DType, data: TensorData): TensorData {
  switch (dtype) {
    case 'f32':
      return new Float32Array(data as Float32Array);
    case 'i32':
      return new Int32Array(data as Int32Array);
    case 'bool':
      return new Uint8Array(data as Uint8Array);
  }
}

export function makeTensor(dtype: DType, shape: readonly number[], data?: TensorData): HostTensor {
  return { dtype, shape: [...shape], data: data ?? allocateData(dtype, elementCount(shape)) };
}

/** Row-major strides in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i] ?? 1;
  }
  return strides;
}
