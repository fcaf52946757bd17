import type { Diagnostic } from '../ir/core/diagnostic.js';
import type { Graph } from '../ir/graph/graph.js';
import { normalizeGraph } from '../ir/graph/normalize.js';
import type { KernelIR } from '../ir/kernel/kernel-ir.js';
import { lowerToKernel } from '../codegen/lower/to-kernel.js';
import { markUnreadUntouched } from '../codegen/lower/untouched-cells.js';
import { discoverRules } from '../rules/discover.js';
import { extractIndexConditions } from '../rules/index-conditions.js';
import { checkHints } from '../rules/hint-check.js';
import { planProgram, type OpChoice, type OpPlan, type ProgramPlan } from '../rules/plan.js';
import type { OpRules } from '../rules/rule.js';
import { inferSparsity, type SparsityFact } from '../rules/sparsity.js';

/** Everything the middle end derives from a checked graph; each field is plain data. */
export interface Analysis {
  /**
   * The program in normal form (ir/graph/normalize.ts): every later stage, every target and the
   * reference interpreter work on it, so how an op is spelled never decides which kernel runs.
   */
  readonly graph: Graph;
  readonly facts: ReadonlyMap<string, SparsityFact>;
  readonly rules: readonly OpRules[];
  readonly plan: ProgramPlan;
  readonly kernels: readonly KernelIR[];
  /** Problems with micro-tile hints (PIT4001 errors, PIT4002 warnings); the rest still ran. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface AnalysisOptions {
  /** Micro-tile hints by tensor name (`--microtile`), on top of `@microtile` annotations. */
  readonly hints?: ReadonlyMap<string, readonly number[]>;
  /** Whether ops may run in their PIT form (false: every kernel dense). */
  readonly pit?: boolean;
  /** Decisions by op name (tuning records, the API's `plan`), overriding the planner. */
  readonly choices?: ReadonlyMap<string, OpChoice>;
}

/** graph → normal form → sparsity facts → rules → plan → kernel IR: the stages `pitc ir` can print. */
export function analyse(written: Graph, options: AnalysisOptions = {}): Analysis {
  // conditions of index values (causal, sliding windows) become mask tensors the rules can index
  const graph = extractIndexConditions(normalizeGraph(written));
  const facts = inferSparsity(graph);
  const diagnostics = checkHints(graph, facts, options.hints ?? new Map());
  const rules = discoverRules(graph, facts);
  const planned = planProgram(graph, rules, facts, {
    ...(options.hints ? { hints: options.hints } : {}),
    ...(options.choices ? { choices: options.choices } : {}),
  });
  const plan: ProgramPlan =
    options.pit === false ? { ops: planned.ops.map((p): OpPlan => ({ op: p.op, mode: 'dense', reason: 'PIT forms disabled' })) } : planned;
  const kernels: KernelIR[] = [];
  const ops: OpPlan[] = [];
  graph.ops.forEach((op, i) => {
    const opPlan = plan.ops[i] as OpPlan;
    const lowered = lowerToKernel(op.expr, opPlan, facts);
    kernels.push(lowered.kernel);
    ops.push('fallback' in lowered ? { op: opPlan.op, mode: 'dense', reason: `dense fallback: ${lowered.fallback}` } : opPlan);
  });
  // which untouched cells nobody reads (no bulk fill needed): a whole-program fact
  return { graph, facts, rules, plan: { ops }, kernels: markUnreadUntouched(kernels, graph.outputs), diagnostics };
}
