import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs, runProgram, type DensitySpec } from '../helpers/pit-harness.js';
import { planned, sampleText, testExecutor, wasmMismatch } from './wasm-harness.js';

/**
 * A loop chain's plan is kept from one run to the next of the same executor and reused while
 * the indexes it read list the same micro-tiles (codegen/wasm/plan-memo.ts). A run that
 * reuses it must give the bits of a run that plans afresh and of the op-by-op run, whatever
 * changed in between (the values only, the mask, the mask back again), and a changed index must
 * never reuse a plan.
 */

const ATTENTION = sampleText('attention.pit');

interface Step {
  readonly mask: DensitySpec;
  readonly maskSeed: number;
  /** Seed of q, k and v. */
  readonly valueSeed: number;
  /** Whether the run may reuse the last run's plan (its mask lists the same tiles). */
  readonly reuse: boolean;
}

const STEPS: readonly Step[] = [
  { mask: 0.2, maskSeed: 1, valueSeed: 1, reuse: false },
  { mask: 0.2, maskSeed: 1, valueSeed: 1, reuse: true },
  // other values, the same mask: the same plan, new results
  { mask: 0.2, maskSeed: 1, valueSeed: 2, reuse: true },
  { mask: 0.5, maskSeed: 2, valueSeed: 2, reuse: false },
  // only the diagonal kept (keep = mask or i == j)
  { mask: 0, maskSeed: 3, valueSeed: 3, reuse: false },
  { mask: 0, maskSeed: 3, valueSeed: 4, reuse: true },
  { mask: 'dense', maskSeed: 4, valueSeed: 4, reuse: false },
  { mask: 0.2, maskSeed: 1, valueSeed: 1, reuse: false },
];

describe('loop chain plans kept between runs', () => {
  it.each([
    ['attention in strips, 32×1 tiles of a 32×32-block mask', { H: 3, S: 70 }, [32, 32], 1],
    ['attention in strips, 32×1 tiles of a 32×32-block mask', { H: 3, S: 70 }, [32, 32], 2],
    ['attention in strips, scattered 1×1 mask', { H: 2, S: 45 }, [1, 1], 2],
  ] as const)('%s, %j, mask tiles %j, %i thread(s)', async (_name, d, maskTile, threads) => {
    const program = planned(compilePit(ATTENTION), 'case', new Map([['mask', [32, 1]]]));
    const dims = new Map(Object.entries(d));
    const kept = testExecutor(program, threads, { poison: true });
    const fresh = testExecutor(program, threads, { chainPlans: false });
    const opByOp = testExecutor(program, threads, { chains: false });
    try {
      for (const [n, step] of STEPS.entries()) {
        const masked = makeInputs(program.graph, dims, {
          density: step.mask,
          seed: step.maskSeed,
          tiles: new Map([['mask', maskTile]]),
        });
        const values = makeInputs(program.graph, dims, { density: 'dense', seed: step.valueSeed });
        const inputs = new Map(
          [...values].map(([name, t]) => [
            name,
            name === 'mask' ? (masked.get('mask') as HostTensor) : t,
          ]),
        );
        const where = `step ${n} (mask ${step.mask}, seed ${step.maskSeed}; values seed ${step.valueSeed})`;
        const got = await kept.run(inputs, dims);
        const planned = await fresh.run(inputs, dims);
        const alone = await opByOp.run(inputs, dims);
        const chain = got.ops.find((o) => o.name === 's')?.detail?.['chain'] as
          Record<string, unknown> | undefined;
        expect(chain?.['ops'], `${where}: the chain ran`).toEqual(['s', 'mx', 'ex', 'z', 'o']);
        expect(chain?.['planReused'] === true, `${where}: plan reused`).toBe(step.reuse);
        const freshChain = planned.ops.find((o) => o.name === 's')?.detail?.['chain'] as
          Record<string, unknown> | undefined;
        expect(
          freshChain?.['planReused'],
          `${where}: chainPlans false plans every run`,
        ).toBeUndefined();
        // the records of a kept plan say what a fresh plan's say of each op's index (built by whom)
        const reusedIndexes = (
          ops: readonly { name: string; detail?: Record<string, unknown> }[],
        ) => ops.map((r) => [r.name, r.detail?.['indexReused']]);
        expect(reusedIndexes(got.ops), `${where}: index records`).toEqual(
          reusedIndexes(planned.ops),
        );
        const o = got.values.get('o') as HostTensor;
        expect(
          compareTensors(o, planned.values.get('o') as HostTensor, { exact: true })?.message,
          `${where}: bits of a fresh plan`,
        ).toBeUndefined();
        expect(
          compareTensors(o, alone.values.get('o') as HostTensor, { exact: true })?.message,
          `${where}: bits of the op-by-op run`,
        ).toBeUndefined();
        const ref = await runProgram(program, inputs, dims);
        expect(
          wasmMismatch(o, ref.values.get('o') as HostTensor, { nanEqual: true }),
          `${where}: against the reference`,
        ).toBeUndefined();
      }
    } finally {
      await Promise.all([kept.dispose(), fresh.dispose(), opByOp.dispose()]);
    }
  });
});
