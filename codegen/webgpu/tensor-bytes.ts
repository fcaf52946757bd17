import type { DType } from '../../ir/dtype.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * Tensors to and from storage buffers: f32 and i32 as they are, bool as one u32 per value
 * (WGSL storage has no bytes). Always a fresh copy: a host array may be a view of a shared
 * wasm memory, which a browser page cannot be handed.
 */
export function tensorBytes(t: HostTensor): Uint8Array {
  const d = t.data;
  const words =
    t.dtype === 'f32'
      ? Float32Array.from(d as Float32Array)
      : t.dtype === 'i32'
        ? Int32Array.from(d as Int32Array)
        : Uint32Array.from(d as Uint8Array);
  return new Uint8Array(words.buffer);
}

export function int32Bytes(a: Int32Array): Uint8Array {
  return new Uint8Array(Int32Array.from(a).buffer);
}

/** A tensor from the bytes a storage buffer held. */
export function tensorFromBytes(
  bytes: Uint8Array,
  dtype: DType,
  shape: readonly number[],
  count: number,
): HostTensor {
  const own = bytes.slice(0, 4 * count).buffer;
  let data: TensorData;
  switch (dtype) {
    case 'f32':
      data = new Float32Array(own);
      break;
    case 'i32':
      data = new Int32Array(own);
      break;
    case 'bool':
      data = Uint8Array.from(new Uint32Array(own), (v) => (v !== 0 ? 1 : 0));
      break;
  }
  return { dtype, shape: [...shape], data };
}
