import type { Diagnostic } from '../../ir/core/diagnostic.js';
import { lineColOf, lineText, type SourceFile, type Span } from '../../ir/core/span.js';

/** Source files by name, so spans can be shown with their text. */
export type SourceLookup = (file: string) => SourceFile | undefined;

/**
 * `file:line:col: error PIT3001: message`, then the source line and a caret under the culprit
 * (`^~~~` over the whole span when it stays on one line). Related locations follow as notes.
 */
export function formatDiagnostic(d: Diagnostic, sources: SourceLookup): string {
  const lines = [headline(d.span, `${d.severity} ${d.code}: ${d.message}`, sources)];
  lines.push(...snippet(d.span, sources));
  for (const r of d.related ?? []) {
    lines.push(headline(r.span, `note: ${r.message}`, sources));
    lines.push(...snippet(r.span, sources));
  }
  return lines.join('\n');
}

export function formatDiagnostics(ds: readonly Diagnostic[], sources: SourceLookup): string {
  return ds.map((d) => formatDiagnostic(d, sources)).join('\n');
}

function headline(span: Span | undefined, text: string, sources: SourceLookup): string {
  if (!span) return `pitc: ${text}`;
  const source = sources(span.file);
  if (!source) return `${span.file}: ${text}`;
  const { line, col } = lineColOf(source, span.start);
  return `${span.file}:${line}:${col}: ${text}`;
}

function snippet(span: Span | undefined, sources: SourceLookup): string[] {
  if (!span) return [];
  const source = sources(span.file);
  if (!source || source.text.length === 0) return [];
  const start = lineColOf(source, Math.min(span.start, source.text.length));
  const end = lineColOf(source, Math.max(span.start, Math.min(span.end, source.text.length) - 1));
  // one column per UTF-16 unit, like the caret: a tab shows as a space, other control
  // characters (a NUL, a lone carriage return) as U+FFFD so they cannot garble the terminal
  const text = lineText(source, start.line)
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  const gutter = String(start.line).length;
  const width = end.line === start.line ? Math.max(1, end.col - start.col + 1) : 1;
  const caret = ' '.repeat(start.col - 1) + '^' + '~'.repeat(width - 1);
  return [`${' '.repeat(Math.max(0, 4 - gutter))}${start.line} | ${text}`, `${' '.repeat(Math.max(4, gutter))} | ${caret}`];
}
