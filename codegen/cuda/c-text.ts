/**
 * Text helpers for generated CUDA C++. Names from a `.pit` file never become identifiers
 * (parameters and variables are numbered: `t0`, `a3`); they may only appear inside comments,
 * and only after `commentText` has reduced them to a harmless alphabet.
 */

/** Characters a comment may carry verbatim; anything else becomes `_`. */
const COMMENT_SAFE = /[^A-Za-z0-9_ .,:;+\-=()[\]<>#@!%^&|~{}]/g;

/**
 * Text for inside a C comment: no newlines (no escaping a `//` line), no `*` or `/` (so no
 * `*\/` and no nested opener), no `\` (no line splicing), no `?` (no trigraphs), no quotes,
 * no non-ASCII; capped so a hostile name cannot bloat the file.
 */
export function commentText(text: string, max = 80): string {
  const clean = text.replace(COMMENT_SAFE, '_');
  return clean.length <= max ? clean : `${clean.slice(0, max - 3)}...`;
}

/** A file-name stem made of `[A-Za-z0-9._-]` only (artifacts and temp files). */
export function fileStem(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return clean.length === 0 ? 'program' : clean.slice(0, 100);
}
