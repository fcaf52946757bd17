import { guardsOf } from '../../src/api/compile.js';
import { createGpujsExecutor } from '../../codegen/gpujs/executor.js';
import { createNodeHost } from '../../codegen/gpujs/gpu.js';
import type { GpujsMode, KernelHost } from '../../codegen/gpujs/host.js';
import type { CompileGpujsOptions } from '../../codegen/gpujs/compile-program.js';
import type { ExecutionResult, LoweredProgram, RuntimeServices } from '../../codegen/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { analyse, type AnalysisOptions } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compareTensors } from '../helpers/compare.js';

/** Shared steps of the gpu.js tests: lower a graph, run it on a host, compare with ref. */

export function lower(graph: Graph, name = 'test', options: AnalysisOptions = {}): LoweredProgram {
  const analysis = analyse(graph, options);
  return { name, graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

export async function runOnHost(
  program: LoweredProgram,
  host: KernelHost,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  options: { denseCrossover?: number; compile?: CompileGpujsOptions; services?: RuntimeServices } = {},
): Promise<ExecutionResult> {
  const executor = createGpujsExecutor(program, options.services ?? createIndexService(), host, {
    denseCrossover: options.denseCrossover ?? 1,
    ...(options.compile ? { compile: options.compile } : {}),
  });
  try {
    return await executor.run(inputs, dims);
  } finally {
    await executor.dispose();
  }
}

export async function runOnMode(
  program: LoweredProgram,
  mode: GpujsMode,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  options: { denseCrossover?: number; compile?: CompileGpujsOptions } = {},
): Promise<ExecutionResult> {
  return runOnHost(program, await createNodeHost(mode, { threads: 2 }), inputs, dims, options);
}

/**
 * f32 tolerance for gpu.js against the float64 reference: gpu.js backends compute in f32, so
 * a value may be off by a few f32 roundings of the largest magnitude in its tensor. NaN passes
 * only where the reference has NaN too (`nanEqual: false` forbids NaN altogether); infinities
 * must match exactly.
 */
export function mismatchAgainstRef(
  graph: Graph,
  result: ExecutionResult,
  ref: ReadonlyMap<string, HostTensor>,
  options: { readonly rtol?: number; readonly nanEqual?: boolean } = {},
): string | undefined {
  const rtol = options.rtol ?? 2e-4;
  for (const op of graph.ops) {
    const name = op.expr.output;
    const want = ref.get(name) as HostTensor;
    const got = result.values.get(name);
    if (!got) return `'${name}' was not produced`;
    let magnitude = 0;
    for (const v of want.data) if (Number.isFinite(v)) magnitude = Math.max(magnitude, Math.abs(v));
    const m = compareTensors(got, want, { rtol, atol: rtol * Math.max(1, magnitude), ...(options.nanEqual === false ? { nanEqual: false } : {}) });
    if (m) return `'${name}': ${m.message}`;
  }
  return undefined;
}
