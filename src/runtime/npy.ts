/**
 * NumPy `.npy` encoding and decoding (no fs: this file also runs in browsers; npy-file.ts reads
 * and writes files).
 *
 * Format (numpy.lib.format): the magic `\x93NUMPY`, a major and minor version byte, the header
 * length (uint16 LE for 1.0, uint32 LE for 2.0 and 3.0), then the header — a Python dict literal
 * `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }` padded with spaces and ending in
 * '\n' (npy-header.ts) — then the raw element bytes. 1.0 and 2.0 headers are latin-1, 3.0
 * headers are UTF-8.
 *
 * Supported element types are the three pitc dtypes in the spellings NumPy writes: `<f4` (f32),
 * `<i4` (i32), `|b1` (bool). Big-endian `>f4` / `>i4` are converted on read, since the values
 * are unambiguous. Fortran-order arrays are refused (PIT6013) rather than silently transposed.
 *
 * Decoding reads from a ByteSource step by step and never reads more than the file declares: the
 * preamble, a header of at most MAX_HEADER_BYTES, then exactly the bytes of the array. Where the
 * source knows its size (a buffer, a regular file) every size the header declares is checked
 * against it before anything is allocated; a pipe or a device is read in bounded chunks up to the
 * declared size and no further. Bytes after the array are ignored, as NumPy ignores them, with a
 * warning (PIT6031) where the source knows they are there.
 */
import type { DiagnosticCode } from '../../ir/core/codes.js';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { invariant } from '../../ir/core/errors.js';
import { printable } from '../../ir/core/printable.js';
import type { Span } from '../../ir/core/span.js';
import type { DType } from '../../ir/dtype.js';
import { elementCount, MAX_TENSOR_ELEMENTS, type HostTensor, type TensorData } from '../../ir/tensor.js';
import { parseHeader, shorten, SUPPORTED_DESCRS } from './npy-header.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** NumPy aligns the data to 64 bytes so that memory-mapped arrays are aligned for any dtype. */
const ARRAY_ALIGN = 64;
export const MAX_ELEMENTS = MAX_TENSOR_ELEMENTS;
/**
 * The largest header read. NumPy's headers for pitc's dtypes are a few hundred bytes (a rank-20 000
 * array still fits 1.0's 64 KiB); the cap keeps a forged length from making pitc read gigabytes.
 */
export const MAX_HEADER_BYTES = 1 << 20;
/** A pipe or device is read in pieces this large, so memory grows only with the data that came. */
const STREAM_CHUNK_BYTES = 1 << 24;

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export interface DecodedNpy {
  readonly tensor?: HostTensor;
  /** An array of a type pitc converts only when asked (`readForeign`): float64, int64, uint8. */
  readonly foreign?: ForeignArray;
  readonly diagnostics: Diagnostic[];
}

/** The element types NumPy users have by default that pitc converts on request (npy-cast.ts). */
export type ForeignKind = 'float64' | 'int64' | 'uint8';

/** An array of a foreign element type, as its raw bytes in the file's byte order. */
export interface ForeignArray {
  readonly kind: ForeignKind;
  readonly descr: string;
  readonly littleEndian: boolean;
  readonly shape: readonly number[];
  readonly bytes: Uint8Array;
}

export interface DecodeOptions {
  /** Read float64, int64 and uint8 arrays as `foreign` instead of refusing them (PIT6012). */
  readonly readForeign?: boolean;
}

const FOREIGN_DESCRS: ReadonlyMap<string, { readonly kind: ForeignKind; readonly littleEndian: boolean; readonly bytes: number }> = new Map([
  ['<f8', { kind: 'float64', littleEndian: true, bytes: 8 }],
  ['>f8', { kind: 'float64', littleEndian: false, bytes: 8 }],
  ['<i8', { kind: 'int64', littleEndian: true, bytes: 8 }],
  ['>i8', { kind: 'int64', littleEndian: false, bytes: 8 }],
  ['|u1', { kind: 'uint8', littleEndian: true, bytes: 1 }],
  ['<u1', { kind: 'uint8', littleEndian: true, bytes: 1 }],
] as const);

/** Where a `.npy` file's bytes come from: a buffer, or a file read piece by piece. */
export interface ByteSource {
  /** The next `length` bytes, or fewer only where the data ends. */
  read(length: number): Uint8Array;
  /** Fills `target` with the next bytes; how many it got (fewer only where the data ends). */
  readInto(target: Uint8Array): number;
  /** Bytes not read yet when known in advance (a buffer, a regular file); undefined for a pipe or a device. */
  remaining(): number | undefined;
}

