import { expect } from 'vitest';
import type { OpRunRecord } from '../../codegen/target.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import { mulberry32 } from './compare.js';
import {
  compareWithDense,
  concrete,
  denseValues,
  describeRule,
  forceRules,
  makeInputs,
  runProgram,
  shapeOf,
  type Compiled,
  type DensitySpec,
} from './pit-harness.js';

/**
 * The PIT form of every rule computes what the dense op computes. For every rule of every op
 * (not only the planned one) the op is forced into that rule's PIT kernel (the other ops stay
 * dense), the dynamic inputs get zeros in whole random micro-tiles of the rule's index (densities
 * 0, 0.1, 0.5, 1 and fully non-zero), and every tensor of the run is compared with the dense
 * reference (codegen/ref/evaluate.ts). The rule is also tried with other micro-tiles
 * (ruleWithMicroTile: 1s, 2s, 3s, 'full' and extents larger than the dims).
 *
 * Tolerance: only re-association (rtol 1e-5, atol 1e-6); NaN never matches. A case whose dense
 * reference itself holds a NaN is not a test of the PIT form (PIT assumes finite tensor values,
 * rules/abstract-value.ts) and is counted, not compared. Most cases match bit for bit: the
 * reference PIT kernels accumulate listed micro-tiles in index order, which is the dense order
 * with the skipped identity terms left out; the tallies say how many.
 */

export const DENSITIES: readonly DensitySpec[] = [0, 0.1, 0.5, 1, 'dense'];
export const LONG = process.env.PITC_LONG_TESTS === '1';

export interface Tally {
  programs: number;
  rules: number;
  runs: number;
  exact: number;
  nanSkipped: number;
  /** Skipped cases where the PIT run also disagreed with the dense one (NaN positions included): examples. */
  nanDivergent: string[];
  forcedOps: number;
  lowerFallbacks: Map<string, number>;
  runtimeFallbacks: Map<string, number>;
  combos: Map<string, number>;
  inits: Map<string, number>;
  templates: Map<string, number>;
}

export function newTally(): Tally {
  return { programs: 0, rules: 0, runs: 0, exact: 0, nanSkipped: 0, nanDivergent: [], forcedOps: 0, lowerFallbacks: new Map(), runtimeFallbacks: new Map(), combos: new Map(), inits: new Map(), templates: new Map() };
}

export const bump = (m: Map<string, number>, k: string, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

/** kind × write × scope (and the axis role, which decides the write mode). */
const comboOf = (r: PitRule): string => `${r.kind} ${r.axisRole} ${r.write} ${r.scope}`;

/** Other micro-tiles for the same rule: all 1s, 2s, 3s, and a random mix with 'full' and oversized extents. */
function microTileVariants(rule: PitRule, rand: () => number): MicroExtent[][] {
  const n = rule.microTile.length;
  const pool: MicroExtent[] = [1, 2, 3, 'full', 100];
  const mix = Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)] as MicroExtent);
  const coarse = Array.from({ length: n }, (_, d): MicroExtent => (d === rule.operandDim ? 2 : 'full'));
  return [Array(n).fill(1), Array(n).fill(2), Array(n).fill(3), mix, coarse];
}

/** Micro-tiles for applyDensity: the rule's index tile on its source (if an input), else the same tile on same-rank dynamic inputs. */
export function densityTiles(c: Compiled, rule: PitRule, dims: ReadonlyMap<string, number>): Map<string, number[]> {
  const tiles = new Map<string, number[]>();
  const sourceShape = shapeOf(c.graph, rule.index.source, dims);
  const tile = concrete(rule.index.microTile, sourceShape);
  for (const t of c.graph.tensors) {
    if (t.role === 'intermediate' || !t.dynamic) continue;
    if (t.shape.length === tile.length) tiles.set(t.name, tile);
  }
  return tiles;
}

/** Micro-tiles of the index source at the concrete tile: Π ceil(n / t). */
function totalMicroTiles(shape: readonly number[], tile: readonly number[]): number {
  return shape.reduce((p, n, d) => p * Math.ceil(n / Math.max(1, Math.min(tile[d] ?? 1, n))), 1);
}

