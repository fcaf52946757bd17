import { diagnostic } from '../../../ir/core/diagnostic.js';
import type { Span } from '../../../ir/core/span.js';
import { promoteArithmetic, type DType } from '../../../ir/dtype.js';
import type { AffineIndex, BinaryOp, Reducer, ScalarExpr } from '../../../ir/expr/tensor-expr.js';
import type * as Ast from '../ast.js';
import { toAffine } from './affine.js';
import { OTHER_FUNCTIONS, suggestFunction, UNARY_FUNCTIONS } from './builtins.js';
import type { AccessSite, CheckEnv } from './env.js';

/** A reduction axis after renaming apart: its IR name and where the user wrote it. */
export interface ReduceAxisSite {
  readonly name: string;
  readonly written: Ast.Ident;
}

/**
 * Lowers the right-hand side of one definition to a typed ScalarExpr, resolving names against
 * the output indices and the enclosing reductions. Problems become diagnostics and the
 * offending node lowers to a placeholder so that checking can go on.
 */
export class ExprLowerer {
  readonly accesses: AccessSite[] = [];
  readonly reduceAxes: ReduceAxisSite[] = [];
  /** IR axis names that were read somewhere (index or value). */
  readonly usedAxes = new Set<string>();
  /** Whether the expression reads a tensor whose own declaration or definition is in error. */
  readsBrokenTensor = false;
  /** Stand-ins for nodes that already have an error: they must not cause type errors of their own. */
  private readonly placeholders = new WeakSet<ScalarExpr>();
  private readonly frames: Map<string, string>[] = [];
  /** IR names given to reduction axes so far. */
  private readonly assignedNames = new Set<string>();

  /** `writtenNames`: every identifier in the definition, so renamed axes never collide with one. */
  constructor(
    private readonly env: CheckEnv,
    private readonly spatial: ReadonlySet<string>,
    private readonly writtenNames: ReadonlySet<string>,
  ) {}

  lower(expr: Ast.Expr): ScalarExpr {
    switch (expr.kind) {
      case 'number':
        // literals are f32 (DESIGN §3): 0.1 means the f32 nearest 0.1, on every target
        return { kind: 'const', dtype: 'f32', value: Math.fround(expr.value) };
      case 'name': {
        const axis = this.resolveAxis(expr.name, expr.span);
        return axis === undefined ? this.placeholder() : { kind: 'axis', dtype: 'i32', axis, span: expr.span };
      }
      case 'access':
        return this.access(expr);
      case 'call':
        return this.call(expr);
      case 'neg': {
        const arg = this.lower(expr.arg);
        return { kind: 'unary', op: 'neg', dtype: arg.dtype === 'f32' ? 'f32' : 'i32', arg };
      }
      case 'binary':
        return this.binary(expr.op, this.lower(expr.lhs), this.lower(expr.rhs));
      case 'reduce':
        return this.reduce(expr);
      case 'top':
        return this.top(expr);
    }
  }

