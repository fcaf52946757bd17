/**
 * Files as pitc reads and writes them (Node only):
 *
 * - Reads are bounded: a file is read up to a limit (or, for `.npy` data, up to the size its
 *   header declares), never to the end of whatever the path names, so `/dev/zero`, a FIFO that
 *   never closes or a runaway file cannot make pitc read forever.
 * - Writes are atomic: `writeFileAtomic` writes a temporary file next to the target, flushes it
 *   to the disk and renames it over the target. A kill at any instant leaves the old file or the
 *   new one, never a truncated mix; a failed write (a full disk) removes its temporary file and
 *   leaves the old file as it was. The replacement keeps the permission bits of the file it
 *   replaces (a new file gets the usual 0666 less the umask).
 * - Failures are thrown as Node's errors; `describeFsError` says them in words for a diagnostic.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ByteSource } from './npy.js';

/** An open file read piece by piece: a ByteSource that knows its size when the file is regular. */
export interface FileSource extends ByteSource {
  close(): void;
}

/** Opens `path` for reading (a regular file, a pipe, a device); throws what open(2) and fstat(2) throw. */
export function openFileSource(path: string): FileSource {
  const fd = openSync(path, 'r');
  let stats: Stats;
  try {
    stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  // a regular file's size is known; a pipe or a device says 0, which means nothing
  let left: number | undefined = stats.isFile() ? stats.size : undefined;
  const readInto = (target: Uint8Array): number => {
    let got = 0;
    while (got < target.length) {
      const n = readSync(fd, target, got, target.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (left !== undefined) left = Math.max(0, left - got);
    return got;
  };
  return {
    read(length) {
      const piece = new Uint8Array(length);
      const got = readInto(piece);
      return got === length ? piece : piece.slice(0, got);
    },
    readInto,
    remaining: () => left,
    close: () => closeSync(fd),
  };
}

export interface FilePrefix {
  /** The file's first bytes: all of them when `complete`, else the first `maxBytes`. */
  readonly bytes: Uint8Array;
  readonly complete: boolean;
}

/** At most the first `maxBytes` bytes of `path`, and whether that was all of it (at most one more byte is read). */
export function readFilePrefix(path: string, maxBytes: number): FilePrefix {
  const source = openFileSource(path);
  try {
    // in pieces, so that memory follows what really comes from a pipe or a device
    const pieces: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const piece = source.read(Math.min(READ_PIECE_BYTES, maxBytes + 1 - total));
      if (piece.length === 0) break;
      pieces.push(piece);
      total += piece.length;
      if (total > maxBytes) break;
    }
    const bytes = pieces.length === 1 ? (pieces[0] as Uint8Array) : Buffer.concat(pieces);
    return total > maxBytes ? { bytes: bytes.subarray(0, maxBytes), complete: false } : { bytes, complete: true };
  } finally {
    source.close();
  }
}

const READ_PIECE_BYTES = 1 << 20;

/**
 * Replaces `path` with `data` atomically (see the top of this file). A symbolic link is followed:
 * the file it names is replaced. A path naming a device or a pipe (`/dev/null`, `/dev/stdout`) is
 * written directly, since it cannot be replaced.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const existing = statIfExists(path);
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR' });
  if (existing && !existing.isFile()) {
    writeFileSync(path, data);
    return;
  }
  const target = existing ? realpathSync(path) : path;
  const temporary = join(dirname(target), `.${basename(target)}.pitc-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = openSync(temporary, 'wx', 0o666);
  let open = true;
  try {
    if (existing) fchmodSync(fd, existing.mode & 0o7777);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    open = false;
    closeSync(fd);
    renameSync(temporary, target);
  } catch (err) {
    if (open) closeQuietly(fd);
    removeQuietly(temporary);
    throw err;
  }
}

/** The prefix of the temporary files `writeFileAtomic` makes for `file` (for tests and cleanup). */
export function temporaryPrefix(file: string): string {
  return `.${basename(file)}.pitc-tmp-`;
}

function statIfExists(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return undefined;
    throw err;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the write already failed; that error is the one to report
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent of the path is not a directory',
  EEXIST: 'a file is in the way',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file would be larger than this process may write',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'an input/output error of the device',
  ENXIO: 'no such device (a FIFO without a reader?)',
  EXDEV: 'the temporary file and the target are on different devices',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
};

/** An OS error in words, without Node's "ENOENT: ..., open 'x'" decoration. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
}

/** Whether an error is the operating system's (a file could not be read or written), not a bug. */
export function isFsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
