import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { chooserFromSeed } from '../helpers/random-program.js';
import { compilePit, denseValues, forceRules, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { TEMPLATE_NAMES, templateProgram } from '../helpers/pit-programs.js';
import { runWasm, wasmMismatch } from './wasm-harness.js';

/**
 * Every rule of every op of the PIT templates (matmul, FFN, MoE, attention, padding, conv,
 * batched, transposed...), forced one at a time and run on wasm, against the dense reference:
 * every write mode and scope, odd shapes, empty strips, all-zero and dense inputs.
 */
describe('every rule of the templates, on wasm', () => {
  it.each(TEMPLATE_NAMES.map((n, i) => [n, i]))('%s', async (name, i) => {
    let checked = 0;
    for (const seed of [1]) {
      const t = templateProgram(chooserFromSeed(3000 + 17 * (i as number) + seed), name as string);
      const c = compilePit(t.text, `${t.template}.pit`);
      for (const op of c.rules) {
        for (const rule of op.rules) {
          const program = forceRules(c, new Map([[rule.op, rule]])).program;
          for (const density of [0, 0.2, 'dense'] as DensitySpec[]) {
            const inputs = makeInputs(c.graph, t.dims, { density, seed: seed + 7 });
            const dense = denseValues(c.graph, inputs, t.dims);
            if (c.graph.outputs.some((o) => Array.from((dense.get(o) as HostTensor).data).some(Number.isNaN))) continue;
            for (const threads of [1, 2]) {
              const run = await runWasm(program, inputs, t.dims, { threads, poison: true });
              for (const out of c.graph.outputs) {
                const m = wasmMismatch(run.values.get(out) as HostTensor, dense.get(out) as HostTensor);
                expect(m, `${t.text}\nrule ${rule.access} along ${rule.axis} (${rule.write}), density ${density}, ${threads} thread(s), output ${out}`).toBeUndefined();
              }
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
