import { diagnostic } from '../../ir/core/diagnostic.js';
import type { DType } from '../../ir/dtype.js';
import { allocateData, elementCount, MAX_TENSOR_ELEMENTS, type HostTensor, type TensorData } from '../../ir/tensor.js';
import { checkTensorValue } from '../runtime/tensor-check.js';
import { PitcError } from './errors.js';

/**
 * `tensor(dtype, shape, data?)`: a tensor for `run()`, zero-filled when no data is given. Its
 * arguments are checked as run() checks a tensor (PIT6018), and a shape too large to allocate is
 * PIT6017: a mistake throws a PitcError, never a RangeError from deep inside.
 */
export function tensor(dtype: DType, shape: readonly number[], data?: TensorData): HostTensor {
  const wellFormed = (dtype === 'f32' || dtype === 'i32' || dtype === 'bool') && Array.isArray(shape) && shape.every((e) => Number.isInteger(e) && e >= 0);
  const count = wellFormed ? elementCount(shape) : 0;
  if (data === undefined && count > MAX_TENSOR_ELEMENTS) {
    throw new PitcError([diagnostic('PIT6017', `tensor() of shape [${shape.join(', ')}] would have ${count} elements; a tensor holds at most 2^31 - 1`)]);
  }
  let filled: unknown = data;
  if (filled === undefined && wellFormed) {
    try {
      filled = allocateData(dtype, count);
    } catch (err) {
      throw new PitcError([diagnostic('PIT6017', `tensor() of shape [${shape.join(', ')}] (${count} elements) cannot be allocated: ${err instanceof Error ? err.message : String(err)}`)]);
    }
  }
  const checked = checkTensorValue({ dtype, shape, data: filled }, 'tensor()');
  if ('diagnostic' in checked) throw new PitcError([checked.diagnostic]);
  return { ...checked.tensor, shape: [...checked.tensor.shape] };
}
