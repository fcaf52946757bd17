import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../ir/core/codes.js';

/**
 * docs/diagnostics.md is the user-facing catalogue of ir/core/codes.ts: every code has exactly one
 * `### PITnnnn — summary` heading with the catalogue's summary, and the page documents no code
 * the catalogue does not have.
 */
const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8');

/** Every level-3 heading that starts with a code: [code, the rest of the heading]. */
const headings = [...doc.matchAll(/^### (PIT\d{4})\b(.*)$/gm)].map((m) => [m[1] as string, m[2] as string] as const);

describe('docs/diagnostics.md', () => {
  it('has one heading "### CODE — summary" for every code, with the exact summary', () => {
    const problems: string[] = [];
    for (const [code, info] of Object.entries(CODES)) {
      const expected = `### ${code} — ${info.summary}`;
      const found = headings.filter(([c]) => c === code);
      if (found.length === 0) problems.push(`${code} is not documented (expected the heading '${expected}')`);
      else if (found.length > 1) problems.push(`${code} has ${found.length} headings`);
      else if (`### ${code}${found[0]?.[1]}` !== expected) problems.push(`${code}: heading '### ${code}${found[0]?.[1]}' should be '${expected}'`);
    }
    expect(problems).toEqual([]);
  });

  it('documents no code that is not in the catalogue', () => {
    const stale = headings.map(([code]) => code).filter((code) => !Object.hasOwn(CODES, code));
    expect(stale).toEqual([]);
  });
});
