/**
 * The `.npy` header: a Python dict literal such as
 * `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`, read by a small parser for the
 * literal subset NumPy writes (never evaluated). The parser is bounded: nesting deeper than
 * MAX_HEADER_NESTING is refused as a malformed header before it could exhaust the stack.
 */
import { invariant } from '../../ir/core/errors.js';
import { printable } from '../../ir/core/printable.js';

/** NumPy's own headers nest two levels (a dict holding a tuple); structured dtypes a few more. */
export const MAX_HEADER_NESTING = 32;

export interface NpyHeader {
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
}

export interface HeaderProblem {
  readonly code: 'PIT6012' | 'PIT6014';
  readonly message: string;
}

export const SUPPORTED_DESCRS = "supported are '<f4' (f32), '<i4' (i32) and '|b1' (bool)";

const HEADER_KEYS = ['descr', 'fortran_order', 'shape'];

const malformed = (message: string): HeaderProblem => ({ code: 'PIT6014', message: `malformed .npy header: ${message}` });

/** The header's meaning, or what is wrong with it (every quoted piece of the file made printable). */
export function parseHeader(text: string): NpyHeader | HeaderProblem {
  const literal = parsePythonLiteral(text);
  if (typeof literal === 'string') return malformed(literal);
  if (literal.kind !== 'dict') return malformed(`expected a dict, found ${describe(literal)}`);
  const keys = literal.entries.map(([k]) => k);
  const missing = HEADER_KEYS.filter((k) => !keys.includes(k));
  if (missing.length > 0) return malformed(`missing key${plural(missing)} ${quoteAll(missing)}`);
  // NumPy refuses unknown keys too, so a file we accept is a file NumPy accepts
  const extra = keys.filter((k) => !HEADER_KEYS.includes(k));
  if (extra.length > 0) return malformed(`unexpected key${plural(extra)} ${quoteAll(extra)}`);
  const value = (key: string): PyValue => {
    const entry = literal.entries.find(([k]) => k === key);
    invariant(entry, 'npy', `header key '${key}' vanished`);
    return entry[1];
  };

  const descr = value('descr');
  if (descr.kind !== 'str') {
    const what = descr.kind === 'list' ? 'a structured dtype (a list of fields)' : describe(descr);
    return { code: 'PIT6012', message: `element type ${what} is not supported; ${SUPPORTED_DESCRS}` };
  }
  const fortran = value('fortran_order');
  if (fortran.kind !== 'bool') return malformed(`'fortran_order' must be True or False, found ${describe(fortran)}`);
  const shapeValue = value('shape');
  if (shapeValue.kind !== 'tuple') return malformed(`'shape' must be a tuple, found ${describe(shapeValue)}`);
  const shape: number[] = [];
  for (const item of shapeValue.items) {
    if (item.kind !== 'num' || !item.integer) return malformed(`shape entry ${describe(item)} is not an integer`);
    if (item.value < 0) return malformed(`shape entry ${item.text} is negative`);
    shape.push(item.value);
  }
  return { descr: descr.value, fortranOrder: fortran.value, shape };
}

function plural(items: readonly unknown[]): string {
  return items.length > 1 ? 's' : '';
}

function quoteAll(names: readonly string[]): string {
  return names.map((k) => `'${shorten(k)}'`).join(', ');
}

/** A piece of the header for a message: printable, and never more than a line's worth. */
export function shorten(text: string, max = 40): string {
  const shown = printable(text);
  return shown.length > max ? `${shown.slice(0, max)}...` : shown;
}

/** The Python literal values a `.npy` header may contain. */
type PyValue =
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'num'; readonly value: number; readonly integer: boolean; readonly text: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'tuple' | 'list'; readonly items: readonly PyValue[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [string, PyValue])[] };

function describe(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return `'${shorten(v.value)}'`;
    case 'num':
      return shorten(v.text);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'tuple':
      return `a tuple of ${v.items.length}`;
    case 'list':
      return `a list of ${v.items.length}`;
    case 'dict':
      return 'a dict';
  }
}

/**
 * Parses one Python literal (dict, tuple, list, string, int, float, True/False/None) filling the
 * whole text save surrounding whitespace. Returns the value or a problem in words.
 */
