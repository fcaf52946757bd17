import { diagnostic } from '../../../ir/core/diagnostic.js';
import type { Axis, TensorExpr } from '../../../ir/expr/tensor-expr.js';
import type { OpNode, TensorInfo } from '../../../ir/graph/graph.js';
import type * as Ast from '../ast.js';
import { readAnnotations, readExtents } from './annotations.js';
import { spanOfName } from './declarations.js';
import type { CheckEnv } from './env.js';
import { inferExtents, type AxisToSize } from './extents.js';
import { ExprLowerer } from './lower-expr.js';

export interface CheckedDefinition {
  readonly tensor: TensorInfo;
  readonly op: OpNode;
}

/**
 * Checks one definition `OUT[i, ...] = expr @annotations` and lowers it to an op. Returns
 * undefined when it has errors (they are in env.diagnostics); the tensor is still registered
 * when its type is known, so later statements do not cascade into "unknown tensor" errors.
 */
export function checkDefinition(def: Ast.Definition, env: CheckEnv): CheckedDefinition | undefined {
  const reportedBefore = env.diagnostics.length;
  const name = def.target.name;
  const clash = spanOfName(env, name);
  if (clash) {
    const role = env.tensors.get(name)?.role;
    const declaredAs = role === 'input' ? 'an input' : role === 'weight' ? 'a weight' : undefined;
    const what = env.dims.has(name) ? 'a dimension' : declaredAs ? `already declared as ${declaredAs}` : 'already defined';
    env.diagnostics.push(
      diagnostic('PIT3009', `'${name}' is ${what}; a tensor can be defined only once`, def.target.span, [
        { message: role === 'intermediate' ? 'first defined here' : 'declared here', span: clash },
      ]),
    );
  }

  const spatial = new Set<string>();
  for (const ix of def.indices) {
    if (spatial.has(ix.name)) {
      env.diagnostics.push(diagnostic('PIT3016', `output index '${ix.name}' is repeated`, ix.span));
    } else if (env.tensors.has(ix.name) || env.dims.has(ix.name)) {
      const what = env.tensors.has(ix.name) ? 'a tensor' : 'a dimension';
      env.diagnostics.push(diagnostic('PIT3019', `'${ix.name}' is ${what} and cannot be used as an index name`, ix.span));
    }
    spatial.add(ix.name);
  }

  const lowerer = new ExprLowerer(env, spatial, collectNames(def));
  const body = lowerer.lower(def.expr);
  const annotations = readAnnotations(def.annotations, def.indices.length, name, env, true);
  const stated = readExtents(def.annotations, env);

  const axesToSize: AxisToSize[] = [
    ...def.indices.map((ix) => ({ name: ix.name, written: ix.name, span: ix.span })),
    ...lowerer.reduceAxes.map((a) => ({ name: a.name, written: a.written.name, span: a.written.span })),
  ];
  for (const [written, { span }] of stated) {
    if (!axesToSize.some((a) => a.written === written)) env.diagnostics.push(diagnostic('PIT3011', `'@extent' names '${written}', which is no index of this definition`, span));
  }
  const given = new Map(axesToSize.flatMap((a) => {
    const s = stated.get(a.written);
    return s ? [[a.name, s.extent] as const] : [];
  }));
  const sizable = !errorsSince(env, reportedBefore) && !lowerer.readsBrokenTensor;
  const extents = sizable ? inferExtents(axesToSize, lowerer.accesses, env, given) : undefined;
  if (!extents || errorsSince(env, reportedBefore)) {
    if (!clash) registerUntyped(def, body.dtype, env);
    return undefined;
  }

  const axis = (n: string): Axis => ({ name: n, extent: extents.get(n) ?? { kind: 'const', value: 1 } });
  const expr: TensorExpr = {
    output: name,
    dtype: body.dtype,
    spatial: def.indices.map((ix) => axis(ix.name)),
    reduce: lowerer.reduceAxes.map((a) => axis(a.name)),
    body,
  };
  const tensor: TensorInfo = {
    name,
    dtype: body.dtype,
    shape: expr.spatial.map((a) => a.extent),
    role: 'intermediate',
    dynamic: annotations.dynamic,
    ...(annotations.microTile ? { microTile: annotations.microTile } : {}),
    span: def.target.span,
  };
  env.tensors.set(name, tensor);
  return { tensor, op: { expr, span: def.span } };
}

/**
 * A definition with errors still declares its tensor (as broken, with unknown extents) so that
 * uses further down report their own mistakes rather than "unknown tensor".
 */
function registerUntyped(def: Ast.Definition, dtype: TensorInfo['dtype'], env: CheckEnv): void {
  env.tensors.set(def.target.name, {
    name: def.target.name,
    dtype,
    shape: def.indices.map(() => ({ kind: 'const', value: 1 })),
    role: 'intermediate',
    dynamic: false,
    span: def.target.span,
  });
  env.brokenTensors.add(def.target.name);
}

/** Whether this statement reported an error: only its own diagnostics are looked at, so a file of many mistakes is checked in linear time. */
function errorsSince(env: CheckEnv, start: number): boolean {
  for (let i = start; i < env.diagnostics.length; i++) if (env.diagnostics[i]?.severity === 'error') return true;
  return false;
}

/** Every identifier written in a definition (reduction axes are renamed to avoid them). */
function collectNames(def: Ast.Definition): Set<string> {
  const names = new Set<string>(def.indices.map((i) => i.name));
  const visit = (e: Ast.Expr): void => {
    switch (e.kind) {
      case 'name':
        names.add(e.name);
        return;
      case 'number':
        return;
      case 'access':
        e.indices.forEach(visit);
        return;
      case 'call':
        e.args.forEach(visit);
        return;
      case 'neg':
        visit(e.arg);
        return;
      case 'binary':
        visit(e.lhs);
        visit(e.rhs);
        return;
      case 'reduce':
        e.axes.forEach((a) => names.add(a.name));
        visit(e.body);
        return;
      case 'top':
        e.args.forEach(visit);
        visit(e.body);
        return;
    }
  };
  visit(def.expr);
  return names;
}
