import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerPitOp } from '../../codegen/lower/to-loops.js';
import { compilePitKernel } from '../../codegen/ref/compile-pit.js';
import { opExtents } from '../../codegen/ref/evaluate.js';
import type { LoweredProgram } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import { concreteMicroTile } from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { unspannedWindow } from '../../ir/kernel/window-span.js';
import { randomTensor } from '../../src/runtime/random.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compareTensors, type CompareOptions } from '../helpers/compare.js';
import { runLoopProgram } from '../helpers/loop-interpreter.js';
import { plannedSample, SAMPLE_FILES } from '../helpers/loop-samples.js';
import { naiveBuildIndex } from '../helpers/naive-index.js';
import {
  compilePit,
  forceRules,
  makeInputs,
  pickRulePerOp,
  runProgram,
  type DensitySpec,
} from '../helpers/pit-harness.js';
import { dynamicProgramArbitrary, templateArbitrary } from '../helpers/pit-programs.js';
import { SAMPLE_DIMS, SAMPLE_TILES } from '../helpers/sample-dims.js';

/**
 * The reference's PIT kernels (compile-pit.ts, rendered from the loop IR's PIT form) against the
 * same PIT form run step by step (test/helpers/loop-interpreter.ts, independent of the text
 * renderer): on every sample and on random programs with every rule forced, each PIT kernel
 * runs both ways on the same values and the same index, and every output element must have the
 * same bits (NaN where NaN, -0 apart from 0). Indexes come from the data (all-absent, sparse,
 * dense inputs) and, to reach strip/listed patterns the data does not, from random masks
 * unrelated to it. (Before the kernel-IR renderer was deleted, this test compared it with the
 * new one the same way: the same bits everywhere.)
 */

interface Tally {
  kernels: number;
  elements: number;
}

/** Same bits: NaN where NaN, -0 apart from 0. */
const SAME_BITS: CompareOptions = { exact: true, signedZero: true, nanEqual: true };

function runBoth(
  k: PitKernel,
  values: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  indexSource: HostTensor,
  what: string,
  tally: Tally,
): void {
  const extents = opExtents(k.expr, dims);
  const shapeOf = (t: string): readonly number[] => (values.get(t) as HostTensor).shape;
  const index = naiveBuildIndex(
    indexSource,
    concreteMicroTile(indexSource.shape, k.index.microTile),
    k.index.gatherDim,
    k.index.fill,
  );
  const outShape = k.expr.spatial.map((a) => extents.get(a.name) ?? 0);
  const kernel = compilePitKernel(k, { extents, shapeOf });
  const rendered = makeTensor(k.expr.dtype, outShape);
  kernel.run(
    rendered.data,
    kernel.reads.map((t) => (values.get(t) as HostTensor).data),
    index,
  );
  const { op, index: spec } = lowerPitOp(k, extents, shapeOf);
  const loops = runLoopProgram(
    { binding: [], tensors: [], indexes: [spec], ops: [op] },
    values,
    () => index,
  );
  const stepped = loops.get(k.expr.output) as HostTensor;
  const diff = compareTensors(rendered, stepped, SAME_BITS);
  expect(diff?.message, `${what}: '${k.expr.output}' (rendered vs stepped)`).toBeUndefined();
  tally.kernels++;
  tally.elements += rendered.data.length;
}

/** Every PIT kernel whose form holds at these shapes, on the reference's values, rendered and stepped. */
async function compareProgram(
  program: LoweredProgram,
  dims: ReadonlyMap<string, number>,
  inputs: ReadonlyMap<string, HostTensor>,
  seed: number,
  what: string,
  tally: Tally,
): Promise<void> {
  const { values } = await runProgram(program, inputs, dims);
  for (const k of program.kernels) {
    if (k.kind !== 'pit') continue;
    const operand = values.get(k.operand.access.tensor) as HostTensor;
    if (unspannedWindow(k, operand.shape) !== undefined) continue; // the dense form runs
    const source = values.get(k.index.source) as HostTensor;
    runBoth(k, values, dims, source, `${what} (index of the data)`, tally);
    for (const density of [0, 0.4, 1]) {
      const mask = randomTensor('f32', source.shape, seed, `${k.expr.output}#mask`);
      const data = mask.data.map((v) => ((v + 1) / 2 < density ? 1 : k.index.fill));
      runBoth(k, values, dims, { ...source, data }, `${what} (mask at ${density})`, tally);
    }
  }
}

function dimsFor(graph: Graph, file: string): Map<string, number> {
  const given = SAMPLE_DIMS[file] ?? {};
  return new Map(graph.dims.map((d) => [d.name, given[d.name] ?? 5]));
}

describe('reference PIT kernels: the rendered text gives the bits of its loop IR, stepped', () => {
  it.each(SAMPLE_FILES)('%s', async (file) => {
    const program = plannedSample(file);
    const dims = dimsFor(program.graph, file);
    const tiles = new Map(Object.entries(SAMPLE_TILES[file] ?? {}));
    const tally: Tally = { kernels: 0, elements: 0 };
    for (const density of [0, 0.3, 'dense'] as DensitySpec[]) {
      const inputs = makeInputs(program.graph, dims, { density, tiles, seed: 11 });
      await compareProgram(program, dims, inputs, 11, `${file} at ${density}`, tally);
    }
    if (program.kernels.some((k) => k.kind === 'pit')) expect(tally.kernels).toBeGreaterThan(0);
  });

  it('every rule of random programs with @dynamic inputs, forced', async () => {
    const tally: Tally = { kernels: 0, elements: 0 };
    await fc.assert(
      fc.asyncProperty(
        dynamicProgramArbitrary(),
        fc.integer({ min: 1, max: 1e6 }),
        async (p, seed) => {
          const c = compilePit(p.text, 'random.pit');
          for (const op of c.rules)
            for (const rule of op.rules) {
              const { program } = forceRules(c, new Map([[rule.op, rule]]));
              for (const density of [0, 0.5, 'dense'] as DensitySpec[])
                await compareProgram(
                  program,
                  p.dims,
                  makeInputs(c.graph, p.dims, { density, seed }),
                  seed,
                  `rule ${rule.op} ${rule.access} along ${rule.axis} at ${density}\n${p.text}`,
                  tally,
                );
            }
        },
      ),
      { seed: 0x9e11, numRuns: 120 },
    );
    expect(tally.kernels).toBeGreaterThan(500);
  });

  it('templates (matmul, attention, MoE, conv... forms), one random rule per op at once', async () => {
    const tally: Tally = { kernels: 0, elements: 0 };
    await fc.assert(
      fc.asyncProperty(
        templateArbitrary(),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        async (p, seed, pick) => {
          const c = compilePit(p.text, 'template.pit');
          const chosen = pickRulePerOp(c, pick);
          const { program } = forceRules(c, chosen);
          for (const density of [0, 0.2, 'dense'] as DensitySpec[])
            await compareProgram(
              program,
              p.dims,
              makeInputs(c.graph, p.dims, { density, seed }),
              seed,
              `template ${p.template} at ${density}\n${p.text}`,
              tally,
            );
        },
      ),
      { seed: 0x7e3b, numRuns: 80 },
    );
    expect(tally.kernels).toBeGreaterThan(200);
  });
});
