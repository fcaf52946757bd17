import type { Diagnostic } from './diagnostic.js';

/**
 * Internal errors: a broken invariant inside pitc, never a user mistake. User mistakes are
 * diagnostics returned as data. An InternalError names the stage it came from so the CLI can
 * say "internal error in stage X" and exit 2.
 */
export class InternalError extends Error {
  readonly stage: string;
  constructor(stage: string, message: string) {
    super(`internal error in stage '${stage}': ${message}`);
    this.name = 'InternalError';
    this.stage = stage;
  }
}

export function invariant(condition: unknown, stage: string, message: string): asserts condition {
  if (!condition) throw new InternalError(stage, message);
}

export function assertNever(value: never, stage = 'unknown'): never {
  throw new InternalError(stage, `unexpected value ${JSON.stringify(value)}`);
}

/**
 * A limit of a target reached by the user's sizes (a 4 GiB wasm memory, say), found deep in
 * code generation or a run: not a bug, so it carries the diagnostic the user sees, and the
 * API turns it into a returned or thrown diagnostic at its edge.
 */
export class LimitExceeded extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'LimitExceeded';
  }
}
