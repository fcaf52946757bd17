import { printScalar } from '../../ir/expr/print.js';
import { accessesOf, bareAxis, enclosingReduction, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { KernelExtent, KernelIR, PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { OpPlan } from '../../rules/plan.js';
import type { SparsityFact } from '../../rules/sparsity.js';

export type Lowered = { readonly kernel: KernelIR } | { readonly kernel: KernelIR; readonly fallback: string };

/**
 * Lowers one op and its plan to kernel IR. A rule whose shape the PIT form cannot express
 * (an axis used twice in the operand, a compound index inside a partial micro-tile) falls back
 * to the dense kernel and says why.
 */
export function lowerToKernel(expr: TensorExpr, plan: OpPlan, facts: ReadonlyMap<string, SparsityFact>): Lowered {
  const dense: KernelIR = { kind: 'dense', expr };
  const rule = plan.rule;
  if (plan.mode === 'dense' || !rule) return { kernel: dense };
  const access = accessesOf(expr.body).find((a) => a.tensor === rule.operand && printScalar(a) === rule.access);
  if (!access) return { kernel: dense, fallback: `operand ${rule.access} not found in the op` };

  const strips: { axis: string; operandDim: number; extent: KernelExtent }[] = [];
  const seen = new Set<string>([rule.axis]);
  for (let d = 0; d < access.indices.length; d++) {
    if (d === rule.operandDim) continue;
    const ix = access.indices[d];
    const extent = rule.microTile[d] ?? 1;
    const bare = ix ? bareAxis(ix) : undefined;
    // a compound index (a window y + r) needs a micro-tile spanning its whole dimension; a
    // numeric extent is checked against the bound size when the kernel runs
    if (bare === undefined) continue;
    if (seen.has(bare)) return { kernel: dense, fallback: `axis '${bare}' indexes ${rule.access} twice` };
    seen.add(bare);
    strips.push({ axis: bare, operandDim: d, extent });
  }
  const width = rule.microTile[rule.operandDim] ?? 1;
  if (width === 'full') return { kernel: dense, fallback: 'a micro-tile spanning the gathered axis skips nothing finer than a strip' };

  const scope = rule.scope === 'reduction' ? enclosingReduction(expr.body, access) : undefined;
  if (rule.scope === 'reduction' && !scope) return { kernel: dense, fallback: 'the reduction of the rule was not found' };
  const operandFact = facts.get(rule.operand);
  const dimToSource = rule.index.source === rule.operand ? access.indices.map((_, d) => d) : (operandFact?.source.dims ?? []);
  const kernel: PitKernel = {
    kind: 'pit',
    expr,
    index: {
      key: rule.index.key,
      source: rule.index.source,
      fill: facts.get(rule.index.source)?.fill ?? 0,
      microTile: rule.index.microTile,
      gatherDim: rule.index.gatherDim,
      ...(facts.get(rule.index.source)?.dimsOnly ? { dimsOnly: true as const } : {}),
    },
    operand: { access, microTile: rule.microTile, dimToSource },
    scope: scope ? { kind: 'reduction', axes: scope.axes } : { kind: 'output' },
    gather: { axis: rule.axis, operandDim: rule.operandDim, width },
    strips,
    sreads: [{ tensor: rule.operand, mode: 'packed' }, ...rule.gathers.map((t) => ({ tensor: t, mode: 'rows' as const }))],
    swrite: { mode: rule.write, init: rule.init },
  };
  return { kernel };
}

