/**
 * The values of a program's intermediate tensors on given inputs, from one dense run: tuning and
 * record lookup need the data an op will see (its density and granularity), and for an op that
 * reads an intermediate (a ReLU output) that data exists only once the ops before it have run.
 */
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { wasmTarget } from '../../codegen/wasm/node-target.js';
import { analyse } from '../pipeline.js';
import { createIndexService } from '../runtime/index-service.js';

/** Inputs plus every intermediate, computed densely (wasm when it runs here, else the reference). */
export async function probeValues(graph: Graph, inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, threads = 1): Promise<Map<string, HostTensor>> {
  if (!detectFeatures().simd) return evaluateGraph(graph, inputs, dims);
  const all: Graph = { ...graph, outputs: graph.ops.map((o) => o.expr.output) };
  const analysis = analyse(all, { pit: false });
  const prepared = await wasmTarget.createExecutor({ name: 'probe', graph: analysis.graph, kernels: analysis.kernels, guards: [] }, createIndexService(), { threads });
  if (!prepared.value) return evaluateGraph(graph, inputs, dims);
  try {
    const result = await prepared.value.run(inputs, dims);
    return new Map([...inputs, ...result.values]);
  } finally {
    await prepared.value.dispose();
  }
}
