import type { CstElement, CstNode, IToken } from 'chevrotain';
import { InternalError } from '../../ir/core/errors.js';
import type { Span } from '../../ir/core/span.js';
import type * as Ast from './ast.js';

/**
 * Turns the chevrotain CST of one statement into our AST. The CST's shape is fixed by the
 * grammar in parser.ts; a mismatch here is a pitc bug, reported as an internal error.
 */
export function statementToAst(cst: CstNode, file: string): Ast.Statement {
  return new CstReader(file).statement(cst);
}

const STAGE = 'parse';

class CstReader {
  constructor(private readonly file: string) {}

  statement(node: CstNode): Ast.Statement {
    const inner = this.onlyNode(node);
    switch (inner.name) {
      case 'dimDecl':
        return { kind: 'dim', dims: this.nodes(inner, 'dimDeclItem').map((d) => this.dimDeclItem(d)), span: this.nodeSpan(inner) };
      case 'tensorDecl':
        return this.tensorDecl(inner);
      case 'outputDecl':
        return { kind: 'output', names: this.tokens(inner, 'Identifier').map((t) => this.ident(t)), span: this.nodeSpan(inner) };
      case 'definition':
        return this.definition(inner);
      default:
        throw new InternalError(STAGE, `unexpected statement node '${inner.name}'`);
    }
  }

  private dimDeclItem(node: CstNode): Ast.DimDeclItem {
    const name = this.ident(this.token(node, 'Identifier'));
    const value = node.children['NumberLit']?.[0] as IToken | undefined;
    return value ? { name, default: { value: Number(value.image), span: this.tokenSpan(value) } } : { name };
  }

  private tensorDecl(node: CstNode): Ast.TensorDecl {
    const role = this.token(node, 'role').image === 'input' ? 'input' : 'weight';
    return {
      kind: 'tensor',
      role,
      name: this.ident(this.token(node, 'name')),
      dtype: this.ident(this.token(node, 'dtype')),
      shape: this.nodes(node, 'dimRef').map((d) => this.dimRef(d)),
      annotations: this.nodes(node, 'annotation').map((a) => this.annotation(a)),
      span: this.nodeSpan(node),
    };
  }

  private dimRef(node: CstNode): Ast.DimRef {
    const tok = this.onlyToken(node);
    const span = this.tokenSpan(tok);
    return tok.tokenType.name === 'NumberLit'
      ? { kind: 'int', value: Number(tok.image), span }
      : { kind: 'name', name: tok.image, span };
  }

  private definition(node: CstNode): Ast.Definition {
    return {
      kind: 'def',
      target: this.ident(this.token(node, 'target')),
      indices: this.tokens(node, 'index').map((t) => this.ident(t)),
      expr: this.expression(this.node(node, 'expression')),
      annotations: this.nodes(node, 'annotation').map((a) => this.annotation(a)),
      span: this.nodeSpan(node),
    };
  }

  private annotation(node: CstNode): Ast.Annotation {
    const args = this.nodes(node, 'annotationArg').map((a): Ast.AnnotationArg => {
      const tok = this.onlyToken(a);
      const span = this.tokenSpan(tok);
      switch (tok.tokenType.name) {
        case 'Shape':
          return { kind: 'shape', extents: tok.image.split('x').map(Number), span };
        case 'NumberLit':
          return { kind: 'number', value: Number(tok.image), text: tok.image, span };
        default:
          return { kind: 'name', name: tok.image, span };
      }
    });
    return { name: this.ident(this.token(node, 'Identifier')), args, span: this.nodeSpan(node) };
  }

  /** expression, additive and multiplicative share one shape: operand (op operand)*. */
  private binaryChain(node: CstNode, next: (n: CstNode) => Ast.Expr): Ast.Expr {
    const operands = this.nodes(node, 'operand');
    const ops = (node.children['op'] ?? []) as IToken[];
    let result = next(operands[0] ?? this.missing(node, 'operand'));
    ops.forEach((opTok, i) => {
      const rhs = next(operands[i + 1] ?? this.missing(node, 'operand'));
      const span = { file: this.file, start: result.span.start, end: rhs.span.end };
      result = { kind: 'binary', op: opTok.image as Ast.BinaryOpText, lhs: result, rhs, span };
    });
    return result;
  }

