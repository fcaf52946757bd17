import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { LoweredProgram } from '../../codegen/target.js';
import { dimsWithDefaults } from '../../ir/graph/dims.js';
import { reductionsOf, walkScalar, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { analyse, type AnalysisOptions } from '../../src/pipeline.js';
import type { PitOpKind } from '../../src/targets/registry.js';
import {
  compilePit,
  concrete,
  forceRules,
  shapeOf,
  type Compiled,
} from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { densityTiles } from '../helpers/pit-rule-check.js';
import { CONSTRUCT_PROGRAMS } from './construct-programs.js';
import { inputSet, type InputKind, type InputSet } from './inputs.js';

/**
 * The case list of the conformance suite. Three families:
 *
 * - `sample`: every samples/*.pit, planned as `pitc run` plans it, at small odd dims (never tile
 *   multiples), on every input kind (all absent, densities 0.1 and 0.5, rows absent, all zero,
 *   dense); then again with micro-tile hints (2s and 3s on every index source) so the PIT kernels
 *   gather several positions per micro-tile and walk strips of several rows;
 * - `construct`: every good fixture (test/fixtures/good) and construct-programs.ts;
 * - `rule form`: random programs with @dynamic inputs (test/helpers/pit-programs.ts) with every
 *   rule of every op forced, at its own micro-tile and at 2s and 3s; and template programs (MoE,
 *   masked attention, convolutions, ...) with one rule per op at once, so PIT kernels feed PIT
 *   kernels. At density 0.5 the index builder forgets the last micro-tile of every strip (where a
 *   target takes the runtime's index builder): the target must skip exactly what the index says.
 *
 * Oracles: samples and constructs must equal the dense evaluation of the graph
 * (codegen/ref/evaluate.ts); rule forms must equal the reference executor running the same
 * forced program with the same index builder (a forced rule may drop NaN terms the dense program
 * keeps: PIT assumes finite values, so its meaning is the reference's PIT form).
 */

export type Family = 'sample' | 'construct' | 'rule form';

export interface ConformanceCase {
  readonly id: string;
  readonly family: Family;
  readonly program: LoweredProgram;
  readonly dims: ReadonlyMap<string, number>;
  readonly inputs: readonly InputSet[];
  /** `dense`: the graph's dense evaluation; `program`: the reference executor on this program. */
  readonly oracle: 'dense' | 'program';
  /** The kinds of the ops the program runs in PIT forms (cases are gated on `pitForms`). */
  readonly pitKinds: readonly PitOpKind[];
  /** Left out on targets that run here on an emulator (`device: 'gpu'`), to keep them fast. */
  readonly cpuOnly?: boolean;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Small dims per sample: odd sizes, never tile multiples, some past one warp or workgroup of
 * threads (fixed sizes such as 64 stay as written).
 */
export const SAMPLE_DIMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'attention-longformer.pit': { H: 2, S: 71 },
  'attention.pit': { H: 2, S: 37 },
  'conv2d.pit': { N: 2, C: 5, K: 3, H: 6, W: 7 },
  'dynamic-seqlen.pit': { B: 3, S: 9, D: 11, F: 19 },
  'ffn-relu.pit': { T: 35, D: 6, F: 40 },
  'layernorm.pit': { T: 33 },
  'matmul.pit': { M: 34, K: 37, N: 5 },
  'moe.pit': { T: 6, E: 3, D: 5, F: 4 },
  'moe-gate.pit': { T: 6, E: 3, D: 5, F: 4 },
  'softmax.pit': { T: 5, N: 45 },
};

export const SAMPLE_INPUTS: readonly InputKind[] = [
  0,
  0.1,
  0.5,
  'rows absent',
  'all zero',
  'dense',
];
/** The sample inputs emulated GPU targets skip (every other kind they meet). */
const CPU_ONLY_INPUTS: readonly InputKind[] = ['all zero'];
const CONSTRUCT_INPUTS: readonly InputKind[] = [0.5, 'dense'];
/** Random programs and template programs drawn for the rule-form family (seeded). */
export const RULE_FORM_PROGRAMS = { random: 150, template: 100 };

export function planned(c: Compiled, name: string, options: AnalysisOptions = {}): LoweredProgram {
  const analysis = analyse(c.graph, options);
  return {
    name: programName(name),
    graph: analysis.graph,
    kernels: analysis.kernels,
    guards: guardsOf(analysis),
  };
}

/** contraction (a sum of products), reduction (any other reduction) or pointwise. */
export function opKind(expr: TensorExpr): PitOpKind {
  const reductions = reductionsOf(expr.body);
  if (reductions.length === 0) return 'pointwise';
  const [first] = reductions;
  let accesses = 0;
  if (first) walkScalar(first.body, (n) => void (n.kind === 'access' && accesses++));
  return reductions.length === 1 &&
    first?.reducer === 'sum' &&
    first.body.kind === 'binary' &&
    first.body.op === '*' &&
    accesses >= 2
    ? 'contraction'
    : 'reduction';
}

function pitKindsOf(program: LoweredProgram): PitOpKind[] {
  return [...new Set(program.kernels.filter((k) => k.kind === 'pit').map((k) => opKind(k.expr)))];
}

function sampleCases(): ConformanceCase[] {
  const dir = join(ROOT, 'samples');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pit'))
    .sort();
  const cases: ConformanceCase[] = [];
  files.forEach((file, n) => {
    const c = compilePit(readFileSync(join(dir, file), 'utf8'), `samples/${file}`);
    const dims = dimsWithDefaults(c.graph, new Map(Object.entries(SAMPLE_DIMS[file] ?? {})));
    const program = planned(c, file);
    const pit = program.kernels.filter((k): k is PitKernel => k.kind === 'pit');
    // the dynamic inputs are zeroed in the first PIT kernel's micro-tiles (blocks, as the paper's masks)
    const tiles = new Map<string, number[]>();
    const first = pit[0];
    if (first) {
      const tile = concrete(first.index.microTile, shapeOf(c.graph, first.index.source, dims));
      for (const t of c.graph.tensors)
        if (t.role !== 'intermediate' && t.dynamic && t.shape.length === tile.length)
          tiles.set(t.name, tile);
    }
    const inputs = SAMPLE_INPUTS.map((kind) => ({
      ...inputSet(c.graph, dims, kind, 3 + n * 17, tiles),
      ...(CPU_ONLY_INPUTS.includes(kind) ? { cpuOnly: true } : {}),
    }));
    cases.push({
      id: `sample ${file}`,
      family: 'sample',
      program,
      dims,
      inputs,
      oracle: 'dense',
      pitKinds: pitKindsOf(program),
    });
    for (const source of [...new Set(pit.map((k) => k.index.source))]) {
      const rank = shapeOf(c.graph, source, dims).length;
      // 2s, 3s, and a mix of 1 to 4 (strips of several rows, several positions per micro-tile)
      const hintTiles = [
        Array<number>(rank).fill(2),
        Array<number>(rank).fill(3),
        Array.from({ length: rank }, (_, i) => 1 + ((i * 2 + 1) % 4)),
      ];
      hintTiles.forEach((tile, h) => {
        const hinted = planned(c, file, { hints: new Map([[source, tile]]) });
        const zeroTiles = new Map<string, number[]>();
        for (const t of c.graph.tensors)
          if (t.role !== 'intermediate' && t.dynamic && t.shape.length === rank)
            zeroTiles.set(t.name, tile);
        cases.push({
          id: `sample ${file}, micro-tile hint ${source}=${tile.join('x')}`,
          family: 'sample',
          program: hinted,
          dims,
          inputs: [inputSet(c.graph, dims, 0.4, 17 + n, zeroTiles)],
          oracle: 'dense',
          pitKinds: pitKindsOf(hinted),
          ...(h === 2 ? { cpuOnly: true } : {}),
        });
      });
    }
  });
  return cases;
}

function constructCases(): ConformanceCase[] {
  const dir = join(ROOT, 'test', 'fixtures', 'good');
  /** Dims for fixtures whose defaults are large (odd sizes). */
  const fixtureDims: Record<string, Record<string, number>> = {
    'causal-mask.pit': { S: 7 },
    'layout.pit': { T: 5, D: 3 },
    'strided-conv-symbolic.pit': { N: 9 },
  };
  /** The design examples' fixed sizes (768x3072 weights) are run by test/samples, not per target. */
  const skip = new Set(['design-ffn.pit', 'design-moe.pit']);
  const programs = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.pit') && !skip.has(f))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), dims: fixtureDims[f] })),
    ...CONSTRUCT_PROGRAMS,
  ];
  return programs.map((p, n): ConformanceCase => {
    const c = compilePit(p.text, p.name.endsWith('.pit') ? p.name : 'construct.pit');
    const dims = dimsWithDefaults(c.graph, new Map(Object.entries(p.dims ?? {})));
    const program = planned(c, p.name.endsWith('.pit') ? p.name : `construct${n}`);
    const given = 'inputs' in p && p.inputs ? p.inputs() : undefined;
    const inputs = given
      ? [{ label: 'special values', values: given }]
      : CONSTRUCT_INPUTS.map((kind) => inputSet(c.graph, dims, kind, 5 + n));
    return {
      id: `construct ${p.name}`,
      family: 'construct',
      program,
      dims,
      inputs,
      oracle: 'dense',
      pitKinds: pitKindsOf(program),
    };
  });
}

