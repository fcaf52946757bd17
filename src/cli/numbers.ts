/**
 * Numbers on the command line: every numeric option (`--repeat`, `--threads`, `--random`,
 * `--budget`, and the values of `--dim`, `--density`, `--microtile`) is read here, as a plain
 * decimal number. Hex (`0x10`), an empty value, a dangling exponent (`1e`), trailing junk
 * (`3abc`), signs where none is meaningful, NaN and Infinity are refused with a PIT7002 that
 * says what was expected, rather than read as something the user did not write.
 */
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { printable } from '../../ir/core/printable.js';
import { MAX_THREADS } from '../../codegen/target.js';

export type Converted<T> = { readonly value: T } | { readonly error: string };

/** Digits only: `0`, `128`, `007`. */
const INTEGER = /^[0-9]+$/;
/** Digits with an optional point and exponent: `0.05`, `.5`, `5.`, `1e-3`, `2E6`. No sign. */
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

export interface IntegerRange {
  readonly min: number;
  readonly max: number;
  /** What is expected, for the message: `a positive integer`. */
  readonly expected: string;
}

export interface NumberRange {
  readonly min: number;
  /** Whether `min` itself is allowed (a density may be 0, a budget may not). */
  readonly minIncluded: boolean;
  readonly max: number;
  readonly expected: string;
}

/** A whole number in decimal digits, within the range. */
export function decimalInteger(raw: string, range: IntegerRange): Converted<number> {
  const n = Number(raw);
  return INTEGER.test(raw) && Number.isSafeInteger(n) && n >= range.min && n <= range.max ? { value: n } : { error: `expected ${range.expected}` };
}

/** A finite number in decimal notation, within the range. */
export function decimalNumber(raw: string, range: NumberRange): Converted<number> {
  const n = Number(raw);
  const aboveMin = range.minIncluded ? n >= range.min : n > range.min;
  return DECIMAL.test(raw) && Number.isFinite(n) && aboveMin && n <= range.max ? { value: n } : { error: `expected ${range.expected}` };
}

export const POSITIVE_INTEGER: IntegerRange = { min: 1, max: 2 ** 31 - 1, expected: 'a positive integer' };
export const FRACTION: NumberRange = { min: 0, minIncluded: true, max: 1, expected: 'a number between 0 and 1' };

interface OptionSpec {
  readonly parse: (raw: string) => Converted<number>;
  /** How the message says what the option takes: `--threads must be an integer from 1 to 256`. */
  readonly says: string;
  readonly default?: number;
}

const NUMBER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  repeat: { parse: (r) => decimalInteger(r, { ...POSITIVE_INTEGER, max: 1_000_000 }), says: 'must be a positive integer (at most 1000000)', default: 1 },
  threads: { parse: (r) => decimalInteger(r, { min: 1, max: MAX_THREADS, expected: '' }), says: `must be an integer from 1 to ${MAX_THREADS}` },
  random: { parse: (r) => decimalInteger(r, { min: 0, max: 2 ** 32 - 1, expected: '' }), says: 'takes a seed: an integer from 0 to 4294967295' },
  port: { parse: (r) => decimalInteger(r, { min: 0, max: 65535, expected: '' }), says: 'takes a TCP port: an integer from 0 to 65535 (0: any free port)' },
  budget: { parse: (r) => decimalNumber(r, { min: 0, minIncluded: false, max: 1e7, expected: '' }), says: 'takes seconds (a positive number, at most 10000000)', default: 60 },
};

export type NumberOption = 'repeat' | 'threads' | 'random' | 'budget' | 'port';

/**
 * The numeric options among yargs' parsed (string) arguments: their values (the default where
 * the option is absent and has one), or a PIT7002 per bad value.
 */
export function numberOptions(args: Readonly<Record<string, unknown>>, names: readonly NumberOption[]): { values: Partial<Record<NumberOption, number>>; diagnostics: Diagnostic[] } {
  const values: Partial<Record<NumberOption, number>> = {};
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const spec = NUMBER_OPTIONS[name] as OptionSpec;
    const raw = args[name];
    if (raw === undefined) {
      if (spec.default !== undefined) values[name] = spec.default;
      continue;
    }
    if (Array.isArray(raw)) {
      diagnostics.push(diagnostic('PIT7002', `--${name} is given ${raw.length} times; give it once`));
      continue;
    }
    const text = String(raw);
    const parsed = spec.parse(text);
    if ('error' in parsed) diagnostics.push(diagnostic('PIT7002', `--${name} ${spec.says}, not ${text === '' ? 'an empty value' : `'${printable(text)}'`}`));
    else values[name] = parsed.value;
  }
  return { values, diagnostics };
}
