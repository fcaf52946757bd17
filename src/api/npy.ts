import { diagnostic, hasErrors } from '../../ir/core/diagnostic.js';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { castArray } from '../runtime/npy-cast.js';
import { decodeNpy, encodeNpy } from '../runtime/npy.js';
import { checkTensorValue, describeValue } from '../runtime/tensor-check.js';
import { PitcError } from './errors.js';

export interface ReadNpyOptions {
  /** Names the data in diagnostics (default '<npy>'). */
  readonly file?: string;
  /**
   * Convert a float64, int64 or uint8 array to this dtype (as `pitc run --cast`): rounded to the
   * nearest f32, integers within i32's range, non-zero as true. Without it such arrays are refused
   * (PIT6012); a value that cannot be converted is PIT6041.
   */
  readonly cast?: DType;
}

/**
 * A tensor from the bytes of a NumPy `.npy` file (f32 `<f4`, i32 `<i4`, bool `|b1`, big-endian
 * f32 and i32 swapped; C order). Browser-safe (no file system). A file that is not one, or holds
 * another type, throws a PitcError with the diagnostics `pitc run --input` prints.
 */
export function readNpy(bytes: Uint8Array | ArrayBuffer, options: ReadNpyOptions = {}): HostTensor {
  const file = typeof options?.file === 'string' ? options.file : '<npy>';
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  if (!(data instanceof Uint8Array)) throw new PitcError([diagnostic('PIT6019', `readNpy() takes the file's bytes as a Uint8Array or an ArrayBuffer, not ${describeValue(bytes)}`)]);
  const cast = options?.cast;
  if (cast !== undefined && cast !== 'f32' && cast !== 'i32' && cast !== 'bool') throw new PitcError([diagnostic('PIT6019', `readNpy()'s cast option is 'f32', 'i32' or 'bool', not ${describeValue(cast)}`)]);
  const decoded = decodeNpy(data, file, { readForeign: cast !== undefined });
  if (hasErrors(decoded.diagnostics)) throw new PitcError(decoded.diagnostics);
  if (decoded.tensor) return decoded.tensor;
  if (decoded.foreign && cast !== undefined) {
    const converted = castArray(decoded.foreign, cast, file, 'readNpy()');
    if (converted.tensor) return converted.tensor;
    throw new PitcError(converted.diagnostics);
  }
  throw new PitcError([diagnostic('PIT6012', `'${file}' holds no array pitc reads`)]);
}

/**
 * The bytes of a `.npy` file (version 1.0, little-endian, C order) holding `tensor`, as NumPy
 * writes them: `numpy.load` reads it. A value that is not a valid tensor throws a PitcError
 * (PIT6018).
 */
export function writeNpy(tensor: HostTensor): Uint8Array {
  const checked = checkTensorValue(tensor, 'writeNpy()');
  if ('diagnostic' in checked) throw new PitcError([checked.diagnostic]);
  return encodeNpy(checked.tensor);
}
