import { lineColOf, type SourceFile } from '../../ir/core/span.js';
import type * as Ast from './ast.js';

/**
 * The AST as text: one statement per line, prefixed with its line:col, expressions fully
 * parenthesised so the parse (precedence, how far a reduction reaches) is visible.
 */
export function printAst(program: Ast.Program, source: SourceFile): string {
  return program.statements
    .map((s) => {
      const { line, col } = lineColOf(source, s.span.start);
      return `${`${line}:${col}`.padEnd(7)} ${printStatement(s)}`;
    })
    .join('\n') + '\n';
}

function printStatement(s: Ast.Statement): string {
  switch (s.kind) {
    case 'dim':
      return `dim ${s.dims.map((d) => (d.default ? `${d.name.name} = ${d.default.value}` : d.name.name)).join(', ')}`;
    case 'tensor': {
      const shape = s.shape.map((d) => (d.kind === 'int' ? String(d.value) : d.name)).join(', ');
      return `${s.role} ${s.name.name} : ${s.dtype.name}[${shape}]${printAnnotations(s.annotations)}`;
    }
    case 'output':
      return `output ${s.names.map((n) => n.name).join(', ')}`;
    case 'def':
      return `def ${s.target.name}[${s.indices.map((i) => i.name).join(', ')}] = ${printExpr(s.expr)}${printAnnotations(s.annotations)}`;
  }
}

function printAnnotations(annotations: readonly Ast.Annotation[]): string {
  return annotations
    .map((a) => {
      const args = a.args.map((x) => (x.kind === 'shape' ? x.extents.join('x') : x.kind === 'number' ? x.text : x.name));
      return ` @${a.name.name}${a.args.length > 0 ? `(${args.join(', ')})` : ''}`;
    })
    .join('');
}

export function printExpr(e: Ast.Expr): string {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'name':
      return e.name;
    case 'access':
      return `${e.tensor.name}[${e.indices.map(printExpr).join(', ')}]`;
    case 'call':
      return `${e.fn.name}(${e.args.map(printExpr).join(', ')})`;
    case 'neg':
      return `(-${printExpr(e.arg)})`;
    case 'binary':
      return `(${printExpr(e.lhs)} ${e.op} ${printExpr(e.rhs)})`;
    case 'reduce':
      return `(${e.reducer}[${e.axes.map((a) => a.name).join(', ')}] ${printExpr(e.body)})`;
    case 'top':
      return `(top[${e.args.map(printExpr).join(', ')}] ${printExpr(e.body)})`;
  }
}
