#!/usr/bin/env node
import { diagnostic } from '../../ir/core/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { enableWasmFeatures } from '../engine-flags.js';
import { describeFsError } from '../runtime/files.js';

// A closed pipe (`pitc ir ... | head`) ends the command quietly, as in other Unix tools. Any other
// failure to write the output (a full disk: `pitc ... > /dev/full`, a vanished terminal) is the
// user's environment, not a bug in pitc: said in one line, exit 1, no stack trace.
for (const [stream, name] of [
  [process.stdout, 'standard output'],
  [process.stderr, 'standard error'],
] as const) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      const problem = diagnostic('PIT6016', `cannot write to ${name}: ${describeFsError(err)}`);
      try {
        process.stderr.write(`${formatDiagnostic(problem, () => undefined)}\n`);
      } catch {
        // standard error is gone too: the exit status is all that is left
      }
    }
    process.exit(1);
  });
}
enableWasmFeatures();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
