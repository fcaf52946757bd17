import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { findContraction } from '../../codegen/lower/contraction.js';
import { evalDim } from '../../ir/dim-expr.js';
import { printScalar } from '../../ir/expr/print.js';
import type { Graph } from '../../ir/graph/graph.js';
import { normalizeGraph } from '../../ir/graph/normalize.js';
import type { HostTensor } from '../../ir/tensor.js';
import { randomTensor } from '../../src/runtime/random.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { compareTensors, type CompareOptions } from '../helpers/compare.js';

/** The checked graph of .pit text; throws with the diagnostics when the text does not check. */
export function graphOf(text: string): Graph {
  const fe = runFrontEnd(text, 'normalize.pit');
  const errors = fe.diagnostics.filter((d) => d.severity === 'error');
  if (!fe.graph || errors.length > 0) throw new Error(`front end rejected:\n${text}\n${errors.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  return fe.graph;
}

/** Each op's body after normalization, printed canonically. */
export function normalizedBodies(text: string): Map<string, string> {
  return new Map(normalizeGraph(graphOf(text)).ops.map((op) => [op.expr.output, printScalar(op.expr.body)]));
}

/** The wasm target's kernel kind per op: 'gemm' when codegen/lower/contraction.ts recognises a contraction. */
export function kernelKinds(graph: Graph): Map<string, string> {
  const dtype = new Map(graph.tensors.map((t) => [t.name, t.dtype]));
  return new Map(
    graph.ops.map((op) => {
      const found = op.expr.dtype === 'f32' ? findContraction(op.expr, (t) => dtype.get(t) === 'f32') : { reason: 'output is not f32' };
      return [op.expr.output, 'reason' in found ? 'generic' : `gemm scale ${found.scale}${found.plain ? ' plain' : ' + epilogue'}`];
    }),
  );
}

/** Seeded values for every input and weight (src/runtime/random.ts: f32 in [-1, 1)), all dims bound. */
export function inputsFor(graph: Graph, dims: ReadonlyMap<string, number>, seed: number): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const shape = t.shape.map((d) => evalDim(d, dims) ?? 1);
    out.set(t.name, randomTensor(t.dtype, shape, seed, t.name));
  }
  return out;
}

/**
 * The reference on `written` and on `normalized` (same inputs), every tensor compared: finite
 * values within float tolerance, NaN and ±inf exactly where the written program has them.
 */
export function sameValues(written: Graph, normalized: Graph, inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, tolerance: CompareOptions = { rtol: 1e-5, atol: 1e-6 }): string | undefined {
  const want = evaluateGraph(written, inputs, dims);
  const got = evaluateGraph(normalized, inputs, dims);
  for (const op of written.ops) {
    const name = op.expr.output;
    const m = compareTensors(got.get(name) as HostTensor, want.get(name) as HostTensor, { ...tolerance, nanEqual: true });
    if (m) return `'${name}': ${m.message}`;
  }
  return undefined;
}
