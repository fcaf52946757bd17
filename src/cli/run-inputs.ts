import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { castArray } from '../runtime/npy-cast.js';
import { readNpyFile, readNpzFile } from '../runtime/npy-file.js';
import { splitNpzPath } from '../runtime/npz.js';
import { completeInputs, type AssembledInputs, type SyntheticRequest } from '../runtime/synthetic-inputs.js';
import { printable } from '../../ir/core/printable.js';

export type { AssembledInputs, DensityReport } from '../runtime/synthetic-inputs.js';

export interface InputRequest extends SyntheticRequest {
  /** Values known before any file is read (an ONNX model's initializers); files and seeds do not replace them unless named. */
  readonly given?: ReadonlyMap<string, HostTensor>;
  /** `.npy` files (or `FILE.npz:ARRAY`) by tensor. */
  readonly files: ReadonlyMap<string, string>;
  /** Convert float64, int64 and uint8 arrays to the declared dtype (`--cast`). */
  readonly cast?: boolean;
}

/**
 * Gathers every input and weight of a run: a model's initializers, .npy files (or arrays of .npz archives) first, then
 * the dims they imply, then seeded random values for the rest, then the requested zero patterns
 * (runtime/synthetic-inputs.ts).
 */
export function assembleInputs(graph: Graph, request: InputRequest, cwd: string): AssembledInputs {
  const values = new Map<string, HostTensor>();
  const origins = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [name, tensor] of request.given ?? []) {
    if (request.files.has(name)) continue;
    values.set(name, tensor);
    origins.set(name, 'the model (initializer)');
  }
  for (const [name, file] of request.files) {
    const read = readInputFile(graph, name, file, cwd, request.cast === true);
    diagnostics.push(...read.diagnostics);
    if (read.tensor) {
      values.set(name, read.tensor);
      origins.set(name, `--input ${name}=${printable(file)}`);
    }
  }
  if (hasErrors(diagnostics)) return { values, dims: new Map(), origins, densities: new Map(), diagnostics };
  const completed = completeInputs(graph, values, origins, request);
  return { ...completed, diagnostics: [...diagnostics, ...completed.diagnostics] };
}

/**
 * One `--input NAME=FILE`: a `.npy` file, or `ARCHIVE.npz:ARRAY` (`ARCHIVE.npz` alone: the array
 * named like the tensor). With `cast`, a float64, int64 or uint8 array becomes the dtype the
 * program declares for NAME, with a note saying how.
 */
function readInputFile(graph: Graph, name: string, file: string, cwd: string, cast: boolean): { tensor?: HostTensor; diagnostics: Diagnostic[] } {
  const declared = graph.tensors.find((t) => t.name === name && t.role !== 'intermediate');
  const options = { readForeign: cast && declared !== undefined };
  const npz = splitNpzPath(file);
  const read = npz ? readNpzFile(resolve(cwd, npz.file), npz.array ?? name, options) : readNpyFile(resolve(cwd, file), options);
  if (!read.foreign || !declared) return { ...(read.tensor ? { tensor: read.tensor } : {}), diagnostics: read.diagnostics };
  const converted = castArray(read.foreign, declared.dtype, npz ? `${resolve(cwd, npz.file)}:${npz.array ?? name}` : resolve(cwd, file), name);
  return { ...(converted.tensor ? { tensor: converted.tensor } : {}), diagnostics: [...read.diagnostics, ...converted.diagnostics] };
}
