import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerToLoops } from '../../codegen/lower/to-loops.js';
import { printLoopProgram } from '../../ir/loops/print.js';
import { verifyLoopProgram } from '../../ir/loops/verify.js';
import { plannedSample, SAMPLE_FILES } from '../helpers/loop-samples.js';

/**
 * The loop IR of every sample (.pit and .onnx), extents as declared, kept as golden files so that
 * every change to the lowering is reviewed as a diff (`pitc ir FILE --stage loops` prints the
 * same text). A missing golden file fails; update (or create) them with PITC_UPDATE_GOLDEN=1.
 */
const GOLDEN = join(import.meta.dirname, '../golden/loops');
const update = process.env['PITC_UPDATE_GOLDEN'] === '1';

/** Samples whose per-cell form is kept too: row reductions, PIT forms of both scopes, a window. */
const CELL_SAMPLES = ['softmax.pit', 'layernorm.pit', 'attention.pit', 'conv2d.pit'];

describe('golden loop IR of the samples', () => {
  it.each(SAMPLE_FILES)('%s', (file) => expectGolden(file, `${file}.loops`, false));
});

describe('golden per-cell loop IR (every op one output cell at a time)', () => {
  it.each(CELL_SAMPLES)('%s', (file) => expectGolden(file, `${file}.cells.loops`, true));
});

function expectGolden(file: string, name: string, cells: boolean): void {
  {
    const loops = lowerToLoops(plannedSample(file), new Map(), { cells });
    expect(verifyLoopProgram(loops)).toEqual([]);
    const text = printLoopProgram(loops);
    const path = join(GOLDEN, name);
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, text);
    }
    // a missing golden file is a failure, never silently written (PITC_UPDATE_GOLDEN=1 writes it)
    expect(
      existsSync(path),
      `${path} is missing: run PITC_UPDATE_GOLDEN=1 npx vitest run test/ir/golden-loops.test.ts`,
    ).toBe(true);
    expect(
      text === readFileSync(path, 'utf8'),
      `${path} differs from the printed loop IR (PITC_UPDATE_GOLDEN=1 to accept)`,
    ).toBe(true);
  }
}
