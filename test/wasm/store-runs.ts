import { expect } from 'vitest';
import type { LoweredProgram, OpRunRecord } from '../../codegen/target.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { HostTensor } from '../../ir/tensor.js';
import { boundMismatch, f32ErrorBounds } from '../helpers/f32-error-bound.js';
import { mulberry32, randomTensor } from '../helpers/compare.js';
import { shapeOf, type Compiled } from '../helpers/pit-harness.js';
import { runWasm } from './wasm-harness.js';

/**
 * Inputs and checks shared by the tests of what a GEMM's stores compute (gemm-epilogue.test.ts,
 * gemm-consumer.test.ts): seeded inputs with special values where a case allows them, sparse
 * activations, and the four runs (epilogue fused and not, 1 and 2 threads) each within the f32
 * bound of the reference and all with the same bits.
 */
export interface InputSpec {
  /** Inputs that get -inf, +inf, NaN and ±0: never a GEMM's factor a PIT form skips zeros of (0·inf is NaN where the skipped term is not). */
  readonly specials: readonly string[];
  /** The @dynamic inputs (masks, sparse activations); others are random in [-1, 1). */
  readonly sparse?: (
    name: string,
    shape: readonly number[],
    rng: () => number,
  ) => HostTensor | undefined;
}

export function inputsFor(
  spec: InputSpec,
  graph: Compiled['graph'],
  dims: ReadonlyMap<string, number>,
  seed: number,
): Map<string, HostTensor> {
  const rng = mulberry32(seed);
  const out = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const shape = shapeOf(graph, t.name, dims);
    out.set(
      t.name,
      spec.sparse?.(t.name, shape, rng) ??
        randomTensor(rng, t.dtype, shape, {
          min: -1,
          max: 1,
          ...(spec.specials.includes(t.name) ? { specials: 0.02 } : {}),
        }),
    );
  }
  return out;
}

/** Activations with zero neurons (80 %), or whole zero strips of 32 rows every other strip (a PIT strip with nothing listed), all zero, or dense. */
export function activations(
  shape: readonly number[],
  rng: () => number,
  kind: 'neurons' | 'strips' | 'zero' | 'dense',
): HostTensor {
  const [rows, cols] = shape as [number, number];
  const t = randomTensor(rng, 'f32', shape, { min: -1, max: 1 });
  const data = t.data as Float32Array;
  const deadNeuron = Array.from({ length: cols }, () => rng() < 0.8);
  for (let i = 0; i < rows; i++) {
    const deadRow = kind === 'strips' && Math.floor(i / 32) % 2 === 1;
    for (let j = 0; j < cols; j++)
      if (kind === 'zero' || deadRow || (kind !== 'dense' && deadNeuron[j])) data[i * cols + j] = 0;
  }
  return t;
}

/**
 * Runs `program` with the GEMM epilogues fused and not (`fuseEpilogue: false`), on 1 and 2
 * threads, over poisoned memory; `look` checks each run's records; every output must be within
 * the f32 bound of the float64 reference (NaN only where it has NaN) and give the same bits in
 * all four runs (the fused stores compute the same f32 operations on the same sums).
 */
export async function runFusedAndNot(
  compiled: Compiled,
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  look: (ops: readonly OpRunRecord[], fuseEpilogue: boolean, threads: number) => void,
): Promise<void> {
  const ref = evaluateGraph(compiled.graph, inputs, dims);
  const bounds = f32ErrorBounds(compiled.graph, ref, dims);
  const runs: Map<string, HostTensor>[] = [];
  for (const fuseEpilogue of [true, false]) {
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads, fuseEpilogue, poison: true });
      look(run.ops, fuseEpilogue, threads);
      for (const out of compiled.graph.outputs) {
        const m = boundMismatch(
          run.values.get(out) as HostTensor,
          ref.get(out) as HostTensor,
          bounds.get(out) as Float64Array,
        );
        expect(m, `${out}, fused ${fuseEpilogue}, ${threads} thread(s)`).toBeUndefined();
      }
      runs.push(new Map(run.values));
    }
  }
  expectSameBits(runs, compiled.graph.outputs);
}

/** Every run gave the same bits for every output as the first. */
function expectSameBits(
  runs: readonly ReadonlyMap<string, HostTensor>[],
  outputs: readonly string[],
): void {
  const bits = (r: ReadonlyMap<string, HostTensor>, out: string): Uint8Array =>
    new Uint8Array((r.get(out) as HostTensor).data.buffer.slice(0));
  for (const out of outputs)
    for (const r of runs.slice(1))
      expect(bits(r, out), out).toEqual(bits(runs[0] as ReadonlyMap<string, HostTensor>, out));
}
