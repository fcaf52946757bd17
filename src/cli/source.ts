import { resolve } from 'node:path';
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

/** Reads a .pit file; a missing or unreadable file is a PIT6016 diagnostic, not a crash. */
export function readSourceFile(file: string, cwd: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder().decode(readFilePrefix(resolve(cwd, file), MOST_SOURCE_BYTES).bytes), diagnostics: [] };
  } catch (err) {
    if (!isFsError(err)) throw err;
    return { diagnostics: [diagnostic('PIT6016', `cannot read '${printable(file)}': ${describeFsError(err)}`)] };
  }
}
