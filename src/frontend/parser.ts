import { CstParser, tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { editDistance } from './check/builtins.js';
import * as T from './tokens.js';

/** Human names for what a grammar rule expects, used in "expected ..." messages. */
const RULE_WHAT: Record<string, string> = {
  statement: "a declaration ('dim', 'input', 'weight', 'output') or a definition like y[i] = ...",
  dimDecl: 'a dimension name',
  dimRef: 'a dimension (a number or a declared dim)',
  outputDecl: 'the name of a tensor to output',
  reduction: 'a reduction axis name (as in sum[k])',
  minMaxCall: "'(' (max(a, b) is elementwise; max[k] reduces)",
  annotationArg: 'an annotation argument such as 32x1',
  primary: 'an expression',
  unary: 'an expression',
  expression: 'an expression',
};

function tokenText(token: IToken): string {
  if (token.tokenType.name === 'EOF') return 'end of line';
  if (token.tokenType === T.Newline) return 'end of line';
  return `'${token.image}'`;
}

/** Binary operators and '-': a line ending on one is an unfinished expression. */
export const OPERATORS: ReadonlySet<TokenType> = new Set([T.Plus, T.Minus, T.Star, T.Slash, T.LessEq, T.GreaterEq, T.EqEq, T.NotEq, T.Less, T.Greater]);

/** Rules that end with a closing bracket after an expression. */
const CLOSING_RULES: ReadonlySet<string> = new Set(['callArgs', 'indexList', 'parenthesized']);

function chainedComparison(second: IToken): string {
  return `comparisons cannot be chained: found a second ${tokenText(second)} (compare two values at a time, with parentheses)`;
}

const KEYWORDS = ['dim', 'input', 'weight', 'output'];

/** ` (did you mean 'output'?)` for a name that looks like a misspelt or glued-on keyword. */
export function keywordHint(name: string): string {
  const glued = KEYWORDS.find((k) => name.startsWith(k) && /^[A-Za-z_]/.test(name.slice(k.length)));
  if (glued) return ` (did you mean '${glued} ${name.slice(glued.length)}'?)`;
  const near = KEYWORDS.find((k) => name.length >= 3 && editDistance(name, k) <= 2);
  return near ? ` (did you mean '${near}'?)` : '';
}

function labelOf(type: TokenType): string {
  return type.LABEL ?? type.name;
}

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    // inside brackets, a comparison can only be left over when the expression already had one
    if (tokenMatcher(actual, T.Compare) && CLOSING_RULES.has(ruleName)) return chainedComparison(actual);
    return `expected ${labelOf(expected)} but found ${tokenText(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    // the grammar has one optional comparison per expression, so 'a < b < c' stops at the second
    if (tokenMatcher(firstRedundant, T.Compare)) return chainedComparison(firstRedundant);
    return `unexpected ${tokenText(firstRedundant)} after the end of the statement`;
  },
  buildNoViableAltMessage({ actual, previous, ruleName }) {
    const found = actual[0];
    if (found && tokenMatcher(found, T.Reducer)) {
      const r = found.image;
      const call = r === 'max' || r === 'min' ? ` or '(' (the elementwise ${r}(a, b))` : '';
      return `expected '[' after '${r}' (a reduction such as ${r}[k] x[i, k])${call}`;
    }
    const what = RULE_WHAT[ruleName] ?? ruleName;
    const atEnd = !found || found.tokenType.name === 'EOF';
    const afterOperator = atEnd && previous && OPERATORS.has(previous.tokenType);
    // a newline ends a statement unless a bracket is open: say so when a line ends mid-expression
    const after = afterOperator ? ` after '${previous.image}'` : '';
    const hint = afterOperator ? ' (to continue an expression on the next line, wrap it in parentheses)' : '';
    return `expected ${what}${after} but found ${found ? tokenText(found) : 'end of line'}${hint}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    const found = actual[0];
    const what = RULE_WHAT[ruleName] ?? ruleName;
    return `expected ${what} but found ${found ? tokenText(found) : 'end of line'}`;
  },
};

/**
 * The grammar of one .pit statement (the lexer splits the file into statements at newlines).
 * Grammar only: no semantic actions; the CST is turned into an AST in cst-to-ast.ts.
 */
