/**
 * Correctness gating: before a candidate is timed it runs on a small seeded input and its outputs
 * are compared with the reference interpreter's. A candidate that fails is recorded with the reason
 * and never timed. The reference runs once per tuning session; only candidates run per check.
 */
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { evaluateGraph, opExtents } from '../../codegen/ref/evaluate.js';
import { compareTensors } from '../runtime/compare.js';
import { applyDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { dataSignature } from './signature.js';

/** Symbolic dims are cut to at most this in the check (odd, so edge tiles are exercised)... */
export const CHECK_DIM = 69;
/** ...unless the whole program is this small (multiply-adds), when it is checked at full size. */
export const CHECK_FULL_MACS = 1 << 24;

export interface CheckData {
  readonly dims: ReadonlyMap<string, number>;
  readonly inputs: ReadonlyMap<string, HostTensor>;
  readonly expected: ReadonlyMap<string, HostTensor>;
}

export function makeCheckData(graph: Graph, dims: ReadonlyMap<string, number>, inputs: ReadonlyMap<string, HostTensor>, seed: number): CheckData {
  const small = programMacs(graph, dims) <= CHECK_FULL_MACS ? undefined : smallDims(graph, dims);
  const checkDims = small ?? dims;
  const checkInputs = small ? seededInputs(graph, small, inputs, seed) : new Map(inputs);
  const all = evaluateGraph(graph, checkInputs, checkDims);
  return { dims: checkDims, inputs: checkInputs, expected: new Map(graph.outputs.map((o) => [o, all.get(o) as HostTensor])) };
}

/** Why the outputs disagree with the reference, or undefined when they agree. */
export function compareOutputs(actual: ReadonlyMap<string, HostTensor>, expected: ReadonlyMap<string, HostTensor>): string | undefined {
  for (const [name, want] of expected) {
    const given = actual.get(name);
    if (!given) return `no output '${name}'`;
    // an ONNX model's program returns an output in the model's grouping of its dims (same elements)
    const regrouped = given.shape.join() !== want.shape.join() && given.data.length === want.data.length;
    const got = regrouped ? { ...given, shape: want.shape } : given;
    const c = compareTensors(got, want);
    if (!c.ok) return `output '${name}' differs from the reference: ${c.reason ?? 'mismatch'}`;
  }
  return undefined;
}

function programMacs(graph: Graph, dims: ReadonlyMap<string, number>): number {
  return graph.ops.reduce((s, op) => s + [...opExtents(op.expr, dims).values()].reduce((p, n) => p * n, 1), 0);
}

/** Every dim cut to CHECK_DIM, if all extents stay positive; otherwise undefined (check at full size). */
function smallDims(graph: Graph, dims: ReadonlyMap<string, number>): Map<string, number> | undefined {
  const small = new Map([...dims].map(([k, v]) => [k, Math.min(v, CHECK_DIM)]));
  try {
    for (const op of graph.ops) opExtents(op.expr, small);
  } catch {
    return undefined;
  }
  const shapesOk = graph.tensors.every((t) => t.shape.every((d) => (evalDim(d, small) ?? 0) >= 1));
  return shapesOk ? small : undefined;
}

/** Seeded values at the small dims; dynamic inputs zeroed in 8-wide blocks at about their tuning density. */
function seededInputs(graph: Graph, dims: ReadonlyMap<string, number>, full: ReadonlyMap<string, HostTensor>, seed: number): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const shape = t.shape.map((d) => evalDim(d, dims) ?? 1);
    let value = randomTensor(t.dtype, shape, seed, `check:${t.name}`);
    if (t.dynamic && t.dtype === 'f32') {
      const given = full.get(t.name);
      const density = Math.min(0.6, Math.max(0.15, given ? dataSignature(given).density : 0.3));
      value = applyDensity(value, density, shape.map((n) => Math.min(8, n)), seed, `check:${t.name}:density`);
    }
    out.set(t.name, value);
  }
  return out;
}
