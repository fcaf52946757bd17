#!/usr/bin/env node
import { enableWasmFeatures } from '../engine-flags.js';

// a closed pipe (`pitc ir ... | head`) ends the command quietly, as in other Unix tools
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
enableWasmFeatures();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
