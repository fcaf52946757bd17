/**
 * A program's source is .pit text or ONNX model bytes: one place picks the front end, so every
 * command and compile() accept both. `dynamic` marks inputs (and weights) dynamically sparse,
 * as `@dynamic` would.
 */
import type { Graph } from '../ir/graph/graph.js';
import type { HostTensor } from '../ir/tensor.js';
import { runFrontEnd, type FrontEndResult } from './frontend/index.js';
import { runOnnxFrontEnd } from './onnx/front-end.js';
import type { LoweredModel } from './onnx/lower/index.js';
import type { Size } from './onnx/lower/size.js';
import type { ExternalDataReader } from './onnx/tensor-data.js';

export type ProgramSource = string | Uint8Array;

export interface SourceOptions {
  /** Inputs or weights to treat as dynamically sparse. */
  readonly dynamic?: readonly string[];
  /** Reads an ONNX model's external-data files. */
  readonly external?: ExternalDataReader;
}

export interface LoadedProgram extends FrontEndResult {
  readonly kind: 'pit' | 'onnx';
  /** Values run() supplies unless the caller gives them (an ONNX model's initializers). */
  readonly weights: ReadonlyMap<string, HostTensor>;
  /** Outputs returned in another grouping of their dims (ONNX shapes). */
  readonly outputShapes: ReadonlyMap<string, readonly Size[]>;
  /** Names in `dynamic` that are no input or weight of the program. */
  readonly unknownDynamic: readonly string[];
  /** An ONNX model's .pit form. */
  readonly lowered?: LoweredModel;
}

export function loadProgram(source: ProgramSource, file: string, options: SourceOptions = {}): LoadedProgram {
  const dynamic = options.dynamic ?? [];
  if (source instanceof Uint8Array) {
    const front = runOnnxFrontEnd(source, file, { dynamic, ...(options.external ? { external: options.external } : {}) });
    return { ...front, kind: 'onnx', unknownDynamic: front.graph ? unknownNames(front.graph, dynamic) : [] };
  }
  const front = runFrontEnd(source, file);
  const none = { kind: 'pit' as const, weights: new Map(), outputShapes: new Map() };
  if (!front.graph || dynamic.length === 0) return { ...front, ...none, unknownDynamic: [] };
  return { ...front, ...none, graph: markDynamic(front.graph, dynamic), unknownDynamic: unknownNames(front.graph, dynamic) };
}

function unknownNames(graph: Graph, names: readonly string[]): string[] {
  return names.filter((n) => !graph.tensors.some((t) => t.name === n && t.role !== 'intermediate'));
}

/** The graph with these inputs and weights annotated @dynamic. */
export function markDynamic(graph: Graph, names: readonly string[]): Graph {
  return { ...graph, tensors: graph.tensors.map((t) => (t.role !== 'intermediate' && names.includes(t.name) ? { ...t, dynamic: true } : t)) };
}

/** `model.onnx` → true: ONNX sources are known by their extension. */
export function isOnnxFile(file: string): boolean {
  return /\.onnx$/i.test(file);
}