function checkRecord(c: Compiled, rule: PitRule, record: OpRunRecord | undefined, dims: ReadonlyMap<string, number>, density: DensitySpec, tally: Tally): void {
  expect(record, `no run record for '${rule.op}'`).toBeDefined();
  const detail = (record as OpRunRecord).detail ?? {};
  if ('fallback' in detail) {
    bump(tally.runtimeFallbacks, String(detail.fallback).replace(/[0-9]+/g, 'N'));
    return;
  }
  if ('guard' in detail) {
    // a run-time guard failed (a fully masked row): the executor ran the dense program instead
    bump(tally.runtimeFallbacks, 'guard');
    return;
  }
  const shape = shapeOf(c.graph, rule.index.source, dims);
  const total = totalMicroTiles(shape, concrete(rule.index.microTile, shape));
  const listed = detail.microTilesListed as number;
  const skipped = detail.microTilesSkipped as number;
  const d = detail.density as number;
  expect(listed + skipped).toBe(total);
  expect(d).toBeGreaterThanOrEqual(0);
  expect(d).toBeLessThanOrEqual(1);
  expect(d).toBeCloseTo(total === 0 ? 0 : listed / total, 12);
  expect(detail.index).toBe(rule.index.key);
  const source = c.graph.tensors.find((t) => t.name === rule.index.source);
  if (source && source.role !== 'intermediate') {
    // the index is built from the input itself: its zero tiles are exactly what applyDensity made
    if (density === 0) expect(listed, `density 0 on '${source.name}' lists nothing`).toBe(0);
    if (density === 'dense') expect(listed, `a fully non-zero '${source.name}' lists every micro-tile`).toBe(total);
  }
}

function context(c: Compiled, rule: PitRule, dims: ReadonlyMap<string, number>, density: DensitySpec, seed: number): string {
  const bindings = [...dims].map(([k, v]) => `${k}=${v}`).join(' ');
  return `rule ${describeRule(rule)}\ndensity ${density}, data seed ${seed}, dims ${bindings || '(none)'}\n${c.text}`;
}

const IDENTITY: Record<string, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity };

/** What every rule must satisfy before it runs (shapes of its micro-tiles and index, its init). */
function checkWellFormed(c: Compiled, rule: PitRule, dims: ReadonlyMap<string, number>): void {
  const where = `${describeRule(rule)}\n${c.text}`;
  const operandRank = shapeOf(c.graph, rule.operand, dims).length;
  const sourceRank = shapeOf(c.graph, rule.index.source, dims).length;
  expect(rule.microTile.length, `operand micro-tile rank: ${where}`).toBe(operandRank);
  // (test/pit/known-bugs.test.ts: a diagonal access d[i] = a[i, i] breaks this one)
  expect(rule.index.microTile.length, `index micro-tile rank = rank of its source '${rule.index.source}': ${where}`).toBe(sourceRank);
  expect(rule.index.gatherDim, where).toBeLessThan(sourceRank);
  expect(rule.operandDim, where).toBeLessThan(operandRank);
  expect(rule.index.key, where).toBe(`${rule.index.source}@${rule.index.microTile.join('x')}/${rule.index.gatherDim}`);
  if (rule.scope === 'reduction') {
    const identity = IDENTITY[rule.reducer as string];
    const ok = Object.is(rule.init, identity) || (rule.reducer === 'max' && rule.init === 0);
    expect(ok, `a reduction rule starts from the identity (or 0 for max over values >= 0): ${where}`).toBe(true);
  }
}

