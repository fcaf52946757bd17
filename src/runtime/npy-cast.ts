/**
 * `--cast` (and readNpy's `cast`): NumPy's default element types converted to the dtype a
 * program declares. NumPy makes float64 and int64 arrays unless told otherwise and images come as
 * uint8, so refusing them outright (PIT6012) leaves a user converting every file by hand. The
 * conversion is only done when asked, it is named in a note (PIT6040), and a value that cannot
 * be converted faithfully is an error (PIT6041), never a silent wrong input:
 *
 * | from \ to | f32 | i32 | bool |
 * |---|---|---|---|
 * | float64 | rounded to the nearest f32; finite values beyond f32's range are refused | integers within i32's range only | non-zero (NaN too) is true, as NumPy's astype(bool) |
 * | int64 | exact up to 2^24 in magnitude, rounded beyond (the note counts them) | within i32's range only | non-zero is true |
 * | uint8 | exact | exact | non-zero is true |
 */
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import type { DType } from '../../ir/dtype.js';
import { allocateData, elementCount, type HostTensor } from '../../ir/tensor.js';
import type { ForeignArray } from './npy.js';

export interface CastResult {
  readonly tensor?: HostTensor;
  readonly diagnostics: Diagnostic[];
}

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const F32_MAX = 3.4028234663852886e38;

/** `array` as a `to` tensor; `file` names the file and `tensor` the program's tensor in messages. */
export function castArray(array: ForeignArray, to: DType, file: string, tensor: string): CastResult {
  const count = elementCount(array.shape);
  const view = new DataView(array.bytes.buffer, array.bytes.byteOffset, array.bytes.byteLength);
  const read = reader(array, view);
  const data = allocateData(to, count);
  const name = printable(file);
  let bad = 0;
  let firstBad: number | undefined;
  let rounded = 0;
  for (let i = 0; i < count; i++) {
    const v = read(i);
    let out: number;
    if (to === 'bool') out = v === 0 ? 0 : 1;
    else if (to === 'i32') {
      if (!(Number.isInteger(v) && v >= I32_MIN && v <= I32_MAX)) {
        bad++;
        firstBad ??= i;
        continue;
      }
      out = v;
    } else {
      if (Number.isFinite(v) && !Number.isFinite(Math.fround(v))) {
        bad++;
        firstBad ??= i;
        continue;
      }
      out = Math.fround(v);
      if (array.kind === 'int64' && out !== v) rounded++;
    }
    data[i] = out;
  }
  if (bad > 0) {
    const why = to === 'i32' ? `${array.kind === 'float64' ? 'integers ' : ''}from ${I32_MIN} to ${I32_MAX}` : `finite values within f32's range (at most ${F32_MAX.toExponential(4)} in magnitude)`;
    const first = firstBad === undefined ? '' : ` (the first, element ${firstBad}, is ${showValue(read(firstBad))})`;
    return { diagnostics: [diagnostic('PIT6041', `'${name}': ${bad} of ${count} ${array.kind} values cannot be converted to ${to} for '${tensor}'${first}; --cast converts only ${why}`, { file, start: 0, end: 0 })] };
  }
  const how = describeConversion(array.kind, to, rounded);
  return {
    tensor: { dtype: to, shape: [...array.shape], data },
    diagnostics: [diagnostic('PIT6040', `'${name}' holds ${array.kind} values ('${array.descr}'): read as ${to} for '${tensor}' (--cast: ${how})`, { file, start: 0, end: 0 })],
  };
}

function describeConversion(from: ForeignArray['kind'], to: DType, rounded: number): string {
  if (to === 'bool') return 'non-zero values are true, as NumPy\'s astype(bool)';
  if (to === 'i32') return from === 'uint8' ? 'exact' : 'every value is an integer within i32\'s range, converted exactly';
  if (from === 'float64') return 'each value rounded to the nearest f32';
  if (from === 'uint8') return 'exact';
  return rounded === 0 ? 'exact: every value is within 2^24' : `${rounded} values beyond 2^24 in magnitude were rounded to the nearest f32`;
}

function reader(array: ForeignArray, view: DataView): (i: number) => number {
  const le = array.littleEndian;
  switch (array.kind) {
    case 'float64':
      return (i) => view.getFloat64(i * 8, le);
    case 'int64':
      // past 2^53 a Number is inexact, but such a value is out of range for i32 and rounded for f32 anyway
      return (i) => Number(view.getBigInt64(i * 8, le));
    case 'uint8':
      return (i) => view.getUint8(i);
  }
}

function showValue(v: number): string {
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : v.toExponential(6);
}
