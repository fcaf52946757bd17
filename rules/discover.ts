import { printNumber, printScalar } from '../ir/expr/print.js';
import { bareAxis, enclosingReduction, freeAxesOf, walkScalar, type AccessExpr, type ReduceExpr, type Reducer, type TensorExpr } from '../ir/expr/tensor-expr.js';
import { evalDim } from '../ir/dim-expr.js';
import { dimsWithDefaults } from '../ir/graph/dims.js';
import type { Graph } from '../ir/graph/graph.js';
import { evalAbstract, isNonNegative, type AbsValue } from './abstract-value.js';
import { analyseAxes, type AxisReport } from './axes.js';
import type { IndexSpec, MicroExtent, OpRules, PitRule, SkipVeto, WriteMode } from './rule.js';
import { dynamicAccesses, inferSparsity, sameAccess, signOf, type SparsityFact } from './sparsity.js';

export const REDUCER_IDENTITY: Record<Reducer, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity };

/** Default compute-tile extents the micro-tiles are derived from (the PIT paper's 32×64 tile). */
export const DEFAULT_TILE = { spatial: 32, reduce: 64, small: 16 } as const;

/**
 * Discovers the PIT rules of every op: for each dynamically sparse operand and each invariant
 * axis that indexes it, whether its absent micro-tiles may be skipped, how, and with which index.
 */
export function discoverRules(graph: Graph, facts: ReadonlyMap<string, SparsityFact> = inferSparsity(graph)): OpRules[] {
  const typical = dimsWithDefaults(graph);
  return graph.ops.map((op) => discoverOpRules(op.expr, facts, typical));
}

/**
 * `typicalDims`: sizes to assume for symbolic dims when choosing default micro-tile extents
 * (the `dim T = N` defaults at compile time, the bound dims when planning a run).
 */
export function discoverOpRules(expr: TensorExpr, facts: ReadonlyMap<string, SparsityFact>, typicalDims: ReadonlyMap<string, number> = new Map()): OpRules {
  const axes = analyseAxes(expr);
  const rules: PitRule[] = [];
  const vetoes: SkipVeto[] = [];
  const seen: AccessExpr[] = [];
  for (const access of dynamicAccesses(expr.body, facts)) {
    if (seen.some((s) => sameAccess(s, access))) continue;
    if (seen.some((s) => s.tensor === access.tensor)) {
      vetoes.push({ operand: access.tensor, access: printScalar(access), reason: `'${access.tensor}' is read at two different places in this op` });
      continue;
    }
    seen.push(access);
    const fact = facts.get(access.tensor) as SparsityFact;
    const scope = enclosingReduction(expr.body, access);
    const skip = skipCondition(expr, scope, access, fact, facts);
    if ('veto' in skip) {
      vetoes.push({ operand: access.tensor, access: printScalar(access), reason: skip.veto });
      continue;
    }
    const candidates = scope
      ? [...scope.axes, ...expr.spatial.map((a) => a.name).filter((a) => freeAxesOf(scope).has(a))]
      : expr.spatial.map((a) => a.name);
    for (const axis of candidates) {
      const report = axes.find((a) => a.name === axis) as AxisReport;
      const operandDim = access.indices.findIndex((ix) => ix.terms.length === 1 && ix.terms[0]?.axis === axis);
      if (operandDim < 0 || !report.invariant) continue;
      rules.push(makeRule(expr, axes, access, fact, scope, axis, operandDim, skip.init, typicalDims));
    }
    if (!rules.some((r) => r.operand === access.tensor)) {
      vetoes.push({ operand: access.tensor, access: printScalar(access), reason: 'no permutation-invariant axis indexes it' });
    }
  }
  return { op: expr.output, axes, rules, vetoes };
}

/** Z-R / Z-S: what a dropped micro-tile contributes, and whether that is harmless. */
function skipCondition(
  expr: TensorExpr,
  scope: ReduceExpr | undefined,
  access: AccessExpr,
  fact: SparsityFact,
  facts: ReadonlyMap<string, SparsityFact>,
): { init: number } | { veto: string } {
  const substitute = (a: AccessExpr): AbsValue => (sameAccess(a, access) ? { kind: 'known', value: fact.fill } : signOf(facts)(a));
  const fill = fact.fill === 0 ? '0' : '-inf';
  if (scope) {
    const value = evalAbstract(scope.body, substitute);
    const identity = REDUCER_IDENTITY[scope.reducer];
    const reduction = `${scope.reducer}[${scope.axes.join(', ')}]`;
    if (value.kind === 'known' && value.value === identity) return { init: identity };
    // max over values known to be ≥ 0: a dropped 0 never wins, if the accumulator starts at 0
    if (scope.reducer === 'max' && value.kind === 'known' && value.value === 0 && isNonNegative(evalAbstract(scope.body, signOf(facts)))) {
      return { init: 0 };
    }
    const contributes = value.kind === 'known' ? printNumber(value.value) : 'a data-dependent value';
    return { veto: `a ${fill} of '${access.tensor}' contributes ${contributes} to ${reduction}, whose identity is ${printNumber(identity)}` };
  }
  const value = evalAbstract(expr.body, substitute);
  if (value.kind === 'known') return { init: value.value };
  return { veto: `where '${access.tensor}' is ${fill} the output is still data-dependent, so those cells cannot be skipped` };
}

