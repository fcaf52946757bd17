import type { Diagnostic } from '../../ir/core/diagnostic.js';
import { escapedChar, isUnprintable, printable, terminalSafe } from '../../ir/core/printable.js';
import { lineColOf, type SourceFile, type Span } from '../../ir/core/span.js';

/** Source files by name, so spans can be shown with their text. */
export type SourceLookup = (file: string) => SourceFile | undefined;

/**
 * A source line wider than this is shown as a window of this many columns around the caret,
 * with `...` where it was cut, so a megabyte-long line prints as one line of a terminal's width.
 */
export const SNIPPET_WIDTH = 160;

/**
 * `file:line:col: error PIT3001: message`, then the source line and a caret under the culprit
 * (`^~~~` over the whole span when it stays on one line). Related locations follow as notes.
 * Text from the user's files (the file name, the source line, the message's quotes of them) is
 * made printable first: a control or bidi character shows as `<U+202E>`, the caret still under it.
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
  // a message may span lines (a usage error's list of choices): only its lines' contents are escaped
  const shown = terminalSafe(text).replace(/\r/g, escapedChar('\r'));
  if (!span) return `pitc: ${shown}`;
  const file = printable(span.file);
  const source = sources(span.file);
  if (!source) return `${file}: ${shown}`;
  const { line, col } = lineColOf(source, span.start);
  return `${file}:${line}:${col}: ${shown}`;
}

function snippet(span: Span | undefined, sources: SourceLookup): string[] {
  if (!span) return [];
  const source = sources(span.file);
  if (!source || source.text.length === 0) return [];
  const start = lineColOf(source, Math.min(span.start, source.text.length));
  const end = lineColOf(source, Math.max(span.start, Math.min(span.end, source.text.length) - 1));
  // only the part of the line near the caret is looked at: a diagnostic costs the same on a
  // megabyte-long line as on a short one
  const piece = linePiece(source, start.line, start.col - 1);
  const shown = displayLine(piece.text);
  // the caret's columns on the displayed line (a character shown as <U+202E> is 8 columns wide)
  const from = shown.column(start.col - 1 - piece.offset);
  const to = end.line === start.line ? Math.max(from + 1, shown.column(end.col - piece.offset)) : from + 1;
  const window = windowAround(shown.text, from, to, piece.cutLeft, piece.cutRight);
  const gutter = String(start.line).length;
  const caret = ' '.repeat(window.from) + '^' + '~'.repeat(Math.max(0, window.to - window.from - 1));
  return [`${' '.repeat(Math.max(0, 4 - gutter))}${start.line} | ${window.text}`, `${' '.repeat(Math.max(4, gutter))} | ${caret}`];
}

/** The text of a line (without its line terminator) near `unit`, at most a few windows wide. */
function linePiece(source: SourceFile, line: number, unit: number): { text: string; offset: number; cutLeft: boolean; cutRight: boolean } {
  const lineStart = source.lineStarts[line - 1] ?? source.text.length;
  const next = source.lineStarts[line];
  let lineEnd = next === undefined ? source.text.length : next - 1;
  if (lineEnd > lineStart && source.text.charCodeAt(lineEnd - 1) === 13) lineEnd--; // CRLF
  let from = Math.max(lineStart, lineStart + unit - 2 * SNIPPET_WIDTH);
  let to = Math.min(lineEnd, lineStart + unit + 2 * SNIPPET_WIDTH);
  // never cut a surrogate pair in two
  if (from > lineStart && isLowSurrogate(source.text.charCodeAt(from))) from--;
  if (to < lineEnd && isLowSurrogate(source.text.charCodeAt(to))) to++;
  return { text: source.text.slice(from, to), offset: from - lineStart, cutLeft: from > lineStart, cutRight: to < lineEnd };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A source line as shown: a tab is one space (so the caret lines up whatever the terminal's tab
 * width), other unprintable characters are escaped. `column(i)` is where the i-th UTF-16 unit of
 * the line starts on screen.
 */
function displayLine(line: string): { text: string; column: (unit: number) => number } {
  const starts: number[] = [];
  let text = '';
  for (const ch of line) {
    const shown = ch === '\t' ? ' ' : isUnprintable(ch) ? escapedChar(ch) : ch;
    for (let u = 0; u < ch.length; u++) starts.push(text.length);
    text += shown;
  }
  return { text, column: (unit) => (unit < starts.length ? (starts[unit] as number) : text.length + (unit - starts.length)) };
}

/** The part of a long line around columns [from, to), `...` where it is cut, and the caret's columns in it. */
function windowAround(text: string, from: number, to: number, cutLeft: boolean, cutRight: boolean): { text: string; from: number; to: number } {
  let left = 0;
  let right = text.length;
  if (text.length > SNIPPET_WIDTH) {
    left = Math.max(0, Math.min(from - Math.floor(SNIPPET_WIDTH / 4), text.length - SNIPPET_WIDTH));
    right = left + SNIPPET_WIDTH;
  }
  const before = cutLeft || left > 0 ? '...' : '';
  const after = cutRight || right < text.length ? '...' : '';
  const shift = before.length - left;
  return { text: before + text.slice(left, right) + after, from: from + shift, to: Math.min(to, Math.max(right, from + 1)) + shift };
}
