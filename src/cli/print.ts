import type { Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { CliIo } from './io.js';

/** Prints diagnostics to stderr, each with its source line and caret when the file is known. */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], source?: SourceFile): void {
  for (const d of diagnostics) {
    io.stderr(formatDiagnostic(d, (file) => (source && file === source.name ? source : undefined)) + '\n');
  }
}