export class PitParser extends CstParser {
  constructor() {
    super(T.allTokens, { nodeLocationTracking: 'onlyOffset', errorMessageProvider: messages, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.dimDecl) },
      { ALT: () => this.SUBRULE(this.tensorDecl) },
      { ALT: () => this.SUBRULE(this.outputDecl) },
      { ALT: () => this.SUBRULE(this.definition) },
    ]);
  });

  dimDecl = this.RULE('dimDecl', () => {
    this.CONSUME(T.Dim);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.dimDeclItem) });
  });

  dimDeclItem = this.RULE('dimDeclItem', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      this.CONSUME(T.NumberLit);
    });
  });

  tensorDecl = this.RULE('tensorDecl', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Input, { LABEL: 'role' }) }, { ALT: () => this.CONSUME(T.Weight, { LABEL: 'role' }) }]);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Identifier, { LABEL: 'dtype' });
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.dimRef) });
    this.CONSUME(T.RBracket);
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  dimRef = this.RULE('dimRef', () => {
    this.OR([{ ALT: () => this.CONSUME(T.NumberLit) }, { ALT: () => this.CONSUME(T.Identifier) }]);
  });

  outputDecl = this.RULE('outputDecl', () => {
    this.CONSUME(T.Output);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
  });

  definition = this.RULE('definition', () => {
    this.CONSUME(T.Identifier, { LABEL: 'target' });
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'index' }) });
    this.CONSUME(T.RBracket);
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression);
    this.MANY(() => this.SUBRULE(this.annotation));
  });

  annotation = this.RULE('annotation', () => {
    this.CONSUME(T.At);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.annotationArg) });
      this.CONSUME(T.RParen);
    });
  });

  annotationArg = this.RULE('annotationArg', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Shape) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.Identifier) },
    ]);
  });

  expression = this.RULE('expression', () => {
    this.SUBRULE(this.additive, { LABEL: 'operand' });
    this.OPTION(() => {
      this.CONSUME(T.Compare, { LABEL: 'op' });
      this.SUBRULE2(this.additive, { LABEL: 'operand' });
    });
  });

  additive = this.RULE('additive', () => {
    this.SUBRULE(this.multiplicative, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus, { LABEL: 'op' }) }, { ALT: () => this.CONSUME(T.Minus, { LABEL: 'op' }) }]);
      this.SUBRULE2(this.multiplicative, { LABEL: 'operand' });
    });
  });

  multiplicative = this.RULE('multiplicative', () => {
    this.SUBRULE(this.unary, { LABEL: 'operand' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Star, { LABEL: 'op' }) }, { ALT: () => this.CONSUME(T.Slash, { LABEL: 'op' }) }]);
      this.SUBRULE2(this.unary, { LABEL: 'operand' });
    });
  });

  unary = this.RULE('unary', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unary);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.reduction) },
      { ALT: () => this.SUBRULE(this.minMaxCall) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.Inf) },
      { ALT: () => this.SUBRULE(this.nameUse) },
      { ALT: () => this.SUBRULE(this.parenthesized) },
    ]);
  });

  /** `sum[k] body`: the body extends as far right as possible, like a lambda. */
  reduction = this.RULE('reduction', () => {
    this.CONSUME(T.Reducer);
    this.CONSUME(T.LBracket);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
    this.CONSUME(T.RBracket);
    this.SUBRULE(this.expression);
  });

  /** `max(a, b)` / `min(a, b)`: the elementwise forms of the max and min keywords. */
  minMaxCall = this.RULE('minMaxCall', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Max, { LABEL: 'fn' }) }, { ALT: () => this.CONSUME(T.Min, { LABEL: 'fn' }) }]);
    this.SUBRULE(this.callArgs);
  });

  /**
   * A bare name (index value), an access `x[i, j]` or a call `relu(e)`; and `top[e, 2] body`,
   * the selection of the k largest along an axis (extension): `top` followed by brackets and
   * then an operand. The word stays a name (`top[i, j] * 2` reads a tensor called top).
   */
  nameUse = this.RULE('nameUse', () => {
    const name = this.CONSUME(T.Identifier);
    let indexed = false;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.SUBRULE(this.indexList);
            indexed = true;
          },
        },
        { ALT: () => this.SUBRULE(this.callArgs) },
      ]);
    });
    this.OPTION2({
      GATE: () => indexed && name.image === 'top' && startsOperand(this.LA(1).tokenType),
      DEF: () => this.SUBRULE(this.expression, { LABEL: 'selected' }),
    });
  });

  indexList = this.RULE('indexList', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(T.RBracket);
  });

  callArgs = this.RULE('callArgs', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(T.RParen);
  });

  parenthesized = this.RULE('parenthesized', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });
}

/** Tokens an operand can start with: after `top[...]` they begin the selected expression (a '-' is subtraction). */
function startsOperand(type: TokenType): boolean {
  return [T.Identifier, T.NumberLit, T.Inf, T.LParen, T.Sum, T.Prod, T.Max, T.Min].includes(type);
}

let shared: PitParser | undefined;

/** One parser instance for the process: chevrotain's self-analysis is costly, reuse is cheap. */
export function pitParser(): PitParser {
  shared ??= new PitParser();
  return shared;
}
