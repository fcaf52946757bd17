import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { analyse } from '../../src/pipeline.js';
import {
  compilePit,
  concrete,
  denseValues,
  makeInputs,
  shapeOf,
  type DensitySpec,
} from '../helpers/pit-harness.js';
import {
  closeSharedSession,
  lower,
  mismatchAgainstRef,
  runOnWebgpu,
  sharedSession,
} from './webgpu-harness.js';

/**
 * Acceptance: every sample, planned as `pitc run` plans it, runs on the webgpu target and
 * matches the reference evaluation (f32 tolerance, NaN only where the reference has it) on
 * small dims, with @dynamic inputs zero in whole micro-tiles at densities 0 (every strip
 * absent), 0.1 and 0.5 and fully dense, and every planned PIT op runs its PIT shader. With
 * micro-tile hints (2s, 3s) the PIT shaders gather several positions per micro-tile and strips
 * span several rows. All cases share one device session (one browser page on Chromium).
 */

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const files = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.pit'))
  .sort();

/** Small dims per sample: odd sizes, never tile multiples (fixed sizes such as 64 stay as written). */
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

const { session, why } = await sharedSession();
const counts = { runs: 0, pitOps: 0, gemm: 0, hinted: 0 };

afterAll(async () => {
  console.log(
    session
      ? `webgpu samples on ${session.host}: ${counts.runs} runs, ${counts.pitOps} PIT op runs, ${counts.gemm} tiled GEMM runs, ${counts.hinted} hinted runs`
      : `webgpu samples skipped: ${why}`,
  );
  await closeSharedSession();
});

describe.skipIf(!session)(`samples on webgpu${session ? '' : ` (skipped: ${why})`}`, () => {
  it.each(files)('%s matches ref at densities 0, 0.1, 0.5 and dense', async (file) => {
    const s = session!;
    const c = compilePit(readFileSync(join(SAMPLES, file), 'utf8'), `samples/${file}`);
    const dims = new Map(Object.entries(DIMS[file] ?? {}));
    const program = lower(c.graph, file.replace(/\.pit$/, ''));
    const pit = program.kernels.filter((k): k is PitKernel => k.kind === 'pit');
    const tiles = new Map<string, number[]>();
    const first = pit[0];
    if (first) {
      const tile = concrete(first.index.microTile, shapeOf(c.graph, first.index.source, dims));
      for (const t of c.graph.tensors)
        if (t.role !== 'intermediate' && t.dynamic && t.shape.length === tile.length)
          tiles.set(t.name, tile);
    }
    for (const density of [0, 0.1, 0.5, 'dense'] as DensitySpec[]) {
      const inputs = makeInputs(c.graph, dims, {
        density,
        tiles,
        seed: 3 + (density === 'dense' ? 9 : Math.round(density * 10)),
      });
      const ref = denseValues(c.graph, inputs, dims);
      const result = await runOnWebgpu(s, program, inputs, dims);
      counts.runs++;
      const where = `${file} density ${density}`;
      expect(mismatchAgainstRef(c.graph, result, ref), where).toBeUndefined();
      for (const op of result.ops) if (op.detail?.shader === 'gemm') counts.gemm++;
      for (const k of pit) {
        const record = result.ops.find((o) => o.name === k.expr.output);
        // a guard may send the whole run densely (a fully masked row): the record says so
        if (record?.detail?.guard !== undefined) continue;
        expect(record?.detail?.form, `${where}: '${k.expr.output}' ran its PIT shader`).toBe('pit');
        counts.pitOps++;
      }
    }
  });

  it.each(files)('%s matches ref with micro-tile hints', async (file) => {
    const s = session!;
    const c = compilePit(readFileSync(join(SAMPLES, file), 'utf8'), `samples/${file}`);
    const dims = new Map(Object.entries(DIMS[file] ?? {}));
    const pit = lower(c.graph).kernels.filter((k): k is PitKernel => k.kind === 'pit');
    for (const source of [...new Set(pit.map((k) => k.index.source))]) {
      const rank = shapeOf(c.graph, source, dims).length;
      for (const tile of [Array<number>(rank).fill(2), Array<number>(rank).fill(3)]) {
        const hints = new Map([[source, tile]]);
        const analysis = analyse(c.graph, { hints });
        const hinted = lower(c.graph, 'hinted', { hints });
        const dynamicTiles = new Map<string, number[]>();
        for (const t of c.graph.tensors)
          if (t.role !== 'intermediate' && t.dynamic && t.shape.length === rank)
            dynamicTiles.set(t.name, tile);
        const inputs = makeInputs(c.graph, dims, { density: 0.4, tiles: dynamicTiles, seed: 17 });
        const ref = denseValues(c.graph, inputs, dims);
        const result = await runOnWebgpu(s, hinted, inputs, dims);
        const where = `${file} hint ${source}=${tile.join('x')}`;
        expect(mismatchAgainstRef(c.graph, result, ref), where).toBeUndefined();
        counts.hinted++;
        for (const k of analysis.kernels) {
          if (k.kind !== 'pit') continue;
          const detail = result.ops.find((o) => o.name === k.expr.output)?.detail ?? {};
          if (detail.guard !== undefined) continue;
          // a window dimension inside a partial micro-tile has no PIT form (as in the reference)
          if (detail.form !== 'pit')
            expect(String(detail.note), where).toMatch(/^PIT form not used: .*window/);
        }
      }
    }
  });
});
