import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_MODES } from '../../codegen/gpujs/host.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import { lower, mismatchAgainstRef, runOnMode } from './gpujs-harness.js';
import { INLINE_PROGRAMS } from './inline-programs.js';

/**
 * Every construct of the language on gpu.js, through the good-program fixtures: every unary
 * function, comparison, where, ±inf, every reducer, nested reductions, affine and strided
 * indices, index values, i32 and bool tensors, rank-0 tensors. NaN must land where the
 * reference puts it (log and sqrt of negative inputs).
 */

const GOOD = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'good');

const CASES: readonly { readonly file: string; readonly dims: Record<string, number> }[] = [
  { file: 'affine-indices.pit', dims: {} },
  { file: 'annotations.pit', dims: {} },
  { file: 'causal-mask.pit', dims: { S: 7 } },
  { file: 'dtypes.pit', dims: {} },
  { file: 'functions.pit', dims: {} },
  { file: 'layout.pit', dims: { T: 5, D: 3 } },
  { file: 'rank-zero.pit', dims: {} },
  { file: 'reductions.pit', dims: {} },
  { file: 'strided-conv.pit', dims: {} },
  { file: 'strided-conv-symbolic.pit', dims: { N: 9 } },
];

describe.each(INLINE_PROGRAMS)('$name on gpu.js', ({ text }) => {
  const c = compilePit(text);
  const dims = new Map(c.graph.dims.map((d) => [d.name, d.default as number]));
  it.each(NODE_MODES)('%s matches ref', async (mode) => {
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed: 6 });
    const result = await runOnMode(lower(c.graph), mode, inputs, dims);
    expect(mismatchAgainstRef(c.graph, result, denseValues(c.graph, inputs, dims))).toBeUndefined();
  });
});

describe.each(CASES)('$file on gpu.js', ({ file, dims }) => {
  const c = compilePit(readFileSync(join(GOOD, file), 'utf8'), file);
  const bound = new Map(Object.entries(dims));
  const program = lower(c.graph, file.replace(/\.pit$/, ''));

  it.each(NODE_MODES)('%s matches ref', async (mode) => {
    const inputs = makeInputs(c.graph, bound, { density: 0.5, seed: 5 });
    const ref = denseValues(c.graph, inputs, bound);
    const result = await runOnMode(program, mode, inputs, bound);
    expect(mismatchAgainstRef(c.graph, result, ref, { nanEqual: true }), `${file} on ${mode}`).toBeUndefined();
  });
});