interface ElementFormat {
  readonly dtype: DType;
  readonly littleEndian: boolean;
}

const READABLE_DESCRS: ReadonlyMap<string, ElementFormat> = new Map([
  ['<f4', { dtype: 'f32', littleEndian: true }],
  ['<i4', { dtype: 'i32', littleEndian: true }],
  ['|b1', { dtype: 'bool', littleEndian: true }],
  ['>f4', { dtype: 'f32', littleEndian: false }],
  ['>i4', { dtype: 'i32', littleEndian: false }],
]);

const WRITTEN_DESCR: Record<DType, string> = { f32: '<f4', i32: '<i4', bool: '|b1' };

// ---------------------------------------------------------------------------------------------
// decoding

/** Decodes a `.npy` file's bytes. `file` only names the file in diagnostics. */
export function decodeNpy(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedNpy {
  return decodeNpyFrom(bufferSource(bytes), file, options);
}

/** A ByteSource over bytes in memory. */
export function bufferSource(bytes: Uint8Array): ByteSource {
  let pos = 0;
  const read = (length: number): Uint8Array => {
    const piece = bytes.subarray(pos, Math.min(bytes.length, pos + length));
    pos += piece.length;
    return piece;
  };
  return {
    read,
    readInto(target) {
      const piece = read(target.length);
      target.set(piece);
      return piece.length;
    },
    remaining: () => bytes.length - pos,
  };
}

/**
 * Decodes a `.npy` file from a source, reading no more than the header declares (see the top of
 * this file). `file` only names the file in diagnostics.
 */
export function decodeNpyFrom(source: ByteSource, file: string, options: DecodeOptions = {}): DecodedNpy {
  const span: Span = { file, start: 0, end: 0 };
  const name = printable(file);
  const fail = (code: DiagnosticCode, message: string): DecodedNpy => ({ diagnostics: [diagnostic(code, message, span)] });
  const truncated = (what: string, needs: number, has: number): DecodedNpy =>
    fail('PIT6011', `'${name}' is truncated: ${what} needs ${needs} bytes but the file has ${has}`);

  const start = source.read(MAGIC.length + 2);
  for (let i = 0; i < Math.min(start.length, MAGIC.length); i++) {
    if (start[i] !== MAGIC[i]) return fail('PIT6010', `'${name}' is not a .npy file: it does not start with '\\x93NUMPY'`);
  }
  if (start.length < MAGIC.length + 2) {
    return fail('PIT6011', `'${name}' is truncated: ${start.length} bytes, too short for the .npy preamble`);
  }
  const major = start[6] ?? 0;
  const minor = start[7] ?? 0;
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) {
    return fail('PIT6015', `'${name}' uses .npy format version ${major}.${minor}; supported are 1.0, 2.0 and 3.0`);
  }
  const lengthField = source.read(major === 1 ? 2 : 4);
  const headerStart = start.length + (major === 1 ? 2 : 4);
  if (lengthField.length < headerStart - start.length) {
    return fail('PIT6011', `'${name}' is truncated: ${start.length + lengthField.length} bytes, too short for the .npy preamble (${headerStart} bytes)`);
  }
  const lengthView = new DataView(lengthField.buffer, lengthField.byteOffset, lengthField.byteLength);
  const headerLength = major === 1 ? lengthView.getUint16(0, true) : lengthView.getUint32(0, true);
  if (headerLength > MAX_HEADER_BYTES) {
    return fail('PIT6030', `'${name}' declares a header of ${headerLength} bytes; a .npy header pitc reads is at most ${MAX_HEADER_BYTES} bytes`);
  }
  const dataStart = headerStart + headerLength;
  const beforeHeader = source.remaining();
  if (beforeHeader !== undefined && beforeHeader < headerLength) return truncated('the header', dataStart, headerStart + beforeHeader);
  const headerBytes = source.read(headerLength);
  if (headerBytes.length < headerLength) return truncated('the header', dataStart, headerStart + headerBytes.length);

  const headerText = decodeHeaderText(headerBytes, major === 3);
  if (headerText === undefined) return fail('PIT6014', `'${name}' has a .npy 3.0 header that is not valid UTF-8`);
  const header = parseHeader(headerText);
  if ('code' in header) return fail(header.code, `'${name}': ${header.message}`);

  const format = READABLE_DESCRS.get(header.descr);
  const foreign = format ? undefined : FOREIGN_DESCRS.get(header.descr);
  if (!format && !(foreign && options.readForeign)) {
    const hint = foreign ? `; ${foreign.kind} is converted on request: pass --cast (the API: readNpy's cast option), or save it with .astype(numpy.float32) or .astype(numpy.int32)` : '';
    return fail('PIT6012', `'${name}' holds elements of type '${shorten(header.descr)}'${foreign ? ` (${foreign.kind})` : ''}; ${SUPPORTED_DESCRS}${hint}`);
  }
  if (header.fortranOrder) {
    return fail('PIT6013', `'${name}' stores its array in Fortran order; save it in C order (numpy.ascontiguousarray)`);
  }
  for (const d of header.shape) {
    if (d > MAX_ELEMENTS) return fail('PIT6017', `'${name}' has a dimension of ${d}; at most ${MAX_ELEMENTS} is supported`);
  }
  const count = elementCount(header.shape);
  if (count > MAX_ELEMENTS) {
    return fail('PIT6017', `'${name}' has ${count} elements (shape ${showShape(header.shape)}); at most ${MAX_ELEMENTS} are supported`);
  }
  const itemBytes = format ? (format.dtype === 'bool' ? 1 : 4) : (foreign?.bytes ?? 1);
  const byteLength = count * itemBytes;
  const needed = dataStart + byteLength;
  const array = `shape ${showShape(header.shape)} of '${header.descr}'`;
  // a size known in advance is checked before the array is allocated
  const beforeData = source.remaining();
  if (beforeData !== undefined && beforeData < byteLength) return truncated(array, needed, dataStart + beforeData);

  // a foreign array is read as its raw bytes (npy-cast.ts reads the values)
  const body = readBody(source, format ? format.dtype : 'bool', format ? count : byteLength, beforeData !== undefined);
  if ('noMemory' in body) return fail('PIT6017', `'${name}' holds ${byteLength} bytes of data (${array}), more than this process can allocate`);
  if ('short' in body) return truncated(array, needed, dataStart + body.short);
  const after = source.remaining();
  const diagnostics: Diagnostic[] = [];
  if (after !== undefined && after > 0) {
    const ignored = `'${name}' has ${after} byte${after === 1 ? '' : 's'} after the ${needed} its header describes; they were ignored, as NumPy ignores them`;
    diagnostics.push(diagnostic('PIT6031', ignored, span));
  }
  if (!format) {
    const f = foreign as { kind: ForeignKind; littleEndian: boolean };
    return { foreign: { kind: f.kind, descr: header.descr, littleEndian: f.littleEndian, shape: header.shape, bytes: body.data as Uint8Array }, diagnostics };
  }
  toHostOrder(body.data, format);
  return { tensor: { dtype: format.dtype, shape: header.shape, data: body.data }, diagnostics };
}

