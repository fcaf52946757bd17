import { compile, type CompileOptions } from '../api/compile.js';
import type { PitProgram } from '../api/program.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { OpRunRecord } from '../../codegen/target.js';
import { median } from '../runtime/stats.js';

/** Median and spread of one op's phases over repeated runs of a compiled program. */
export interface OpTiming {
  readonly kernelMs: number;
  readonly kernelMinMs: number;
  readonly kernelMaxMs: number;
  readonly indexMs: number;
  readonly totalMs: number;
  /**
   * The median of the GPU's own time in the op's shader where the target records one (webgpu on
   * an adapter with timestamp queries: `detail.gpuMs`), else undefined.
   */
  readonly gpuMs?: number;
  readonly last: OpRunRecord;
}

export async function compileOrThrow(text: string, options: CompileOptions): Promise<PitProgram> {
  const r = await compile(text, options);
  if (!r.program) throw new Error(`benchmark program does not compile:\n${r.formatted}`);
  return r.program;
}

/** Runs `runs` times after `warmup` runs and reports the named op's medians. */
export async function timeOp(
  program: PitProgram,
  op: string,
  inputs: Readonly<Record<string, HostTensor>>,
  dims: Readonly<Record<string, number>>,
  warmup: number,
  runs: number,
): Promise<OpTiming> {
  for (let i = 0; i < warmup; i++) await program.execute(inputs, { dims });
  const kernel: number[] = [];
  const index: number[] = [];
  const total: number[] = [];
  const gpu: number[] = [];
  let last: OpRunRecord | undefined;
  for (let i = 0; i < runs; i++) {
    const report = await program.execute(inputs, { dims });
    const record = report.ops.find((o) => o.name === op);
    if (!record) throw new Error(`no record for op '${op}'`);
    kernel.push(record.kernelMs);
    index.push(record.indexMs ?? 0);
    total.push(report.timings.totalMs);
    const g = record.detail?.['gpuMs'];
    if (typeof g === 'number') gpu.push(g);
    last = record;
  }
  return {
    kernelMs: median(kernel),
    kernelMinMs: Math.min(...kernel),
    kernelMaxMs: Math.max(...kernel),
    indexMs: median(index),
    totalMs: median(total),
    ...(gpu.length === runs ? { gpuMs: median(gpu) } : {}),
    last: last as OpRunRecord,
  };
}
