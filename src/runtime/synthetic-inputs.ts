/**
 * The inputs of a run once the files are read: the dims they imply, seeded random values for the
 * tensors not given, then the zero patterns asked for (a density at a micro-tile). Pure (no file
 * system): `pitc run`, `pitc tune` and the browser playground make the same inputs from the same
 * seed, densities and micro-tiles, so a picture in the page and `pitc run --json` count the same
 * micro-tiles.
 */
import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph, TensorInfo } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { bindDims } from './bind.js';
import { applyDensity, measureDensity } from './density.js';
import { randomTensor } from './random.js';

export interface SyntheticRequest {
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
  /** "--input x=a.npy" or "random (seed 1)", by tensor. */
  readonly origins: Map<string, string>;
  readonly densities: Map<string, DensityReport>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Completes the values given (`values`, named in messages by `origins`) into every input and
 * weight of the program: dims bound from them and `request.dims`, the rest seeded random
 * (`request.random`; without it a missing tensor is PIT6001), then the requested zero patterns.
 */
export function completeInputs(graph: Graph, given: ReadonlyMap<string, HostTensor>, givenOrigins: ReadonlyMap<string, string>, request: SyntheticRequest): AssembledInputs {
  const values = new Map(given);
  const origins = new Map(givenOrigins);
  const densities = new Map<string, DensityReport>();
  const diagnostics: Diagnostic[] = [];
  const done = (dims: ReadonlyMap<string, number> = new Map()): AssembledInputs => ({ values, dims, origins, densities, diagnostics });

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

function checkSparsityOptions(graph: Graph, request: SyntheticRequest): Diagnostic[] {
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
