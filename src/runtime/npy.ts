/**
 * NumPy `.npy` encoding and decoding, in memory (no fs: this file also runs in browsers).
 *
 * Format (numpy.lib.format): the magic `\x93NUMPY`, a major and minor version byte, the header
 * length (uint16 LE for 1.0, uint32 LE for 2.0 and 3.0), then the header — a Python dict literal
 * `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }` padded with spaces and ending in
 * '\n' — then the raw element bytes. 1.0 and 2.0 headers are latin-1, 3.0 headers are UTF-8.
 *
 * Supported element types are the three pitc dtypes in the spellings NumPy writes: `<f4` (f32),
 * `<i4` (i32), `|b1` (bool). Big-endian `>f4` / `>i4` are converted on read, since the values
 * are unambiguous. Fortran-order arrays are refused (PIT6013) rather than silently transposed.
 * The header is parsed by a small parser for the Python literal subset NumPy writes, never
 * evaluated.
 */
import type { DiagnosticCode } from '../../ir/core/codes.js';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { invariant } from '../../ir/core/errors.js';
import type { Span } from '../../ir/core/span.js';
import type { DType } from '../../ir/dtype.js';
import { elementCount, MAX_TENSOR_ELEMENTS, type HostTensor, type TensorData } from '../../ir/tensor.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** NumPy aligns the data to 64 bytes so that memory-mapped arrays are aligned for any dtype. */
const ARRAY_ALIGN = 64;
export const MAX_ELEMENTS = MAX_TENSOR_ELEMENTS;

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export interface DecodedNpy {
  readonly tensor?: HostTensor;
  readonly diagnostics: Diagnostic[];
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

const SUPPORTED_DESCRS = "supported are '<f4' (f32), '<i4' (i32) and '|b1' (bool)";

const WRITTEN_DESCR: Record<DType, string> = { f32: '<f4', i32: '<i4', bool: '|b1' };

// ---------------------------------------------------------------------------------------------
// decoding

/** Decodes a `.npy` file's bytes. `file` only names the file in diagnostics. */
export function decodeNpy(bytes: Uint8Array, file: string): DecodedNpy {
  const span: Span = { file, start: 0, end: 0 };
  const fail = (code: DiagnosticCode, message: string): DecodedNpy => ({
    diagnostics: [diagnostic(code, message, span)],
  });

  const magicLength = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < magicLength; i++) {
    if (bytes[i] !== MAGIC[i]) return fail('PIT6010', `'${file}' is not a .npy file: it does not start with '\\x93NUMPY'`);
  }
  if (bytes.length < MAGIC.length + 2) {
    return fail('PIT6011', `'${file}' is truncated: ${bytes.length} bytes, too short for the .npy preamble`);
  }
  const major = bytes[6] ?? 0;
  const minor = bytes[7] ?? 0;
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) {
    return fail('PIT6015', `'${file}' uses .npy format version ${major}.${minor}; supported are 1.0, 2.0 and 3.0`);
  }
  const lengthBytes = major === 1 ? 2 : 4;
  const headerStart = MAGIC.length + 2 + lengthBytes;
  if (bytes.length < headerStart) {
    return fail('PIT6011', `'${file}' is truncated: ${bytes.length} bytes, too short for the .npy preamble (${headerStart} bytes)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataStart = headerStart + headerLength;
  if (bytes.length < dataStart) {
    return fail(
      'PIT6011',
      `'${file}' is truncated: the header needs ${dataStart} bytes but the file has ${bytes.length}`,
    );
  }

  const headerText = decodeHeaderText(bytes.subarray(headerStart, dataStart), major === 3);
  if (headerText === undefined) return fail('PIT6014', `'${file}' has a .npy 3.0 header that is not valid UTF-8`);
  const header = parseHeader(headerText);
  if ('code' in header) return fail(header.code, `'${file}': ${header.message}`);

  const format = READABLE_DESCRS.get(header.descr);
  if (!format) {
    return fail('PIT6012', `'${file}' holds elements of type '${header.descr}'; ${SUPPORTED_DESCRS}`);
  }
  if (header.fortranOrder) {
    return fail('PIT6013', `'${file}' stores its array in Fortran order; save it in C order (numpy.ascontiguousarray)`);
  }
  for (const d of header.shape) {
    if (d > MAX_ELEMENTS) return fail('PIT6017', `'${file}' has a dimension of ${d}; at most ${MAX_ELEMENTS} is supported`);
  }
  const count = elementCount(header.shape);
  if (count > MAX_ELEMENTS) {
    return fail('PIT6017', `'${file}' has ${count} elements (shape ${showShape(header.shape)}); at most ${MAX_ELEMENTS} are supported`);
  }
  const itemSize = format.dtype === 'bool' ? 1 : 4;
  const needed = dataStart + count * itemSize;
  if (bytes.length < needed) {
    return fail(
      'PIT6011',
      `'${file}' is truncated: shape ${showShape(header.shape)} of '${header.descr}' needs ${needed} bytes but the file has ${bytes.length}`,
    );
  }
  const data = readElements(bytes.subarray(dataStart, needed), format, count);
  return { tensor: { dtype: format.dtype, shape: header.shape, data }, diagnostics: [] };
}

function decodeHeaderText(bytes: Uint8Array, utf8: boolean): string | undefined {
  if (utf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b); // latin-1: byte value = code point
  return text;
}

/** Copies the payload into a fresh typed array: the payload offset need not be aligned. */
function readElements(payload: Uint8Array, format: ElementFormat, count: number): TensorData {
  if (format.dtype === 'bool') {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = payload[i] === 0 ? 0 : 1;
    return out;
  }
  const out = format.dtype === 'f32' ? new Float32Array(count) : new Int32Array(count);
  if (format.littleEndian === HOST_IS_LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(payload); // a byte copy keeps NaN payloads bit-exact
  } else {
    // swap bytes within each 4-byte element; still a byte copy, so still bit-exact
    const target = new Uint8Array(out.buffer);
    for (let i = 0; i < count * 4; i += 4) {
      target[i] = payload[i + 3] ?? 0;
      target[i + 1] = payload[i + 2] ?? 0;
      target[i + 2] = payload[i + 1] ?? 0;
      target[i + 3] = payload[i] ?? 0;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// the header dict

interface NpyHeader {
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
}

const HEADER_KEYS = ['descr', 'fortran_order', 'shape'];

interface HeaderProblem {
  readonly code: 'PIT6012' | 'PIT6014';
  readonly message: string;
}

const malformed = (message: string): HeaderProblem => ({ code: 'PIT6014', message: `malformed .npy header: ${message}` });

/** The header's meaning, or what is wrong with it. */
function parseHeader(text: string): NpyHeader | HeaderProblem {
  const literal = parsePythonLiteral(text);
  if (typeof literal === 'string') return malformed(literal);
  if (literal.kind !== 'dict') return malformed(`expected a dict, found ${describe(literal)}`);
  const keys = literal.entries.map(([k]) => k);
  const missing = HEADER_KEYS.filter((k) => !keys.includes(k));
  if (missing.length > 0) return malformed(`missing key${plural(missing)} ${quoteAll(missing)}`);
  // NumPy refuses unknown keys too, so a file we accept is a file NumPy accepts
  const extra = keys.filter((k) => !HEADER_KEYS.includes(k));
  if (extra.length > 0) return malformed(`unexpected key${plural(extra)} ${quoteAll(extra)}`);
  const value = (key: string): PyValue => {
    const entry = literal.entries.find(([k]) => k === key);
    invariant(entry, 'npy', `header key '${key}' vanished`);
    return entry[1];
  };

  const descr = value('descr');
  if (descr.kind !== 'str') {
    const what = descr.kind === 'list' ? 'a structured dtype (a list of fields)' : describe(descr);
    return { code: 'PIT6012', message: `element type ${what} is not supported; ${SUPPORTED_DESCRS}` };
  }
  const fortran = value('fortran_order');
  if (fortran.kind !== 'bool') return malformed(`'fortran_order' must be True or False, found ${describe(fortran)}`);
  const shapeValue = value('shape');
  if (shapeValue.kind !== 'tuple') return malformed(`'shape' must be a tuple, found ${describe(shapeValue)}`);
  const shape: number[] = [];
  for (const item of shapeValue.items) {
    if (item.kind !== 'num' || !item.integer) return malformed(`shape entry ${describe(item)} is not an integer`);
    if (item.value < 0) return malformed(`shape entry ${item.text} is negative`);
    shape.push(item.value);
  }
  return { descr: descr.value, fortranOrder: fortran.value, shape };
}

function plural(items: readonly unknown[]): string {
  return items.length > 1 ? 's' : '';
}

function quoteAll(names: readonly string[]): string {
  return names.map((k) => `'${k}'`).join(', ');
}

function showShape(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

/** The Python literal values a `.npy` header may contain. */
type PyValue =
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'num'; readonly value: number; readonly integer: boolean; readonly text: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'tuple' | 'list'; readonly items: readonly PyValue[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [string, PyValue])[] };

function describe(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return `'${v.value}'`;
    case 'num':
      return v.text;
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'tuple':
      return `a tuple of ${v.items.length}`;
    case 'list':
      return `a list of ${v.items.length}`;
    case 'dict':
      return 'a dict';
  }
}

/**
 * Parses one Python literal (dict, tuple, list, string, int, float, True/False/None) filling the
 * whole text save surrounding whitespace. Returns the value or a problem in words.
 */
function parsePythonLiteral(text: string): PyValue | string {
  let pos = 0;
  const where = (): string => (pos >= text.length ? 'at the end' : `at offset ${pos}, near ${JSON.stringify(text.slice(pos, pos + 16))}`);
  const skipSpace = (): void => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const expectAfterItem = (close: string): string | undefined => {
    skipSpace();
    if (text[pos] === ',') {
      pos++;
      return undefined;
    }
    if (text[pos] === close) return undefined;
    return `expected ',' or '${close}' ${where()}`;
  };

  const parseValue = (): PyValue | string => {
    skipSpace();
    const c = text.charAt(pos);
    if (c === '{') return parseDict();
    if (c === '(' || c === '[') return parseSequence(c);
    if (c === "'" || c === '"') return parseString();
    if (/[-+0-9.]/.test(c)) return parseNumber();
    const word = /^[A-Za-z_]\w*/.exec(text.slice(pos))?.[0];
    if (word === 'True' || word === 'False') {
      pos += word.length;
      return { kind: 'bool', value: word === 'True' };
    }
    if (word === 'None') {
      pos += word.length;
      return { kind: 'none' };
    }
    return `expected a value ${where()}`;
  };

  const parseDict = (): PyValue | string => {
    pos++; // '{'
    const entries: [string, PyValue][] = [];
    for (;;) {
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'dict', entries };
      }
      const key = parseValue();
      if (typeof key === 'string') return key;
      if (key.kind !== 'str') return `dict keys must be strings, found ${describe(key)}`;
      if (entries.some(([k]) => k === key.value)) return `key '${key.value}' appears twice`;
      skipSpace();
      if (text[pos] !== ':') return `expected ':' after '${key.value}' ${where()}`;
      pos++;
      const value = parseValue();
      if (typeof value === 'string') return value;
      entries.push([key.value, value]);
      const problem = expectAfterItem('}');
      if (problem) return problem;
    }
  };

  const parseSequence = (open: '(' | '['): PyValue | string => {
    const close = open === '(' ? ')' : ']';
    pos++;
    const items: PyValue[] = [];
    let sawComma = false;
    for (;;) {
      skipSpace();
      if (text[pos] === close) {
        pos++;
        // `(5)` is a parenthesised int in Python, not a tuple: only `(5,)` is
        if (open === '(' && items.length === 1 && !sawComma) return items[0] as PyValue;
        return { kind: open === '(' ? 'tuple' : 'list', items };
      }
      const item = parseValue();
      if (typeof item === 'string') return item;
      items.push(item);
      skipSpace();
      if (text[pos] === ',') sawComma = true;
      const problem = expectAfterItem(close);
      if (problem) return problem;
    }
  };

  const parseString = (): PyValue | string => {
    const quote = text[pos];
    const start = pos;
    pos++;
    let value = '';
    while (pos < text.length && text[pos] !== quote) {
      const c = text.charAt(pos);
      if (c === '\n') break;
      if (c === '\\') {
        const escaped = readEscape(text, pos + 1);
        if (escaped === undefined) return `bad escape in string ${where()}`;
        value += escaped.char;
        pos = escaped.next;
      } else {
        value += c;
        pos++;
      }
    }
    if (text[pos] !== quote) {
      pos = start;
      return `unterminated string ${where()}`;
    }
    pos++;
    return { kind: 'str', value };
  };

  const parseNumber = (): PyValue | string => {
    // Python 2 era files may write longs as `3L`; NumPy still reads them, so do we
    const match = /^[-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)L?/.exec(text.slice(pos));
    if (!match) return `malformed number ${where()}`;
    const raw = match[0];
    pos += raw.length;
    const digits = raw.endsWith('L') ? raw.slice(0, -1) : raw;
    const integer = /^[-+]?\d+$/.test(digits);
    return { kind: 'num', value: Number(digits), integer, text: digits };
  };

  const value = parseValue();
  if (typeof value === 'string') return value;
  skipSpace();
  if (pos < text.length) return `unexpected text after the header dict ${where()}`;
  return value;
}

function readEscape(text: string, at: number): { char: string; next: number } | undefined {
  const c = text[at];
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
  if (c === undefined) return undefined;
  if (c in simple) return { char: simple[c] ?? '', next: at + 1 };
  if (c === 'x' || c === 'u') {
    const width = c === 'x' ? 2 : 4;
    const hex = text.slice(at + 1, at + 1 + width);
    if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined;
    return { char: String.fromCharCode(parseInt(hex, 16)), next: at + 1 + width };
  }
  return { char: `\\${c}`, next: at + 1 }; // Python keeps unknown escapes verbatim
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
  const dict = `{'descr': '${WRITTEN_DESCR[tensor.dtype]}', 'fortran_order': False, 'shape': ${showShape(tensor.shape)}, }`;
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
