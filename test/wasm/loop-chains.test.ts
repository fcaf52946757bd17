import { describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { claimOrder } from '../../codegen/wasm/chain-run.js';
import { compileWasmProgram } from '../../codegen/wasm/compile-program.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import type { HostTensor } from '../../ir/tensor.js';
import { guardsOf } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs, runProgram, type DensitySpec } from '../helpers/pit-harness.js';
import { opDetail, runWasm, sampleText, wasmMismatch } from './wasm-harness.js';

/**
 * Loop chains (codegen/wasm/loop-chains.ts, chain-run.ts): ops that split by their leading output
 * axes run value by value, each value's ops back to back on one thread. Which ops form a chain is
 * pinned on programs that do and do not qualify; runs with and without chains must give the same
 * bits (every cell is computed by the same task in the same order) and the reference's values,
 * at odd shapes, every density, 1 and 2 threads, with the memory poisoned first.
 */

const ATTENTION = sampleText('attention.pit');

/** Attention over batch and heads: two loop axes, b·h values. */
const ATTENTION_4D = `dim B, H, S
input q: f32[B, H, S, 16]
input k: f32[B, H, S, 16]
input v: f32[B, H, S, 16]
input mask: bool[S, S] @dynamic
keep[i, j] = max(mask[i, j] != 0, i == j)
s[b, h, i, j] = where(keep[i, j], 0.25 * sum[d] q[b, h, i, d] * k[b, h, j, d], -inf)
mx[b, h, i] = max[j] s[b, h, i, j]
ex[b, h, i, j] = exp(s[b, h, i, j] - mx[b, h, i])
z[b, h, i] = sum[j] ex[b, h, i, j]
o[b, h, i, d] = (sum[j] ex[b, h, i, j] * v[b, h, j, d]) / z[b, h, i]
output o`;

/** Every query row's exponentials use row 0's maximum of its head: a chain by head, not by strips of rows. */
const ROW0_MAX = ATTENTION.replace(
  'ex[h, i, j] = exp(s[h, i, j] - mx[h, i])',
  'ex[h, i, j] = exp(s[h, i, j] - mx[h, 0])',
);

/** Attention without a mask: every op dense, the softmax one dense stage group. */
const DENSE_ATTENTION = `dim H, S
input q: f32[H, S, 8]
input k: f32[H, S, 8]
input v: f32[H, S, 8]
s[h, i, j] = 0.5 * sum[d] q[h, i, d] * k[h, j, d]
mx[h, i] = max[j] s[h, i, j]
ex[h, i, j] = exp(s[h, i, j] - mx[h, i])
z[h, i] = sum[j] ex[h, i, j]
o[h, i, d] = (sum[j] ex[h, i, j] * v[h, j, d]) / z[h, i]
output o`;

/** Every head's exponentials use head 0's row maxima: ex reads mx at another value than its own. */
const HEAD0_MAX = ATTENTION.replace(
  'ex[h, i, j] = exp(s[h, i, j] - mx[h, i])',
  'ex[h, i, j] = exp(s[h, i, j] - mx[0, i])',
);

function lowered(text: string, hints?: Record<string, readonly number[]>): LoweredProgram {
  const c = compilePit(text);
  const analysis = analyse(c.graph, hints ? { hints: new Map(Object.entries(hints)) } : {});
  return {
    name: 'case',
    graph: analysis.graph,
    kernels: analysis.kernels,
    guards: guardsOf(analysis),
  };
}

function chainsOf(program: LoweredProgram, dims: Record<string, number>, threads = 2) {
  const features = detectFeatures();
  const compiled = compileWasmProgram(
    program.graph,
    program.kernels,
    new Map(Object.entries(dims)),
    {
      features: { relaxedSimd: features.relaxedSimd, sharedMemory: threads > 1 },
      threads,
      guarded: program.guards.map((g) => g.tensor),
    },
  );
  return compiled.chains.map((c) => ({
    ops: c.ops,
    values: c.values,
    slots: c.slots.map((s) => s.op),
    strips: c.rowSplit?.extent,
  }));
}

