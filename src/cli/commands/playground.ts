import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diagnostic } from '../../../ir/core/diagnostic.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { startPlaygroundServer, type PlaygroundServer } from '../playground-server.js';
import { printDiagnostics } from '../print.js';

export interface PlaygroundArgs {
  readonly port: number;
  /** The built page (default: dist/playground beside this package's code). */
  readonly root?: string;
  readonly vendor?: string;
  /** Resolves when the server should stop (default: Ctrl+C or SIGTERM). */
  readonly until?: (server: PlaygroundServer) => Promise<void>;
}

/** Where `npm run build` puts the page (dist/playground) and binaryen's browser copy (dist/vendor), beside dist/src. */
export const PLAYGROUND_ROOT = fileURLToPath(new URL('../../../playground/', import.meta.url));
export const VENDOR_ROOT = fileURLToPath(new URL('../../../vendor/', import.meta.url));

/** `pitc playground [--port N]`: serves the page on 127.0.0.1 until Ctrl+C. */
export async function playgroundCommand(args: PlaygroundArgs, io: CliIo): Promise<number> {
  const root = args.root ?? PLAYGROUND_ROOT;
  const vendor = args.vendor ?? VENDOR_ROOT;
  if (!existsSync(`${root}/index.html`) || !existsSync(`${vendor}/binaryen.browser.js`)) {
    printDiagnostics(io, [diagnostic('PIT6016', `the playground page is not built (no ${root}index.html): run 'npm run build' in pitc's folder`)]);
    return EXIT_USER_ERROR;
  }
  let server: PlaygroundServer;
  try {
    server = await startPlaygroundServer({ '/': root, '/vendor/': vendor }, args.port);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === 'EADDRINUSE' ? 'it is in use' : code === 'EACCES' ? 'this user may not listen on it' : err instanceof Error ? err.message : String(err);
    printDiagnostics(io, [diagnostic('PIT7002', `--port ${args.port}: cannot listen on 127.0.0.1:${args.port}: ${why} (give another --port, or --port 0 for any free one)`)]);
    return EXIT_USER_ERROR;
  }
  io.stdout(`pitc playground: ${server.url}  (this machine only; Ctrl+C stops it)\n`);
  const until = args.until ?? untilSignal;
  await until(server);
  await server.close();
  return EXIT_OK;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
