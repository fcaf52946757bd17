import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../../ir/core/diagnostic.js';
import type { Span } from '../../../ir/core/span.js';
import type { Graph, OpNode, TensorInfo } from '../../../ir/graph/graph.js';
import type * as Ast from '../ast.js';
import { declareDims, declareTensors } from './declarations.js';
import { checkDefinition } from './definition.js';
import type { CheckEnv } from './env.js';

export interface CheckResult {
  /** Present when the program has no errors (warnings allowed). */
  readonly graph?: Graph;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The semantic checker: resolves names, infers types and extents, and builds the graph IR.
 * Every user mistake is a diagnostic; checking goes on after an error to report as many
 * independent mistakes as it can.
 */
export function checkProgram(program: Ast.Program): CheckResult {
  const env: CheckEnv = {
    file: program.file,
    dims: new Map(),
    dimDefaults: new Map(),
    tensors: new Map(),
    definedLater: new Map(),
    brokenTensors: new Set(),
    usedTensors: new Set(),
    usedDims: new Set(),
    diagnostics: [],
  };
  for (const s of program.statements) if (s.kind === 'def' && !env.definedLater.has(s.target.name)) env.definedLater.set(s.target.name, s.target.span);

  declareDims(program.statements, env);
  const declared = declareTensors(program.statements, env);
  const defined: TensorInfo[] = [];
  const ops: OpNode[] = [];
  for (const s of program.statements) {
    if (s.kind !== 'def') continue;
    env.definedLater.delete(s.target.name);
    const checked = checkDefinition(s, env);
    if (checked) {
      defined.push(checked.tensor);
      ops.push(checked.op);
    }
  }
  const outputs = resolveOutputs(program, env);
  // after an error, "never used" is mostly its echo (a misspelt 'x' leaves the real x unused)
  if (!hasErrors(env.diagnostics)) warnUnused(program, env, declared, outputs);

  const diagnostics = sortDiagnostics(env.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const graph: Graph = {
    dims: [...env.dims.keys()].map((name) => {
      const value = env.dimDefaults.get(name);
      return value === undefined ? { name } : { name, default: value };
    }),
    tensors: [...declared, ...defined],
    ops,
    outputs,
  };
  return { graph, diagnostics };
}

function resolveOutputs(program: Ast.Program, env: CheckEnv): string[] {
  const outputs: string[] = [];
  const decls = program.statements.filter((s): s is Ast.OutputDecl => s.kind === 'output');
  for (const decl of decls) {
    for (const ident of decl.names) {
      if (!env.tensors.has(ident.name)) {
        env.diagnostics.push(diagnostic('PIT3017', `'${ident.name}' is not a tensor of this program and cannot be an output`, ident.span));
        continue;
      }
      env.usedTensors.add(ident.name);
      if (!outputs.includes(ident.name)) outputs.push(ident.name);
    }
  }
  if (decls.length > 0) return outputs;
  const defs = program.statements.filter((s): s is Ast.Definition => s.kind === 'def');
  const last = defs[defs.length - 1];
  if (!last) {
    const where: Span = { file: program.file, start: 0, end: 0 };
    env.diagnostics.push(diagnostic('PIT3022', 'the program defines no tensor and names no output, so a run would return nothing', where));
    return [];
  }
  return [last.target.name];
}

function warnUnused(program: Ast.Program, env: CheckEnv, declared: readonly TensorInfo[], outputs: readonly string[]): void {
  for (const t of declared) {
    if (!env.usedTensors.has(t.name)) {
      env.diagnostics.push(diagnostic('PIT3101', `${t.role} '${t.name}' is declared but never used`, t.span));
    }
  }
  for (const [name, span] of env.dims) {
    if (!env.usedDims.has(name)) env.diagnostics.push(diagnostic('PIT3102', `dimension '${name}' is declared but never used`, span));
  }
  for (const s of program.statements) {
    if (s.kind === 'def' && !env.usedTensors.has(s.target.name) && !outputs.includes(s.target.name)) {
      env.diagnostics.push(diagnostic('PIT3103', `'${s.target.name}' is defined but neither used nor an output`, s.target.span));
    }
  }
}
