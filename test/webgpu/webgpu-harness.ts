import { guardsOf } from '../../src/api/compile.js';
import type { ExecutionResult, LoweredProgram, RuntimeServices } from '../../codegen/target.js';
import { createWebgpuExecutor } from '../../codegen/webgpu/executor.js';
import type { CompileWebgpuOptions } from '../../codegen/webgpu/compile-program.js';
import {
  openFirstSession,
  unavailableMessage,
  type GpuSession,
} from '../../codegen/webgpu/session.js';
import { DEFAULT_HOSTS } from '../../codegen/webgpu/target.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { analyse, type AnalysisOptions } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compareTensors } from '../helpers/compare.js';

/**
 * Shared steps of the webgpu tests: one device session per test file (Dawn, else headless
 * Chromium: starting a browser costs a second, so every case of a file runs in one page),
 * programs lowered as the API lowers them, and the comparison with the reference.
 */

let opened: Promise<{ session?: GpuSession; why?: string }> | undefined;

/** The file's session, or why there is none (tests then skip, saying so). */
export function sharedSession(): Promise<{ session?: GpuSession; why?: string }> {
  opened ??= openFirstSession(DEFAULT_HOSTS).then(({ session, failures }) =>
    session ? { session } : { why: unavailableMessage(failures) },
  );
  return opened;
}

export async function closeSharedSession(): Promise<void> {
  const s = await opened;
  opened = undefined;
  await s?.session?.close();
}

/** A session an executor may dispose without closing the shared one. */
function borrowed(s: GpuSession): GpuSession {
  return {
    host: s.host,
    limits: s.limits,
    ...(s.timesPasses !== undefined ? { timesPasses: s.timesPasses } : {}),
    submit: (b) => s.submit(b),
    close: async () => {},
  };
}

export function lower(graph: Graph, name = 'test', options: AnalysisOptions = {}): LoweredProgram {
  const analysis = analyse(graph, options);
  return { name, graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

export async function runOnWebgpu(
  session: GpuSession,
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  options: {
    denseCrossover?: number;
    compile?: CompileWebgpuOptions;
    services?: RuntimeServices;
  } = {},
): Promise<ExecutionResult> {
  const executor = createWebgpuExecutor(
    program,
    options.services ?? createIndexService(),
    borrowed(session),
    {
      denseCrossover: options.denseCrossover ?? 1,
      ...(options.compile ? { compile: options.compile } : {}),
    },
  );
  try {
    return await executor.run(inputs, dims);
  } finally {
    await executor.dispose();
  }
}

/**
 * f32 tolerance against the float64 reference: a value may be off by a few f32 roundings of the
 * largest magnitude in its tensor. NaN passes only where the reference has NaN; infinities must
 * match exactly; i32 and bool exactly.
 */
export function mismatchAgainstRef(
  graph: Graph,
  result: ExecutionResult,
  ref: ReadonlyMap<string, HostTensor>,
  rtol = 2e-4,
): string | undefined {
  for (const op of graph.ops) {
    const name = op.expr.output;
    const want = ref.get(name) as HostTensor;
    const got = result.values.get(name);
    if (!got) return `'${name}' was not produced`;
    let magnitude = 0;
    for (const v of want.data) if (Number.isFinite(v)) magnitude = Math.max(magnitude, Math.abs(v));
    const m = compareTensors(got, want, { rtol, atol: rtol * Math.max(1, magnitude) });
    if (m) return `'${name}': ${m.message}`;
  }
  return undefined;
}
