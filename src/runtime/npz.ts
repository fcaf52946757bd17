/**
 * NumPy `.npz` archives (numpy.savez, savez_compressed): a zip file whose entries are `.npy`
 * files named after the arrays (`x.npy`). Only what NumPy writes is read: stored (method 0) or
 * deflated (method 8) entries, zip64 sizes and offsets included; no encryption, no multi-disk.
 *
 * The archive is read from its end (the central directory), so it needs random access: a
 * RandomAccess over a buffer or a regular file. Every size is checked against the archive's size
 * and against the largest tensor before anything is allocated, an entry inflates into exactly
 * its declared size (the inflater is given the bound: a zip bomb is refused, not expanded) and
 * its CRC-32 is checked. No file system and no zlib here (browser-safe): the Node side injects
 * `inflateRaw` (npy-file.ts, with zlib).
 */
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import { MAX_TENSOR_ELEMENTS } from '../../ir/tensor.js';
import { MAX_HEADER_BYTES } from './npy.js';

/** Bytes of an archive by position. */
export interface RandomAccess {
  readonly size: number;
  /** `length` bytes at `offset` (the caller keeps within `size`). */
  read(offset: number, length: number): Uint8Array;
}

/** Inflates raw deflate data into at most `maxBytes` bytes; throws when the data would be longer. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

export interface NpzEntry {
  /** The array's name: the entry's name without `.npy`. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** The largest `.npy` entry read: the largest tensor of 8-byte elements (float64 for --cast) and its header. */
export const MAX_ENTRY_BYTES = MAX_TENSOR_ELEMENTS * 8 + MAX_HEADER_BYTES + 128;
/** More entries than this is not an archive of arrays NumPy wrote for pitc. */
const MAX_ENTRIES = 65_536;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type NpzListing = { readonly entries: readonly NpzEntry[] } | { readonly diagnostic: Diagnostic };

/** The arrays of an archive (its central directory), or why it is not a readable archive (PIT6042). */
export function listNpz(archive: RandomAccess, file: string): NpzListing {
  const fail = (why: string): NpzListing => ({ diagnostic: problem('PIT6042', file, `'${printable(file)}' is not a readable .npz archive: ${why}`) });
  // the end record is in the last 22 + 65535 (comment) bytes
  const tailLength = Math.min(archive.size, 22 + 0xffff);
  if (archive.size < 22) return fail(`${archive.size} bytes, too short for a zip file`);
  const tail = archive.read(archive.size - tailLength, tailLength);
  const tailView = view(tail);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tailView.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return fail('no zip end record (it is not a zip file, or it is truncated)');
  let count = tailView.getUint16(end + 10, true);
  let directorySize = tailView.getUint32(end + 12, true);
  let directoryOffset = tailView.getUint32(end + 16, true);
  if (tailView.getUint16(end + 4, true) !== 0 || tailView.getUint16(end + 6, true) !== 0) return fail('it spans several disks');
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locatorAt = archive.size - tailLength + end - 20;
    if (locatorAt < 0) return fail('a zip64 archive without its zip64 locator');
    const locator = view(archive.read(locatorAt, 20));
    if (locator.getUint32(0, true) !== ZIP64_LOCATOR) return fail('a zip64 archive without its zip64 locator');
    const at = safeNumber(locator.getBigUint64(8, true));
    if (at === undefined || at + 56 > archive.size) return fail('its zip64 end record lies outside the file');
    const record = view(archive.read(at, 56));
    if (record.getUint32(0, true) !== ZIP64_EOCD) return fail('a broken zip64 end record');
    const entries = safeNumber(record.getBigUint64(32, true));
    const size = safeNumber(record.getBigUint64(40, true));
    const offset = safeNumber(record.getBigUint64(48, true));
    if (entries === undefined || size === undefined || offset === undefined) return fail('zip64 sizes past 2^53');
    [count, directorySize, directoryOffset] = [entries, size, offset];
  }
  if (count > MAX_ENTRIES) return fail(`it lists ${count} entries (at most ${MAX_ENTRIES} are read)`);
  if (directoryOffset + directorySize > archive.size) return fail('its central directory lies outside the file (truncated?)');
  if (directorySize > count * (46 + 0xffff * 3)) return fail('its central directory is larger than its entries can be');
  const directory = archive.read(directoryOffset, directorySize);
  const d = view(directory);
  const entries: NpzEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || d.getUint32(at, true) !== CENTRAL) return fail(`entry ${i + 1} of its central directory is broken`);
    const flags = d.getUint16(at + 8, true);
    const method = d.getUint16(at + 10, true);
    const crc = d.getUint32(at + 16, true);
    let compressedSize = d.getUint32(at + 20, true);
    let size = d.getUint32(at + 24, true);
    const nameLength = d.getUint16(at + 28, true);
    const extraLength = d.getUint16(at + 30, true);
    const commentLength = d.getUint16(at + 32, true);
    let localOffset = d.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > directory.length) return fail(`entry ${i + 1} of its central directory is broken`);
    // names are UTF-8 when flag bit 11 says so, else CP437; NumPy's array names are ASCII either way
    const rawName = new TextDecoder().decode(directory.subarray(at + 46, nameEnd));
    // zip64: the fields that overflowed 32 bits, in this order, in extra field 0x0001
    let e = nameEnd;
    while (e + 4 <= nameEnd + extraLength) {
      const id = d.getUint16(e, true);
      const length = d.getUint16(e + 2, true);
      if (id === 0x0001) {
        let f = e + 4;
        const next = (): number | undefined => {
          if (f + 8 > e + 4 + length) return undefined;
          const v = safeNumber(d.getBigUint64(f, true));
          f += 8;
          return v;
        };
        if (size === 0xffffffff) size = next() ?? -1;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? -1;
        if (localOffset === 0xffffffff) localOffset = next() ?? -1;
        if (size < 0 || compressedSize < 0 || localOffset < 0) return fail(`entry '${printable(rawName)}' has a broken zip64 field`);
      }
      e += 4 + length;
    }
    at = nameEnd + extraLength + commentLength;
    if (rawName.endsWith('/')) continue; // a directory
    entries.push({ name: rawName.replace(/\.npy$/, ''), method, flags, crc, compressedSize, size, localOffset });
  }
  return { entries };
}

