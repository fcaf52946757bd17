import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDim } from '../../ir/dim-expr.js';
import { compileWasmProgram } from '../../codegen/wasm/compile-program.js';
import { compilePit } from '../helpers/pit-harness.js';
import { planned, SAMPLES_DIR, sampleText } from './wasm-harness.js';

/**
 * The .wat of every sample at its default dims, kept as golden files so that every change to
 * the generated code is reviewed as a diff. Emitted with fixed features (no relaxed SIMD, no
 * shared memory) so the text does not depend on the host. A missing golden file fails; update
 * (or create) them with PITC_UPDATE_GOLDEN=1.
 */
const GOLDEN = join(import.meta.dirname, '../golden/wasm');
const update = process.env['PITC_UPDATE_GOLDEN'] === '1';

describe('golden .wat of the samples', () => {
  const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.pit'));
  it.each(samples)('%s', (file) => {
    const c = compilePit(sampleText(file), file);
    const dims = new Map(c.graph.dims.map((d) => [d.name, d.default as number]));
    expect(c.graph.tensors.every((t) => t.shape.every((d) => evalDim(d, dims) !== undefined))).toBe(true);
    const program = planned(c, file);
    const compiled = compileWasmProgram(program.graph, program.kernels, dims, { features: { relaxedSimd: false, sharedMemory: false }, threads: 1, withText: true });
    const text = compiled.text ?? '';
    const path = join(GOLDEN, file.replace(/\.pit$/, '.wat'));
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, text);
    }
    // a missing golden file is a failure, never silently written (PITC_UPDATE_GOLDEN=1 writes it)
    expect(existsSync(path), `${path} is missing: run PITC_UPDATE_GOLDEN=1 npx vitest run test/wasm/golden-wat.test.ts`).toBe(true);
    expect(text === readFileSync(path, 'utf8'), `${path} differs from the emitted text (PITC_UPDATE_GOLDEN=1 to accept)`).toBe(true);
    // the module is valid WebAssembly
    expect(WebAssembly.validate(compiled.binary as Uint8Array<ArrayBuffer>)).toBe(true);
  });
});