type BodyRead = { readonly data: TensorData } | { readonly short: number } | { readonly noMemory: true };

/**
 * The array's bytes, as they are in the file, in a fresh typed array (so the payload's offset in
 * the file need not be aligned). A source of known size was checked to hold them, so the array
 * is allocated first and filled; a stream is read in chunks first, so a forged size costs only
 * the bytes that really come.
 */
function readBody(source: ByteSource, dtype: DType, count: number, sizeKnown: boolean): BodyRead {
  const byteLength = count * (dtype === 'bool' ? 1 : 4);
  if (sizeKnown) {
    const data = allocate(dtype, count);
    if (!data) return { noMemory: true };
    const got = source.readInto(bytesOf(data));
    return got < byteLength ? { short: got } : { data };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < byteLength) {
    const chunk = source.read(Math.min(STREAM_CHUNK_BYTES, byteLength - total));
    if (chunk.length === 0) break;
    chunks.push(chunk);
    total += chunk.length;
  }
  if (total < byteLength) return { short: total };
  const data = allocate(dtype, count);
  if (!data) return { noMemory: true };
  const bytes = bytesOf(data);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { data };
}

function allocate(dtype: DType, count: number): TensorData | undefined {
  try {
    return dtype === 'f32' ? new Float32Array(count) : dtype === 'i32' ? new Int32Array(count) : new Uint8Array(count);
  } catch (err) {
    if (err instanceof RangeError) return undefined; // "Array buffer allocation failed"
    throw err;
  }
}

function bytesOf(data: TensorData): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * File bytes to values, in place: bool bytes other than 0 become 1; elements stored in the
 * other byte order are swapped (a byte copy, so NaN payloads stay bit-exact).
 */
