import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineColOf } from '../../ir/core/span.js';
import type { FrontEndResult } from '../../src/frontend/index.js';

/** Where the .pit fixtures live: test/fixtures/{good,bad}. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Fixture {
  readonly name: string;
  readonly text: string;
}

export function readFixtures(kind: 'good' | 'bad'): Fixture[] {
  const dir = join(FIXTURES, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pit'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** One expected diagnostic: `# expect: PIT3004 5:17 "a fragment of the message"`. */
export interface Expectation {
  readonly code: string;
  readonly at: string;
  readonly fragment?: string;
}

const EXPECT = /^#\s*expect:\s*(PIT\d{4})\s+(\d+:\d+)(?:\s+"(.*)")?\s*$/;

/** The `# expect:` lines of a fixture (comments, so the program itself ignores them). */
export function expectationsOf(text: string): Expectation[] {
  const out: Expectation[] = [];
  for (const line of text.split('\n')) {
    const m = EXPECT.exec(line.trimEnd());
    if (!m) continue;
    const [, code, at, fragment] = m as unknown as [string, string, string, string | undefined];
    out.push(fragment === undefined ? { code, at } : { code, at, fragment });
  }
  return out;
}

/** `CODE line:col` for every diagnostic, in the order reported. */
export function codesAndPositions(result: FrontEndResult): string[] {
  return result.diagnostics.map((d) => {
    if (!d.span) return `${d.code} -`;
    const { line, col } = lineColOf(result.source, d.span.start);
    return `${d.code} ${line}:${col}`;
  });
}
