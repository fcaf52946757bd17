import { createGpujsTarget } from '../../codegen/gpujs/target.js';
import type { Target } from '../../codegen/target.js';
import type { TargetId } from '../../src/targets/registry.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compileWithTargets, type CompileOptions } from '../../src/api/compile.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/onnxruntime.js';
import { randomTensor } from '../../src/runtime/random.js';
import { allTargets } from '../../src/targets/node.js';

/**
 * ONNX models run two ways on the same file: by onnxruntime-node (the oracle) and by pitc on
 * every runnable target (the reference interpreter, wasm, gpu.js on its cpu backend). Outputs
 * must agree within 1e-5 relative (plus 1e-5 of the largest value, for sums that cancel); NaN
 * agrees only with NaN, an infinity only with itself, integers and bools exactly.
 */

export const ONNX_TARGETS: readonly { readonly name: string; readonly options: CompileOptions }[] = [
  { name: 'ref', options: { target: 'ref' } },
  { name: 'wasm', options: { target: 'wasm', threads: 1 } },
  { name: 'gpujs (cpu)', options: { target: 'gpujs' } },
];

const TARGETS: ReadonlyMap<TargetId, Target> = new Map([...allTargets(), ['gpujs', createGpujsTarget({ mode: 'cpu' })]]);

let runtime: Promise<OnnxRuntime | string> | undefined;

export async function onnxRuntime(): Promise<OnnxRuntime> {
  runtime ??= loadOnnxRuntime();
  const rt = await runtime;
  if (typeof rt === 'string') throw new Error(rt);
  return rt;
}

/** onnxruntime's outputs for the model on these inputs. */
export async function runOnnxRuntime(model: Uint8Array, inputs: Readonly<Record<string, HostTensor>>): Promise<Map<string, HostTensor>> {
  const session = await (await onnxRuntime()).createSession(model, { threads: 1 });
  try {
    return await session.run(session.feeds(inputs));
  } finally {
    await session.release();
  }
}

/** Why two tensors disagree, or undefined (the tolerance above). */
export function onnxDifference(got: HostTensor | undefined, want: HostTensor, rtol = 1e-5): string | undefined {
  if (!got) return 'missing';
  if (got.dtype !== want.dtype) return `dtype ${got.dtype}, expected ${want.dtype}`;
  if (got.shape.join('x') !== want.shape.join('x')) return `shape [${got.shape.join(', ')}], expected [${want.shape.join(', ')}]`;
  let largest = 0;
  for (const v of want.data) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  for (let i = 0; i < want.data.length; i++) {
    const a = got.data[i] as number;
    const e = want.data[i] as number;
    if (Number.isNaN(e) || Number.isNaN(a)) {
      if (Number.isNaN(e) && Number.isNaN(a)) continue;
      return `element ${i}: ${a}, expected ${e}`;
    }
    if (!Number.isFinite(e) || !Number.isFinite(a)) {
      if (a === e) continue;
      return `element ${i}: ${a}, expected ${e}`;
    }
    const tol = want.dtype === 'f32' ? rtol * Math.abs(e) + rtol * largest : 0;
    if (Math.abs(a - e) > tol) return `element ${i}: ${a}, expected ${e} (error ${Math.abs(a - e).toExponential(2)})`;
  }
  return undefined;
}

/**
 * Compiles the model on every runnable target and compares each output with onnxruntime's.
 * Returns one line per disagreement (empty: all agree), so a test names every failing output.
 */
export async function compareWithOnnxRuntime(model: Uint8Array, inputs: Readonly<Record<string, HostTensor>>, options: CompileOptions & { rtol?: number } = {}): Promise<string[]> {
  const expected = await runOnnxRuntime(model, inputs);
  const problems: string[] = [];
  const { rtol, ...compileOptions } = options;
  for (const target of ONNX_TARGETS) {
    const compiled = await compileWithTargets(model, { file: 'model.onnx', ...target.options, ...compileOptions }, TARGETS);
    if (!compiled.program) {
      problems.push(`${target.name}: did not compile:\n${compiled.formatted}`);
      continue;
    }
    try {
      const outputs = await compiled.program.run(inputs);
      for (const [name, want] of expected) {
        const why = onnxDifference(outputs[name], want, rtol);
        if (why) problems.push(`${target.name}: output '${name}': ${why}`);
      }
    } finally {
      await compiled.program.dispose();
    }
  }
  return problems;
}

/** Seeded f32 values in [-1, 1) (scaled), i32 in a small range, bools. */
export function data(dtype: HostTensor['dtype'], shape: readonly number[], seed: number, scale = 1): HostTensor {
  const t = randomTensor(dtype, shape, seed, `onnx:${shape.join('x')}:${dtype}`);
  if (dtype !== 'f32' || scale === 1) return t;
  return { ...t, data: (t.data as Float32Array).map((v) => Math.fround(v * scale)) };
}

/** Positive f32 values in [0.1, 2) (for Log, Sqrt, Pow with a fractional exponent). */
export function positive(shape: readonly number[], seed: number): HostTensor {
  const t = randomTensor('f32', shape, seed, `onnx:positive:${shape.join('x')}`);
  return { ...t, data: (t.data as Float32Array).map((v) => Math.fround(1.05 + 0.95 * v)) };
}