describe('which ops form a loop chain', () => {
  it('attention: the score GEMM, the softmax group and p·v, over the heads', () => {
    expect(chainsOf(lowered(ATTENTION, { mask: [32, 1] }), { H: 3, S: 70 })).toEqual([
      { ops: ['s', 'mx', 'ex', 'z', 'o'], values: 3, slots: ['s', 'mx', 'o'], strips: 70 },
    ]);
  });

  it('over two loop axes: every (b, h) is a value', () => {
    expect(chainsOf(lowered(ATTENTION_4D), { B: 2, H: 3, S: 40 })).toEqual([
      { ops: ['s', 'mx', 'ex', 'z', 'o'], values: 6, slots: ['s', 'mx', 'o'], strips: 40 },
    ]);
  });

  it('an op that reads another value of a chain tensor ends the chain before it', () => {
    // every head's ex reads head 0's maximum: mx is no longer in ex's group, and ex waits for every head's
    expect(chainsOf(lowered(HEAD0_MAX, { mask: [32, 1] }), { H: 3, S: 70 })).toEqual([
      { ops: ['s', 'mx'], values: 3, slots: ['s', 'mx'], strips: 70 },
    ]);
  });

  it('an op that reads another row of a chain tensor keeps the chain by value, not by strips', () => {
    const chains = chainsOf(lowered(ROW0_MAX, { mask: [32, 1] }), { H: 3, S: 70 });
    expect(chains.map((c) => [c.values, c.strips])).toEqual([[3, undefined]]);
    expect(chains[0]?.ops).toContain('ex');
  });

  it('dense attention: the dense GEMMs and the dense softmax group', () => {
    expect(chainsOf(lowered(DENSE_ATTENTION), { H: 3, S: 40 })).toEqual([
      { ops: ['s', 'mx', 'ex', 'z', 'o'], values: 3, slots: ['s', 'mx', 'o'], strips: 40 },
    ]);
  });

  it('no chain on one loop value without another op to run with it', () => {
    const text = `dim M, N, K
input a: f32[M, K] @dynamic
input b: f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c`;
    expect(chainsOf(lowered(text), { M: 40, N: 24, K: 33 })).toEqual([]);
  });
});

interface Case {
  readonly name: string;
  readonly program: LoweredProgram;
  readonly dims: readonly Record<string, number>[];
  readonly tiles: readonly Record<string, readonly number[]>[];
  readonly densities: readonly DensitySpec[];
  /** The chain's ops when it runs. */
  readonly chain: readonly string[];
  /** Whether its values are cut into strips of rows (when its PIT tasks run). */
  readonly strips: boolean;
}

const CASES: Case[] = [
  {
    name: 'attention (samples/attention.pit)',
    program: lowered(ATTENTION, { mask: [32, 1] }),
    dims: [
      { H: 3, S: 37 },
      { H: 2, S: 70 },
      { H: 1, S: 33 },
    ],
    tiles: [{ mask: [32, 32] }, { mask: [1, 1] }],
    densities: [0, 0.1, 0.5, 'dense'],
    chain: ['s', 'mx', 'ex', 'z', 'o'],
    strips: true,
  },
  {
    name: "attention whose ex reads head 0's maxima (a chain of s and mx only)",
    program: lowered(HEAD0_MAX, { mask: [32, 1] }),
    dims: [{ H: 3, S: 45 }],
    tiles: [{ mask: [32, 32] }],
    densities: [0.2, 'dense'],
    chain: ['s', 'mx'],
    strips: true,
  },
  {
    name: "attention whose ex reads row 0's maximum (a chain by head, no strips)",
    program: lowered(ROW0_MAX, { mask: [32, 1] }),
    dims: [{ H: 3, S: 45 }],
    tiles: [{ mask: [32, 32] }],
    densities: [0.2, 'dense'],
    chain: ['s', 'mx', 'ex', 'z', 'o'],
    strips: false,
  },
  {
    name: 'dense attention (dense GEMMs, a dense softmax group)',
    program: lowered(DENSE_ATTENTION),
    dims: [
      { H: 3, S: 37 },
      { H: 2, S: 70 },
    ],
    tiles: [{}],
    densities: ['dense'],
    chain: ['s', 'mx', 'ex', 'z', 'o'],
    strips: false,
  },
  {
    name: 'attention over batch and heads',
    program: lowered(ATTENTION_4D),
    dims: [{ B: 2, H: 3, S: 29 }],
    tiles: [{ mask: [8, 8] }],
    densities: [0, 0.3, 'dense'],
    chain: ['s', 'mx', 'ex', 'z', 'o'],
    strips: false,
  },
  {
    name: 'attention over batch and heads, in strips of 32 query rows',
    program: lowered(ATTENTION_4D, { mask: [32, 1] }),
    dims: [{ B: 2, H: 2, S: 70 }],
    tiles: [{ mask: [32, 32] }, { mask: [1, 1] }],
    densities: [0.3, 'dense'],
    chain: ['s', 'mx', 'ex', 'z', 'o'],
    strips: true,
  },
];

