import { afterAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import type { PitProgram } from '../../src/api/program.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { SAMPLE_DIMS, SAMPLE_TILES } from '../helpers/sample-dims.js';
import { sampleText, wasmMismatch } from '../wasm/wasm-harness.js';
import { API_TARGETS, bitDifference, programOn } from './api-targets.js';

/**
 * Every sample, run the way a caller who keeps data in place runs it: inputs written through
 * inputView(), weights held (left out after the first run, replaced with setWeights()), outputs
 * read as views. Each run must give the bits of the plain copying run of a fresh program and the
 * reference's values. This also proves no kernel writes into an input's or a weight's buffer (a
 * second run from the same buffers would differ) and that densities rising from run to run (task
 * lists growing) leave the views in place.
 */

const programs: PitProgram[] = [];
afterAll(async () => {
  await Promise.all(programs.map((p) => p.dispose()));
});

const WASM = API_TARGETS.filter((t) => t.options.target === 'wasm');
const DENSITIES: readonly DensitySpec[] = [0, 0.1, 0.5, 'dense'];

describe.each(Object.keys(SAMPLE_DIMS))('%s with data in place', (file) => {
  const text = sampleText(file);
  const graph = compilePit(text, file).graph;
  const dims = new Map(Object.entries(SAMPLE_DIMS[file] as Record<string, number>));
  const tiles = new Map(Object.entries(SAMPLE_TILES[file] ?? {}));
  const inputNames = graph.tensors.filter((t) => t.role === 'input').map((t) => t.name);
  const weightNames = graph.tensors.filter((t) => t.role === 'weight').map((t) => t.name);

  it.each(WASM.map((t) => [t.name, t]))('%s: views, held weights and output views equal fresh copying runs', async (_, target) => {
    const program = await programOn(target, text, { file });
    programs.push(program);
    const views = new Map<string, HostTensor>();
    for (const name of inputNames) views.set(name, await program.inputView(name, { dims }));
    for (const [round, density] of DENSITIES.entries()) {
      const data = makeInputs(graph, dims, { density, tiles, seed: 20 + round });
      // weights: given on the first run, held on the second (round 0's), replaced with setWeights() after
      if (round === 1) {
        const first = makeInputs(graph, dims, { density: DENSITIES[0] as DensitySpec, tiles, seed: 20 });
        for (const w of weightNames) data.set(w, first.get(w) as HostTensor);
      }
      const fresh = await programOn(target, text, { file });
      programs.push(fresh);
      const expected = await fresh.run(data, { dims });
      const expectedRef = denseValues(graph, data, dims);
      const args = new Map<string, HostTensor>();
      if (round === 0) for (const w of weightNames) args.set(w, data.get(w) as HostTensor);
      if (round >= 2) program.setWeights(Object.fromEntries(weightNames.map((w) => [w, data.get(w) as HostTensor])));
      for (const name of inputNames) {
        const view = views.get(name) as HostTensor;
        view.data.set((data.get(name) as HostTensor).data as never);
        args.set(name, view);
      }
      for (const repeat of [0, 1]) {
        const got = await program.run(args, { dims, outputs: 'view' });
        for (const out of graph.outputs) {
          expect(bitDifference(got[out] as HostTensor, expected[out] as HostTensor), `density ${density}, ${out}, run ${repeat}`).toBeUndefined();
          expect(wasmMismatch(got[out] as HostTensor, expectedRef.get(out) as HostTensor), `density ${density}, ${out} against the reference`).toBeUndefined();
        }
      }
    }
  });
});
