import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../codegen/gpujs/gpu.js';
import type { KernelHost } from '../../codegen/gpujs/host.js';
import type { ExecutionResult } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import type { MicroExtent, PitRule } from '../../rules/rule.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, forceRules, forgetfulBuildIndex, makeInputs, runProgram, type Compiled } from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { densityTiles } from '../helpers/pit-rule-check.js';
import { runOnHost } from './gpujs-harness.js';

/**
 * The gpu.js PIT kernels mean what the reference PIT kernels mean, on random programs: every
 * rule of every op is forced (with its own micro-tile and with 2s and 3s), and several rules at
 * once on template programs, and the run on gpu.js's `cpu` backend (JavaScript numbers inside a
 * kernel, like the reference) is compared with the reference executor running the same PIT
 * program. Both round every stored tensor to f32 and visit the listed micro-tiles in index
 * order, so the results agree to a few f32 roundings (often bit for bit); NaN must be where the
 * reference has it. With an index builder that forgets the last micro-tile of every strip both
 * must skip the same (wrong) points, which shows the kernels skip exactly what the index says.
 */

const seedArb = fc.integer({ min: 1, max: 0x7fffffff });
const tally = { programs: 0, runs: 0, pitRuns: 0, exact: 0, forgetful: 0 };
const FORGETFUL = { buildIndex: forgetfulBuildIndex };
let host: KernelHost | undefined;

async function cpuHost(): Promise<KernelHost> {
  host ??= await createNodeHost('cpu');
  return host;
}

afterAll(async () => {
  console.log(`gpu.js PIT forms vs reference PIT forms: ${tally.programs} programs, ${tally.runs} runs (${tally.pitRuns} with a PIT kernel, ${tally.exact} bit-exact, ${tally.forgetful} with a forgetful index)`);
  await host?.dispose();
});

/** A host that outlives one executor (the executor disposes the host it is given). */
function borrowed(h: KernelHost): KernelHost {
  return { mode: h.mode, run: (spec, args, exact) => h.run(spec, args, exact), dispose: async () => {} };
}

function compare(graph: Graph, got: ExecutionResult, want: ExecutionResult, where: string): void {
  let exact = true;
  for (const op of graph.ops) {
    const name = op.expr.output;
    const a = got.values.get(name);
    const e = want.values.get(name);
    if (!a || !e) throw new Error(`${where}: '${name}' missing`);
    if (compareTensors(a, e, { exact: true, nanEqual: true }) === undefined) continue;
    exact = false;
    let magnitude = 0;
    for (const v of e.data) if (Number.isFinite(v)) magnitude = Math.max(magnitude, Math.abs(v));
    const m = compareTensors(a, e, { rtol: 1e-5, atol: 1e-5 * Math.max(1, magnitude), nanEqual: true });
    if (m) throw new Error(`${where}: '${name}': ${m.message}`);
  }
  if (exact) tally.exact++;
}

async function checkForced(c: Compiled, rules: ReadonlyMap<string, PitRule>, dims: ReadonlyMap<string, number>, seed: number): Promise<void> {
  const forced = forceRules(c, rules);
  const first = [...rules.values()][0];
  for (const density of [0.1, 0.5] as const) {
    const inputs = makeInputs(c.graph, dims, { density, ...(first ? { tiles: densityTiles(c, first, dims) } : {}), seed });
    const forgetful = density === 0.5;
    const services = forgetful ? { services: FORGETFUL } : {};
    const want = await runProgram(forced.program, inputs, dims, ...(forgetful ? [FORGETFUL] : []));
    const got = await runOnHost(forced.program, borrowed(await cpuHost()), inputs, dims, services);
    tally.runs++;
    if (forgetful) tally.forgetful++;
    const where = `${forgetful ? 'forgetful index, ' : ''}rules ${[...rules.values()].map((r) => `${r.op}: ${r.access} along ${r.axis} [${r.microTile.join('x')}]`).join('; ')}, density ${density}, seed ${seed}, dims ${[...dims].map(([k, v]) => `${k}=${v}`).join(' ')}\n${c.text}`;
    compare(c.graph, got, want, where);
    for (const rule of rules.values()) {
      const ref = want.ops.find((o) => o.name === rule.op)?.detail ?? {};
      const ours = got.ops.find((o) => o.name === rule.op)?.detail ?? {};
      // where the reference ran the PIT form, so did gpu.js (and the other way round)
      const refPit = forced.program.kernels.some((k) => k.kind === 'pit' && k.expr.output === rule.op) && !('fallback' in ref) && !('guard' in ref);
      if (!('guard' in ref)) expect(ours.form === 'pit', `${where}\nref ${JSON.stringify(ref)}\ngpujs ${JSON.stringify(ours)}`).toBe(refPit);
      if (ours.form === 'pit') tally.pitRuns++;
    }
  }
}

describe('gpu.js PIT forms = reference PIT forms', () => {
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
              await checkForced(c, new Map([[rule.op, ruleWithMicroTile(op.expr, c.facts, rule, tile, p.dims)]]), p.dims, seed + 1);
            }
          }
        }
      }),
      { seed: 0x6a1, numRuns: 150 },
    );
    expect(tally.pitRuns).toBeGreaterThan(50);
  });

  it('one rule for every op at once on template programs (PIT kernels feeding PIT kernels)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(templateArbitrary(), dynamicProgramArbitrary()), seedArb, async (p, seed) => {
        const c = compilePit(p.text, 'chained.pit');
        tally.programs++;
        const chosen = new Map<string, PitRule>();
        c.rules.forEach((op, i) => {
          const rule = op.rules[(seed + i) % (op.rules.length + 1)];
          if (rule) chosen.set(op.op, rule);
        });
        await checkForced(c, chosen, p.dims, seed);
      }),
      { seed: 0x6a2, numRuns: 100 },
    );
  });
});
