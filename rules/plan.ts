import type { Graph } from '../ir/graph/graph.js';
import { evalDim } from '../ir/dim-expr.js';
import { dimsWithDefaults } from '../ir/graph/dims.js';
import { ruleWithMicroTile } from './discover.js';
import type { MicroExtent, OpRules, PitRule, WriteMode } from './rule.js';
import type { SparsityFact } from './sparsity.js';

/** How one op runs: densely, or in the PIT form of one rule. Plain JSON. */
export interface OpPlan {
  readonly op: string;
  readonly mode: 'dense' | 'pit';
  readonly rule?: PitRule;
  /** Why this choice, in words. */
  readonly reason: string;
}

export interface ProgramPlan {
  readonly ops: readonly OpPlan[];
}

/** An explicit decision for one op (from a tuning record or the API), overriding the planner. */
export type OpChoice =
  | { readonly mode: 'dense' }
  | { readonly mode: 'pit'; readonly operand: string; readonly axis: string; readonly microTile?: readonly MicroExtent[] };

export interface PlanOptions {
  /** Micro-tile hints by tensor (`@microtile`, `--microtile`); they override the planner. */
  readonly hints?: ReadonlyMap<string, readonly number[]>;
  /** Decisions by op name; an op without one is planned as usual. */
  readonly choices?: ReadonlyMap<string, OpChoice>;
  /** Sizes of symbolic dims (bound dims at run time, defaults at compile time). */
  readonly dims?: ReadonlyMap<string, number>;
}

const WRITE_ORDER: Record<WriteMode, number> = { store: 0, scatter: 1, accumulate: 2 };

/**
 * The static planner: for every op with rules, pick one. Without data it prefers, in order:
 * a rule matching a micro-tile hint; one that reuses an index an earlier op already builds;
 * the finest micro-tile (least coverage waste); the index most ops can share; a source the
 * user annotated @dynamic; store over scatter over accumulate. Tuning (measured plans) replaces
 * this where a record exists.
 */
export function planProgram(graph: Graph, rules: readonly OpRules[], facts: ReadonlyMap<string, SparsityFact>, options: PlanOptions = {}): ProgramPlan {
  const hints = new Map(options.hints ?? []);
  for (const t of graph.tensors) if (t.microTile && !hints.has(t.name)) hints.set(t.name, t.microTile);
  const dims = options.dims ?? dimsWithDefaults(graph);
  const popularity = new Map<string, number>();
  for (const op of rules) for (const key of new Set(op.rules.map((r) => r.index.key))) popularity.set(key, (popularity.get(key) ?? 0) + 1);
  const built = new Map<string, PitRule>();
  const plans: OpPlan[] = [];

  for (const opRules of rules) {
    const op = graph.ops.find((o) => o.expr.output === opRules.op);
    const choice = options.choices?.get(opRules.op);
    if (op && choice) {
      const chosen = applyChoice(op.expr, opRules, facts, choice, dims);
      if (chosen.rule) built.set(chosen.rule.index.key, chosen.rule);
      plans.push(chosen);
      continue;
    }
    if (!op || opRules.rules.length === 0) {
      plans.push({ op: opRules.op, mode: 'dense', reason: opRules.vetoes[0]?.reason ?? 'no dynamically sparse operand' });
      continue;
    }
    const candidates: { rule: PitRule; hinted: boolean; reuses: boolean }[] = [];
    for (const rule of opRules.rules) {
      const hint = hintFor(rule, facts, hints);
      if (hint) {
        const adapted = ruleWithMicroTile(op.expr, facts, rule, hint, dims);
        candidates.push({ rule: adapted, hinted: hint[rule.operandDim] === 1, reuses: built.has(adapted.index.key) });
        continue;
      }
      candidates.push({ rule, hinted: false, reuses: built.has(rule.index.key) });
      const shared = [...built.values()].find((b) => b.index.source === rule.index.source && b.index.gatherDim === rule.index.gatherDim && b.index.key !== rule.index.key);
      if (shared) {
        const tile = operandTileFromSource(rule, facts, shared.index.microTile);
        if (tile) candidates.push({ rule: ruleWithMicroTile(op.expr, facts, rule, tile, dims), hinted: false, reuses: true });
      }
    }
    const score = (c: (typeof candidates)[number]): number[] => [
      c.rule.kind === 'tile' ? 0 : 1,
      c.hinted ? 0 : 1,
      c.reuses ? 0 : 1,
      tileSize(c.rule, graph, dims),
      -(popularity.get(c.rule.index.key) ?? 0),
      facts.get(c.rule.index.source)?.why === 'annotated @dynamic' ? 0 : 1,
      WRITE_ORDER[c.rule.write],
    ];
    const best = candidates
      .map((c, i) => ({ c, s: [...score(c), i] }))
      .sort((a, b) => compareScores(a.s, b.s))[0]?.c as (typeof candidates)[number];
    built.set(best.rule.index.key, best.rule);
    const why = best.hinted ? 'micro-tile hint' : best.reuses ? `reuses index ${best.rule.index.key}` : opRules.rules.length === 1 ? 'only rule' : 'finest micro-tile';
    plans.push({ op: opRules.op, mode: 'pit', rule: best.rule, reason: why });
  }
  return { ops: plans };
}

function applyChoice(expr: Parameters<typeof ruleWithMicroTile>[0], opRules: OpRules, facts: ReadonlyMap<string, SparsityFact>, choice: OpChoice, dims: ReadonlyMap<string, number>): OpPlan {
  if (choice.mode === 'dense') return { op: opRules.op, mode: 'dense', reason: 'chosen: dense' };
  const rule = opRules.rules.find((r) => r.operand === choice.operand && r.axis === choice.axis);
  if (!rule) return { op: opRules.op, mode: 'dense', reason: `chosen rule ${choice.operand} along ${choice.axis} does not exist for this op` };
  const adapted = choice.microTile && choice.microTile.length === rule.microTile.length ? ruleWithMicroTile(expr, facts, rule, choice.microTile, dims) : rule;
  return { op: opRules.op, mode: 'pit', rule: adapted, reason: 'chosen' };
}

/** A hint given for the operand itself or for the tensor its index is built from. */
function hintFor(rule: PitRule, facts: ReadonlyMap<string, SparsityFact>, hints: ReadonlyMap<string, readonly number[]>): MicroExtent[] | undefined {
  const own = hints.get(rule.operand);
  if (own && own.length === rule.microTile.length) return [...own];
  const viaSource = hints.get(rule.index.source);
  return viaSource ? operandTileFromSource(rule, facts, viaSource) : undefined;
}

/** Maps a micro-tile in the index source's dims onto the operand's dims. */
function operandTileFromSource(rule: PitRule, facts: ReadonlyMap<string, SparsityFact>, sourceTile: readonly MicroExtent[]): MicroExtent[] | undefined {
  const fact = facts.get(rule.operand);
  if (!fact || fact.source.tensor !== rule.index.source) return undefined;
  return rule.microTile.map((own, d) => {
    const s = fact.source.dims[d];
    return s === null || s === undefined ? own : (sourceTile[s] ?? own);
  });
}

/** Elements in one micro-tile (a whole dimension counts at its typical size). */
function tileSize(rule: PitRule, graph: Graph, dims: ReadonlyMap<string, number>): number {
  const shape = graph.tensors.find((t) => t.name === rule.operand)?.shape ?? [];
  return rule.microTile.reduce<number>((size, e, d) => {
    const dim = shape[d];
    return size * (e !== 'full' ? e : dim ? (evalDim(dim, dims) ?? 1024) : 1024);
  }, 1);
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) - (b[i] as number);
  return 0;
}
