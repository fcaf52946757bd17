import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardsOf } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { loadProgram } from '../../src/program-source.js';
import type { LoweredProgram } from '../../codegen/target.js';

export const SAMPLES_DIR = join(import.meta.dirname, '../../samples');

/** Every sample program: the .pit files and the ONNX models. */
export const SAMPLE_FILES: readonly string[] = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.pit') || f.endsWith('.onnx'))
  .sort();

/** A sample through the front end (either) and the middle end: the program every target gets. */
export function plannedSample(file: string): LoweredProgram {
  const path = join(SAMPLES_DIR, file);
  const source = file.endsWith('.onnx')
    ? new Uint8Array(readFileSync(path))
    : readFileSync(path, 'utf8');
  const loaded = loadProgram(source, file);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.graph || errors.length > 0)
    throw new Error(`${file} does not check: ${errors.map((d) => d.message).join('; ')}`);
  const analysis = analyse(loaded.graph);
  return {
    name: file,
    graph: analysis.graph,
    kernels: analysis.kernels,
    guards: guardsOf(analysis),
  };
}
