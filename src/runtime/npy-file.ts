/**
 * `.npy` files on disk (Node only; `npy.ts` holds the format and stays browser-safe).
 * File-system failures are user-facing (a wrong path, a read-only directory): PIT6016 with the
 * operating system's reason in words.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { HostTensor } from '../../ir/tensor.js';
import { decodeNpy, encodeNpy, type DecodedNpy } from './npy.js';

export function readNpyFile(path: string): DecodedNpy {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { diagnostics: [fileProblem(path, `cannot read '${path}': ${osReason(error)}`)] };
  }
  return decodeNpy(bytes, path);
}

/** Writes `tensor` to `path`, creating missing parent directories. */
export function writeNpyFile(path: string, tensor: HostTensor): Diagnostic[] {
  const bytes = encodeNpy(tensor);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  } catch (error) {
    return [fileProblem(path, `cannot write '${path}': ${osReason(error)}`)];
  }
  return [];
}

function fileProblem(path: string, message: string): Diagnostic {
  return diagnostic('PIT6016', message, { file: path, start: 0, end: 0 });
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of the path is not a directory',
  EEXIST: 'a file is in the way',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
};

/** The OS error in words, without Node's "ENOENT: ..., open 'x'" decoration. */
function osReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
}