  private expression(node: CstNode): Ast.Expr {
    return this.binaryChain(node, (n) => this.binaryChain(n, (m) => this.binaryChain(m, (u) => this.unary(u))));
  }

  private unary(node: CstNode): Ast.Expr {
    const inner = node.children['unary'];
    if (inner) {
      const arg = this.unary(inner[0] as CstNode);
      return { kind: 'neg', arg, span: this.nodeSpan(node) };
    }
    return this.primary(this.node(node, 'primary'));
  }

  private primary(node: CstNode): Ast.Expr {
    const child = node.children;
    const span = this.nodeSpan(node);
    if (child['reduction']) return this.reduction(child['reduction'][0] as CstNode);
    if (child['minMaxCall']) {
      const call = child['minMaxCall'][0] as CstNode;
      const fn = this.ident(this.token(call, 'fn'));
      return { kind: 'call', fn, args: this.args(this.node(call, 'callArgs')), span };
    }
    if (child['NumberLit']) {
      const tok = child['NumberLit'][0] as IToken;
      return { kind: 'number', value: Number(tok.image), text: tok.image, span };
    }
    if (child['Inf']) return { kind: 'number', value: Infinity, text: 'inf', span };
    if (child['parenthesized']) return this.expression(this.node(child['parenthesized'][0] as CstNode, 'expression'));
    const use = this.node(node, 'nameUse');
    const name = this.ident(this.token(use, 'Identifier'));
    if (use.children['indexList']) {
      const indices = this.args(use.children['indexList'][0] as CstNode);
      const selected = use.children['selected'];
      if (selected) return { kind: 'top', keyword: name, args: indices, body: this.expression(selected[0] as CstNode), span };
      return { kind: 'access', tensor: name, indices, span };
    }
    if (use.children['callArgs']) {
      return { kind: 'call', fn: name, args: this.args(use.children['callArgs'][0] as CstNode), span };
    }
    return { kind: 'name', name: name.name, span: name.span };
  }

  private reduction(node: CstNode): Ast.Expr {
    const reducerTok = this.token(node, 'Reducer');
    return {
      kind: 'reduce',
      reducer: reducerTok.image as Ast.ReducerName,
      axes: this.tokens(node, 'Identifier').map((t) => this.ident(t)),
      body: this.expression(this.node(node, 'expression')),
      span: this.nodeSpan(node),
    };
  }

  private args(node: CstNode): Ast.Expr[] {
    return this.nodes(node, 'expression').map((e) => this.expression(e));
  }

  // --- CST access helpers

  private ident(tok: IToken): Ast.Ident {
    return { name: tok.image, span: this.tokenSpan(tok) };
  }

  private tokenSpan(tok: IToken): Span {
    return { file: this.file, start: tok.startOffset, end: (tok.endOffset ?? tok.startOffset) + 1 };
  }

  private nodeSpan(node: CstNode): Span {
    const loc = node.location;
    if (!loc || Number.isNaN(loc.startOffset)) throw new InternalError(STAGE, `CST node '${node.name}' has no location`);
    return { file: this.file, start: loc.startOffset, end: (loc.endOffset ?? loc.startOffset) + 1 };
  }

  private nodes(node: CstNode, key: string): CstNode[] {
    return (node.children[key] ?? []) as CstNode[];
  }

  private node(node: CstNode, key: string): CstNode {
    return (node.children[key]?.[0] as CstNode | undefined) ?? this.missing(node, key);
  }

  private tokens(node: CstNode, key: string): IToken[] {
    return (node.children[key] ?? []) as IToken[];
  }

  private token(node: CstNode, key: string): IToken {
    return (node.children[key]?.[0] as IToken | undefined) ?? this.missing(node, key);
  }

  private onlyNode(node: CstNode): CstNode {
    const all = Object.values(node.children).flat() as CstElement[];
    const first = all[0];
    if (all.length !== 1 || !first || !('children' in first)) throw new InternalError(STAGE, `'${node.name}' should have one child node`);
    return first;
  }

  private onlyToken(node: CstNode): IToken {
    const all = Object.values(node.children).flat() as CstElement[];
    const first = all[0];
    if (all.length !== 1 || !first || 'children' in first) throw new InternalError(STAGE, `'${node.name}' should have one token`);
    return first;
  }

  private missing(node: CstNode, key: string): never {
    throw new InternalError(STAGE, `CST node '${node.name}' lacks '${key}'`);
  }
}
