import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import { decimalInteger, decimalNumber, FRACTION, POSITIVE_INTEGER, type Converted } from './numbers.js';

export interface Parsed<T> {
  readonly values: Map<string, T>;
  readonly diagnostics: Diagnostic[];
}

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
      diagnostics.push(diagnostic('PIT7002', `--${option} expects NAME=VALUE (e.g. --${option} ${example}), got '${printable(item)}'`));
      continue;
    }
    if (values.has(name)) {
      diagnostics.push(diagnostic('PIT7002', `--${option} gives '${name}' twice`));
      continue;
    }
    const converted = convert(raw);
    if ('error' in converted) {
      diagnostics.push(diagnostic('PIT7002', `--${option} ${name}=${printable(raw)}: ${converted.error}`));
      continue;
    }
    values.set(name, converted.value);
  }
  return { values, diagnostics };
}

export function positiveInteger(raw: string): Converted<number> {
  return decimalInteger(raw, POSITIVE_INTEGER);
}

export function fraction(raw: string): Converted<number> {
  return decimalNumber(raw, FRACTION);
}

/** Extents like `32x1`: each a positive integer in decimal digits. */
export function shape(raw: string): Converted<number[]> {
  if (!/^\d+(x\d+)*$/.test(raw)) return { error: 'expected extents like 32x1' };
  const extents: number[] = [];
  for (const part of raw.split('x')) {
    const extent = decimalInteger(part, POSITIVE_INTEGER);
    if ('error' in extent) return { error: 'extents must be positive integers (at most 2147483647)' };
    extents.push(extent.value);
  }
  return { value: extents };
}

export function path(raw: string): Converted<string> {
  return { value: raw };
}
