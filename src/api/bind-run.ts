import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { SourceFile } from '../../ir/core/span.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';
import { bindDims, type OriginOf } from '../runtime/bind.js';
import { PitcError } from './errors.js';
import { checkOutputBuffers, type OutputBuffer } from './output-buffers.js';
import type { RunArguments } from './run-arguments.js';
import type { ViewRegistry } from './view-registry.js';
import type { WeightStore } from './weight-store.js';

/** What a program keeps between calls that binding a call reads (and, for weights, updates). */
export interface ProgramState {
  readonly graph: Graph;
  readonly source: SourceFile;
  readonly weights: WeightStore;
  readonly views: ViewRegistry;
}

/** A run's checked tensors (own copies of their shapes), its bound dims, and how its data moves. */
export interface BoundRun {
  readonly tensors: ReadonlyMap<string, HostTensor>;
  readonly dims: ReadonlyMap<string, number>;
  /** The dims as a key: views are lent for one binding. */
  readonly key: string;
  /** The version of every weight of the run. */
  readonly versions: ReadonlyMap<string, number>;
  readonly outputs: 'copy' | 'view';
  readonly into: ReadonlyMap<string, OutputBuffer>;
  /** Tensors of the program to return besides the outputs (RunOptions.keep). */
  readonly keep: readonly string[];
}

/**
 * Checks and binds a run's arguments when it is called (so a later change of a shape array does
 * not matter): views of the program's memory first (a stale one is PIT6021 rather than a wrong
 * length), then the tensors with the weights the program holds for those left out, the dims, the
 * `into` arrays. Only a call that passes every check makes the weights it gives the program's.
 */
export function bindRun(state: ProgramState, args: RunArguments): BoundRun {
  const { graph, views, weights } = state;
  const early = [...args.diagnostics];
  for (const [name, value] of args.inputs) {
    const view = viewProblem(state, value, name);
    if (view) early.push(view);
  }
  if (hasErrors(early)) throw new PitcError(early, state.source);
  // weights the caller leaves out are the ones the program holds
  const held = new Map<string, HostTensor>();
  for (const [name, tensor] of heldWeights(state)) if (!args.inputs.has(name)) held.set(name, tensor);
  const given = new Map([...held, ...args.inputs]);
  const binding = bindDims(graph, given, args.dims, heldOrigin(held, args.originOf));
  const missing = graph.tensors.filter((t) => t.role !== 'intermediate' && !given.has(t.name));
  const diagnostics = [...binding.diagnostics, ...missing.map((t) => missingInput(graph, t.name))];
  if (hasErrors(diagnostics) || !binding.dims || !binding.tensors) throw new PitcError(diagnostics, state.source);
  const key = dimsKey(binding.dims);
  for (const [name, t] of binding.tensors) {
    const stale = views.staleness(t.data, key);
    if (stale) diagnostics.push(staleView(name, stale));
  }
  const into = checkOutputBuffers(graph, args.into, binding.dims);
  diagnostics.push(...into.diagnostics);
  for (const name of args.keep) {
    if (!graph.tensors.some((t) => t.name === name)) diagnostics.push(diagnostic('PIT6019', `option 'keep' names '${name}', which is not a tensor of this program (its tensors: ${graph.tensors.map((t) => t.name).join(', ')})`));
  }
  for (const [name, buffer] of into.buffers) {
    if (views.isView(buffer.data)) diagnostics.push(diagnostic('PIT6022', `into.${name} is a view of this program's memory, which its runs write: pass an array of your own`));
  }
  if (hasErrors(diagnostics)) throw new PitcError(diagnostics, state.source);
  const weightNames = graph.tensors.filter((t) => t.role === 'weight').map((t) => t.name);
  const givenWeights = new Map([...binding.tensors].filter(([name]) => weightNames.includes(name) && !held.has(name)));
  const accepted = weights.accept(givenWeights, false);
  const versions = new Map<string, number>();
  for (const name of weightNames) {
    const version = accepted.get(name)?.version ?? weights.get(name)?.version;
    if (version !== undefined) versions.set(name, version);
  }
  return { tensors: binding.tensors, dims: binding.dims, key, versions, outputs: args.outputs, into: into.buffers, keep: args.keep };
}

/** The weights the program holds, by name. */
export function heldWeights(state: ProgramState): Map<string, HostTensor> {
  const held = new Map<string, HostTensor>();
  for (const t of state.graph.tensors) {
    const weight = t.role === 'weight' ? state.weights.get(t.name) : undefined;
    if (weight) held.set(t.name, weight.tensor);
  }
  return held;
}

/** PIT6021 when `value`'s data is a stale view, or any view of this program given as a weight. */
export function viewProblem(state: ProgramState, value: unknown, name: string): Diagnostic | undefined {
  const data = dataOf(value);
  if (!data || !state.views.isView(data)) return undefined;
  if (state.graph.tensors.some((t) => t.name === name && t.role === 'weight')) {
    return diagnostic('PIT6021', `'${name}' is a weight, and its data is a view of this program's memory, which later runs overwrite: pass a copy (e.g. new Float32Array(view))`);
  }
  const stale = state.views.staleness(data);
  return stale ? staleView(name, stale) : undefined;
}

export function staleView(name: string, why: string): Diagnostic {
  return diagnostic('PIT6021', `the data given for '${name}' cannot be used: ${why}; take a new one with inputView() (or copy it before)`);
}

/** Messages name a held weight as such ("weight 'b' (held by the program)"), so a conflict with new dims is clear. */
export function heldOrigin(held: ReadonlyMap<string, HostTensor>, originOf: OriginOf | undefined): OriginOf {
  return (name) => (held.has(name) ? `weight '${name}' (held by the program since an earlier run or setWeights())` : originOf?.(name));
}

export function dimsKey(dims: ReadonlyMap<string, number>): string {
  return [...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(',');
}

/** The data of a tensor-like value, read without trusting it (checkTensorValue reports what is wrong). */
function dataOf(value: unknown): TensorData | undefined {
  try {
    const data = typeof value === 'object' && value !== null ? (value as { data?: unknown }).data : undefined;
    return ArrayBuffer.isView(data) ? (data as TensorData) : undefined;
  } catch {
    return undefined;
  }
}

function missingInput(graph: Graph, name: string): Diagnostic {
  const info = graph.tensors.find((t) => t.name === name);
  const span = info?.span;
  return {
    code: 'PIT6001',
    severity: 'error',
    message: `no value for ${info?.role ?? 'input'} '${name}': pass --input ${name}=FILE.npy or --random SEED (API: inputs.${name})`,
    ...(span ? { span } : {}),
  };
}
