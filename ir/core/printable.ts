/**
 * Text that came from a file or the command line (a source line, a tuning record's label, a
 * `.npy` header, a file name) may hold characters a terminal interprets: escape sequences that
 * recolour or rewrite the screen, carriage returns and newlines that forge lines, bidi controls
 * (U+202E) that display text in another order than it is. Before such text is printed it passes
 * through here, and every such character is shown as `<U+XXXX>`.
 */

/** Controls (C0, DEL, C1), format characters (bidi, zero-width), line separators, lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `<U+202E>` for one character. */
export function escapedChar(ch: string): string {
  return `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function isUnprintable(ch: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(ch);
}

/** One line of text with every unprintable character (newlines and tabs too) escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapedChar);
}

/**
 * Text of several lines, as the CLI writes it: newlines, tabs and carriage returns (the progress
 * bar rewrites its line with one) stay, every other unprintable character is escaped.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => (ch === '\n' || ch === '\t' || ch === '\r' ? ch : escapedChar(ch)));
}

/**
 * JSON text whose strings keep their values but hold no raw unprintable character: each is
 * written as a `\uXXXX` escape (JSON.stringify leaves U+2028, U+202E and the C1 controls raw).
 */
export function jsonText(value: unknown, replacer?: (key: string, value: unknown) => unknown, indent?: number): string {
  const text = JSON.stringify(value, replacer, indent);
  // outside strings, compact or indented JSON holds only spaces and newlines
  return text.replace(UNPRINTABLE, (ch) => (ch === '\n' && indent !== undefined ? ch : unicodeEscape(ch)));
}

function unicodeEscape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
