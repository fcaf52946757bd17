import type { Diagnostic } from '../../ir/core/diagnostic.js';
import { diagnostic } from '../../ir/core/diagnostic.js';
import { externalDataReader } from '../onnx/external-files.js';
import { loadProgram, type LoadedProgram, type ProgramSource } from '../program-source.js';
import { readProgramFile } from './source.js';

export interface CliProgram {
  /** The file's contents: .pit text or ONNX bytes. */
  readonly source: ProgramSource;
  /** The folder of an ONNX model (its external data). */
  readonly modelDir?: string;
  readonly loaded: LoadedProgram;
  /** `--dynamic` names that are no input or weight (PIT7002), after the front end's own diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A program file through its front end, as every command reads one: .pit or .onnx, with
 * `--dynamic` applied. `undefined` and the diagnostics when the file cannot be read.
 */
export function loadProgramFile(file: string, cwd: string, dynamic: readonly string[] = []): CliProgram | { readonly diagnostics: readonly Diagnostic[] } {
  const read = readProgramFile(file, cwd);
  if (read.source === undefined) return { diagnostics: read.diagnostics };
  const loaded = loadProgram(read.source, file, { dynamic, ...(read.modelDir ? { external: externalDataReader(read.modelDir) } : {}) });
  const unknown = loaded.unknownDynamic.map((name) =>
    diagnostic('PIT7002', `--dynamic names '${name}', which is no input or weight of the program (${inputNames(loaded)})`),
  );
  return { source: read.source, ...(read.modelDir ? { modelDir: read.modelDir } : {}), loaded, diagnostics: [...loaded.diagnostics, ...unknown] };
}

function inputNames(loaded: LoadedProgram): string {
  return (loaded.graph?.tensors ?? []).filter((t) => t.role !== 'intermediate').map((t) => `'${t.name}'`).join(', ');
}
