/**
 * The tuning database as a JSON-lines file (Node). Why it survives two tuners writing at once and
 * a kill at any instant (docs/tuning.md has the long form):
 *
 * - Appending: each `append` is ONE write(2) of `\n{record}\n...` on a descriptor opened with
 *   O_APPEND. The kernel places every such write at the end of the file atomically with respect
 *   to other appenders (the inode lock is held for the whole write), so two writers never
 *   interleave inside a line. A write cut short (a kill between pages, a full disk) leaves a
 *   fragment; because every append *starts* with a newline, the next append still begins on a
 *   line of its own, and readers skip the fragment (it is not valid JSON, or its key hash does
 *   not match). A short write is retried whole; duplicates are one record (records have ids).
 * - Reading takes no lock: it parses whole lines and skips anything that is not a valid record.
 * - Compaction (drop torn lines and duplicates, optionally trials) holds `PATH.lock` (created
 *   O_EXCL; a lock whose process is gone is broken), hard-links the live file to `PATH.old-*`,
 *   writes the survivors to a temporary file, fsyncs it and renames it over PATH (atomic), then
 *   re-reads the old file for appends that raced with it. An appender that finds, after its write,
 *   that PATH is no longer the file it wrote to writes again to the new one. Until the compactor
 *   has merged it, the `.old-*` link keeps the old file visible to readers, so a compactor killed
 *   at any step loses nothing: readers merge leftovers, the next compaction removes them.
 * Assumes a local POSIX file system (O_APPEND atomicity and rename do not hold on every network
 * file system); the lock's liveness check is by process id, so on this host only.
 */
import { closeSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readFilePrefix } from '../runtime/files.js';
import { dedupe, type DbSnapshot, type TuningDb } from './db.js';
import { parseRecord, type TuningRecord } from './record.js';

export interface FileDbOptions {
  /** fsync after every append (default true): a record acknowledged survives a power cut too. */
  readonly durable?: boolean;
}

export interface CompactOptions {
  /** Keep only winners (and failures, which say what not to try again). */
  readonly dropTrials?: boolean;
}

export type CompactResult =
  | { readonly compacted: true; readonly kept: number; readonly dropped: number }
  | { readonly compacted: false; readonly reason: string };

export interface FileTuningDb extends TuningDb {
  compact(options?: CompactOptions): CompactResult;
}

/** A database in the JSON-lines file at `path` (created, with its folder, on first append). */
export function fileDb(path: string, options: FileDbOptions = {}): FileTuningDb {
  const durable = options.durable !== false;
  const append = (records: readonly TuningRecord[]): void => appendRecords(path, records, durable);
  return {
    location: path,
    read: () => readAll(path, leftovers(path)),
    append,
    compact: (o = {}) => compact(path, o, durable),
  };
}

function appendRecords(path: string, records: readonly TuningRecord[], durable: boolean): void {
  if (records.length === 0) return;
  mkdirSync(dirname(path), { recursive: true });
  const bytes = Buffer.from(`${records.map((r) => `\n${JSON.stringify(r)}`).join('')}\n`, 'utf8');
  // a retry only follows a short write or a compaction that replaced the file under us
  for (let attempt = 0; attempt < 8; attempt++) {
    const fd = openSync(path, 'a');
    try {
      if (writeSync(fd, bytes) !== bytes.length) continue;
      if (durable) fsyncSync(fd);
      if (isCurrentFile(fd, path)) return;
    } finally {
      closeSync(fd);
    }
  }
  throw new Error(`could not append to '${path}': the file kept changing under the writer`);
}

function isCurrentFile(fd: number, path: string): boolean {
  const open = fstatSync(fd);
  try {
    const now = statSync(path);
    return now.ino === open.ino && now.dev === open.dev;
  } catch {
    return false;
  }
}

/** Records of the live file and of leftovers of interrupted compactions, once each. */
function readAll(path: string, extra: readonly string[]): DbSnapshot {
  const records: TuningRecord[] = [];
  let skipped = 0;
  for (const file of [path, ...extra]) {
    const part = readLines(file);
    records.push(...part.records);
    skipped += part.skipped;
  }
  return { records: dedupe(records), skipped };
}

/** A database is read whole; past this it is not a database pitc wrote (or it is /dev/zero), and is not read to its end. */
const MAX_DB_BYTES = 256 * 2 ** 20;

function readLines(file: string): { records: TuningRecord[]; skipped: number } {
  let text: string;
  try {
    const read = readFilePrefix(file, MAX_DB_BYTES);
    if (!read.complete) throw Object.assign(new Error(`ETOOLARGE: it is larger than ${MAX_DB_BYTES / 2 ** 20} MiB (the most pitc reads)`), { code: 'ETOOLARGE' });
    text = new TextDecoder().decode(read.bytes);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { records: [], skipped: 0 };
    throw err;
  }
  const records: TuningRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const r = parseRecord(value);
    if (typeof r === 'string') skipped++;
    else records.push(r);
  }
  return { records, skipped };
}

/** `PATH.old-*` links left by compactions (ours in progress, or ones that were killed). */
function leftovers(path: string): string[] {
  const prefix = `${basename(path)}.old-`;
  try {
    return readdirSync(dirname(path))
      .filter((f) => f.startsWith(prefix))
      .sort()
      .map((f) => join(dirname(path), f));
  } catch {
    return [];
  }
}

function compact(path: string, options: CompactOptions, durable: boolean): CompactResult {
  const lock = acquireLock(`${path}.lock`);
  if (typeof lock === 'string') return { compacted: false, reason: lock };
  const token = `${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
  const oldLink = `${path}.old-${token}`;
  try {
    try {
      linkSync(path, oldLink);
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') return { compacted: false, reason: 'the database does not exist yet' };
      throw err;
    }
    const earlier = leftovers(path).filter((f) => f !== oldLink);
    const before = readAll(oldLink, earlier);
    const kept = before.records.filter((r) => !options.dropTrials || r.kind !== 'trial' || r.status === 'failed');
    const tmp = `${path}.tmp-${token}`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    // appends that reached the old file after it was read: copy them over (their writers may too)
    const written = new Set(before.records.map((r) => r.id));
    const late = readAll(oldLink, earlier).records.filter((r) => !written.has(r.id));
    appendRecords(path, late, durable);
    for (const f of [oldLink, ...earlier]) unlinkSync(f);
    return { compacted: true, kept: kept.length, dropped: before.records.length - kept.length + before.skipped };
  } finally {
    releaseLock(`${path}.lock`);
  }
}

/** Creates the lock file, breaking one whose process has exited; a message when another holds it. */
function acquireLock(lockPath: string): true | string {
  for (let attempt = 0; attempt < 2; attempt++) {
    // the lock appears with its owner's pid in it (a link is created atomically, unlike a write)
    const mine = `${lockPath}.${process.pid}`;
    writeFileSync(mine, `${process.pid}\n`);
    try {
      linkSync(mine, lockPath);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(mine);
    }
    const holder = Number.parseInt(safeRead(lockPath), 10);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return `another compaction is running (process ${holder})`;
    try {
      unlinkSync(lockPath); // stale: its process is gone
    } catch {
      // someone else broke it first
    }
  }
  return 'could not take the compaction lock';
}

function releaseLock(lockPath: string): void {
  try {
    unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}
