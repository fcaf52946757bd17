import { printDim } from '../../ir/dim-expr.js';
import { printNumber, printTensorExpr } from '../../ir/expr/print.js';
import type { Graph } from '../../ir/graph/graph.js';
import { describeReason } from '../../rules/axes.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import type { Analysis } from '../pipeline.js';

/** A micro-tile as JSON: numbers, or the dimension's extent (e.g. "H") where it spans it. */
function microTileJson(tile: readonly MicroExtent[], shape: readonly string[]): (number | string)[] {
  return tile.map((e, d) => {
    if (e !== 'full') return e;
    const text = shape[d] ?? '?';
    return /^\d+$/.test(text) ? Number(text) : text;
  });
}

function shapeOf(graph: Graph, tensor: string): string[] {
  return (graph.tensors.find((t) => t.name === tensor)?.shape ?? []).map(printDim);
}

function ruleJson(graph: Graph, r: PitRule): Record<string, unknown> {
  return {
    operand: r.operand,
    axis: r.axis,
    microTile: microTileJson(r.microTile, shapeOf(graph, r.operand)),
    write: r.write,
    gathers: [...r.gathers],
    access: r.access,
    axisRole: r.axisRole,
    kind: r.kind,
    scope: r.scope,
    init: printNumber(r.init),
    index: { source: r.index.source, microTile: microTileJson(r.index.microTile, shapeOf(graph, r.index.source)), gatherDim: r.index.gatherDim, key: r.index.key },
  };
}

/** The `pitc rules --json` document (DESIGN §3a; extra fields beyond the issue's are allowed). */
export function rulesJson(graph: Graph, analysis: Analysis): unknown {
  return {
    tensors: [...analysis.facts.values()]
      .filter((f) => f.dynamic)
      .map((f) => ({ name: f.tensor, why: f.why, absent: printNumber(f.fill), indexSource: f.source.tensor, nonNegative: f.nonNegative })),
    ops: analysis.rules.map((op, i) => {
      const plan = analysis.plan.ops[i];
      const planned = plan?.rule ? analysis.rules[i]?.rules.findIndex((r) => r.axis === plan.rule?.axis && r.operand === plan.rule?.operand) : -1;
      return {
        name: op.op,
        axes: op.axes.map((a) => ({
          name: a.name,
          role: a.role,
          invariant: a.invariant,
          ...(a.reason ? { reason: describeReason(a.reason), reasonCode: a.reason.code, at: a.reason.at } : {}),
          ...(a.batchLike ? { batchLike: true } : {}),
        })),
        rules: op.rules.map((r) => ruleJson(graph, r)),
        vetoes: op.vetoes.map((v) => ({ operand: v.operand, access: v.access, reason: v.reason })),
        plan: {
          mode: plan?.mode ?? 'dense',
          reason: plan?.reason ?? '',
          // the planned rule at its planned micro-tile: its write mode is what the kernel lowers
          ...(plan?.rule
            ? { rule: planned, microTile: microTileJson(plan.rule.microTile, shapeOf(graph, plan.rule.operand)), write: plan.rule.write, gathers: [...plan.rule.gathers], index: plan.rule.index.key }
            : {}),
        },
      };
    }),
  };
}

/** The readable table of `pitc rules`. */
export function rulesText(graph: Graph, analysis: Analysis): string {
  const lines: string[] = [];
  const dynamic = [...analysis.facts.values()].filter((f) => f.dynamic);
  if (dynamic.length > 0) {
    lines.push('dynamically sparse tensors:');
    for (const f of dynamic) {
      const src = f.source.tensor !== f.tensor ? `; index from ${f.source.tensor}` : '';
      lines.push(`  ${f.tensor.padEnd(10)} ${f.why} (absent = ${printNumber(f.fill)}${src})`);
    }
    lines.push('');
  }
  analysis.rules.forEach((op, i) => {
    const expr = graph.ops[i]?.expr;
    lines.push(`op ${expr ? printTensorExpr(expr) : op.op}`);
    const axes = op.axes.map((a) => `${a.name} ${a.role}${a.invariant ? '' : ` NOT invariant: ${describeReason(a.reason ?? { code: 'used-as-value', at: '?' })}`}`);
    lines.push(`  axes: ${axes.join('; ')}`);
    const plan = analysis.plan.ops[i];
    for (const discovered of op.rules) {
      const chosen = plan?.rule && plan.rule.axis === discovered.axis && plan.rule.operand === discovered.operand;
      // the chosen rule as planned (a hint or a shared index may change its micro-tile, and with
      // it the write mode): what the plan and kernel stages lower
      const r = chosen && plan?.rule ? plan.rule : discovered;
      const tile = microTileJson(r.microTile, shapeOf(graph, r.operand)).join('x');
      const own = r.write !== discovered.write ? ` (${discovered.write} at its own micro-tile ${microTileJson(discovered.microTile, shapeOf(graph, r.operand)).join('x')})` : '';
      const gathers = r.gathers.length > 0 ? ` gathers ${r.gathers.join(', ')}` : '';
      const kind = r.kind === 'problem' ? ' (whole slices only)' : '';
      lines.push(`  ${chosen ? '*' : ' '} ${r.access} along ${r.axis} (${r.axisRole})${kind}: micro-tile ${tile}, ${r.write}${own}${gathers}, untouched = ${printNumber(r.init)}`);
    }
    for (const v of op.vetoes) lines.push(`    no skip for ${v.access}: ${v.reason}`);
    if (op.rules.length === 0 && op.vetoes.length === 0) lines.push('    no dynamically sparse operand');
    lines.push(`  plan: ${plan?.mode ?? 'dense'} (${plan?.reason ?? ''})`);
    lines.push('');
  });
  lines.push('(* = the rule the planner chose)');
  return lines.join('\n') + '\n';
}