/** Forces `rule` on its op and checks the run against the dense reference at the given densities. */
export async function checkRule(c: Compiled, rule: PitRule, dims: ReadonlyMap<string, number>, densities: readonly DensitySpec[], seed: number, tally: Tally): Promise<void> {
  checkWellFormed(c, rule, dims);
  const forced = forceRules(c, new Map([[rule.op, rule]]));
  const lowerFallback = forced.fallbacks.get(rule.op);
  if (lowerFallback) bump(tally.lowerFallbacks, lowerFallback.replace(/'[^']*'/g, "'X'"));
  const tiles = densityTiles(c, rule, dims);
  for (const density of densities) {
    const inputs = makeInputs(c.graph, dims, { density, tiles, seed });
    const dense = denseValues(c.graph, inputs, dims);
    const result = await runProgram(forced.program, inputs, dims);
    tally.runs++;
    const cmp = compareWithDense(result, dense, c.graph);
    if (cmp.denseNaN) {
      tally.nanSkipped++;
      if (cmp.nanDivergence) tally.nanDivergent.push(`${cmp.nanDivergence}\n${context(c, rule, dims, density, seed)}`);
      continue;
    }
    if (cmp.mismatch) throw new Error(`PIT form differs from dense: ${cmp.mismatch}\n${context(c, rule, dims, density, seed)}`);
    if (cmp.exact) tally.exact++;
    if (!lowerFallback) checkRecord(c, rule, result.ops.find((o) => o.name === rule.op), dims, density, tally);
    bump(tally.combos, comboOf(rule));
    bump(tally.inits, `${rule.scope}${rule.reducer ? ` ${rule.reducer}` : ''} init ${rule.init}`);
  }
}

/** Every rule of every op, each with its own micro-tile at every density and with other micro-tiles at two. */
export async function checkAllRules(c: Compiled, dims: ReadonlyMap<string, number>, seed: number, tally: Tally): Promise<void> {
  const rand = mulberry32(seed ^ 0x9e3779b9);
  tally.programs++;
  for (const opRules of c.rules) {
    const op = c.graph.ops.find((o) => o.expr.output === opRules.op);
    if (!op) throw new Error(`rules for an unknown op '${opRules.op}'`);
    for (const rule of opRules.rules) {
      tally.rules++;
      await checkRule(c, rule, dims, DENSITIES, seed, tally);
      for (const tile of microTileVariants(rule, rand)) {
        const typical = rand() < 0.5 ? dims : new Map<string, number>();
        const variant = ruleWithMicroTile(op.expr, c.facts, rule, tile, typical);
        expect(variant.microTile).toEqual(tile);
        expect(variant.axis).toBe(rule.axis);
        const picks = [DENSITIES[Math.floor(rand() * 3)] as DensitySpec, DENSITIES[3 + Math.floor(rand() * 2)] as DensitySpec];
        await checkRule(c, variant, dims, picks, seed + 1, tally);
      }
    }
  }
}

/** One random rule (or dense) for every op at once: PIT kernels feeding PIT kernels. */
export async function checkAllOpsAtOnce(c: Compiled, dims: ReadonlyMap<string, number>, seed: number, tally: Tally): Promise<void> {
  const rand = mulberry32(seed);
  const chosen = new Map<string, PitRule>();
  for (const op of c.rules) {
    const k = Math.floor(rand() * (op.rules.length + 1));
    const rule = op.rules[k];
    if (rule) chosen.set(op.op, rule);
  }
  const forced = forceRules(c, chosen);
  tally.forcedOps += chosen.size;
  for (const density of [0.1, 0.5, 'dense'] as const) {
    const first = [...chosen.values()][0];
    const inputs = makeInputs(c.graph, dims, { density, ...(first ? { tiles: densityTiles(c, first, dims) } : {}), seed });
    const dense = denseValues(c.graph, inputs, dims);
    const result = await runProgram(forced.program, inputs, dims);
    tally.runs++;
    const cmp = compareWithDense(result, dense, c.graph);
    if (cmp.denseNaN) {
      tally.nanSkipped++;
      if (cmp.nanDivergence) tally.nanDivergent.push(`${cmp.nanDivergence}\n${c.text}`);
      continue;
    }
    if (cmp.exact) tally.exact++;
    if (cmp.mismatch) {
      throw new Error(`PIT forms chained differ from dense: ${cmp.mismatch}\nrules:\n  ${[...chosen.values()].map(describeRule).join('\n  ')}\ndensity ${density}, seed ${seed}, dims ${[...dims].map(([k, v]) => `${k}=${v}`).join(' ')}\n${c.text}`);
    }
  }
}

export function report(title: string, t: Tally): void {
  const lines = [
    `${title}: ${t.programs} programs, ${t.rules} rules (${t.forcedOps} ops forced together), ${t.runs} runs (${t.exact} bit-exact, ${t.nanSkipped} skipped: NaN in the dense reference, ${t.nanDivergent.length} of them with the PIT run differing too)`,
    `  kind × axis role × write × scope: ${[...t.combos].sort().map(([k, v]) => `${k}: ${v}`).join('; ')}`,
    `  scope / reducer / init: ${[...t.inits].sort().map(([k, v]) => `${k}: ${v}`).join('; ')}`,
    `  lowering fallbacks: ${[...t.lowerFallbacks].map(([k, v]) => `${k}: ${v}`).join('; ') || 'none'}`,
    `  executor fallbacks: ${[...t.runtimeFallbacks].map(([k, v]) => `${k}: ${v}`).join('; ') || 'none'}`,
  ];
  if (t.nanDivergent[0]) lines.push(`  first NaN divergence: ${t.nanDivergent[0].split('\n').join('\n    ')}`);
  if (t.templates.size > 0) lines.push(`  templates: ${[...t.templates].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  console.log(lines.join('\n'));
}

