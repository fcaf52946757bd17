/**
 * External data on disk (Node only): the files an ONNX model names for its large tensors, read
 * relative to the model's folder. A location that leaves the folder (an absolute path, `..`, a
 * symbolic link pointing out) is refused: a model is data and must not read arbitrary files.
 * Only the bytes the tensor needs are read, after the file's size is checked.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '../runtime/files.js';
import type { ExternalDataEntry, ExternalDataReader } from './tensor-data.js';

export function externalDataReader(modelDir: string): ExternalDataReader {
  return (entry) => readExternal(modelDir, entry);
}

function readExternal(modelDir: string, entry: ExternalDataEntry): Uint8Array | string {
  const { location } = entry;
  const refuse = (why: string): string => `${entry.tensor}: external-data location '${location}' ${why}; it must name a file inside the model's folder`;
  if (location.includes('\0')) return refuse('contains a NUL character');
  if (isAbsolute(location) || /^[A-Za-z]:/.test(location) || location.startsWith('\\')) return refuse('is an absolute path');
  const path = resolve(modelDir, location);
  if (!inside(resolve(modelDir), path)) return refuse('leaves the folder');
  let real: string;
  let realDir: string;
  try {
    realDir = realpathSync(modelDir);
    real = realpathSync(path);
  } catch (err) {
    return `${entry.tensor}: cannot read the external-data file '${join(modelDir, location)}': ${describeFsError(err)}`;
  }
  if (!inside(realDir, real)) return refuse('is a link that leads out of the folder');
  let fd: number | undefined;
  try {
    fd = openSync(real, 'r');
    const size = fstatSync(fd).size;
    if (entry.offset + entry.length > size) {
      return `${entry.tensor}: the external-data file '${location}' has ${size} bytes, but the tensor is at bytes ${entry.offset} to ${entry.offset + entry.length} (a truncated file?)`;
    }
    const bytes = new Uint8Array(entry.length);
    let done = 0;
    while (done < entry.length) {
      const n = readSync(fd, bytes, done, entry.length - done, entry.offset + done);
      if (n === 0) return `${entry.tensor}: the external-data file '${location}' ended early`;
      done += n;
    }
    return bytes;
  } catch (err) {
    return `${entry.tensor}: cannot read the external-data file '${location}': ${describeFsError(err)}`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