describe('loop chains run value by value (and strip by strip), with the bits of the op-by-op run', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', async (_name, k) => {
    let chained = 0;
    let striped = 0;
    for (const d of k.dims) {
      const dims = new Map(Object.entries(d));
      for (const tiles of k.tiles) {
        for (const density of k.densities) {
          const inputs = makeInputs(k.program.graph, dims, {
            density,
            seed: 11,
            tiles: new Map(Object.entries(tiles)),
          });
          const ref = await runProgram(k.program, inputs, dims);
          // dense crossover 0: the index is built but every op runs its dense form (dense tasks, dense groups)
          for (const [threads, denseCrossover] of [
            [1, 2],
            [2, 2],
            [2, 0],
          ] as const) {
            const where = `${JSON.stringify(d)}, tiles ${JSON.stringify(tiles)}, density ${density}, ${threads} thread(s), crossover ${denseCrossover}`;
            const apart = await runWasm(k.program, inputs, dims, {
              threads,
              denseCrossover,
              chains: false,
              poison: true,
            });
            const chain = await runWasm(k.program, inputs, dims, {
              threads,
              denseCrossover,
              poison: true,
            });
            const byValue = await runWasm(k.program, inputs, dims, {
              threads,
              denseCrossover,
              chainStrips: false,
              poison: true,
            });
            expect(
              (opDetail(byValue.ops, 's')['chain'] as { strips?: unknown } | undefined)?.strips,
              `${where}: strips off`,
            ).toBeUndefined();
            expect(
              apart.ops.some((o) => o.detail?.['chain'] !== undefined),
              `${where}: chains off`,
            ).toBe(false);
            const ran = opDetail(chain.ops, 's')['chain'] as
              | { ops?: string[]; notUsed?: string; strips?: { rows: number; units: number } }
              | undefined;
            if (ran?.strips) {
              striped++;
              // strips of whole micro-tile rows, more units than values
              expect(ran.strips.rows % 32, where).toBe(0);
              expect(ran.strips.units, where).toBeGreaterThan(d['H'] ?? 1);
            }
            if (ran?.ops) {
              chained++;
              expect(ran.ops, where).toEqual(k.chain);
              for (const name of k.chain)
                expect(
                  opDetail(chain.ops, name)['chain'] ?? opDetail(chain.ops, name)['fusedInto'],
                  `${where}: ${name}`,
                ).toBeDefined();
            }
            for (const out of k.program.graph.outputs) {
              const got = chain.values.get(out) as HostTensor;
              const want = ref.values.get(out) as HostTensor;
              expect(
                wasmMismatch(got, want),
                `${where}: ${out} against the reference`,
              ).toBeUndefined();
              expect(
                compareTensors(got, apart.values.get(out) as HostTensor, { exact: true })?.message,
                `${where}: ${out} with and without chains`,
              ).toBeUndefined();
              expect(
                compareTensors(got, byValue.values.get(out) as HostTensor, { exact: true })
                  ?.message,
                `${where}: ${out} with and without strips`,
              ).toBeUndefined();
            }
          }
        }
      }
    }
    // the test cannot pass by never running a chain, or (where the case can) by never cutting strips
    expect(chained).toBeGreaterThan(k.dims.length * k.tiles.length);
    if (k.strips) expect(striped).toBeGreaterThan(k.dims.length * k.tiles.length);
    else expect(striped).toBe(0);
  });
});

