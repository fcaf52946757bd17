import { describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import { planned, runWasm, wasmMismatch } from './wasm-harness.js';

/**
 * The shared driver's prepack (`packA`, gemm-emit.ts) copies each run of consecutive k values of a
 * task's k list four at a time as vectors (4×4 transposes) and the rest of the run, and runs
 * shorter than four, one value at a time. Strips here keep k in runs of every length from 1 to 17
 * (lengths 0–3 mod 4, runs at the list's start and end, gaps of one), one strip keeps every k,
 * one none, shapes are odd (a partial last strip, rows past the count) and A is packed by the
 * prepack (micro-tiles of 6 rows, or two factors: no copy from the index build), so every
 * branch of the copy runs. Against the reference, 1 and 2 threads, the prepack split across
 * threads.
 */
const PROGRAMS = {
  plain:
    'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n',
  // a factor constant along k (s[m]) and a scale on the A side
  twoFactors:
    'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput s : f32[M]\ninput b : f32[K, N]\nc[m, n] = sum[k] 0.5 * a[m, k] * s[m] * b[k, n]\noutput c\n',
};
const DIMS = new Map([
  ['M', 70],
  ['K', 83],
  ['N', 21],
]);
const RUNS = [1, 4, 2, 5, 3, 6, 7, 8, 9, 12, 13, 16, 17];

function program(text: string, tile: readonly number[]): LoweredProgram {
  return planned(compilePit(text, 'pack.pit'), 'pack', new Map([['a', tile]]));
}

/** Which k strip `s` keeps: runs of RUNS' lengths with gaps of 1–2, rotated per strip; strip 1 all, strip 2 none. */
function kept(s: number, K: number): boolean[] {
  if (s === 1) return Array.from({ length: K }, () => true);
  if (s === 2) return Array.from({ length: K }, () => false);
  const out = Array.from({ length: K }, () => false);
  let k = s % 3 === 0 ? 0 : s % 3; // some strips start with a run at k = 0
  for (let i = 0; k < K; i++) {
    const len = RUNS[(i + s) % RUNS.length] as number;
    for (let j = 0; j < len && k + j < K; j++) out[k + j] = true;
    k += len + 1 + (i % 2);
  }
  return out;
}

function withRuns(inputs: Map<string, HostTensor>, rows: number): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const [M, K] = a.shape as [number, number];
  const strips = Array.from({ length: Math.ceil(M / rows) }, (_, s) => kept(s, K));
  const data = Float32Array.from(a.data, (v, i) =>
    (strips[Math.floor(Math.floor(i / K) / rows)] as boolean[])[i % K] ? v || 0.5 : 0,
  );
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('packing A by runs of k', () => {
  it.each(Object.entries(PROGRAMS))(
    '%s: runs of every length mod 4, odd shapes, 1 and 2 threads, against the reference',
    async (name, text) => {
      const c = compilePit(text, 'pack.pit');
      for (const rows of [6, 4]) {
        const lowered = program(text, [rows, 1]);
        const inputs = withRuns(makeInputs(c.graph, DIMS, { density: 'dense', seed: 11 }), rows);
        const want = denseValues(c.graph, inputs, DIMS).get('c') as HostTensor;
        for (const threads of [1, 2]) {
          const run = await runWasm(lowered, inputs, DIMS, { threads });
          const where = `${name}, micro-tile ${rows}×1, ${threads} thread(s)`;
          expect(wasmMismatch(run.values.get('c') as HostTensor, want), where).toBeUndefined();
          const op = run.ops.find((o) => o.name === 'c');
          expect(op?.detail?.['mode'], where).toBe('pit');
          expect(String(op?.detail?.['rule']), where).toContain('along k');
          // the prepack packed A (the index build copied nothing): the code under test ran
          if (rows === 6 || name === 'twoFactors')
            expect(Number(op?.detail?.['aFromIndex'] ?? 0), where).toBe(0);
        }
      }
    },
  );
});
