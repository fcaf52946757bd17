import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerToLoops } from '../../codegen/lower/to-loops.js';
import type { LoweredProgram } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import { verifyLoopProgram } from '../../ir/loops/verify.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { PitRule } from '../../rules/rule.js';
import { runLoopProgram } from '../helpers/loop-interpreter.js';
import { plannedSample, SAMPLE_FILES } from '../helpers/loop-samples.js';
import {
  compilePit,
  forceRules,
  makeInputs,
  pickRulePerOp,
  runProgram,
  type Compiled,
  type DensitySpec,
} from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { SAMPLE_DIMS, SAMPLE_TILES } from '../helpers/sample-dims.js';

/**
 * The loop IR (codegen/lower/to-loops.ts) on every sample and on random programs with every
 * rule forced: it verifies (ir/loops/verify.ts) with symbolic and with bound extents, and run
 * step by step (test/helpers/loop-interpreter.ts, independent of codegen/ref) it computes
 * exactly what the reference executor computes for the same kernels, bit for bit.
 */

/** The interpreter is slow: longformer's window (64) still cut by S, over fewer heads. */
const LOOP_DIMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'attention-longformer.pit': { H: 1, S: 75 },
};

/** Small dims for a program: the sample's test dims, else 5 for every dim. */
function dimsFor(graph: Graph, file: string): Map<string, number> {
  const given = LOOP_DIMS[file] ?? SAMPLE_DIMS[file] ?? {};
  return new Map(graph.dims.map((d) => [d.name, given[d.name] ?? 5]));
}

/** Same dtype, shape and bits (NaN equal to NaN). */
function firstDifference(a: HostTensor | undefined, b: HostTensor | undefined): string | undefined {
  if (!a || !b) return `missing (${a ? 'reference' : 'loops'})`;
  if (a.dtype !== b.dtype || a.shape.join() !== b.shape.join())
    return `${a.dtype}[${a.shape}] vs ${b.dtype}[${b.shape}]`;
  for (let i = 0; i < a.data.length; i++) {
    if (!Object.is(a.data[i], b.data[i]))
      return `element ${i}: loops ${a.data[i]}, reference ${b.data[i]}`;
  }
  return undefined;
}

interface Agreement {
  /** Runs compared tensor by tensor. */
  compared: number;
  /** PIT kernels whose window micro-tile is shorter than its bound dimension (lowered densely). */
  fallbacks?: number;
  /** Runs where a guard sent the reference to its dense program (compared with the loops' dense form instead). */
  guarded: number;
}

/**
 * Verifies the loops of `program` (symbolic and at `dims`), runs them and the reference on the
 * same inputs, and expects every tensor equal. A failed guard makes the reference run every op
 * densely: the loops of the dense program are compared then.
 */
async function expectSameAsReference(
  program: LoweredProgram,
  dims: ReadonlyMap<string, number>,
  inputs: ReadonlyMap<string, HostTensor>,
  what: string,
  tally: Agreement,
): Promise<void> {
  const symbolic = lowerToLoops(program);
  expect(verifyLoopProgram(symbolic), `${what} (symbolic)`).toEqual([]);
  const bound = lowerToLoops(program, dims);
  expect(verifyLoopProgram(bound), `${what} (bound)`).toEqual([]);
  if (tally.fallbacks !== undefined)
    tally.fallbacks += bound.ops.filter((o) => o.fallback !== undefined).length;
  const reference = await runProgram(program, inputs, dims);
  const guarded = reference.ops.some((o) => o.detail !== undefined && 'guard' in o.detail);
  const loops = guarded ? lowerToLoops(denseProgram(program), dims) : bound;
  // the per-cell form of the dense ops (what gpu.js, WGSL and CUDA kernels render) means the same
  const cells = lowerToLoops(guarded ? denseProgram(program) : program, dims, { cells: true });
  expect(verifyLoopProgram(cells), `${what} (cells)`).toEqual([]);
  for (const [form, run] of [
    ['loops', loops],
    ['cells', cells],
  ] as const) {
    const got = runLoopProgram(run, inputs);
    for (const op of program.kernels) {
      const name = op.expr.output;
      const diff = firstDifference(got.get(name), reference.values.get(name));
      expect(diff, `${what} (${form}): tensor '${name}'`).toBeUndefined();
    }
  }
  if (guarded) tally.guarded++;
  else tally.compared++;
}

/** The program with every op in its dense form (what a failed guard runs). */
function denseProgram(program: LoweredProgram): LoweredProgram {
  return {
    ...program,
    kernels: program.kernels.map((k) => ({ kind: 'dense' as const, expr: k.expr })),
  };
}

describe('loop IR of the samples', () => {
  it.each(SAMPLE_FILES)('%s verifies and runs as the reference does', async (file) => {
    const program = plannedSample(file);
    const dims = dimsFor(program.graph, file);
    const tally: Agreement = { compared: 0, guarded: 0 };
    const tiles = new Map(Object.entries(SAMPLE_TILES[file] ?? {}));
    for (const density of [0, 0.3, 'dense'] as DensitySpec[]) {
      const inputs = makeInputs(program.graph, dims, { density, tiles, seed: 7 });
      await expectSameAsReference(program, dims, inputs, `${file} at density ${density}`, tally);
    }
    expect(tally.compared + tally.guarded).toBe(3);
  });

  it('the samples have PIT forms of every scope, with strips, listed loops, SReads and contractions', () => {
    const seen = new Set<string>();
    for (const file of SAMPLE_FILES) {
      for (const op of lowerToLoops(plannedSample(file)).ops) {
        if (op.pit) seen.add(`pit ${op.pit.scope.kind} ${op.pit.swrite.mode}`);
        if (op.contraction.kind === 'contraction')
          seen.add(op.contraction.epilogue ? 'contraction with epilogue' : 'plain contraction');
        if (op.pit?.swrite.untouched === 'unread') seen.add('untouched cells unread');
      }
    }
    for (const want of [
      'pit reduction store',
      'pit output scatter',
      'plain contraction',
      'contraction with epilogue',
      'untouched cells unread',
    ])
      expect(seen).toContain(want);
  });
});

