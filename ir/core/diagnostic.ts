import { CODES, type DiagnosticCode, type Severity } from './codes.js';
import type { Span } from './span.js';

/** A related location that helps explain a diagnostic ("first defined here"). */
export interface RelatedInfo {
  readonly message: string;
  readonly span?: Span;
}

/** A user-facing problem, returned as data. Exceptions are reserved for pitc's own bugs. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  readonly related?: readonly RelatedInfo[];
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  span?: Span,
  related?: readonly RelatedInfo[],
): Diagnostic {
  const base = { code, severity: CODES[code].severity, message };
  return {
    ...base,
    ...(span ? { span } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Drop exact repeats (same code at the same place), keeping the first. */
export function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}@${d.span?.file}:${d.span?.start}:${d.span?.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Order by file then position; diagnostics without a span go last, in their original order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const sa = a.d.span;
      const sb = b.d.span;
      if (sa && sb) {
        if (sa.file !== sb.file) return sa.file < sb.file ? -1 : 1;
        if (sa.start !== sb.start) return sa.start - sb.start;
      } else if (sa || sb) {
        return sa ? -1 : 1;
      }
      return a.i - b.i;
    })
    .map((x) => x.d);
}
