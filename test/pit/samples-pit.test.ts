import { guardsOf } from '../../src/api/compile.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpRunRecord } from '../../codegen/target.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { analyse } from '../../src/pipeline.js';
import { mulberry32 } from '../helpers/compare.js';
import { compareWithDense, compilePit, concrete, denseValues, forgetfulBuildIndex, makeInputs, runProgram, shapeOf, type Compiled, type DensitySpec } from '../helpers/pit-harness.js';

/**
 * Every sample, planned as `pitc run` plans it (analyse → kernels → reference executor with the
 * naive index builder), equals the dense evaluation on small dims (3–40), seeded inputs whose
 * @dynamic tensors are zero in whole random micro-tiles (densities 0, 0.1, 0.5, 1), with the
 * planner's own micro-tiles and with hints (1s, 2s, 3s, mixed) on each planned index source.
 * The executor's per-op records must be sensible: density in [0, 1], listed + skipped = all
 * micro-tiles of the index, an index reused exactly when an earlier op of the run built its key.
 */

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const files = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.pit'))
  .sort();

/** Per sample, the dims kept small because they multiply the work (fixed-size dims such as 64 or 768 are in the text). */
const CAPS: Record<string, Record<string, number>> = {
  'moe.pit': { E: 4, D: 16, F: 16 },
  'moe-gate.pit': { T: 24, E: 4, D: 16, F: 16 },
  'conv2d.pit': { N: 2, C: 6, K: 5, H: 12, W: 12 },
  'ffn-relu.pit': { D: 24, F: 40 },
  'dynamic-seqlen.pit': { B: 3, D: 16, F: 16 },
  'attention.pit': { H: 2 },
  'attention-longformer.pit': { H: 2 },
  'layernorm.pit': { T: 12 },
  'softmax.pit': {},
  'matmul.pit': {},
};

function dimsFor(c: Compiled, file: string, seed: number, large: boolean): Map<string, number> {
  const rand = mulberry32(seed);
  const caps = CAPS[file] ?? {};
  return new Map(
    c.graph.dims.map((d) => {
      const hi = Math.min(caps[d.name] ?? 40, large ? 40 : 9);
      const lo = Math.min(3, hi);
      return [d.name, lo + Math.floor(rand() * (hi - lo + 1))];
    }),
  );
}

const tally = { runs: 0, exact: 0, pitOps: 0, reused: 0, denseOps: 0, hinted: 0, nanSkipped: 0 };

function checkRecords(c: Compiled, kernels: readonly PitKernel[], records: readonly OpRunRecord[], dims: ReadonlyMap<string, number>, where: string): void {
  const built = new Set<string>();
  for (const op of c.graph.ops) {
    const name = op.expr.output;
    const record = records.find((r) => r.name === name);
    expect(record, `${where}: no record for '${name}'`).toBeDefined();
    const kernel = kernels.find((k) => k.expr.output === name);
    const detail = record?.detail;
    if (!kernel) {
      tally.denseOps++;
      expect(record?.indexMs, `${where}: dense '${name}' builds no index`).toBeUndefined();
      continue;
    }
    if (detail && 'fallback' in detail) continue;
    tally.pitOps++;
    expect(detail, `${where}: PIT '${name}' reports its rule`).toBeDefined();
    const d = detail as Record<string, unknown>;
    const shape = shapeOf(c.graph, kernel.index.source, dims);
    const tile = concrete(kernel.index.microTile, shape).map((t, i) => Math.max(1, Math.min(t, shape[i] as number)));
    const total = shape.reduce((p, n, i) => p * Math.ceil(n / (tile[i] as number)), 1);
    const listed = d.microTilesListed as number;
    const skipped = d.microTilesSkipped as number;
    expect(d.index).toBe(kernel.index.key);
    expect(d.microTile).toEqual(tile);
    expect(listed + skipped, `${where}: '${name}' listed + skipped`).toBe(total);
    expect(listed).toBeGreaterThanOrEqual(0);
    expect(skipped).toBeGreaterThanOrEqual(0);
    expect(d.density as number).toBeGreaterThanOrEqual(0);
    expect(d.density as number).toBeLessThanOrEqual(1);
    expect(d.density as number).toBeCloseTo(total === 0 ? 0 : listed / total, 12);
    expect(d.coverageWaste as number).toBeGreaterThanOrEqual(0);
    expect(d.coverageWaste as number).toBeLessThanOrEqual(1);
    expect(d.indexReused, `${where}: '${name}' reuses index ${kernel.index.key}`).toBe(built.has(kernel.index.key));
    if (d.indexReused) tally.reused++;
    else expect(record?.indexMs).toBeGreaterThanOrEqual(0);
    built.add(kernel.index.key);
  }
}

