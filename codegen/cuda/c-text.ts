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

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** The IEEE-754 single bit pattern of a value (after rounding to f32). */
export function floatBits(value: number): number {
  f32[0] = value;
  return f32Bits[0] as number;
}

export function hex32(bits: number): string {
  return `0x${(bits >>> 0).toString(16).padStart(8, '0')}u`;
}

/**
 * A float literal for device code that denotes exactly the f32 value of `value`: finite values
 * print with 9 significant digits (enough to round-trip any f32), the others by bit pattern.
 */
export function floatLiteral(value: number): string {
  const v = Math.fround(value);
  if (!Number.isFinite(v)) return `__uint_as_float(${hex32(floatBits(v))})`;
  if (Object.is(v, -0)) return '(-0.0f)';
  let text: string;
  if (Number.isInteger(v) && Math.abs(v) < 1e7) text = `${Math.abs(v)}.0f`;
  else {
    text = Math.abs(v).toPrecision(9);
    if (!/[.e]/.test(text)) text += '.0';
    text = text.replace('e+', 'e') + 'f';
  }
  return v < 0 ? `(-${text})` : text;
}

/** `0` for an empty sum, else the terms joined with ` + `. */
export function sumText(terms: readonly string[]): string {
  return terms.length === 0 ? '0' : terms.join(' + ');
}

/** `coef * v`, `v`, or `-v`, for an integer coefficient. */
export function scaled(coef: number, v: string): string {
  if (coef === 1) return v;
  if (coef === -1) return `-${v}`;
  return `${coef} * ${v}`;
}
