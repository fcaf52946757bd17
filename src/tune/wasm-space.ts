/**
 * The wasm target's search space. Knobs this target has: the op's plan (dense, or a PIT rule at a
 * micro-tile), GEMM cache blocking (kc, mc, nc) and threads. The micro-kernel is a fixed 4×8
 * register block of f32x4 (vector width 4, no unroll knob): listed as fixed capabilities, not
 * searched. Ops that are not contractions run point-by-point SIMD kernels, which have no knobs here.
 */
import { invariant } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import { indexDensity } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { concreteTile } from '../../codegen/run/micro-tile.js';
import { findContraction, type Contraction } from '../../codegen/lower/contraction.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { DEFAULT_BLOCKING, MR, NR } from '../../codegen/wasm/gemm-layout.js';
import { checkBlocking } from '../../codegen/wasm/target.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import { buildIndex } from '../runtime/index-builder.js';
import { toCanonChoice } from './canonical-op.js';
import { predictWasmMs, WASM_COST, type GemmSize, type PlanCost } from './cost-model.js';
import { optionsHash } from './key.js';
import type { Candidate, KnobAxis, PlanOption, SpaceOrReason, TargetTuner } from './space.js';
import type { OpWorkload } from './workload.js';

/** Micro-tile extents tried along each dimension a rule's micro-tile spans. */
export const TILE_EXTENTS = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

const KNOBS = {
  kc: { values: [64, 128, 256, 512, 1024], meaning: 'GEMM k block (elements)' },
  mc: { values: [16, 32, 64, 128, 256], meaning: 'GEMM row block (multiple of 4)' },
  nc: { values: [128, 256, 512, 1024, 2048], meaning: 'GEMM column block (multiple of 8)' },
} as const;

export const wasmTuner: TargetTuner = {
  target: 'wasm',
  capabilities: {
    target: 'wasm',
    knobs: [
      { name: 'plan', meaning: 'dense, or a PIT rule at a micro-tile' },
      ...Object.entries(KNOBS).map(([name, k]) => ({ name, meaning: k.meaning })),
      { name: 'threads', meaning: 'worker threads (1 up to the cap)' },
    ],
    fixed: {
      vectorWidth: '4 lanes (f32x4, SIMD128)',
      unroll: 'none beyond the 4x8 register block',
      microKernel: `${MR}x${NR} f32x4 (fixed)`,
    },
  },
  optionsKey(maxThreads) {
    const f = detectFeatures();
    return optionsHash({ maxThreads, relaxedSimd: f.relaxedSimd, sharedMemory: f.threads });
  },
  space: wasmSpace,
  knobsProblem(knobs) {
    const unknown = Object.keys(knobs).filter((k) => !(k in KNOBS) && k !== 'threads');
    if (unknown.length > 0) return `unknown knob${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`;
    const threads = knobs['threads'];
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= MAX_THREADS)) return `threads ${threads} is not an integer from 1 to ${MAX_THREADS}`;
    const { kc, mc, nc } = knobs;
    if (kc === undefined && mc === undefined && nc === undefined) return undefined;
    if (kc === undefined || mc === undefined || nc === undefined) return 'the GEMM blocking needs kc, mc and nc together';
    return checkBlocking({ kc, mc, nc });
  },
};

/** The most threads a record may ask for (the CLI's cap on --threads). */
const MAX_THREADS = 256;

function wasmSpace(w: OpWorkload, maxThreads: number): SpaceOrReason {
  const isF32 = (t: string): boolean => w.graph.tensors.find((x) => x.name === t)?.dtype === 'f32';
  const contraction = findContraction(w.expr, isF32);
  if ('reason' in contraction) return { reason: `not a contraction (${contraction.reason}): it runs a point-by-point SIMD kernel, which has no knobs on wasm` };
  const gemm = gemmSize(contraction, w.extents);
  const plans = planOptions(w);
  const threadValues = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((t) => t < maxThreads).concat([Math.max(1, maxThreads)]))];
  const knobs: KnobAxis[] = [
    ...Object.entries(KNOBS).map(([name, k]) => ({ name, values: k.values, default: DEFAULT_BLOCKING[name as keyof typeof KNOBS], meaning: k.meaning })),
    { name: 'threads', values: threadValues, default: Math.max(1, maxThreads), meaning: 'worker threads' },
  ];
  const defaultPlan = plans.find((p) => sameChoice(p, w)) ?? (plans[0] as PlanOption);
  const defaultCandidate: Candidate = { plan: defaultPlan, knobs: Object.fromEntries(knobs.map((k) => [k.name, k.default])) };
  const macs = gemm.loop * gemm.m * gemm.n * gemm.k;
  const knob = (c: Candidate, name: string): number => c.knobs[name] ?? (knobs.find((k) => k.name === name) as KnobAxis).default;
  const planCost = (p: PlanOption): PlanCost => {
    if (p.choice.mode === 'dense') return { kind: 'dense' };
    const choice = p.choice;
    const rule = (w.rules?.rules ?? []).find((r) => r.operand === choice.operand && r.axis === choice.axis);
    invariant(rule !== undefined, 'tune', `plan '${p.id}' names no rule of op '${w.op}'`);
    const tile = choice.microTile ?? rule.microTile;
    const shape = operandShape(w, rule.operand);
    const span = concreteTile(tile, shape).reduce((s, e, d) => (d === rule.operandDim ? s : s * e), 1);
    const source = w.values.get(rule.index.source);
    return { kind: 'pit', density: p.density ?? 0.5, indexElements: source?.data.length ?? shape.reduce((a, b) => a * b, 1), role: rule.axisRole, span };
  };
  return {
    op: w.op,
    plans,
    knobs,
    defaultCandidate,
    invalid(c) {
      const blocking = { kc: knob(c, 'kc'), mc: knob(c, 'mc'), nc: knob(c, 'nc') };
      if (knob(c, 'threads') > maxThreads) return `more threads than the cap (${maxThreads})`;
      return checkBlocking(blocking);
    },
    effectiveKey(c) {
      // blocks at least as large as the problem all run as one block (gemm-run.ts sharedBlocking)
      const whole = knob(c, 'kc') >= gemm.k && knob(c, 'nc') >= roundUp(gemm.n, NR);
      const kn = whole ? 'kn=all' : `kc=${knob(c, 'kc')} nc=${knob(c, 'nc')}`;
      const mc = Math.min(knob(c, 'mc'), roundUp(gemm.m, MR));
      const threads = macs < WASM_COST.minParallelMacs ? 1 : knob(c, 'threads');
      return `${c.plan.id} ${kn} mc=${mc} t=${threads}`;
    },
    predictMs: (c) => predictWasmMs({ gemm, plan: planCost(c.plan), blocking: { kc: knob(c, 'kc'), mc: knob(c, 'mc'), nc: knob(c, 'nc') }, threads: knob(c, 'threads') }),
    compileOptions: (c) => ({ plan: c.plan.choice, blocking: { kc: knob(c, 'kc'), mc: knob(c, 'mc'), nc: knob(c, 'nc') }, threads: knob(c, 'threads') }),
  };
}

