import { createRefExecutor } from '../../codegen/ref/executor.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { lowerToKernel } from '../../codegen/lower/to-kernel.js';
import { markUnreadUntouched } from '../../codegen/lower/untouched-cells.js';
import type { ExecutionResult, LoweredProgram, RuntimeServices } from '../../codegen/target.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { discoverRules } from '../../rules/discover.js';
import type { MicroExtent, OpRules, PitRule } from '../../rules/rule.js';
import { inferSparsity, type SparsityFact } from '../../rules/sparsity.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { compareTensors, type CompareOptions } from './compare.js';
import { naiveBuildIndex } from './naive-index.js';

/**
 * Shared machinery of the PIT-form tests: compile .pit text, force one rule (or one rule per op)
 * into a LoweredProgram, make inputs whose zero pattern is random at a micro-tile, run the
 * reference executor with the naive index builder, and compare every tensor with the dense
 * reference evaluation.
 */

export interface Compiled {
  readonly text: string;
  readonly graph: Graph;
  readonly facts: ReadonlyMap<string, SparsityFact>;
  readonly rules: readonly OpRules[];
}

/** Front end + facts + rules; throws with the diagnostics when the text does not check. */
export function compilePit(text: string, file = 'test.pit'): Compiled {
  const fe = runFrontEnd(text, file);
  const errors = fe.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !fe.graph) {
    throw new Error(`the front end rejected:\n${text}\n${errors.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  }
  const facts = inferSparsity(fe.graph);
  return { text, graph: fe.graph, facts, rules: discoverRules(fe.graph, facts) };
}

export type ForcedChoice = { readonly op: string; readonly rule: PitRule } | undefined;

export interface Forced {
  readonly program: LoweredProgram;
  /** Ops whose rule could not be lowered (they run dense), with lowerToKernel's reason. */
  readonly fallbacks: ReadonlyMap<string, string>;
}

/** One rule for every op that has any, chosen by `pick`: op i takes rule (pick + i) mod its count. */
export function pickRulePerOp(c: Compiled, pick: number): Map<string, PitRule> {
  const chosen = new Map<string, PitRule>();
  c.rules.forEach((op, i) => {
    const rule = op.rules[(pick + i) % Math.max(1, op.rules.length)];
    if (rule) chosen.set(op.op, rule);
  });
  return chosen;
}

/** A program whose kernel for each op in `rules` is the PIT form of that rule; every other op is dense. */
export function forceRules(c: Compiled, rules: ReadonlyMap<string, PitRule>): Forced {
  const fallbacks = new Map<string, string>();
  const kernels: KernelIR[] = c.graph.ops.map((op) => {
    const rule = rules.get(op.expr.output);
    if (!rule) return { kind: 'dense', expr: op.expr };
    const lowered = lowerToKernel(op.expr, { op: op.expr.output, mode: 'pit', rule, reason: 'test' }, c.facts);
    if ('fallback' in lowered) fallbacks.set(op.expr.output, lowered.fallback);
    return lowered.kernel;
  });
  const guards = [...c.facts.values()].filter((f) => f.guard !== undefined).map((f) => ({ tensor: f.tensor, why: f.guard as string }));
  // the whole-program fact the pipeline adds: which untouched cells nobody reads
  return { program: { name: 'forced', graph: c.graph, kernels: markUnreadUntouched(kernels, c.graph.outputs), guards }, fallbacks };
}

export async function runProgram(
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  services: RuntimeServices = { buildIndex: naiveBuildIndex },
): Promise<ExecutionResult> {
  const executor = createRefExecutor(program, services);
  try {
    return await executor.run(inputs, dims);
  } finally {
    await executor.dispose();
  }
}

export function shapeOf(graph: Graph, name: string, dims: ReadonlyMap<string, number>): number[] {
  const info = graph.tensors.find((t) => t.name === name);
  if (!info) throw new Error(`no tensor '${name}'`);
  return info.shape.map((d) => {
    const n = evalDim(d, dims);
    if (n === undefined) throw new Error(`cannot size '${name}'`);
    return n;
  });
}

/** Concrete micro-tile extents ('full' = the whole dimension). */
export function concrete(tile: readonly MicroExtent[], shape: readonly number[]): number[] {
  return tile.map((e, d) => (e === 'full' ? Math.max(1, shape[d] ?? 1) : e));
}

export type DensitySpec = number | 'dense';

export interface InputPlan {
  /** Density of the dynamic inputs (the fraction of micro-tiles kept), or 'dense': no zero at all. */
  readonly density: DensitySpec;
  /** Micro-tile per dynamic input (default: all 1s). */
  readonly tiles?: ReadonlyMap<string, readonly number[]>;
  readonly seed: number;
}

/**
 * Seeded values for every input and weight (src/runtime/random.ts: f32 in [-1, 1), i32 in
 * [0, 16), bool 0/1); each @dynamic input then gets whole micro-tiles zeroed with
 * applyDensity, or every element made non-zero for 'dense'.
 */
export function makeInputs(graph: Graph, dims: ReadonlyMap<string, number>, plan: InputPlan): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const shape = shapeOf(graph, t.name, dims);
    let tensor = randomTensor(t.dtype, shape, plan.seed, t.name);
    if (t.dynamic) {
      if (plan.density === 'dense') {
        const data = tensor.data.slice();
        for (let i = 0; i < data.length; i++) if (data[i] === 0) data[i] = t.dtype === 'f32' ? 0.5 : 1;
        tensor = { ...tensor, data };
      } else {
        const tile = plan.tiles?.get(t.name) ?? shape.map(() => 1);
        tensor = applyDensity(tensor, plan.density, tile.map((e, d) => Math.max(1, Math.min(e, Math.max(1, shape[d] ?? 1)))), plan.seed, `${t.name}#density`);
      }
    }
    out.set(t.name, tensor);
  }
  return out;
}

