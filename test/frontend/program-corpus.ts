import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES } from '../../ir/core/codes.js';
import { verifyGraph } from '../../ir/graph/verify.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import type { FrontEndResult } from '../../src/frontend/index.js';
import { FIXTURES, readFixtures, type Fixture } from './fixture-files.js';

/** Every valid program we have: the good fixtures and the user-facing samples. */
export function validPrograms(): Fixture[] {
  const samples = join(FIXTURES, '..', '..', 'samples');
  const sampleFiles = readdirSync(samples)
    .filter((f) => f.endsWith('.pit'))
    .sort()
    .map((name) => ({ name: `samples/${name}`, text: readFileSync(join(samples, name), 'utf8') }));
  return [...readFixtures('good'), ...sampleFiles];
}

/**
 * What must hold for the front end's answer to ANY text: diagnostics are well-formed data, a
 * missing graph is explained by an error, a graph comes only without errors and is valid IR, and
 * the formatter can print every diagnostic. Returns the problems found (empty when all hold).
 */
export function frontEndContractProblems(text: string, r: FrontEndResult): string[] {
  const problems: string[] = [];
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.graph && errors.length === 0) problems.push('no graph, but no error diagnostic says why');
  if (r.graph && errors.length > 0) problems.push('a graph came back although there are errors');
  if (r.graph) problems.push(...verifyGraph(r.graph).map((p) => `invalid graph: ${p}`));
  for (const d of r.diagnostics) {
    const info = (CODES as Record<string, { severity: string } | undefined>)[d.code];
    if (!info) problems.push(`${d.code} is not in the catalogue`);
    else if (info.severity !== d.severity) problems.push(`${d.code} has severity ${d.severity}, the catalogue says ${info.severity}`);
    if (d.message.trim() === '') problems.push(`${d.code} has an empty message`);
    if (!/^PIT[123]\d{3}$/.test(d.code)) problems.push(`${d.code} is not a front-end code`);
    const s = d.span;
    if (!s) problems.push(`${d.code} has no span`);
    else if (!(0 <= s.start && s.start <= s.end && s.end <= text.length) || s.file !== r.source.name) {
      problems.push(`${d.code} span ${s.file}:${s.start}-${s.end} is outside the text (length ${text.length})`);
    }
  }
  const printed = formatDiagnostics(r.diagnostics, (f) => (f === r.source.name ? r.source : undefined));
  const headlines = printed.split('\n').filter((l) => / (error|warning) PIT\d{4}: /.test(l));
  if (headlines.length !== r.diagnostics.length) problems.push(`formatted ${headlines.length} headlines for ${r.diagnostics.length} diagnostics`);
  return problems;
}
