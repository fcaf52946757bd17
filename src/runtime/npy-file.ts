/**
 * `.npy` files on disk (Node only; `npy.ts` holds the format and stays browser-safe).
 * Reading is bounded by what the header declares (a device or a FIFO is never read to its end);
 * writing is atomic (files.ts). File-system failures are user-facing (a wrong path, a read-only
 * directory, a full disk): PIT6016 with the operating system's reason in words.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import type { HostTensor } from '../../ir/tensor.js';
import { describeFsError, isFsError, openFileSource, writeFileAtomic, type FileSource } from './files.js';
import { decodeNpy, decodeNpyFrom, encodeNpy, type DecodedNpy, type DecodeOptions } from './npy.js';
import { listNpz, readNpzEntry, type RandomAccess } from './npz.js';

export function readNpyFile(path: string, options: DecodeOptions = {}): DecodedNpy {
  let source: FileSource;
  try {
    source = openFileSource(path);
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  }
  try {
    return decodeNpyFrom(source, path, options);
  } catch (error) {
    // a read that fails half way (an I/O error, a FIFO reset)
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  } finally {
    source.close();
  }
}

/**
 * Array `array` of the `.npz` archive at `path`, decoded as a `.npy` file. The archive is read
 * from its end, so it must be a regular file (a pipe is refused); deflated entries are inflated
 * by Node's zlib, bounded by the size the archive declares.
 */
export function readNpzFile(path: string, array: string, options: DecodeOptions = {}): DecodedNpy {
  const name = `${path}:${array}`;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { diagnostics: [diagnostic('PIT6042', `'${printable(path)}' is not a regular file: an .npz archive is read from its end, so it cannot be a pipe or a device`, { file: path, start: 0, end: 0 })] };
    const archive: RandomAccess = {
      size: stats.size,
      read(offset, length) {
        const bytes = new Uint8Array(length);
        let got = 0;
        while (got < length) {
          const n = readSync(fd, bytes, got, length - got, offset + got);
          if (n === 0) break;
          got += n;
        }
        return got === length ? bytes : bytes.subarray(0, got);
      },
    };
    const listing = listNpz(archive, path);
    if ('diagnostic' in listing) return { diagnostics: [listing.diagnostic] };
    const entry = readNpzEntry(archive, listing.entries, array, path, inflateBounded);
    if ('diagnostic' in entry) return { diagnostics: [entry.diagnostic] };
    return decodeNpy(entry.bytes, name, options);
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  } finally {
    closeSync(fd);
  }
}

/** zlib's raw inflate, refusing output past `maxBytes` (it throws ERR_BUFFER_TOO_LARGE there). */
function inflateBounded(data: Uint8Array, maxBytes: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

/** Writes `tensor` to `path` atomically, creating missing parent directories. */
export function writeNpyFile(path: string, tensor: HostTensor): Diagnostic[] {
  const bytes = encodeNpy(tensor);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, bytes);
  } catch (error) {
    if (!isFsError(error)) throw error;
    return [fileProblem(path, `cannot write '${printable(path)}': ${describeFsError(error)}`)];
  }
  return [];
}

function fileProblem(path: string, message: string): Diagnostic {
  return diagnostic('PIT6016', message, { file: path, start: 0, end: 0 });
}
