/**
 * `.npy` files on disk (Node only; `npy.ts` holds the format and stays browser-safe).
 * Reading is bounded by what the header declares (a device or a FIFO is never read to its end);
 * writing is atomic (files.ts). File-system failures are user-facing (a wrong path, a read-only
 * directory, a full disk): PIT6016 with the operating system's reason in words.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import type { HostTensor } from '../../ir/tensor.js';
import { describeFsError, isFsError, openFileSource, writeFileAtomic, type FileSource } from './files.js';
import { decodeNpyFrom, encodeNpy, type DecodedNpy } from './npy.js';

export function readNpyFile(path: string): DecodedNpy {
  let source: FileSource;
  try {
    source = openFileSource(path);
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  }
  try {
    return decodeNpyFrom(source, path);
  } catch (error) {
    // a read that fails half way (an I/O error, a FIFO reset)
    if (!isFsError(error)) throw error;
    return { diagnostics: [fileProblem(path, `cannot read '${printable(path)}': ${describeFsError(error)}`)] };
  } finally {
    source.close();
  }
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