function toHostOrder(data: TensorData, format: ElementFormat): void {
  if (format.dtype === 'bool') {
    for (let i = 0; i < data.length; i++) if (data[i] !== 0) data[i] = 1;
    return;
  }
  if (format.littleEndian === HOST_IS_LITTLE_ENDIAN) return;
  const bytes = bytesOf(data);
  for (let i = 0; i < bytes.length; i += 4) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    bytes[i] = bytes[i + 3] ?? 0;
    bytes[i + 1] = bytes[i + 2] ?? 0;
    bytes[i + 2] = b1;
    bytes[i + 3] = b0;
  }
}

function decodeHeaderText(bytes: Uint8Array, utf8: boolean): string | undefined {
  if (utf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  // latin-1: byte value = code point (in pieces: a spread of a megabyte would overflow the stack)
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** `(3, 4)`, `(5,)`: a shape as Python writes a tuple. */
function pythonTuple(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

/** A shape for a message: the tuple, or its start when the rank is absurd. */
function showShape(shape: readonly number[]): string {
  return shape.length > 8 ? `(${shape.slice(0, 8).join(', ')}, ... (${shape.length} dimensions))` : pythonTuple(shape);
}

// ---------------------------------------------------------------------------------------------
// encoding

/**
 * Encodes a tensor as a little-endian, C-order `.npy` file: version 1.0, or 2.0 when the header
 * does not fit 1.0's 16-bit length. The header is padded with spaces and a final '\n' so that
 * the data starts at a multiple of 64 bytes, as NumPy does.
 */
export function encodeNpy(tensor: HostTensor): Uint8Array {
  const count = elementCount(tensor.shape);
  invariant(storageMatches(tensor), 'npy', `a ${tensor.dtype} tensor stored in a ${tensor.data.constructor.name}`);
  invariant(tensor.data.length === count, 'npy', `tensor data has ${tensor.data.length} elements, shape ${showShape(tensor.shape)} needs ${count}`);
  const dict = `{'descr': '${WRITTEN_DESCR[tensor.dtype]}', 'fortran_order': False, 'shape': ${pythonTuple(tensor.shape)}, }`;
  // the header is pure ASCII, so its length in bytes equals its length in characters
  const v1Padded = paddedHeaderLength(dict, 10);
  const major = v1Padded <= 0xffff ? 1 : 2;
  const headerStart = major === 1 ? 10 : 12;
  const headerLength = major === 1 ? v1Padded : paddedHeaderLength(dict, 12);
  const dataStart = headerStart + headerLength;
  const itemSize = tensor.dtype === 'bool' ? 1 : 4;

  const out = new Uint8Array(dataStart + count * itemSize);
  out.set(MAGIC, 0);
  out[6] = major;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, headerLength, true);
  else view.setUint32(8, headerLength, true);
  for (let i = 0; i < dict.length; i++) out[headerStart + i] = dict.charCodeAt(i);
  out.fill(0x20, headerStart + dict.length, dataStart - 1);
  out[dataStart - 1] = 0x0a;
  writeElements(out.subarray(dataStart), tensor.data, tensor.dtype);
  return out;
}

function storageMatches(tensor: HostTensor): boolean {
  switch (tensor.dtype) {
    case 'f32':
      return tensor.data instanceof Float32Array;
    case 'i32':
      return tensor.data instanceof Int32Array;
    case 'bool':
      return tensor.data instanceof Uint8Array;
  }
}

/** Header length (dict + spaces + '\n') that makes `headerStart + length` a multiple of 64. */
function paddedHeaderLength(dict: string, headerStart: number): number {
  const unpadded = headerStart + dict.length + 1;
  return dict.length + 1 + ((ARRAY_ALIGN - (unpadded % ARRAY_ALIGN)) % ARRAY_ALIGN);
}

function writeElements(target: Uint8Array, data: TensorData, dtype: DType): void {
  if (dtype === 'bool') {
    // bool storage is 0/1 by contract; normalise anyway so NumPy never sees other bytes
    for (let i = 0; i < data.length; i++) target[i] = data[i] === 0 ? 0 : 1;
    return;
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (HOST_IS_LITTLE_ENDIAN) {
    target.set(bytes);
    return;
  }
  for (let i = 0; i < bytes.length; i += 4) {
    target[i] = bytes[i + 3] ?? 0;
    target[i + 1] = bytes[i + 2] ?? 0;
    target[i + 2] = bytes[i + 1] ?? 0;
    target[i + 3] = bytes[i] ?? 0;
  }
}
