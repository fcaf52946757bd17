/**
 * TensorProto → OnnxTensor: the element types pitc reads, from raw_data (little-endian), the
 * typed fields, or external data. Every size is checked before anything is allocated: the
 * element count against pitc's tensor limit, and the bytes present against the bytes the shape
 * needs.
 */
import { MAX_TENSOR_ELEMENTS } from '../../ir/tensor.js';
import type { OnnxElemType, OnnxTensor, OnnxTensorData } from './model.js';
import { OnnxDataLocation, OnnxDataType, type TensorProto } from './proto.js';

/** Reads the bytes of an external-data tensor; a string says why it cannot. */
export type ExternalDataReader = (entry: ExternalDataEntry) => Uint8Array | string;

export interface ExternalDataEntry {
  /** The tensor (for messages). */
  readonly tensor: string;
  /** The file, relative to the model's folder, as the model writes it. */
  readonly location: string;
  readonly offset: number;
  /** The bytes the tensor needs (the model's `length`, when given, must agree). */
  readonly length: number;
}

/** Why a tensor could not be read: the diagnostic code it calls for, and a message. */
export interface TensorProblem {
  readonly code: 'PIT3206' | 'PIT3207' | 'PIT3208' | 'PIT6017';
  readonly message: string;
}

/** ONNX element types pitc reads, and the bytes of one element in raw_data. */
const READABLE: ReadonlyMap<number, { readonly elem: OnnxElemType; readonly bytes: number }> = new Map([
  [OnnxDataType.FLOAT, { elem: 'f32', bytes: 4 }],
  [OnnxDataType.FLOAT16, { elem: 'f32', bytes: 2 }],
  [OnnxDataType.INT32, { elem: 'i32', bytes: 4 }],
  [OnnxDataType.INT64, { elem: 'i64', bytes: 8 }],
  [OnnxDataType.BOOL, { elem: 'bool', bytes: 1 }],
]);

/** The name of an ONNX element type, e.g. 'DOUBLE'. */
export function dataTypeName(type: number): string {
  return OnnxDataType[type] ?? `type ${type}`;
}

/** The pitc element type of an ONNX one, or undefined. f16 reads as f32. */
export function elemTypeOf(type: number): OnnxElemType | undefined {
  return READABLE.get(type)?.elem;
}

export function readTensor(proto: TensorProto, what: string, external?: ExternalDataReader): OnnxTensor | TensorProblem {
  const kind = READABLE.get(proto.dataType);
  if (!kind) {
    return { code: 'PIT3206', message: `${what} has element type ${dataTypeName(proto.dataType)}; pitc reads FLOAT, FLOAT16 (as f32), INT32, INT64 (as i32) and BOOL` };
  }
  if (proto.segment) return { code: 'PIT3207', message: `${what} is a segment of a tensor, which pitc does not read` };
  const shape: number[] = [];
  for (const d of proto.dims) {
    if (d < 0n) return { code: 'PIT3207', message: `${what} has a negative dimension ${d}` };
    shape.push(Number(d));
  }
  let count = 1;
  for (const d of shape) count *= d;
  if (count > MAX_TENSOR_ELEMENTS) return { code: 'PIT6017', message: `${what} has ${count} elements, more than the ${MAX_TENSOR_ELEMENTS} a pitc tensor may hold` };
  const bytes = count * kind.bytes;

  let raw: Uint8Array | undefined;
  if (proto.dataLocation === OnnxDataLocation.EXTERNAL) {
    const entry = externalEntry(proto, what, bytes);
    if ('code' in entry) return entry;
    if (!external) return { code: 'PIT3208', message: `${what} is stored in the external file '${entry.location}', and no folder was given to read it from (the CLI reads it beside the model; the API takes 'modelDir')` };
    const read = external(entry);
    if (typeof read === 'string') return { code: 'PIT3208', message: read };
    raw = read;
  } else if (proto.rawData.length > 0 || count === 0) {
    raw = proto.rawData;
  }
  if (raw) {
    if (raw.length !== bytes) return { code: 'PIT3207', message: `${what} has ${raw.length} bytes of data, but its shape [${shape.join(', ')}] of ${dataTypeName(proto.dataType)} needs ${bytes}` };
    return { dtype: kind.elem, shape, data: fromRaw(proto.dataType, raw, count) };
  }
  return fromTypedFields(proto, kind.elem, shape, count, what);
}

function externalEntry(proto: TensorProto, what: string, bytes: number): ExternalDataEntry | TensorProblem {
  const fields = new Map(proto.externalData.map((e) => [e.key, e.value]));
  const location = fields.get('location');
  if (!location) return { code: 'PIT3207', message: `${what} is marked as external data but names no 'location'` };
  const offset = nonNegative(fields.get('offset') ?? '0');
  const length = fields.has('length') ? nonNegative(fields.get('length') as string) : bytes;
  if (offset === undefined || length === undefined) return { code: 'PIT3207', message: `${what}: external-data offset and length must be non-negative integers` };
  if (length !== bytes) return { code: 'PIT3207', message: `${what}: external data of ${length} bytes, but the tensor needs ${bytes}` };
  return { tensor: what, location, offset, length };
}

function nonNegative(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** raw_data is little-endian; a DataView reads it whatever its alignment. */
function fromRaw(type: number, raw: Uint8Array, count: number): OnnxTensorData {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  switch (type) {
    case OnnxDataType.FLOAT: {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    case OnnxDataType.FLOAT16: {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = halfToFloat(view.getUint16(2 * i, true));
      return out;
    }
    case OnnxDataType.INT32: {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(4 * i, true);
      return out;
    }
    case OnnxDataType.INT64: {
      const out = new BigInt64Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getBigInt64(8 * i, true);
      return out;
    }
    default: {
      const out = new Uint8Array(count);
      for (let i = 0; i < count; i++) out[i] = raw[i] !== 0 ? 1 : 0;
      return out;
    }
  }
}

function fromTypedFields(proto: TensorProto, elem: OnnxElemType, shape: number[], count: number, what: string): OnnxTensor | TensorProblem {
  const field =
    proto.dataType === OnnxDataType.FLOAT ? proto.floatData : proto.dataType === OnnxDataType.INT64 ? proto.int64Data : proto.int32Data;
  if (field.length !== count) {
    return { code: 'PIT3207', message: `${what} has ${field.length} values, but its shape [${shape.join(', ')}] needs ${count}` };
  }
  switch (proto.dataType) {
    case OnnxDataType.FLOAT:
      return { dtype: elem, shape, data: Float32Array.from(proto.floatData) };
    case OnnxDataType.FLOAT16:
      // int32_data holds the 16 bits of each half
      return { dtype: elem, shape, data: Float32Array.from(proto.int32Data, (bits) => halfToFloat(bits & 0xffff)) };
    case OnnxDataType.INT32:
      return { dtype: elem, shape, data: Int32Array.from(proto.int32Data) };
    case OnnxDataType.INT64:
      return { dtype: elem, shape, data: BigInt64Array.from(proto.int64Data) };
    default:
      return { dtype: elem, shape, data: Uint8Array.from(proto.int32Data, (v) => (v !== 0 ? 1 : 0)) };
  }
}

/** IEEE 754 binary16 → number (exact: every half is a float32). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
