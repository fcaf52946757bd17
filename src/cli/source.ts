import { dirname, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import { MAX_SOURCE_LENGTH } from '../frontend/limits.js';
import { describeFsError, isFsError, readFilePrefix } from '../runtime/files.js';

/**
 * A text of MAX_SOURCE_LENGTH UTF-16 units takes at most three bytes per unit in UTF-8: a file
 * larger than this is over the limit whatever it holds, so no more of it is read (the front end
 * reports PIT1003 on the part that was).
 */
const MOST_SOURCE_BYTES = 3 * MAX_SOURCE_LENGTH + 3;

/** The most a protobuf message, so an ONNX model file, may hold. */
const MOST_MODEL_BYTES = 2 ** 31 - 1;

/** Reads a .pit file; a missing or unreadable file is a PIT6016 diagnostic, not a crash. */
export function readSourceFile(file: string, cwd: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder().decode(readFilePrefix(resolve(cwd, file), MOST_SOURCE_BYTES).bytes), diagnostics: [] };
  } catch (err) {
    if (!isFsError(err)) throw err;
    return { diagnostics: [diagnostic('PIT6016', `cannot read '${printable(file)}': ${describeFsError(err)}`)] };
  }
}

/**
 * Reads a program file: `.onnx` as model bytes (with the folder its external data is read
 * from), anything else as .pit text. A missing or unreadable file is PIT6016.
 */
export function readProgramFile(file: string, cwd: string): { source?: string | Uint8Array; modelDir?: string; diagnostics: Diagnostic[] } {
  if (!/\.onnx$/i.test(file)) {
    const read = readSourceFile(file, cwd);
    return read.text === undefined ? { diagnostics: read.diagnostics } : { source: read.text, diagnostics: [] };
  }
  const path = resolve(cwd, file);
  try {
    // protobuf caps a model at 2 GiB (bigger weights live in external data): read no further
    const read = readFilePrefix(path, MOST_MODEL_BYTES + 1);
    if (!read.complete || read.bytes.length > MOST_MODEL_BYTES) {
      return { diagnostics: [diagnostic('PIT6016', `cannot read '${printable(file)}': an ONNX model holds at most 2 GiB (larger weights go in external data files)`)] };
    }
    return { source: read.bytes, modelDir: dirname(path), diagnostics: [] };
  } catch (err) {
    if (!isFsError(err)) throw err;
    return { diagnostics: [diagnostic('PIT6016', `cannot read '${printable(file)}': ${describeFsError(err)}`)] };
  }
}
