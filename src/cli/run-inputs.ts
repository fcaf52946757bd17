import { resolve } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph, TensorInfo } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { bindDims } from '../runtime/bind.js';
import { applyDensity, measureDensity } from '../runtime/density.js';
import { readNpyFile } from '../runtime/npy-file.js';
import { randomTensor } from '../runtime/random.js';
import { printable } from '../../ir/core/printable.js';

export interface InputRequest {
  /** Values known before any file is read (an ONNX model's initializers); files and seeds do not replace them unless named. */
  readonly given?: ReadonlyMap<string, HostTensor>;
  readonly files: ReadonlyMap<string, string>;
  readonly random?: number;
  readonly dims: ReadonlyMap<string, number>;
  readonly density: ReadonlyMap<string, number>;
  readonly microTile: ReadonlyMap<string, readonly number[]>;
}

/** How a dynamic tensor looked when it was handed to the program. */
export interface DensityReport {
  readonly requested?: number;
  readonly measured: number;
  readonly microTile: readonly number[];
}

export interface AssembledInputs {
  readonly values: Map<string, HostTensor>;
  readonly dims: ReadonlyMap<string, number>;
  /** "--input x=a.npy" or "random(seed 1)", by tensor. */
  readonly origins: Map<string, string>;
  readonly densities: Map<string, DensityReport>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Gathers every input and weight of a run: .npy files first, then the dims they imply, then
 * seeded random values for the rest, then the requested zero patterns.
 */
export function assembleInputs(graph: Graph, request: InputRequest, cwd: string): AssembledInputs {
  const values = new Map<string, HostTensor>();
  const origins = new Map<string, string>();
  const densities = new Map<string, DensityReport>();
  const diagnostics: Diagnostic[] = [];
  const done = (dims: ReadonlyMap<string, number> = new Map()): AssembledInputs => ({ values, dims, origins, densities, diagnostics });

  for (const [name, tensor] of request.given ?? []) {
    if (request.files.has(name)) continue;
    values.set(name, tensor);
    origins.set(name, 'the model (initializer)');
  }

  for (const [name, file] of request.files) {
    const read = readNpyFile(resolve(cwd, file));
    diagnostics.push(...read.diagnostics);
    if (read.tensor) {
      values.set(name, read.tensor);
      origins.set(name, `--input ${name}=${printable(file)}`);
    }
  }
  if (hasErrors(diagnostics)) return done();

  const binding = bindDims(graph, values, request.dims, (n) => origins.get(n));
  const declared = graph.tensors.filter((t) => t.role !== 'intermediate');
  const missing = declared.filter((t) => !values.has(t.name));
  if (request.random === undefined) {
    for (const t of missing) diagnostics.push(missingValue(t));
  }
  diagnostics.push(...binding.diagnostics);
  if (hasErrors(diagnostics) || !binding.dims) return done();
  const dims = binding.dims;

  if (request.random !== undefined) {
    for (const t of missing) {
      const shape = t.shape.map((d) => evalDim(d, dims) ?? 0);
      // a tensor given a density gets non-zero values, then loses whole micro-tiles: the
      // fraction of non-zero values is then the density asked for, whatever the dtype
      values.set(t.name, randomTensor(t.dtype, shape, request.random, t.name, { nonZero: request.density.has(t.name) }));
      origins.set(t.name, `random (seed ${request.random})`);
    }
  }

  diagnostics.push(...checkSparsityOptions(graph, request));
  if (hasErrors(diagnostics)) return done(dims);
  for (const t of declared) {
    const value = values.get(t.name);
    if (!value) continue;
    const microTile = request.microTile.get(t.name) ?? t.microTile ?? t.shape.map(() => 1);
    const requested = request.density.get(t.name);
    let tensor = value;
    if (requested !== undefined) {
      tensor = applyDensity(value, requested, microTile, request.random ?? 0, `${t.name}:density`);
      values.set(t.name, tensor);
    }
    if (t.dynamic || requested !== undefined) {
      densities.set(t.name, { ...(requested !== undefined ? { requested } : {}), measured: measureDensity(tensor, microTile), microTile });
    }
  }
  return done(dims);
}

function missingValue(t: TensorInfo): Diagnostic {
  return diagnostic(
    'PIT6001',
    `no value for ${t.role} '${t.name}': pass --input ${t.name}=FILE.npy, or --random SEED to fill every missing tensor`,
    t.span,
  );
}

function checkSparsityOptions(graph: Graph, request: InputRequest): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tensors = new Map(graph.tensors.map((t) => [t.name, t]));
  const names = new Set([...request.density.keys(), ...request.microTile.keys()]);
  for (const name of names) {
    const info = tensors.get(name);
    const option = request.density.has(name) ? 'density' : 'microtile';
    // a zero pattern can only be given to data that is passed in; a micro-tile hint may also
    // name an intermediate (a relu output), where it only steers the planner
    if (!info) {
      out.push(diagnostic('PIT7002', `--${option} names '${name}', which is not a tensor of this program`));
      continue;
    }
    if (option === 'density' && info.role === 'intermediate') {
      out.push(diagnostic('PIT7002', `--density names '${name}', which the program computes: its zeros follow from its inputs, so give a density to those`));
      continue;
    }
    const tile = request.microTile.get(name);
    if (tile && tile.length !== info.shape.length) {
      out.push(diagnostic('PIT7002', `--microtile ${name}=${tile.join('x')} needs ${info.shape.length} extents, one per dimension of '${name}'`));
    }
    if (request.density.has(name) && !info.dynamic) {
      out.push(diagnostic('PIT7003', `'${name}' is not @dynamic: its zeros are applied but the compiler will not plan to skip them`, info.span));
    }
  }
  return out;
}