describe.each(files)('%s: the planned program equals the dense evaluation', (file) => {
  const text = readFileSync(join(SAMPLES, file), 'utf8');
  const c = compilePit(text, `samples/${file}`);

  it.each([
    [1, false],
    [2, true],
  ] as const)('dims seed %i (large: %s), every density, planner tiles and hints', async (dimSeed, large) => {
    const dims = dimsFor(c, file, dimSeed * 7919 + file.length, large);
    const plain = analyse(c.graph);
    const sources = [...new Set(plain.plan.ops.flatMap((p) => (p.mode === 'pit' && p.rule ? [p.rule.index.source] : [])))];
    const hintSets: Map<string, number[]>[] = [new Map()];
    const rand = mulberry32(dimSeed);
    for (const source of sources) {
      const rank = shapeOf(c.graph, source, dims).length;
      for (const tile of [Array(rank).fill(1), Array(rank).fill(2), Array(rank).fill(3), Array.from({ length: rank }, () => 1 + Math.floor(rand() * 5))]) {
        hintSets.push(new Map([[source, tile]]));
      }
    }
    for (const hints of hintSets) {
      const analysis = analyse(c.graph, hints.size > 0 ? { hints } : {});
      if (hints.size > 0) tally.hinted++;
      const program = { name: file, graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
      const pit = analysis.kernels.filter((k): k is PitKernel => k.kind === 'pit');
      // zeros in whole micro-tiles of the (first) planned index, on the dynamic input it comes from
      const tiles = new Map<string, number[]>();
      const first = pit[0];
      if (first) {
        const tile = concrete(first.index.microTile, shapeOf(c.graph, first.index.source, dims));
        for (const t of c.graph.tensors) if (t.role !== 'intermediate' && t.dynamic && t.shape.length === tile.length) tiles.set(t.name, tile);
      }
      for (const density of [0, 0.1, 0.5, 1] as DensitySpec[]) {
        const seed = dimSeed * 31 + Math.round((density as number) * 10);
        const inputs = makeInputs(c.graph, dims, { density, tiles, seed });
        const dense = denseValues(c.graph, inputs, dims);
        const result = await runProgram(program, inputs, dims);
        tally.runs++;
        const where = `${file} dims ${[...dims].map(([k, v]) => `${k}=${v}`).join(' ')}, hints ${[...hints].map(([k, v]) => `${k}=${v.join('x')}`).join(' ') || 'none'}, density ${density}`;
        const cmp = compareWithDense(result, dense, c.graph);
        if (cmp.denseNaN) {
          tally.nanSkipped++;
          continue;
        }
        if (cmp.mismatch) throw new Error(`${where}: ${cmp.mismatch}\nplan:\n${analysis.plan.ops.map((p) => `  ${p.op}: ${p.mode} (${p.reason})`).join('\n')}`);
        if (cmp.exact) tally.exact++;
        checkRecords(c, pit, result.ops, dims, where);
      }
    }
  });
});

describe('the samples check can fail', () => {
  it('an index builder that forgets micro-tiles makes the planned matmul and ffn-relu differ from dense', async () => {
    for (const file of ['matmul.pit', 'ffn-relu.pit']) {
      const c = compilePit(readFileSync(join(SAMPLES, file), 'utf8'), file);
      const dims = dimsFor(c, file, 3, false);
      const planned = analyse(c.graph);
      const program = { name: file, graph: planned.graph, kernels: planned.kernels, guards: guardsOf(planned) };
      const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 4 });
      const good = compareWithDense(await runProgram(program, inputs, dims), denseValues(c.graph, inputs, dims), c.graph);
      expect(good.mismatch, file).toBeUndefined();
      const bad = compareWithDense(await runProgram(program, inputs, dims, { buildIndex: forgetfulBuildIndex }), denseValues(c.graph, inputs, dims), c.graph);
      expect(bad.mismatch, file).toBeDefined();
    }
  });
});

afterAll(() => {
  console.log(
    `samples: ${tally.runs} runs (${tally.exact} bit-exact, ${tally.nanSkipped} NaN-skipped), ${tally.hinted} hinted plans; ${tally.pitOps} PIT op runs (${tally.reused} reusing an index), ${tally.denseOps} dense op runs`,
  );
  expect(tally.nanSkipped).toBe(0);
  // the sample runs happened, with PIT forms (seeded: 328 runs, 688 PIT op runs, 400 reusing an index)
  expect(tally.runs).toBeGreaterThan(250);
  expect(tally.pitOps).toBeGreaterThan(500);
  expect(tally.reused).toBeGreaterThan(250);
  expect(tally.hinted).toBeGreaterThan(40);
});
