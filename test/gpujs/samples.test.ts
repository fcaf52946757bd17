import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_MODES } from '../../codegen/gpujs/host.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { analyse } from '../../src/pipeline.js';
import { compilePit, concrete, denseValues, makeInputs, shapeOf } from '../helpers/pit-harness.js';
import { lower, mismatchAgainstRef, runOnMode } from './gpujs-harness.js';

/**
 * Acceptance: every sample, planned as `pitc run` plans it (PIT forms included), runs on the
 * gpu.js target in Node's `cpu`, `webasm` and `webasm-async` modes and matches the reference
 * evaluation (f32 tolerance) on small dims, with @dynamic inputs zero in whole micro-tiles at
 * densities 0.1 and 0.5, and every planned PIT op really runs its PIT kernel. With micro-tile
 * hints (2s, 3s, mixed) the PIT kernels gather several positions per micro-tile and walk
 * strips of several rows, which the planner's tiles at these sizes rarely do.
 */

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const files = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.pit'))
  .sort();

/** Small dims per sample (fixed sizes such as 64 and 768 stay as written). */
const DIMS: Record<string, Record<string, number>> = {
  'attention-longformer.pit': { H: 2, S: 70 },
  'attention.pit': { H: 2, S: 9 },
  'conv2d.pit': { N: 2, C: 5, K: 3, H: 6, W: 7 },
  'dynamic-seqlen.pit': { B: 3, S: 5, D: 6, F: 7 },
  'ffn-relu.pit': { T: 35, D: 6, F: 40 },
  'layernorm.pit': { T: 33 },
  'matmul.pit': { M: 34, K: 37, N: 5 },
  'moe.pit': { T: 6, E: 3, D: 5, F: 4 },
  'moe-gate.pit': { T: 6, E: 3, D: 5, F: 4 },
  'softmax.pit': { T: 4, N: 6 },
};

const counts = { runs: 0, pitOps: 0, hinted: 0 };

describe.each(files)('%s on gpu.js', (file) => {
  const c = compilePit(readFileSync(join(SAMPLES, file), 'utf8'), `samples/${file}`);
  const dims = new Map(Object.entries(DIMS[file] ?? {}));
  const program = lower(c.graph, file.replace(/\.pit$/, ''));
  const pit = program.kernels.filter((k): k is PitKernel => k.kind === 'pit');
  const tiles = new Map<string, number[]>();
  const first = pit[0];
  if (first) {
    const tile = concrete(first.index.microTile, shapeOf(c.graph, first.index.source, dims));
    for (const t of c.graph.tensors) if (t.role !== 'intermediate' && t.dynamic && t.shape.length === tile.length) tiles.set(t.name, tile);
  }

  it.each(NODE_MODES)('%s matches ref', async (mode) => {
    for (const density of [0.1, 0.5]) {
      const inputs = makeInputs(c.graph, dims, { density, tiles, seed: 3 + Math.round(density * 10) });
      const ref = denseValues(c.graph, inputs, dims);
      const result = await runOnMode(program, mode, inputs, dims);
      counts.runs++;
      const where = `${file} ${mode} density ${density}`;
      expect(mismatchAgainstRef(c.graph, result, ref), where).toBeUndefined();
      // gpu.js ran every kernel on the backend asked for (no silent fallback to cpu)
      const backend = mode === 'cpu' ? /^CPUKernel$/ : mode === 'webasm' ? /^WebAssemblyKernel\/(simd|scalar)[\w+-]*$/ : /^WebAssemblyKernel\/(simd|scalar|threaded)[\w+-]*$/;
      for (const op of result.ops) expect(String(op.detail?.kernel), `${where}: '${op.name}'`).toMatch(backend);
      for (const k of pit) {
        const record = result.ops.find((o) => o.name === k.expr.output);
        expect(record?.detail?.form, `${where}: '${k.expr.output}' ran its PIT kernel`).toBe('pit');
        counts.pitOps++;
      }
    }
  });

  it.each(['cpu', 'webasm'] as const)('%s matches ref with micro-tile hints', async (mode) => {
    const sources = [...new Set(pit.map((k) => k.index.source))];
    for (const source of sources) {
      const rank = shapeOf(c.graph, source, dims).length;
      for (const tile of [Array<number>(rank).fill(2), Array<number>(rank).fill(3), Array.from({ length: rank }, (_, i) => 1 + ((i * 2 + 1) % 4))]) {
        const hints = new Map([[source, tile]]);
        const analysis = analyse(c.graph, { hints });
        const hinted = lower(c.graph, 'hinted', { hints });
        const dynamicTiles = new Map<string, number[]>();
        for (const t of c.graph.tensors) if (t.role !== 'intermediate' && t.dynamic && t.shape.length === rank) dynamicTiles.set(t.name, tile);
        const inputs = makeInputs(c.graph, dims, { density: 0.4, tiles: dynamicTiles, seed: 17 });
        const ref = denseValues(c.graph, inputs, dims);
        const result = await runOnMode(hinted, mode, inputs, dims);
        const where = `${file} ${mode} hint ${source}=${tile.join('x')}`;
        expect(mismatchAgainstRef(c.graph, result, ref), where).toBeUndefined();
        counts.hinted++;
        for (const k of analysis.kernels) {
          if (k.kind !== 'pit') continue;
          const detail = result.ops.find((o) => o.name === k.expr.output)?.detail ?? {};
          // a window dimension inside a partial micro-tile has no PIT form (as in the reference)
          if (detail.form !== 'pit') expect(String(detail.note), where).toMatch(/^PIT form not used: .*window/);
        }
      }
    }
  });
});

afterAll(() => {
  console.log(`gpu.js samples: ${counts.runs} runs, ${counts.pitOps} PIT op runs, ${counts.hinted} hinted runs`);
});
