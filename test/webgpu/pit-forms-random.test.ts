import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExecutionResult } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import { compareTensors } from '../helpers/compare.js';
import {
  compilePit,
  forceRules,
  forgetfulBuildIndex,
  makeInputs,
  runProgram,
  type Compiled,
} from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { densityTiles } from '../helpers/pit-rule-check.js';
import { closeSharedSession, runOnWebgpu, sharedSession } from './webgpu-harness.js';

/**
 * The webgpu PIT shaders mean what the reference PIT kernels mean, on random programs: every
 * rule of every op is forced (with its own micro-tile and with 2s and 3s), and one rule per op at
 * once on template programs (PIT shaders feeding PIT shaders), and the run is compared with the
 * reference executor running the same PIT program (f32 tolerance; NaN only where the reference
 * has it). At density 0.5 both use an index builder that forgets the last micro-tile of every
 * strip, so both must skip the same (wrong) points: the shaders skip exactly what the index says.
 */

const { session, why } = await sharedSession();
const seedArb = fc.integer({ min: 1, max: 0x7fffffff });
const tally = { programs: 0, runs: 0, pitRuns: 0, gemmRuns: 0, forgetful: 0 };
const FORGETFUL = { buildIndex: forgetfulBuildIndex };

afterAll(async () => {
  console.log(
    session
      ? `webgpu PIT forms vs reference PIT forms: ${tally.programs} programs, ${tally.runs} runs (${tally.pitRuns} PIT shader runs, ${tally.gemmRuns} of them tiled GEMMs, ${tally.forgetful} with a forgetful index)`
      : `skipped: ${why}`,
  );
  await closeSharedSession();
});

function compare(graph: Graph, got: ExecutionResult, want: ExecutionResult, where: string): void {
  for (const op of graph.ops) {
    const name = op.expr.output;
    const a = got.values.get(name);
    const e = want.values.get(name);
    if (!a || !e) throw new Error(`${where}: '${name}' missing`);
    let magnitude = 0;
    for (const v of e.data) if (Number.isFinite(v)) magnitude = Math.max(magnitude, Math.abs(v));
    const m = compareTensors(a, e, { rtol: 2e-4, atol: 2e-4 * Math.max(1, magnitude) });
    if (m) throw new Error(`${where}: '${name}': ${m.message}`);
  }
}

async function checkForced(
  c: Compiled,
  rules: ReadonlyMap<string, PitRule>,
  dims: ReadonlyMap<string, number>,
  seed: number,
): Promise<void> {
  const forced = forceRules(c, rules);
  const first = [...rules.values()][0];
  for (const density of [0.1, 0.5] as const) {
    const inputs = makeInputs(c.graph, dims, {
      density,
      ...(first ? { tiles: densityTiles(c, first, dims) } : {}),
      seed,
    });
    const forgetful = density === 0.5;
    const want = await runProgram(forced.program, inputs, dims, ...(forgetful ? [FORGETFUL] : []));
    const got = await runOnWebgpu(
      session!,
      forced.program,
      inputs,
      dims,
      forgetful ? { services: FORGETFUL } : {},
    );
    tally.runs++;
    if (forgetful) tally.forgetful++;
    const where = `${forgetful ? 'forgetful index, ' : ''}rules ${[...rules.values()].map((r) => `${r.op}: ${r.access} along ${r.axis} [${r.microTile.join('x')}]`).join('; ')}, density ${density}, seed ${seed}, dims ${[...dims].map(([k, v]) => `${k}=${v}`).join(' ')}\n${c.text}`;
    compare(c.graph, got, want, where);
    for (const rule of rules.values()) {
      const ref = want.ops.find((o) => o.name === rule.op)?.detail ?? {};
      const ours = got.ops.find((o) => o.name === rule.op)?.detail ?? {};
      // where the reference ran the PIT form, so did webgpu (and the other way round)
      const refPit =
        forced.program.kernels.some((k) => k.kind === 'pit' && k.expr.output === rule.op) &&
        !('fallback' in ref) &&
        !('guard' in ref);
      if (!('guard' in ref))
        expect(
          ours.form === 'pit',
          `${where}\nref ${JSON.stringify(ref)}\nwebgpu ${JSON.stringify(ours)}`,
        ).toBe(refPit);
      if (ours.form === 'pit') tally.pitRuns++;
      if (ours.form === 'pit' && ours.shader === 'gemm') tally.gemmRuns++;
    }
  }
}

describe.skipIf(!session)(
  `webgpu PIT forms = reference PIT forms${session ? '' : ` (skipped: ${why})`}`,
  () => {
    it('every rule of random programs with @dynamic inputs, at several micro-tiles', async () => {
      await fc.assert(
        fc.asyncProperty(dynamicProgramArbitrary(), seedArb, async (p, seed) => {
          const c = compilePit(p.text, 'random.pit');
          tally.programs++;
          for (const opRules of c.rules) {
            const op = c.graph.ops.find((o) => o.expr.output === opRules.op);
            if (!op) throw new Error(`rules for an unknown op '${opRules.op}'`);
            for (const rule of opRules.rules) {
              await checkForced(c, new Map([[rule.op, rule]]), p.dims, seed);
              for (const fill of [2, 3] as MicroExtent[]) {
                const tile = rule.microTile.map((): MicroExtent => fill);
                await checkForced(
                  c,
                  new Map([[rule.op, ruleWithMicroTile(op.expr, c.facts, rule, tile, p.dims)]]),
                  p.dims,
                  seed + 1,
                );
              }
            }
          }
        }),
        { seed: 0x6b1, numRuns: 20 },
      );
      expect(tally.pitRuns).toBeGreaterThan(20);
    });

    it('one rule for every op at once on template programs (PIT shaders feeding PIT shaders)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(templateArbitrary(), dynamicProgramArbitrary()),
          seedArb,
          async (p, seed) => {
            const c = compilePit(p.text, 'chained.pit');
            tally.programs++;
            const chosen = new Map<string, PitRule>();
            c.rules.forEach((op, i) => {
              const rule = op.rules[(seed + i) % (op.rules.length + 1)];
              if (rule) chosen.set(op.op, rule);
            });
            await checkForced(c, chosen, p.dims, seed);
          },
        ),
        { seed: 0x6b2, numRuns: 20 },
      );
      expect(tally.gemmRuns).toBeGreaterThan(0);
    });
  },
);
