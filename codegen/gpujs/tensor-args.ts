import type { DType } from '../../ir/dtype.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * Tensors in and out of gpu.js kernels. Every backend but `cpu` reads numbers as f32, so
 * tensors go in as Float32Array (i32 and bool converted; i32 exact below 2^24; on `cpu` an i32
 * tensor goes in as an Int32Array, exact), and kernels
 * return f32 cells that are stored the way the reference stores a value: i32 truncated as a
 * typed-array store does, bool as 1 for anything but 0 (NaN included).
 */

/** A tensor's values as a Float32Array gpu.js can read (own buffer, offset 0). */
export function asKernelInput(t: HostTensor): Float32Array {
  const d = t.data;
  if (d instanceof Float32Array && d.byteOffset === 0 && d.buffer.byteLength === d.byteLength) return d;
  return Float32Array.from(d);
}

/**
 * A tensor's values for gpu.js's `cpu` backend, which reads JavaScript numbers: f32 and bool as
 * a Float32Array (exact), i32 as an Int32Array (own buffer), so integers past 2^24 stay exact.
 */
export function asExactKernelInput(t: HostTensor): Float32Array | Int32Array {
  const d = t.data;
  if (t.dtype !== 'i32') return asKernelInput(t);
  if (d instanceof Int32Array && d.byteOffset === 0 && d.buffer.byteLength === d.byteLength) return d;
  return Int32Array.from(d);
}

/** An i32 result from its two 16-bit halves (each cell lo + 65536·hi, a 32-bit pattern). */
export function fromI32Halves(lo: Float32Array, hi: Float32Array, shape: readonly number[]): HostTensor {
  const data = new Int32Array(lo.length);
  for (let i = 0; i < lo.length; i++) data[i] = ((lo[i] as number) + 65536 * (hi[i] as number)) | 0;
  return { dtype: 'i32', shape: [...shape], data };
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
