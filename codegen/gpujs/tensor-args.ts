import type { DType } from '../../ir/dtype.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * Tensors in and out of gpu.js kernels. Every backend but `cpu` reads numbers as f32, so
 * tensors go in as Float32Array (i32 and bool converted; i32 exact below 2^24), and kernels
 * return f32 cells that are stored the way the reference stores a value: i32 truncated as a
 * typed-array store does, bool as 1 for anything but 0 (NaN included).
 */

/** A tensor's values as a Float32Array gpu.js can read (own buffer, offset 0). */
export function asKernelInput(t: HostTensor): Float32Array {
  const d = t.data;
  if (d instanceof Float32Array && d.byteOffset === 0 && d.buffer.byteLength === d.byteLength) return d;
  return Float32Array.from(d);
}

/** The output cells of a kernel as a tensor of the op's dtype. */
export function fromKernelOutput(cells: Float32Array, dtype: DType, shape: readonly number[]): HostTensor {
  let data: TensorData;
  switch (dtype) {
    case 'f32':
      data = cells;
      break;
    case 'i32':
      data = Int32Array.from(cells);
      break;
    case 'bool':
      data = Uint8Array.from(cells, (v) => (v !== 0 ? 1 : 0));
      break;
  }
  return { dtype, shape: [...shape], data };
}
