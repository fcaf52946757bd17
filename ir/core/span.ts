/** A half-open character range [start, end) in one source file. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** One source text with its line table, so spans can be turned into line:col on demand. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
}

export interface LineCol {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column number (in UTF-16 code units). */
  readonly col: number;
}

export function makeSourceFile(name: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return { name, text, lineStarts };
}

export function lineColOf(source: SourceFile, offset: number): LineCol {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/** The text of a 1-based line, without its line terminator. */
export function lineText(source: SourceFile, line: number): string {
  const start = source.lineStarts[line - 1] ?? source.text.length;
  const next = source.lineStarts[line];
  const end = next === undefined ? source.text.length : next - 1;
  return source.text.slice(start, end).replace(/\r$/, '');
}

export function spanOf(file: string, start: number, end: number): Span {
  return { file, start, end: Math.max(start, end) };
}

/** The smallest span covering both. */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