export interface Comparison {
  /** First mismatch, in words, or undefined. */
  readonly mismatch?: string;
  /** Every compared tensor matched bit for bit (±0 aside). */
  readonly exact: boolean;
  /** The dense reference holds a NaN in some tensor: the case is not a valid test (counted, not compared). */
  readonly denseNaN?: string;
  /** With a NaN in the dense reference: where the PIT run disagrees, NaN positions included (for reports only). */
  readonly nanDivergence?: string;
}

const EXACT: CompareOptions = { exact: true };
/** Re-association only: every value is computed in float64 and rounded to f32 once. */
export const REASSOCIATION: CompareOptions = { rtol: 1e-5, atol: 1e-6 };

/** Compares every tensor the run produced (intermediates included) with the dense reference. */
export function compareWithDense(result: ExecutionResult, dense: ReadonlyMap<string, HostTensor>, graph: Graph, tolerance: CompareOptions = REASSOCIATION): Comparison {
  for (const op of graph.ops) {
    const want = dense.get(op.expr.output) as HostTensor;
    if (Array.from(want.data).some((v) => Number.isNaN(v))) {
      let nanDivergence: string | undefined;
      for (const other of graph.ops) {
        const got = result.values.get(other.expr.output);
        const m = got ? compareTensors(got, dense.get(other.expr.output) as HostTensor, { ...tolerance, nanEqual: true }) : undefined;
        if (m) {
          nanDivergence = `'${other.expr.output}': ${m.message}`;
          break;
        }
      }
      return { exact: false, denseNaN: op.expr.output, ...(nanDivergence ? { nanDivergence } : {}) };
    }
  }
  let exact = true;
  for (const op of graph.ops) {
    const name = op.expr.output;
    const want = dense.get(name) as HostTensor;
    const got = result.values.get(name);
    if (!got) return { exact: false, mismatch: `'${name}' was not produced` };
    if (compareTensors(got, want, EXACT) === undefined) continue;
    exact = false;
    const m = compareTensors(got, want, tolerance);
    if (m) return { exact: false, mismatch: `'${name}': ${m.message}` };
  }
  return { exact };
}

export function denseValues(graph: Graph, inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): Map<string, HostTensor> {
  return evaluateGraph(graph, inputs, dims);
}

/** `rule` in a line: `y: a[t, f] along f (reduce, store, reduction, [32x1], index a@32x1/1)`. */
export function describeRule(r: PitRule): string {
  return `${r.op}: ${r.access} along ${r.axis} (${r.axisRole}, ${r.kind}, ${r.write}, ${r.scope}${r.reducer ? ` ${r.reducer}` : ''}, init ${r.init}, [${r.microTile.join('x')}], index ${r.index.key}, gathers ${r.gathers.join(',') || '-'})`;
}

/** An index builder that forgets the last listed micro-tile of every strip (a well-formed, wrong index). */
export function forgetfulBuildIndex(tensor: HostTensor, microTile: readonly number[], gatherDim: number, fill = 0): SparseIndex {
  const full = naiveBuildIndex(tensor, microTile, gatherDim, fill);
  const coords: number[] = [];
  const ptr = new Int32Array(full.stripCount + 1);
  for (let s = 0; s < full.stripCount; s++) {
    const lo = full.stripPtr[s] as number;
    const hi = full.stripPtr[s + 1] as number;
    for (let p = lo; p < hi - 1; p++) coords.push(full.coords[p] as number);
    ptr[s + 1] = coords.length;
  }
  return { ...full, stripPtr: ptr, coords: Int32Array.from(coords) };
}