function gemmSize(c: Contraction, extents: ReadonlyMap<string, number>): GemmSize {
  const prod = (axes: readonly string[]): number => axes.reduce((s, a) => s * (extents.get(a) ?? 1), 1);
  return { loop: prod(c.loop), m: prod(c.m), n: prod(c.n), k: prod(c.k) };
}

/** Dense, then every rule at its planner micro-tile and at other extents along each dimension it spans. */
function planOptions(w: OpWorkload): PlanOption[] {
  const plans: PlanOption[] = [{ id: 'dense', choice: { mode: 'dense' }, canon: { mode: 'dense' }, label: 'dense' }];
  const densities = new Map<string, number | undefined>();
  for (const rule of w.rules?.rules ?? []) {
    const shape = operandShape(w, rule.operand);
    const tiles = new Map<string, MicroExtent[]>([[rule.microTile.join('x'), [...rule.microTile]]]);
    if (w.defaultChoice.mode === 'pit' && w.defaultChoice.operand === rule.operand && w.defaultChoice.axis === rule.axis && w.defaultChoice.microTile) {
      tiles.set(w.defaultChoice.microTile.join('x'), [...w.defaultChoice.microTile]);
    }
    rule.microTile.forEach((base, d) => {
      if (d === rule.operandDim || typeof base !== 'number' || base <= 1 || (shape[d] ?? 1) <= 1) return;
      for (const e of TILE_EXTENTS) {
        if (e > (shape[d] as number)) continue;
        const tile = rule.microTile.map((x, i) => (i === d ? e : x));
        tiles.set(tile.join('x'), tile);
      }
    });
    const canonRule = `${w.canonical.tensors.get(rule.operand)}/${w.canonical.axes.get(rule.axis)}`;
    const ordered = [...tiles.values()].sort((a, b) => span(a, shape) - span(b, shape));
    for (const tile of ordered) {
      const choice = { mode: 'pit', operand: rule.operand, axis: rule.axis, microTile: tile } as const;
      plans.push({
        id: `${canonRule}/${tile.join('x')}`,
        choice,
        canon: toCanonChoice(choice, w.canonical),
        label: `${rule.operand} along ${rule.axis}, ${tile.join('x')}`,
        rule: canonRule,
        ...withDensity(observedDensity(w, rule, tile, densities)),
      });
    }
  }
  return plans;
}

function withDensity(d: number | undefined): { density?: number } {
  return d === undefined ? {} : { density: d };
}

/** Index density of the tuning data at a rule's micro-tile: what the index build would report. */
function observedDensity(w: OpWorkload, rule: PitRule, tile: readonly MicroExtent[], cache: Map<string, number | undefined>): number | undefined {
  const adapted = ruleWithMicroTile(w.expr, w.facts, rule, tile, w.dims);
  const key = adapted.index.key;
  if (cache.has(key)) return cache.get(key);
  const source: HostTensor | undefined = w.values.get(adapted.index.source);
  const fill = w.facts.get(adapted.index.source)?.fill ?? 0;
  const d = source ? indexDensity(buildIndex(source, concreteTile(adapted.index.microTile, source.shape), adapted.index.gatherDim, fill, undefined, { countPresent: false })) : undefined;
  cache.set(key, d);
  return d;
}

function operandShape(w: OpWorkload, tensor: string): number[] {
  const info = w.graph.tensors.find((t) => t.name === tensor);
  return (info?.shape ?? []).map((d) => evalDim(d, w.dims) ?? 1);
}

function span(tile: readonly MicroExtent[], shape: readonly number[]): number {
  return concreteTile(tile, shape).reduce((s, e) => s * e, 1);
}

function sameChoice(p: PlanOption, w: OpWorkload): boolean {
  const d = w.defaultChoice;
  if (d.mode === 'dense' || p.choice.mode === 'dense') return d.mode === p.choice.mode;
  return p.choice.operand === d.operand && p.choice.axis === d.axis && (p.choice.microTile ?? []).join('x') === (d.microTile ?? []).join('x');
}

function roundUp(x: number, of: number): number {
  return Math.ceil(x / of) * of;
}
