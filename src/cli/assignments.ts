import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';

export interface Parsed<T> {
  readonly values: Map<string, T>;
  readonly diagnostics: Diagnostic[];
}

export type Converted<T> = { readonly value: T } | { readonly error: string };

/**
 * Parses repeated `NAME=VALUE` options (`--dim T=128 --dim S=64`). A malformed item, a repeated
 * name or a value the converter rejects is a PIT7002 diagnostic naming the option.
 */
export function parseAssignments<T>(
  option: string,
  items: readonly string[] | undefined,
  convert: (value: string) => Converted<T>,
  example: string,
): Parsed<T> {
  const values = new Map<string, T>();
  const diagnostics: Diagnostic[] = [];
  for (const item of items ?? []) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq).trim();
    const raw = item.slice(eq + 1).trim();
    if (eq <= 0 || raw === '' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      diagnostics.push(diagnostic('PIT7002', `--${option} expects NAME=VALUE (e.g. --${option} ${example}), got '${item}'`));
      continue;
    }
    if (values.has(name)) {
      diagnostics.push(diagnostic('PIT7002', `--${option} gives '${name}' twice`));
      continue;
    }
    const converted = convert(raw);
    if ('error' in converted) {
      diagnostics.push(diagnostic('PIT7002', `--${option} ${name}=${raw}: ${converted.error}`));
      continue;
    }
    values.set(name, converted.value);
  }
  return { values, diagnostics };
}

export function positiveInteger(raw: string): Converted<number> {
  const n = Number(raw);
  return /^\d+$/.test(raw) && Number.isSafeInteger(n) && n >= 1 && n <= 2 ** 31 - 1
    ? { value: n }
    : { error: 'expected a positive integer' };
}

export function fraction(raw: string): Converted<number> {
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) && n >= 0 && n <= 1 ? { value: n } : { error: 'expected a number between 0 and 1' };
}

export function shape(raw: string): Converted<number[]> {
  if (!/^\d+(x\d+)*$/.test(raw)) return { error: 'expected extents like 32x1' };
  const extents = raw.split('x').map(Number);
  return extents.every((e) => e >= 1) ? { value: extents } : { error: 'extents must be at least 1' };
}

export function path(raw: string): Converted<string> {
  return { value: raw };
}