/** Every rule of every op of a program, each forced alone, at a few densities. */
async function checkEveryRule(
  c: Compiled,
  dims: ReadonlyMap<string, number>,
  seed: number,
  tally: Agreement & { rules: number },
): Promise<void> {
  for (const op of c.rules) {
    for (const rule of op.rules) {
      const { program } = forceRules(c, new Map([[rule.op, rule]]));
      tally.rules++;
      for (const density of [0, 0.5, 'dense'] as DensitySpec[]) {
        const inputs = makeInputs(c.graph, dims, { density, seed });
        await expectSameAsReference(
          program,
          dims,
          inputs,
          `rule ${rule.op} ${rule.access} along ${rule.axis} at ${density}\n${c.text}`,
          tally,
        );
      }
    }
  }
}

describe('loop IR of random programs', () => {
  it('every rule of random programs with @dynamic inputs, forced', async () => {
    const tally = { compared: 0, guarded: 0, rules: 0, fallbacks: 0 };
    await fc.assert(
      fc.asyncProperty(
        dynamicProgramArbitrary(),
        fc.integer({ min: 1, max: 1e6 }),
        async (p, seed) => {
          await checkEveryRule(compilePit(p.text, 'random.pit'), p.dims, seed, tally);
        },
      ),
      { seed: 0x100b, numRuns: 120 },
    );
    // generation must not silently produce nothing to check
    expect(tally.rules).toBeGreaterThan(60);
    expect(tally.compared).toBeGreaterThan(150);
  });

  it('templates (matmul, attention, MoE, conv... forms), one random rule per op at once', async () => {
    const tally = { compared: 0, guarded: 0, rules: 0, fallbacks: 0 };
    await fc.assert(
      fc.asyncProperty(
        templateArbitrary(),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        async (p, seed, pick) => {
          const c = compilePit(p.text, 'template.pit');
          const chosen = pickRulePerOp(c, pick);
          tally.rules += chosen.size;
          const { program } = forceRules(c, chosen);
          for (const density of [0.2, 1] as DensitySpec[])
            await expectSameAsReference(
              program,
              p.dims,
              makeInputs(c.graph, p.dims, { density, seed }),
              `template ${p.template} at ${density}\n${p.text}`,
              tally,
            );
        },
      ),
      { seed: 0x7e3a, numRuns: 80 },
    );
    expect(tally.rules).toBeGreaterThan(80);
    expect(tally.compared).toBeGreaterThan(100);
  });
});

describe('a window micro-tile shorter than its dimension', () => {
  // the rule gathers c; dimension 1 of x is the window o + r, so its micro-tile must span it
  const text =
    'dim L\ninput x: f32[6, L] @dynamic\nweight w: f32[6, 3]\ny[o] = sum[c, r] x[c, o + r] * w[c, r]\noutput y\n';
  const c = compilePit(text, 'conv1d.pit');
  const planned = c.rules[0]?.rules[0] as PitRule;
  const rule: PitRule = {
    ...planned,
    microTile: [1, 4],
    index: { ...planned.index, microTile: [1, 4], key: 'x@1x4/0' },
  };
  const { program } = forceRules(c, new Map([['y', rule]]));

  it('is a run-time condition while the extents are symbolic', () => {
    const loops = lowerToLoops(program);
    expect(verifyLoopProgram(loops)).toEqual([]);
    const op = loops.ops[0];
    expect(op?.form).toBe('pit');
    expect(op?.pit?.spans).toEqual([{ operandDim: 1, tile: 4 }]);
  });

  it('runs the PIT form where the tile spans the bound dimension, the dense form where it does not, as the reference does', async () => {
    const tally: Agreement = { compared: 0, guarded: 0, fallbacks: 0 };
    for (const L of [3, 4, 9]) {
      const dims = new Map([['L', L]]);
      const loops = lowerToLoops(program, dims);
      expect(loops.ops[0]?.form, `L = ${L}`).toBe(L <= 4 ? 'pit' : 'dense');
      expect(loops.ops[0]?.pit?.spans ?? [], 'decided at bound extents').toEqual([]);
      const reference = await runProgram(
        program,
        makeInputs(c.graph, dims, { density: 0.5, seed: L }),
        dims,
      );
      expect(
        'fallback' in (reference.ops[0]?.detail ?? {}),
        `the reference falls back at L = ${L}`,
      ).toBe(L > 4);
      for (const density of [0.5, 'dense'] as DensitySpec[])
        await expectSameAsReference(
          program,
          dims,
          makeInputs(c.graph, dims, { density, seed: L }),
          `L = ${L}`,
          tally,
        );
    }
    expect(tally.fallbacks).toBe(2);
    expect(tally.compared).toBe(6);
  });
});