function parsePythonLiteral(text: string): PyValue | string {
  let pos = 0;
  const where = (): string => (pos >= text.length ? 'at the end' : `at offset ${pos}, near ${JSON.stringify(printable(text.slice(pos, pos + 16)))}`);
  const skipSpace = (): void => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const expectAfterItem = (close: string): string | undefined => {
    skipSpace();
    if (text[pos] === ',') {
      pos++;
      return undefined;
    }
    if (text[pos] === close) return undefined;
    return `expected ',' or '${close}' ${where()}`;
  };

  // `depth` counts the brackets around the value: the recursion below is bounded by it
  const parseValue = (depth: number): PyValue | string => {
    skipSpace();
    const c = text.charAt(pos);
    if (c === '{' || c === '(' || c === '[') {
      if (depth >= MAX_HEADER_NESTING) return `brackets nested more than ${MAX_HEADER_NESTING} deep ${where()}`;
      return c === '{' ? parseDict(depth + 1) : parseSequence(c, depth + 1);
    }
    if (c === "'" || c === '"') return parseString();
    if (/[-+0-9.]/.test(c)) return parseNumber();
    const word = /^[A-Za-z_]\w*/.exec(text.slice(pos, pos + 64))?.[0];
    if (word === 'True' || word === 'False') {
      pos += word.length;
      return { kind: 'bool', value: word === 'True' };
    }
    if (word === 'None') {
      pos += word.length;
      return { kind: 'none' };
    }
    return `expected a value ${where()}`;
  };

  const parseDict = (depth: number): PyValue | string => {
    pos++; // '{'
    const entries: [string, PyValue][] = [];
    const seen = new Set<string>();
    for (;;) {
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'dict', entries };
      }
      const key = parseValue(depth);
      if (typeof key === 'string') return key;
      if (key.kind !== 'str') return `dict keys must be strings, found ${describe(key)}`;
      if (seen.has(key.value)) return `key '${shorten(key.value)}' appears twice`;
      seen.add(key.value);
      skipSpace();
      if (text[pos] !== ':') return `expected ':' after '${shorten(key.value)}' ${where()}`;
      pos++;
      const value = parseValue(depth);
      if (typeof value === 'string') return value;
      entries.push([key.value, value]);
      const problem = expectAfterItem('}');
      if (problem) return problem;
    }
  };

  const parseSequence = (open: '(' | '[', depth: number): PyValue | string => {
    const close = open === '(' ? ')' : ']';
    pos++;
    const items: PyValue[] = [];
    let sawComma = false;
    for (;;) {
      skipSpace();
      if (text[pos] === close) {
        pos++;
        // `(5)` is a parenthesised int in Python, not a tuple: only `(5,)` is
        if (open === '(' && items.length === 1 && !sawComma) return items[0] as PyValue;
        return { kind: open === '(' ? 'tuple' : 'list', items };
      }
      const item = parseValue(depth);
      if (typeof item === 'string') return item;
      items.push(item);
      skipSpace();
      if (text[pos] === ',') sawComma = true;
      const problem = expectAfterItem(close);
      if (problem) return problem;
    }
  };

  const parseString = (): PyValue | string => {
    const quote = text[pos];
    const start = pos;
    pos++;
    let value = '';
    while (pos < text.length && text[pos] !== quote) {
      const c = text.charAt(pos);
      if (c === '\n') break;
      if (c === '\\') {
        const escaped = readEscape(text, pos + 1);
        if (escaped === undefined) return `bad escape in string ${where()}`;
        value += escaped.char;
        pos = escaped.next;
      } else {
        value += c;
        pos++;
      }
    }
    if (text[pos] !== quote) {
      pos = start;
      return `unterminated string ${where()}`;
    }
    pos++;
    return { kind: 'str', value };
  };

  const parseNumber = (): PyValue | string => {
    // Python 2 era files may write longs as `3L`; NumPy still reads them, so do we
    const match = /^[-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)L?/.exec(text.slice(pos));
    if (!match) return `malformed number ${where()}`;
    const raw = match[0];
    pos += raw.length;
    const digits = raw.endsWith('L') ? raw.slice(0, -1) : raw;
    const integer = /^[-+]?\d+$/.test(digits);
    return { kind: 'num', value: Number(digits), integer, text: digits };
  };

  const value = parseValue(0);
  if (typeof value === 'string') return value;
  skipSpace();
  if (pos < text.length) return `unexpected text after the header dict ${where()}`;
  return value;
}

function readEscape(text: string, at: number): { char: string; next: number } | undefined {
  const c = text[at];
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
  if (c === undefined) return undefined;
  if (c in simple) return { char: simple[c] ?? '', next: at + 1 };
  if (c === 'x' || c === 'u') {
    const width = c === 'x' ? 2 : 4;
    const hex = text.slice(at + 1, at + 1 + width);
    if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return undefined;
    return { char: String.fromCharCode(parseInt(hex, 16)), next: at + 1 + width };
  }
  return { char: `\\${c}`, next: at + 1 }; // Python keeps unknown escapes verbatim
}
