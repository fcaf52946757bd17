import type { Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import { formatDiagnostics } from '../diagnostics/format.js';

/**
 * Thrown by `program.run()` for a user mistake in the run's arguments (missing input, wrong
 * shape, unbound dim). It carries the diagnostics as data; `message` is their formatted text.
 * Compile-time mistakes are never thrown: `compile()` returns them.
 */
export class PitcError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], source?: SourceFile) {
    super(formatDiagnostics(diagnostics, (file) => (source && source.name === file ? source : undefined)));
    this.name = 'PitcError';
    this.diagnostics = diagnostics;
  }
}
