import { terminalSafe } from '../../ir/core/printable.js';

/** Where the CLI writes; injected so tests can run `main()` in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Whether standard error is a terminal (progress bars redraw in place only there). */
  readonly interactive?: boolean;
}

/**
 * The same streams with every unprintable character of the text (an escape sequence, a bidi
 * control from a file name or a tuning record) shown as `<U+XXXX>`; newlines, tabs and the
 * progress bar's carriage returns pass. Everything the CLI prints goes through it.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return { stdout: (text) => io.stdout(terminalSafe(text)), stderr: (text) => io.stderr(terminalSafe(text)), cwd: io.cwd, ...(io.interactive ? { interactive: true } : {}) };
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    interactive: process.stderr.isTTY === true,
  };
}

/** Exit codes: 0 success, 1 user error (diagnostics printed), 2 internal error. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;