  /** Looks a name up as an index; reports (and returns undefined) when it is not one. */
  resolveAxis(name: string, span: Span): string | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const renamed = this.frames[i]?.get(name);
      if (renamed !== undefined) {
        this.usedAxes.add(renamed);
        return renamed;
      }
    }
    if (this.spatial.has(name)) {
      this.usedAxes.add(name);
      return name;
    }
    const tensor = this.env.tensors.get(name);
    if (tensor) {
      this.env.diagnostics.push(
        diagnostic('PIT3003', `tensor '${name}' needs ${tensor.shape.length} ${plural(tensor.shape.length, 'index', 'indices')}: write ${name}[...]`, span),
      );
    } else if (this.env.dims.has(name)) {
      this.env.usedDims.add(name);
      this.env.diagnostics.push(diagnostic('PIT3019', `'${name}' is a dimension, not an index; a dimension cannot be used as a value`, span));
    } else {
      this.env.diagnostics.push(
        diagnostic('PIT3005', `index '${name}' is not bound: it is neither an output index nor bound by an enclosing reduction`, span),
      );
    }
    return undefined;
  }

  private access(expr: Extract<Ast.Expr, { kind: 'access' }>): ScalarExpr {
    const name = expr.tensor.name;
    const tensor = this.env.tensors.get(name);
    if (!tensor) {
      const later = this.env.definedLater.get(name);
      const message = later ? `tensor '${name}' is used before it is defined` : `unknown tensor '${name}'`;
      this.env.diagnostics.push(diagnostic('PIT3001', message, expr.tensor.span, later ? [{ message: `'${name}' is defined here`, span: later }] : []));
      for (const ix of expr.indices) toAffine(ix, (n, s) => this.resolveAxis(n, s), this.env);
      return this.placeholder();
    }
    this.env.usedTensors.add(name);
    if (expr.indices.length !== tensor.shape.length) {
      this.env.diagnostics.push(
        diagnostic(
          'PIT3003',
          `tensor '${name}' has ${tensor.shape.length} ${plural(tensor.shape.length, 'dimension', 'dimensions')} but is indexed with ${expr.indices.length}`,
          expr.span,
          tensor.span ? [{ message: `'${name}' is declared here`, span: tensor.span }] : [],
        ),
      );
      return this.placeholder(tensor.dtype);
    }
    const indices: AffineIndex[] = [];
    for (const ix of expr.indices) {
      const affine = toAffine(ix, (n, s) => this.resolveAxis(n, s), this.env);
      if (!affine) return this.placeholder(tensor.dtype);
      indices.push(affine);
    }
    if (this.env.brokenTensors.has(name)) {
      this.readsBrokenTensor = true;
      return this.placeholder(tensor.dtype);
    }
    this.accesses.push({ tensor, indices, indexSpans: expr.indices.map((i) => i.span), span: expr.span });
    return { kind: 'access', dtype: tensor.dtype, tensor: name, indices, span: expr.span };
  }

  private call(expr: Extract<Ast.Expr, { kind: 'call' }>): ScalarExpr {
    const name = expr.fn.name;
    const unary = UNARY_FUNCTIONS.get(name);
    const arity = unary ? 1 : OTHER_FUNCTIONS.get(name);
    if (arity === undefined) {
      const hint = suggestFunction(name);
      const tensorHint = this.env.tensors.has(name) ? ` ('${name}' is a tensor: index it with [ ])` : hint ? ` (did you mean '${hint}'?)` : '';
      this.env.diagnostics.push(diagnostic('PIT3012', `unknown function '${name}'${tensorHint}`, expr.fn.span));
      expr.args.forEach((a) => this.lower(a));
      return this.placeholder();
    }
    const args = expr.args.map((a) => this.lower(a));
    if (args.length !== arity) {
      this.env.diagnostics.push(
        diagnostic('PIT3013', `'${name}' takes ${arity} ${plural(arity, 'argument', 'arguments')} but was given ${args.length}`, expr.span),
      );
      return this.placeholder();
    }
    const [a, b, c] = args as [ScalarExpr, ScalarExpr, ScalarExpr];
    if (unary) return { kind: 'unary', op: unary, dtype: 'f32', arg: a };
    if (name === 'where') {
      if (a.dtype !== 'bool' && !this.placeholders.has(a)) {
        this.env.diagnostics.push(
          diagnostic('PIT3010', `the condition of where() must be a comparison (bool), but this is ${a.dtype}`, expr.args[0]?.span ?? expr.span),
        );
      }
      const dtype: DType = b.dtype === c.dtype ? b.dtype : promoteArithmetic(b.dtype, c.dtype);
      return { kind: 'where', dtype, cond: a, then: b, else: c };
    }
    return this.binary(name as 'max' | 'min', a, b);
  }

  private binary(op: BinaryOp, lhs: ScalarExpr, rhs: ScalarExpr): ScalarExpr {
    let dtype: DType;
    switch (op) {
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '==':
      case '!=':
        dtype = 'bool';
        break;
      case '/':
        dtype = 'f32';
        break;
      case 'max':
      case 'min':
        dtype = lhs.dtype === 'bool' && rhs.dtype === 'bool' ? 'bool' : promoteArithmetic(lhs.dtype, rhs.dtype);
        break;
      default:
        dtype = promoteArithmetic(lhs.dtype, rhs.dtype);
    }
    return { kind: 'binary', op, dtype, lhs, rhs };
  }

  private reduce(expr: Extract<Ast.Expr, { kind: 'reduce' }>): ScalarExpr {
    const frame = new Map<string, string>();
    const sites: ReduceAxisSite[] = [];
    for (const ident of expr.axes) {
      const name = ident.name;
      if (frame.has(name)) {
        this.env.diagnostics.push(diagnostic('PIT3009', `reduction axis '${name}' is listed twice`, ident.span));
        continue;
      }
      if (this.spatial.has(name)) {
        this.env.diagnostics.push(
          diagnostic('PIT3007', `'${name}' is an output index of this definition and cannot also be reduced`, ident.span),
        );
        continue;
      }
      if (this.frames.some((f) => f.has(name))) {
        // usually two reductions meant as siblings: the first one extends to the end of the line
        const message = `reduction axis '${name}' shadows the enclosing reduction over '${name}', which extends to here (put that one in parentheses, or rename this axis)`;
        this.env.diagnostics.push(diagnostic('PIT3018', message, ident.span));
        continue;
      }
      if (this.env.tensors.has(name) || this.env.dims.has(name)) {
        const what = this.env.tensors.has(name) ? 'a tensor' : 'a dimension';
        this.env.diagnostics.push(diagnostic('PIT3019', `'${name}' is ${what} and cannot be used as a reduction axis`, ident.span));
        continue;
      }
      const irName = this.freshName(name);
      frame.set(name, irName);
      sites.push({ name: irName, written: ident });
    }
    this.frames.push(frame);
    const body = this.lower(expr.body);
    this.frames.pop();
    for (const site of sites) {
      if (!this.usedAxes.has(site.name)) {
        this.env.diagnostics.push(
          diagnostic('PIT3006', `reduction axis '${site.written.name}' is not used in the reduced expression`, site.written.span),
        );
      }
    }
    this.reduceAxes.push(...sites);
    const reducer = expr.reducer as Reducer;
    const dtype: DType = (reducer === 'sum' || reducer === 'prod') && body.dtype === 'bool' ? 'i32' : body.dtype;
    const axes = sites.map((s) => s.name);
    if (axes.length === 0) return body;
    return { kind: 'reduce', reducer, dtype, axes, body };
  }

  /**
   * `top[e, k] body`: body where it is among the k largest values along e, 0 elsewhere. Written
   * in the IR as a count of the rivals that beat it, a reduction over a copy of e:
   *
   *   where((sum[e'] beats(body[e := e'], body, e', e)) < k, body, 0)
   *
   * where a rival beats a value when it is greater, or equal and at a lower index (ties go to the
   * lowest index); NaN ranks above every number (as in torch.topk), NaNs among themselves by
   * index. So exactly min(k, extent) values are kept, and the result is zero elsewhere: a where
   * with a constant 0 branch, dynamically sparse by construction. The body is evaluated once per
   * rival (extent² work per row: fine for routing over tens of experts).
   */
  private top(expr: Extract<Ast.Expr, { kind: 'top' }>): ScalarExpr {
    const [axisArg, countArg] = expr.args;
    const bad = (message: string, span: Span): ScalarExpr => {
      this.env.diagnostics.push(diagnostic('PIT3023', message, span));
      this.lower(expr.body);
      return this.placeholder();
    };
    if (expr.args.length !== 2 || axisArg?.kind !== 'name') return bad('top takes an index name and a count, as in top[e, 2] g[t, e]', expr.keyword.span);
    if (countArg?.kind !== 'number' || !Number.isInteger(countArg.value) || countArg.value < 1) {
      return bad(`the count of top must be a positive integer, not '${countArg ? this.textOf(countArg) : ''}'`, countArg?.span ?? expr.span);
    }
    const axis = this.resolveAxis(axisArg.name, axisArg.span);
    const errors = this.env.diagnostics.length;
    const body = this.lower(expr.body);
    if (axis === undefined || this.env.diagnostics.length > errors) return this.placeholder();
    // the body again, along a fresh copy of the axis: the rivals
    const rival = this.freshName(`${axisArg.name}_rival`);
    this.frames.push(new Map([[axisArg.name, rival]]));
    const other = this.lower(expr.body);
    this.frames.pop();
    this.reduceAxes.push({ name: rival, written: { name: axisArg.name, span: axisArg.span } });
    const test = (op: BinaryOp, lhs: ScalarExpr, rhs: ScalarExpr): ScalarExpr => ({ kind: 'binary', op, dtype: 'bool', lhs, rhs });
    const or = (a: ScalarExpr, b: ScalarExpr): ScalarExpr => test('max', a, b);
    const and = (a: ScalarExpr, b: ScalarExpr): ScalarExpr => test('min', a, b);
    const nan = (x: ScalarExpr): ScalarExpr => test('!=', x, x);
    const position = (name: string): ScalarExpr => ({ kind: 'axis', dtype: 'i32', axis: name, span: axisArg.span });
    const tie = or(test('==', other, body), and(nan(other), nan(body)));
    const beats = or(or(and(nan(other), test('==', body, body)), test('>', other, body)), and(tie, test('<', position(rival), position(axis))));
    const rank: ScalarExpr = { kind: 'reduce', reducer: 'sum', dtype: 'i32', axes: [rival], body: beats };
    // the count as the literal it is written as (f32), so the printed form parses back to the same IR
    const kept = test('<', rank, { kind: 'const', dtype: 'f32', value: countArg.value });
    return { kind: 'where', dtype: body.dtype, cond: kept, then: body, else: { kind: 'const', dtype: body.dtype, value: 0 } };
  }

  private textOf(e: Ast.Expr): string {
    return e.kind === 'number' ? e.text : e.kind === 'name' ? e.name : 'an expression';
  }

  private placeholder(dtype: DType = 'f32'): ScalarExpr {
    const node: ScalarExpr = { kind: 'const', dtype, value: 0 };
    this.placeholders.add(node);
    return node;
  }

  /**
   * Sibling reductions may reuse a name (`sum[k] a + sum[k] b`); the IR renames the later ones
   * apart (`k_2`), avoiding every name the user wrote in this definition.
   */
  private freshName(name: string): string {
    let candidate = name;
    for (let n = 2; this.assignedNames.has(candidate) || (candidate !== name && this.writtenNames.has(candidate)); n++) {
      candidate = `${name}_${n}`;
    }
    this.assignedNames.add(candidate);
    return candidate;
  }
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