describe("the order threads claim a chain's units in", () => {
  it('is a permutation that deals out units from one run of values per thread in turn', () => {
    for (const [units, values, threads] of [
      [384, 12, 2],
      [12, 12, 2],
      [35, 5, 3],
      [7, 7, 1],
      [6, 3, 8],
    ] as const) {
      const order = claimOrder(units, values, threads);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: units }, (_, i) => i));
      if (threads === 1) expect([...order]).toEqual(Array.from({ length: units }, (_, i) => i));
    }
    // two threads, 12 heads of 32 strips: claims alternate between heads 0–5 and 6–11
    const order = claimOrder(384, 12, 2);
    const headAt = new Map([...order].map((claim, unit) => [claim, Math.floor(unit / 32)]));
    expect([0, 1, 2, 3].map((c) => headAt.get(c))).toEqual([0, 6, 0, 6]);
    expect(headAt.get(383)).toBe(11);
  });
});

describe('when a loop chain does not run as one', () => {
  const dims = new Map([
    ['H', 3],
    ['S', 45],
  ]);

  it('a member that cannot run by value (its epilogue a pass of its own) leaves the chain op by op, and says why', async () => {
    const program = lowered(ATTENTION, { mask: [32, 1] });
    const inputs = makeInputs(program.graph, dims, {
      density: 0.3,
      seed: 5,
      tiles: new Map([['mask', [32, 32]]]),
    });
    const ref = await runProgram(program, inputs, dims);
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, {
        threads,
        fuseEpilogue: false,
        poison: true,
      });
      expect(
        (opDetail(run.ops, 's')['chain'] as { notUsed?: string } | undefined)?.notUsed,
        `${threads} thread(s)`,
      ).toMatch(/epilogue/);
      expect(
        wasmMismatch(run.values.get('o') as HostTensor, ref.values.get('o') as HostTensor),
      ).toBeUndefined();
    }
  });

  it('a guard that fails on a chain tensor reruns the program densely (a fully masked row: NaN, as the reference)', async () => {
    // no diagonal: a row of the mask with no key has max -inf, and the guard on mx fails
    const text = ATTENTION.replace(
      'keep[i, j]  = max(mask[i, j] != 0, i == j)',
      'keep[i, j]  = mask[i, j] != 0',
    );
    expect(text).not.toBe(ATTENTION);
    const program = lowered(text, { mask: [32, 1] });
    expect(program.guards.map((g) => g.tensor)).toContain('mx');
    expect(chainsOf(program, { H: 3, S: 45 })[0]?.ops).toEqual(['s', 'mx', 'ex', 'z', 'o']);
    const inputs = makeInputs(program.graph, dims, {
      density: 0.5,
      seed: 5,
      tiles: new Map([['mask', [1, 1]]]),
    });
    const mask = inputs.get('mask') as HostTensor;
    const data = mask.data.slice();
    data.fill(0, 7 * 45, 8 * 45); // query 7 attends to nothing
    inputs.set('mask', { ...mask, data });
    const ref = await runProgram(program, inputs, dims);
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads, poison: true });
      expect(
        run.ops.some((o) => typeof o.detail?.['guard'] === 'string'),
        `${threads} thread(s): the guard failed`,
      ).toBe(true);
      expect(
        wasmMismatch(run.values.get('o') as HostTensor, ref.values.get('o') as HostTensor, {
          nanEqual: true,
        }),
      ).toBeUndefined();
      expect(
        Number.isNaN((run.values.get('o') as HostTensor).data[7 * 64] as number),
        `${threads} thread(s): o at query 7`,
      ).toBe(true);
    }
  });
});
