import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Token definitions of the .pit language. Order matters: chevrotain takes the first match. */

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });

function keyword(word: string, name: string): TokenType {
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, label: `'${word}'` });
}

export const Dim = keyword('dim', 'Dim');
export const Input = keyword('input', 'Input');
export const Weight = keyword('weight', 'Weight');
export const Output = keyword('output', 'Output');
export const Inf = keyword('inf', 'Inf');
export const Reducer = createToken({ name: 'Reducer', pattern: Lexer.NA, label: 'a reduction' });
export const Sum = createToken({ name: 'Sum', pattern: /sum/, longer_alt: Identifier, categories: [Reducer], label: "'sum'" });
export const Prod = createToken({ name: 'Prod', pattern: /prod/, longer_alt: Identifier, categories: [Reducer], label: "'prod'" });
// max and min are reductions before '[' and elementwise functions before '('.
export const Max = createToken({ name: 'Max', pattern: /max/, longer_alt: Identifier, categories: [Reducer], label: "'max'" });
export const Min = createToken({ name: 'Min', pattern: /min/, longer_alt: Identifier, categories: [Reducer], label: "'min'" });

/** A micro-tile shape such as 32x1 or 1x1x64 (only meaningful inside an annotation). */
export const Shape = createToken({
  name: 'Shape',
  pattern: /\d+(?:x\d+)+(?![A-Za-z0-9_.])/,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  label: 'a shape like 32x1',
});
export const NumberLit = createToken({
  name: 'NumberLit',
  pattern: /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z0-9_.])/,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'],
  label: 'a number',
});
/** Digits run into letters or dots ("2i", "1e", "1.2.3"): reported as a malformed number. */
export const BadNumber = createToken({
  name: 'BadNumber',
  pattern: /(?:\d|\.\d)[A-Za-z0-9_.]*/,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'],
  label: 'a number',
});

export const Compare = createToken({ name: 'Compare', pattern: Lexer.NA, label: 'a comparison' });
const comparison = (name: string, pattern: RegExp, text: string): TokenType =>
  createToken({ name, pattern, categories: [Compare], label: `'${text}'` });
export const LessEq = comparison('LessEq', /<=/, '<=');
export const GreaterEq = comparison('GreaterEq', />=/, '>=');
export const EqEq = comparison('EqEq', /==/, '==');
export const NotEq = comparison('NotEq', /!=/, '!=');
export const Less = comparison('Less', /</, '<');
export const Greater = comparison('Greater', />/, '>');

export const Assign = createToken({ name: 'Assign', pattern: /=/, label: "'='" });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: /\//, label: "'/'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/, label: "']'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const At = createToken({ name: 'At', pattern: /@/, label: "'@'" });
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true, label: 'end of line' });
// U+FEFF: the byte-order mark some editors put at the start of a UTF-8 file
export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\r\f\v\ufeff]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

export const allTokens: TokenType[] = [
  Whitespace,
  Comment,
  Newline,
  Dim,
  Input,
  Weight,
  Output,
  Inf,
  Sum,
  Prod,
  Max,
  Min,
  Reducer,
  Identifier,
  Shape,
  NumberLit,
  BadNumber,
  LessEq,
  GreaterEq,
  EqEq,
  NotEq,
  Less,
  Greater,
  Compare,
  Assign,
  Plus,
  Minus,
  Star,
  Slash,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  At,
];
