import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';

/** Reads a .pit file; a missing or unreadable file is a PIT6016 diagnostic, not a crash. */
export function readSourceFile(file: string, cwd: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: readFileSync(resolve(cwd, file), 'utf8'), diagnostics: [] };
  } catch (err) {
    return { diagnostics: [diagnostic('PIT6016', `cannot read '${file}': ${describeFsError(err)}`)] };
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'EEXIST':
      return 'a file of that name exists (a directory was expected)';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return err instanceof Error ? err.message : String(err);
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
    const bytes = readFileSync(path);
    return { source: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), modelDir: dirname(path), diagnostics: [] };
  } catch (err) {
    return { diagnostics: [diagnostic('PIT6016', `cannot read '${file}': ${describeFsError(err)}`)] };
  }
}
