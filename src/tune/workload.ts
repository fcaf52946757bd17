/**
 * An op of a program as a tuning task: its canonical form, its extents at the bound dims, the plan
 * the static planner gives it, and the data it will run on (for its density and granularity).
 */
import { evalDim } from '../../ir/dim-expr.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { opExtents } from '../../codegen/ref/evaluate.js';
import type { TargetId } from '../targets/registry.js';
import type { OpChoice } from '../../rules/plan.js';
import type { OpRules } from '../../rules/rule.js';
import type { SparsityFact } from '../../rules/sparsity.js';
import type { Analysis } from '../pipeline.js';
import { canonicalOp, type CanonicalOp } from './canonical-op.js';
import type { WorkloadKey } from './key.js';
import { dataSignature, type DataSignature } from './signature.js';

export interface OpWorkload {
  readonly op: string;
  readonly expr: TensorExpr;
  readonly graph: Graph;
  readonly facts: ReadonlyMap<string, SparsityFact>;
  /** The op's rules as the compiler found them (plan choices must name one of these). */
  readonly rules: OpRules | undefined;
  readonly canonical: CanonicalOp;
  readonly dims: ReadonlyMap<string, number>;
  /** Extent of every loop axis at the bound dims. */
  readonly extents: ReadonlyMap<string, number>;
  /** What the static planner chose (the default the tuner must beat). */
  readonly defaultChoice: OpChoice;
  /** Values of the tensors the op and its indexes read (inputs, and intermediates from a probe run). */
  readonly values: ReadonlyMap<string, HostTensor>;
}

/** Every op of an analysed program as a workload (values may lack intermediates not yet computed). */
export function describeWorkloads(graph: Graph, analysis: Analysis, dims: ReadonlyMap<string, number>, values: ReadonlyMap<string, HostTensor>): OpWorkload[] {
  return graph.ops.map((node) => {
    const op = node.expr.output;
    const rules = analysis.rules.find((r) => r.op === op);
    const planned = analysis.plan.ops.find((p) => p.op === op);
    const defaultChoice: OpChoice =
      planned?.mode === 'pit' && planned.rule
        ? { mode: 'pit', operand: planned.rule.operand, axis: planned.rule.axis, microTile: [...planned.rule.microTile] }
        : { mode: 'dense' };
    return {
      op,
      expr: node.expr,
      graph,
      facts: analysis.facts,
      rules,
      canonical: canonicalOp(node.expr, graph, analysis.facts, rules),
      dims,
      extents: opExtents(node.expr, dims),
      defaultChoice,
      values,
    };
  });
}

/** Tensors whose values the op's data signature and index densities need. */
export function tensorsNeeded(w: OpWorkload): string[] {
  const names = new Set<string>();
  for (const r of w.rules?.rules ?? []) {
    names.add(r.operand);
    names.add(r.index.source);
  }
  return [...names];
}

/** Concrete extents in canonical names: `s0=2048 s1=2048 r0=2048 | t0=2048x2048 t1=2048x2048`. */
export function shapeKey(w: OpWorkload): string {
  const axes = [...w.extents].map(([a, n]) => `${w.canonical.axes.get(a) ?? a}=${n}`).sort();
  const tensors = [...w.canonical.tensors]
    .filter(([, canon]) => canon !== 'out')
    .map(([name, canon]) => {
      const shape = w.graph.tensors.find((t) => t.name === name)?.shape ?? [];
      return `${canon}=${shape.map((d) => evalDim(d, w.dims) ?? '?').join('x')}`;
    })
    .sort();
  return `${axes.join(' ')} | ${tensors.join(' ')}`;
}

/** Signatures of the dynamic operands the op's rules skip zeros of, by canonical name. */
export function operandSignatures(w: OpWorkload): Map<string, DataSignature> {
  const out = new Map<string, DataSignature>();
  const operands = [...new Set((w.rules?.rules ?? []).map((r) => r.operand))];
  for (const name of operands) {
    const value = w.values.get(name);
    const canon = w.canonical.tensors.get(name) ?? name;
    if (value) out.set(canon, dataSignature(value, w.facts.get(name)?.fill ?? 0));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface KeyContext {
  readonly target: TargetId;
  readonly options: string;
  readonly version: string;
  readonly machine: string;
}

export function workloadKey(w: OpWorkload, signatures: ReadonlyMap<string, DataSignature>, ctx: KeyContext): WorkloadKey {
  const join = (pick: (s: DataSignature) => string): string => (signatures.size === 0 ? '-' : [...signatures].map(([t, s]) => `${t}:${pick(s)}`).join(' '));
  return {
    op: w.canonical.hash,
    shape: shapeKey(w),
    density: join((s) => (s.bucket === null ? 'empty' : String(s.bucket))),
    granularity: join((s) => s.granularity),
    target: ctx.target,
    options: ctx.options,
    version: ctx.version,
    machine: ctx.machine,
  };
}