function makeRule(
  expr: TensorExpr,
  axes: readonly AxisReport[],
  access: AccessExpr,
  fact: SparsityFact,
  scope: ReduceExpr | undefined,
  axis: string,
  operandDim: number,
  init: number,
  typicalDims: ReadonlyMap<string, number>,
  override?: readonly MicroExtent[],
): PitRule {
  const report = axes.find((a) => a.name === axis) as AxisReport;
  const kind = report.batchLike ? 'problem' : 'tile';
  const microTile = override ?? access.indices.map((ix, d): MicroExtent => {
    if (d === operandDim) return 1;
    const bare = bareAxis(ix);
    if (kind === 'problem') return bare && axes.find((a) => a.name === bare)?.batchLike ? 1 : 'full';
    return defaultExtent(expr, axes, bare, ix.terms.length === 0, typicalDims);
  });
  let write: WriteMode = 'scatter';
  if (scope && scope.axes.includes(axis)) write = 'store';
  else if (scope) {
    const split = access.indices.some((ix, d) => ix.terms.some((t) => scope.axes.includes(t.axis)) && !coversWholeAxis(expr, ix.terms[0]?.axis, microTile[d]));
    write = split ? 'accumulate' : 'scatter';
  }
  const region = scope ? scope.body : expr.body;
  const gathers = new Set<string>();
  walkScalar(region, (n) => {
    if (n.kind === 'access' && n.tensor !== access.tensor && n.indices.some((ix) => ix.terms.length === 1 && ix.terms[0]?.axis === axis)) gathers.add(n.tensor);
  });
  return {
    op: expr.output,
    operand: access.tensor,
    access: printScalar(access),
    axis,
    axisRole: report.role,
    kind,
    operandDim,
    microTile,
    write,
    gathers: [...gathers],
    scope: scope ? 'reduction' : 'output',
    ...(scope ? { reducer: scope.reducer } : {}),
    init,
    index: indexSpec(access.tensor, fact, microTile, operandDim),
  };
}

/**
 * The same rule with another micro-tile (a planner hint or an index to share): any extents are
 * valid, coarser ones only skip less; the write mode and index follow from the new extents.
 */
export function ruleWithMicroTile(
  expr: TensorExpr,
  facts: ReadonlyMap<string, SparsityFact>,
  rule: PitRule,
  microTile: readonly MicroExtent[],
  typicalDims: ReadonlyMap<string, number> = new Map(),
): PitRule {
  const access = dynamicAccesses(expr.body, facts).find((a) => a.tensor === rule.operand && printScalar(a) === rule.access);
  if (!access) return rule;
  const scope = enclosingReduction(expr.body, access);
  const fact = facts.get(rule.operand) as SparsityFact;
  return makeRule(expr, analyseAxes(expr), access, fact, scope, rule.axis, rule.operandDim, rule.init, typicalDims, microTile);
}

/** Extent of a micro-tile along a dimension that is not gathered. */
function defaultExtent(
  expr: TensorExpr,
  axes: readonly AxisReport[],
  bareAxis: string | undefined,
  constantIndex: boolean,
  typicalDims: ReadonlyMap<string, number>,
): MicroExtent {
  // a constant index (x[i, 1]) or a window (y + r) reads across tiles: the tile spans the dimension
  if (constantIndex) return 'full';
  if (bareAxis === undefined) return 'full'; // a window (y + r): the tile must span the whole dimension
  const report = axes.find((a) => a.name === bareAxis);
  if (!report || report.batchLike) return 1;
  const extent = [...expr.spatial, ...expr.reduce].find((a) => a.name === bareAxis)?.extent;
  const size = extent ? evalDim(extent, typicalDims) : undefined;
  if (size !== undefined && size <= DEFAULT_TILE.small) return 1; // experts, heads: one strip per value
  const want = report.role === 'spatial' ? DEFAULT_TILE.spatial : DEFAULT_TILE.reduce;
  return size !== undefined && size <= want ? 'full' : want;
}

/**
 * Whether a micro-tile extent spans its whole dimension for every binding of the dims: 'full',
 * or a number at least a constant extent. A symbolic dim's default or typical size does not
 * count: the kernel is lowered once and may run at any size (a 1x64 tile spans K = 64 but not
 * K = 150, where the strips of one row must add up, not overwrite each other).
 */
function coversWholeAxis(expr: TensorExpr, axis: string | undefined, extent: MicroExtent | undefined): boolean {
  if (extent === 'full') return true;
  const dim = [...expr.spatial, ...expr.reduce].find((a) => a.name === axis)?.extent;
  const size = dim ? evalDim(dim, new Map()) : undefined;
  return size !== undefined && extent !== undefined && extent >= size;
}

/** The index a rule reads: the operand's pattern source when it can list the gathered dim. */
function indexSpec(operand: string, fact: SparsityFact, microTile: readonly MicroExtent[], operandDim: number): IndexSpec {
  const sourceDim = fact.source.dims[operandDim];
  const covered = Array.from({ length: fact.source.rank }, (_, s) => fact.source.dims.indexOf(s));
  const usable = fact.source.tensor !== operand && sourceDim !== null && sourceDim !== undefined && covered.every((d) => d >= 0);
  const make = (source: string, tile: readonly MicroExtent[], gatherDim: number): IndexSpec => ({
    source,
    microTile: tile,
    gatherDim,
    key: `${source}@${tile.join('x')}/${gatherDim}`,
  });
  if (!usable) return make(operand, microTile, operandDim);
  return make(fact.source.tensor, covered.map((d) => microTile[d] as MicroExtent), sourceDim);
}