function describeRules(rules: ReadonlyMap<string, PitRule>): string {
  return (
    [...rules.values()]
      .map((r) => `${r.op}: ${r.access} along ${r.axis} [${r.microTile.join('x')}]`)
      .join('; ') || 'no rule (dense)'
  );
}

function forcedCase(
  c: Compiled,
  label: string,
  rules: ReadonlyMap<string, PitRule>,
  dims: ReadonlyMap<string, number>,
  seed: number,
): ConformanceCase {
  const forced = forceRules(c, rules).program;
  const first = [...rules.values()][0];
  const tiles = first ? densityTiles(c, first, dims) : new Map<string, number[]>();
  const inputs: InputSet[] = [0, 0.1, 0.5].map((density) => ({
    ...inputSet(c.graph, dims, density, seed, tiles),
    ...(density === 0.5 ? { forgetful: true } : {}),
  }));
  const bindings = [...dims].map(([k, v]) => `${k}=${v}`).join(' ');
  return {
    id: `rule form ${label}: ${describeRules(rules)} (dims ${bindings || 'none'}, seed ${seed})\n${c.text}`,
    family: 'rule form',
    program: forced,
    dims,
    inputs,
    oracle: 'program',
    pitKinds: pitKindsOf(forced),
  };
}

function ruleFormCases(): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  const seeds = fc.sample(fc.integer({ min: 1, max: 0x7fffffff }), {
    seed: 0xc0f,
    numRuns: RULE_FORM_PROGRAMS.random + RULE_FORM_PROGRAMS.template,
  });
  fc.sample(dynamicProgramArbitrary(), {
    seed: 0xc0f1,
    numRuns: RULE_FORM_PROGRAMS.random,
  }).forEach((p, n) => {
    const c = compilePit(p.text, 'random.pit');
    const seed = seeds[n] as number;
    for (const opRules of c.rules) {
      const op = c.graph.ops.find((o) => o.expr.output === opRules.op);
      if (!op) throw new Error(`rules for an unknown op '${opRules.op}'`);
      for (const rule of opRules.rules) {
        cases.push(forcedCase(c, `random program ${n}`, new Map([[rule.op, rule]]), p.dims, seed));
        for (const fill of [2, 3] as MicroExtent[]) {
          const tile = rule.microTile.map((): MicroExtent => fill);
          cases.push(
            forcedCase(
              c,
              `random program ${n}`,
              new Map([[rule.op, ruleWithMicroTile(op.expr, c.facts, rule, tile, p.dims)]]),
              p.dims,
              seed + 1,
            ),
          );
        }
      }
    }
  });
  fc.sample(fc.oneof(templateArbitrary(), dynamicProgramArbitrary()), {
    seed: 0xc0f2,
    numRuns: RULE_FORM_PROGRAMS.template,
  }).forEach((p, n) => {
    const c = compilePit(p.text, 'chained.pit');
    const seed = seeds[RULE_FORM_PROGRAMS.random + n] as number;
    const chosen = new Map<string, PitRule>();
    c.rules.forEach((op, i) => {
      const rule = op.rules[(seed + i) % (op.rules.length + 1)];
      if (rule) chosen.set(op.op, rule);
    });
    cases.push(forcedCase(c, `template program ${n}, one rule per op`, chosen, p.dims, seed));
  });
  return cases;
}

let memo: readonly ConformanceCase[] | undefined;

/** Every case, built once per test file (deterministic: seeded). */
export function conformanceCases(): readonly ConformanceCase[] {
  memo ??= [...sampleCases(), ...constructCases(), ...ruleFormCases()];
  return memo;
}
