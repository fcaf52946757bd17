import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { elementCount, type TensorData } from '../../ir/tensor.js';
import { ARRAY_OF, describeValue, typedArrayTag } from '../runtime/tensor-check.js';
import { sameMemory } from './weight-store.js';

/** A caller's array for one output (`run(..., { into: { y: array } })`), checked against it. */
export interface OutputBuffer {
  readonly data: TensorData;
  readonly count: number;
}

/**
 * Checks the arrays of `into` when a run is called: each names an output and is exactly the typed
 * array of its dtype with its element count at the run's dims (PIT6022; an unknown name is
 * PIT6019), and no two share memory. pitc copies the output into it and returns it as the data.
 */
export function checkOutputBuffers(
  graph: Graph,
  into: ReadonlyMap<string, unknown>,
  dims: ReadonlyMap<string, number>,
): { readonly buffers: Map<string, OutputBuffer>; readonly diagnostics: Diagnostic[] } {
  const buffers = new Map<string, OutputBuffer>();
  const diagnostics: Diagnostic[] = [];
  for (const [name, value] of into) {
    const info = graph.outputs.includes(name) ? graph.tensors.find((t) => t.name === name) : undefined;
    if (!info) {
      diagnostics.push(diagnostic('PIT6019', `option 'into' names '${name}', which is not an output of this program (its outputs: ${graph.outputs.join(', ')})`));
      continue;
    }
    const shape = info.shape.map((d) => evalDim(d, dims) ?? 0);
    const count = elementCount(shape);
    const needs = `output '${name}' is ${info.dtype}[${shape.join(', ')}] and needs a ${ARRAY_OF[info.dtype]} of ${count} element(s)`;
    const kind = typedArrayTag(value);
    if (kind !== ARRAY_OF[info.dtype]) {
      diagnostics.push(diagnostic('PIT6022', `into.${name} is ${kind ? `a ${kind}` : describeValue(value)}; ${needs}`));
      continue;
    }
    const data = value as TensorData;
    if (data.length !== count) {
      diagnostics.push(diagnostic('PIT6022', `into.${name} holds ${data.length} element(s); ${needs} (pass exactly that many, e.g. array.subarray(0, ${count}))`));
      continue;
    }
    const shared = [...buffers].find(([, b]) => overlaps(b.data, data));
    if (shared) {
      diagnostics.push(diagnostic('PIT6022', `into.${name} and into.${shared[0]} share memory: each output needs an array of its own`));
      continue;
    }
    buffers.set(name, { data, count });
  }
  return { buffers, diagnostics };
}

/** The diagnostic for a buffer whose memory shrank (a resizable buffer) after the run was called. */
export function resizedBuffer(name: string, buffer: OutputBuffer): Diagnostic | undefined {
  if (buffer.data.length === buffer.count) return undefined;
  return diagnostic('PIT6022', `into.${name} was resized to ${buffer.data.length} element(s) after run() was called; output '${name}' has ${buffer.count}`);
}

function overlaps(a: TensorData, b: TensorData): boolean {
  if (sameMemory(a, b)) return a.byteLength > 0;
  if (a.buffer !== b.buffer) return false;
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}
