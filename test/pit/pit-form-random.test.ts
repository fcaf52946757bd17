import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePit } from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { checkAllOpsAtOnce, checkAllRules, LONG, newTally, report } from '../helpers/pit-rule-check.js';

/**
 * PIT form = dense on random programs (test/helpers/random-program.ts) with some inputs and
 * definitions marked @dynamic: every rule of every op, forced (test/helpers/pit-rule-check.ts);
 * and one random rule for every op at once, so PIT kernels feed PIT kernels.
 */

const seedArb = fc.integer({ min: 1, max: 0x7fffffff });

describe('PIT form = dense on random programs', () => {
  const random = newTally();
  const chained = newTally();
  afterAll(() => {
    report('random programs', random);
    report('all ops at once', chained);
  });

  it('random programs with @dynamic inputs (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(dynamicProgramArbitrary(), seedArb, async (p, seed) => {
        await checkAllRules(compilePit(p.text, 'random.pit'), p.dims, seed, random);
      }),
      { seed: 0xd1ce, numRuns: LONG ? 2000 : 200 },
    );
    // generation must not silently produce nothing to check (seeded: 200 programs give 146 rules
    // and 2190 runs, 2059 of them compared bit-exact); the bounds leave a wide margin
    expect(random.programs).toBeGreaterThanOrEqual(200);
    expect(random.rules).toBeGreaterThan(100);
    expect(random.runs).toBeGreaterThan(1500);
    expect(random.runs - random.nanSkipped, 'runs compared with the dense reference').toBeGreaterThan(1400);
    expect(random.exact).toBeGreaterThan(1200);
  });

  it('one random rule for every op at once (PIT kernels feeding PIT kernels)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(templateArbitrary(), dynamicProgramArbitrary()), seedArb, async (p, seed) => {
        chained.programs++;
        await checkAllOpsAtOnce(compilePit(p.text, 'chained.pit'), p.dims, seed, chained);
      }),
      { seed: 0xc4a1, numRuns: LONG ? 1000 : 120 },
    );
    // seeded: 120 programs force 135 ops together over 360 runs (353 compared, 7 with NaN)
    expect(chained.programs).toBeGreaterThanOrEqual(120);
    expect(chained.forcedOps).toBeGreaterThan(90);
    expect(chained.runs).toBeGreaterThanOrEqual(3 * chained.programs);
    expect(chained.runs - chained.nanSkipped, 'runs compared with the dense reference').toBeGreaterThan(300);
  });
});