export type NpzRead = { readonly bytes: Uint8Array } | { readonly diagnostic: Diagnostic };

/** The `.npy` bytes of entry `name` (PIT6043 when there is none; PIT6042 when it cannot be read). */
export function readNpzEntry(archive: RandomAccess, entries: readonly NpzEntry[], name: string, file: string, inflateRaw: InflateRaw): NpzRead {
  const entry = entries.find((e) => e.name === name);
  const where = `'${printable(file)}'`;
  if (!entry) {
    const names = entries.map((e) => `'${printable(e.name)}'`).join(', ') || 'none';
    return { diagnostic: problem('PIT6043', file, `${where} holds no array named '${printable(name)}' (its arrays: ${names})`) };
  }
  const fail = (why: string): NpzRead => ({ diagnostic: problem('PIT6042', file, `${where}: cannot read array '${printable(name)}': ${why}`) });
  if (entry.flags & 1) return fail('it is encrypted');
  if (entry.method !== 0 && entry.method !== 8) return fail(`it is compressed with zip method ${entry.method}; NumPy writes stored (0) or deflated (8) entries`);
  if (entry.size > MAX_ENTRY_BYTES) return fail(`it declares ${entry.size} bytes, more than the largest tensor pitc reads`);
  if (entry.localOffset + 30 > archive.size) return fail('its local header lies outside the file (truncated?)');
  const local = view(archive.read(entry.localOffset, 30));
  if (local.getUint32(0, true) !== LOCAL) return fail('its local header is broken');
  const dataAt = entry.localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (dataAt + entry.compressedSize > archive.size) return fail(`its ${entry.compressedSize} bytes of data run past the end of the file (truncated?)`);
  const stored = archive.read(dataAt, entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail('a stored entry whose two sizes differ');
    bytes = stored;
  } else {
    try {
      bytes = inflateRaw(stored, entry.size);
    } catch (err) {
      return fail(`its deflate data is broken or inflates past its declared ${entry.size} bytes (${err instanceof Error ? err.message : String(err)})`);
    }
    if (bytes.length !== entry.size) return fail(`it inflates to ${bytes.length} bytes, not the ${entry.size} it declares`);
  }
  if (crc32(bytes) !== entry.crc) return fail('its CRC-32 does not match its data (the archive is corrupt)');
  return { bytes };
}

/** A RandomAccess over bytes in memory. */
export function bufferAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** `data.npz:x` → the archive and the array; `data.npz` → the archive, no array named. */
export function splitNpzPath(path: string): { file: string; array?: string } | undefined {
  const m = /^(.*\.npz)(?::([^:]*))?$/is.exec(path);
  if (!m) return undefined;
  const array = m[2];
  return array === undefined || array === '' ? { file: m[1] as string } : { file: m[1] as string, array };
}

let table: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC, as zip uses). */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  const t = table;
  for (let i = 0; i < bytes.length; i++) crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function safeNumber(v: bigint): number | undefined {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
}

function problem(code: 'PIT6042' | 'PIT6043', file: string, message: string): Diagnostic {
  return diagnostic(code, message, { file, start: 0, end: 0 });
}
