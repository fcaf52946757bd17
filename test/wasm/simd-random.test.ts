import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { accessesOf } from '../../ir/expr/tensor-expr.js';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { compareTensors, mulberry32 } from '../helpers/compare.js';
import { boundMismatch, f32ErrorBounds } from '../helpers/f32-error-bound.js';
import type { Compiled } from '../helpers/pit-harness.js';
import { chooserFromSeed, DEFAULT_GEN_OPTIONS, dimBindings, generateProgram, printProgram, randomInputs } from '../helpers/random-program.js';
import { runPointwiseWithSplits } from './simd-harness.js';
import { planned, runWasm } from './wasm-harness.js';

/**
 * Random valid programs (every operator, index values, bools, nested reductions, NaN/±inf/±0
 * inputs and domain errors) on the wasm target:
 *
 * - default (f32 SIMD): every output within the f32 error bound of the float64 reference
 *   (NaN exactly where the reference has NaN; bools and ints exact where no comparison is
 *   closer than its error), the same bits on 1 and 2 threads, and for programs of point-by-point
 *   ops only, the same bits for any split of the kernels' ranges;
 * - exact: every output computed without a GEMM upstream equals the reference bit for bit.
 */
const PROGRAMS = Number(process.env["PITC_RANDOM_PROGRAMS"] ?? 60);

function compileText(text: string): Compiled | undefined {
  const fe = runFrontEnd(text, 'random.pit');
  if (!fe.graph || fe.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return { text, graph: fe.graph, facts: new Map(), rules: [] };
}

describe('random programs on the wasm SIMD kernels', () => {
  it.each(Array.from({ length: PROGRAMS }, (_, k) => [1000 + k]))('program seed %i', async (seed) => {
    const desc = generateProgram(chooserFromSeed(seed), DEFAULT_GEN_OPTIONS);
    const text = printProgram(desc);
    const compiled = compileText(text);
    if (!compiled) throw new Error(`the front end rejected a generated program:\n${text}`);
    const dims = dimBindings(desc);
    const inputs = randomInputs(desc, seed, { specials: 0.05 });
    const ref = evaluateGraph(compiled.graph, inputs, dims);
    const bounds = f32ErrorBounds(compiled.graph, ref, dims);
    const program = planned(compiled, 'random.pit');
    const where = `\n${text}`;

    const one = await runWasm(program, inputs, dims, { threads: 1 });
    const two = await runWasm(program, inputs, dims, { threads: 2 });
    for (const out of compiled.graph.outputs) {
      expect(boundMismatch(one.values.get(out) as HostTensor, ref.get(out) as HostTensor, bounds.get(out) as Float64Array), `${out}${where}`).toBeUndefined();
      expect((two.values.get(out) as HostTensor).data, `${out}: 1 and 2 threads${where}`).toEqual((one.values.get(out) as HostTensor).data);
    }

    // exact: bit for bit, except downstream of a GEMM (an f32 kernel in both modes)
    const exact = await runWasm(program, inputs, dims, { threads: 2, exact: true });
    const gemm = new Set(exact.ops.filter((o) => o.detail?.['path'] === 'gemm').map((o) => o.name));
    for (const op of compiled.graph.ops) if (accessesOf(op.expr.body).some((a) => gemm.has(a.tensor))) gemm.add(op.expr.output);
    for (const out of compiled.graph.outputs) {
      if (gemm.has(out)) continue;
      const m = compareTensors(exact.values.get(out) as HostTensor, ref.get(out) as HostTensor, { exact: true, signedZero: true, nanEqual: true });
      expect(m?.message, `exact ${out}${where}`).toBeUndefined();
    }

    if (gemm.size === 0) {
      const rng = mulberry32(seed);
      const whole = runPointwiseWithSplits(program, inputs, dims, (s) => [[0, s.rows, 0, s.vector]]).values;
      const cut = runPointwiseWithSplits(program, inputs, dims, (s) => {
        const jobs: number[][] = [];
        for (let r = 0; r < s.rows; ) {
          const r1 = Math.min(s.rows, r + 1 + Math.floor(rng() * 2));
          if (s.lanes === 'reduce') jobs.push([r, r1, 0, s.vector]);
          else for (let v = 0; v < s.vector; ) {
            const v1 = Math.min(s.vector, v + 1 + Math.floor(rng() * 6));
            jobs.push([r, r1, v, v1]);
            v = v1;
          }
          r = r1;
        }
        return jobs.reverse();
      }).values;
      for (const [name, t] of whole) expect(new Uint8Array((cut.get(name) as HostTensor).data.buffer), `${name} split${where}`).toEqual(new Uint8Array(t.data.buffer));
    }
  });
});
