/**
 * Right-hand sides of the generated .pit statements, as a small tree printed with the fewest
 * parentheses that keep the meaning (a reduction extends to the right, so one that is not the
 * last thing printed is parenthesised).
 */
import type { AxisAffine } from './view.js';

export type PitExpr =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'access'; readonly tensor: string; readonly indices: readonly AxisAffine[] }
  | { readonly k: 'axis'; readonly name: string }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly PitExpr[] }
  | { readonly k: 'neg'; readonly arg: PitExpr }
  | { readonly k: 'bin'; readonly op: '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!='; readonly lhs: PitExpr; readonly rhs: PitExpr }
  | { readonly k: 'reduce'; readonly reducer: 'sum' | 'max' | 'min' | 'prod'; readonly axes: readonly string[]; readonly body: PitExpr }
  | { readonly k: 'top'; readonly axis: string; readonly count: number; readonly body: PitExpr };

export const num = (value: number): PitExpr => ({ k: 'num', value });
export const call = (fn: string, ...args: PitExpr[]): PitExpr => ({ k: 'call', fn, args });
export const bin = (op: Extract<PitExpr, { k: 'bin' }>['op'], lhs: PitExpr, rhs: PitExpr): PitExpr => ({ k: 'bin', op, lhs, rhs });
export const neg = (arg: PitExpr): PitExpr => ({ k: 'neg', arg });
export const reduce = (reducer: Extract<PitExpr, { k: 'reduce' }>['reducer'], axes: readonly string[], body: PitExpr): PitExpr => ({ k: 'reduce', reducer, axes, body });
export const axisValue = (name: string): PitExpr => ({ k: 'axis', name });

/** Precedence: comparison < additive < multiplicative < unary < primary. */
const PREC = { '<': 1, '<=': 1, '>': 1, '>=': 1, '==': 1, '!=': 1, '+': 2, '-': 2, '*': 3, '/': 3 } as const;

export function printPit(e: PitExpr): string {
  return print(e, 0, true);
}

/** `atEnd`: nothing is printed after this node at its level, so a reduction may stay bare. */
function print(e: PitExpr, minPrec: number, atEnd: boolean): string {
  switch (e.k) {
    case 'num':
      return literal(e.value, minPrec);
    case 'axis':
      return e.name;
    case 'access':
      return `${e.tensor}[${e.indices.map(printAffine).join(', ')}]`;
    case 'call':
      return `${e.fn}(${e.args.map((a) => print(a, 0, true)).join(', ')})`;
    case 'neg': {
      const text = `-${print(e.arg, 4, atEnd)}`;
      return minPrec > 4 ? `(${text})` : text;
    }
    case 'bin': {
      const p = PREC[e.op];
      // left-associative: the right operand of - and / (and of a comparison) needs a higher level
      const text = `${print(e.lhs, p, false)} ${e.op} ${print(e.rhs, p + 1, atEnd)}`;
      return p < minPrec ? `(${text})` : text;
    }
    case 'reduce': {
      const text = `${e.reducer}[${e.axes.join(', ')}] ${print(e.body, 0, true)}`;
      return atEnd && minPrec <= 0 ? text : `(${text})`;
    }
    case 'top': {
      const text = `top[${e.axis}, ${e.count}] ${print(e.body, 0, true)}`;
      return atEnd && minPrec <= 0 ? text : `(${text})`;
    }
  }
}

/**
 * A number as the shortest literal that is the same f32 (the language's literals are f32):
 * `inf`, `-inf`, `(inf - inf)` for NaN (the language has no NaN literal).
 */
export function literal(value: number, minPrec = 0): string {
  if (Number.isNaN(value)) return '(inf - inf)';
  if (value === Infinity) return 'inf';
  const negative = value < 0 || Object.is(value, -0);
  const text = negative ? `-${positiveLiteral(-value)}` : positiveLiteral(value);
  return negative && minPrec > 0 ? `(${text})` : text;
}

function positiveLiteral(value: number): string {
  if (value === Infinity) return 'inf';
  const target = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === target) return normalise(text);
  }
  return normalise(String(target));
}

/** `1.50e+3` → `1.5e3`; the lexer reads both, the short form reads better. */
function normalise(text: string): string {
  const [mantissa, exponent] = text.split('e');
  const m = mantissa?.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : (mantissa as string);
  if (exponent === undefined) return m;
  return `${m}e${Number(exponent)}`;
}

export function printAffine(a: AxisAffine): string {
  const parts: string[] = [];
  for (const t of a.terms) {
    const term = t.coef === 1 ? t.axis : t.coef === -1 ? `-${t.axis}` : `${t.coef}*${t.axis}`;
    parts.push(parts.length === 0 ? term : term.startsWith('-') ? `- ${term.slice(1)}` : `+ ${term}`);
  }
  if (a.constant !== 0 || parts.length === 0) {
    const c = a.constant;
    parts.push(parts.length === 0 ? String(c) : c < 0 ? `- ${-c}` : `+ ${c}`);
  }
  return parts.join(' ');
}

/** Visits every node, parents first. */
export function walkPit(e: PitExpr, visit: (e: PitExpr) => void): void {
  visit(e);
  switch (e.k) {
    case 'call':
      e.args.forEach((a) => walkPit(a, visit));
      return;
    case 'neg':
      walkPit(e.arg, visit);
      return;
    case 'bin':
      walkPit(e.lhs, visit);
      walkPit(e.rhs, visit);
      return;
    case 'reduce':
    case 'top':
      walkPit(e.body, visit);
      return;
    default:
      return;
  }
}
