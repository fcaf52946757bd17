import { diagnostic } from '../../../ir/core/diagnostic.js';
import type { Span } from '../../../ir/core/span.js';
import { dimConst, dimSym, type DimExpr } from '../../../ir/dim-expr.js';
import { DTYPES, isDType } from '../../../ir/dtype.js';
import type { TensorInfo } from '../../../ir/graph/graph.js';
import type * as Ast from '../ast.js';
import { readAnnotations } from './annotations.js';
import type { CheckEnv } from './env.js';

/** Registers every `dim` first: dims may be used by declarations anywhere in the file. */
export function declareDims(statements: readonly Ast.Statement[], env: CheckEnv): void {
  for (const s of statements) {
    if (s.kind !== 'dim') continue;
    for (const item of s.dims) {
      const ident = item.name;
      const first = env.dims.get(ident.name);
      if (first) {
        env.diagnostics.push(
          diagnostic('PIT3009', `dimension '${ident.name}' is declared twice`, ident.span, [{ message: 'first declared here', span: first }]),
        );
        continue;
      }
      env.dims.set(ident.name, ident.span);
      if (item.default) {
        const value = item.default.value;
        if (!Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1) {
          env.diagnostics.push(diagnostic('PIT3021', badDimSize(value), item.default.span));
        } else {
          env.dimDefaults.set(ident.name, value);
        }
      }
    }
  }
}

/** Registers every input and weight (hoisted: definitions may read them wherever declared). */
export function declareTensors(statements: readonly Ast.Statement[], env: CheckEnv): TensorInfo[] {
  const declared: TensorInfo[] = [];
  for (const s of statements) {
    if (s.kind !== 'tensor') continue;
    const name = s.name.name;
    const clash = env.tensors.get(name)?.span ?? env.dims.get(name);
    if (clash) {
      const asDim = env.tensors.has(name) ? '' : ' as a dimension';
      env.diagnostics.push(diagnostic('PIT3009', `'${name}' is already declared${asDim}`, s.name.span, [{ message: 'first declared here', span: clash }]));
      // a tensor named like a dim still reads as a tensor below, without "unknown tensor" echoes
      if (!env.tensors.has(name)) {
        env.tensors.set(name, { name, dtype: 'f32', shape: s.shape.map(() => dimConst(1)), role: s.role, dynamic: false, span: s.name.span });
        env.brokenTensors.add(name);
      }
      continue;
    }
    const dtype = s.dtype.name;
    if (!isDType(dtype)) {
      env.diagnostics.push(diagnostic('PIT3020', `unknown dtype '${dtype}' (expected one of ${DTYPES.join(', ')})`, s.dtype.span));
    }
    const shape = s.shape.map((d) => resolveDim(d, env));
    const annotations = readAnnotations(s.annotations, shape.length, name, env);
    const info: TensorInfo = {
      name,
      dtype: isDType(dtype) ? dtype : 'f32',
      shape: shape.map((d) => d ?? dimConst(1)),
      role: s.role,
      dynamic: annotations.dynamic,
      ...(annotations.microTile ? { microTile: annotations.microTile } : {}),
      span: s.name.span,
    };
    env.tensors.set(name, info);
    if (!isDType(dtype) || shape.some((d) => d === undefined)) env.brokenTensors.add(name);
    else declared.push(info);
  }
  return declared;
}

function resolveDim(d: Ast.DimRef, env: CheckEnv): DimExpr | undefined {
  if (d.kind === 'int') {
    if (!Number.isInteger(d.value) || d.value < 1 || d.value > 2 ** 31 - 1) {
      env.diagnostics.push(diagnostic('PIT3021', badDimSize(d.value), d.span));
      return undefined;
    }
    return dimConst(d.value);
  }
  if (!env.dims.has(d.name)) {
    env.diagnostics.push(diagnostic('PIT3002', `unknown dimension '${d.name}' (declare it with 'dim ${d.name}')`, d.span));
    return undefined;
  }
  env.usedDims.add(d.name);
  return dimSym(d.name);
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'a huge number';
}

export function spanOfName(env: CheckEnv, name: string): Span | undefined {
  return env.tensors.get(name)?.span ?? env.dims.get(name);
}

/** Why a literal dimension size is rejected, naming the rule it breaks. */
function badDimSize(value: number): string {
  return Number.isInteger(value) && value > 2 ** 31 - 1
    ? `a dimension can be at most 2147483647 (2^31 - 1), not ${formatNumber(value)}`
    : `a dimension must be a positive integer, not ${formatNumber(value)}`;
}
