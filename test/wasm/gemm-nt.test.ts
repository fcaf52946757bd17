import { describe, expect, it } from 'vitest';
import type { Blocking } from '../../codegen/target.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, forceRules, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { executorsDisposedAfterAll, testExecutor, wasmMismatch } from './wasm-harness.js';

/**
 * The NT driver (codegen/wasm/gemm-nt-emit.ts): GEMMs whose B is contiguous along k, as q·kᵀ.
 * Every rule of NT programs (dense; rows, k or columns gathered: the output-sparse SDDMM strips
 * with their columns in runs or one by one), at odd shapes (rows not a multiple of 8, columns not
 * of 4, k not of 4), all-zero, sparse and dense inputs, with the default blocking and a tiny one
 * (several k blocks, row blocks and column blocks per task), on 1 and 2 threads: against the
 * reference, and the two thread counts bit for bit. Each program must run the NT driver at least
 * once, so the test cannot pass without exercising it.
 */
const PROGRAMS: Record<string, { readonly text: string; readonly dims: ReadonlyMap<string, number>; readonly tiles: ReadonlyMap<string, readonly number[]> }> = {
  'A·Bᵀ, both sparse': {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[N, K] @dynamic\nc[m, n] = sum[k] a[m, k] * b[n, k]\noutput c\n',
    dims: new Map([['M', 37], ['K', 70], ['N', 45]]),
    tiles: new Map([['a', [8, 1]], ['b', [1, 1]]]),
  },
  'A·Bᵀ, k = 3': {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[N, K]\nc[m, n] = sum[k] a[m, k] * b[n, k] * 0.5\noutput c\n',
    dims: new Map([['M', 19], ['K', 3], ['N', 30]]),
    tiles: new Map([['a', [1, 1]]]),
  },
  'masked q·kᵀ (an SDDMM: strips with listed keys)': {
    text: [
      'dim H, S, D',
      'input q : f32[H, S, D]',
      'input k : f32[H, S, D]',
      'input mask : bool[S, S] @dynamic',
      's[h, i, j] = where(mask[i, j] != 0, 0.125 * sum[d] q[h, i, d] * k[h, j, d], -inf)',
      'output s',
      '',
    ].join('\n'),
    dims: new Map([['H', 2], ['S', 45], ['D', 13]]),
    // 9×3 blocks: runs of 3 keys, so groups of 4 listed keys mix a run and a jump
    tiles: new Map([['mask', [9, 3]]]),
  },
  'masked q·kᵀ, runs of 5 keys': {
    text: [
      'dim H, S, D',
      'input q : f32[H, S, D]',
      'input k : f32[H, S, D]',
      'input mask : bool[S, S] @dynamic',
      's[h, i, j] = where(mask[i, j] != 0, sum[d] q[h, i, d] * k[h, j, d], -inf)',
      'output s',
      '',
    ].join('\n'),
    dims: new Map([['H', 1], ['S', 70], ['D', 36]]),
    // runs of 5 keys that do not start at multiples of 4
    tiles: new Map([['mask', [16, 5]]]),
  },
  'masked q·kᵀ, keys one by one': {
    text: [
      'dim H, S, D',
      'input q : f32[H, S, D]',
      'input k : f32[H, S, D]',
      'input mask : bool[S, S] @dynamic',
      's[h, i, j] = where(mask[i, j] != 0, sum[d] q[h, i, d] * k[h, j, d], -inf)',
      'output s',
      '',
    ].join('\n'),
    dims: new Map([['H', 3], ['S', 33], ['D', 8]]),
    tiles: new Map([['mask', [1, 1]]]),
  },
  'A·Bᵀ into a transposed C (B is a)': {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[N, K]\nc[n, m] = sum[k] a[m, k] * b[n, k]\noutput c\n',
    dims: new Map([['M', 29], ['K', 17], ['N', 11]]),
    tiles: new Map([['a', [1, 1]]]),
  },
};

const BLOCKINGS: readonly (Blocking | undefined)[] = [undefined, { kc: 8, mc: 8, nc: 8 }];

const keep = executorsDisposedAfterAll();

describe('the NT driver (B contiguous along k)', () => {
  it.each(Object.entries(PROGRAMS))('%s: every rule, odd shapes, 1 and 2 threads, against the reference', async (name, t) => {
    const c = compilePit(t.text, 'nt.pit');
    let ntRuns = 0;
    let checked = 0;
    const choices = [undefined, ...c.rules.flatMap((op) => op.rules)];
    for (const rule of choices) {
      const program = rule ? forceRules(c, new Map([[rule.op, rule]])).program : forceRules(c, new Map()).program;
      for (const blocking of BLOCKINGS) {
        for (const density of [0, 0.3, 'dense'] as DensitySpec[]) {
          const inputs = makeInputs(c.graph, t.dims, { density, seed: 11, tiles: t.tiles });
          const dense = denseValues(c.graph, inputs, t.dims);
          const outputs: HostTensor[] = [];
          for (const threads of [1, 2]) {
            const executor = keep(testExecutor(program, threads, blocking ? { blocking } : {}));
            const run = await executor.run(inputs, t.dims);
            await executor.dispose();
            if (run.ops.some((o) => o.detail?.['gemm'] === 'per-task-nt')) ntRuns++;
            for (const out of c.graph.outputs) {
              const m = wasmMismatch(run.values.get(out) as HostTensor, dense.get(out) as HostTensor);
              const what = `${name}: ${rule ? `rule ${rule.access} along ${rule.axis} (${rule.write})` : 'dense'}, density ${density}, blocking ${JSON.stringify(blocking)}, ${threads} thread(s)`;
              expect(m, what).toBeUndefined();
            }
            outputs.push(run.values.get(c.graph.outputs[0] as string) as HostTensor);
            checked++;
          }
          // every cell on one thread, its terms in one order: the same bits for any thread count
          expect(Buffer.from((outputs[0] as HostTensor).data.buffer).equals(Buffer.from((outputs[1] as HostTensor).data.buffer)), `${name}: 1 and 2 threads differ`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(ntRuns, `${name}: the NT driver never ran`).toBeGreaterThan(0);
  });
});
