/**
 * Timing whole calls as a caller pays them: the wall time of `program.run()` (inputs in, outputs
 * out, every op) and of onnxruntime's `session.run()`, after warm-up, with the first and last
 * outputs kept so the benchmark can check them.
 */
import type { OpRunRecord } from '../../../codegen/target.js';
import type { HostTensor } from '../../../ir/tensor.js';
import type { PitProgram } from '../../api/program.js';
import { median } from '../../runtime/stats.js';
import type { Sampling } from './layer-case.js';

export interface Sampled {
  /** Wall ms of each timed call. */
  readonly times: readonly number[];
  /** The output of the first call (a warm-up) and of the last timed call: both are checked. */
  readonly outputs: readonly HostTensor[];
}

/**
 * `sampling.warmup` untimed calls, then timed ones until `sampling.runs` or, after at least one,
 * until the timed calls have taken `budgetMs`. `between` runs untimed before each timed call.
 */
export async function sample(call: () => Promise<HostTensor>, sampling: Sampling, between?: () => Promise<void>): Promise<Sampled> {
  const outputs: HostTensor[] = [];
  for (let i = 0; i < sampling.warmup; i++) {
    const out = await call();
    if (i === 0) outputs.push(copyOf(out)); // a copy: outputs may be views valid until the next call
  }
  const times: number[] = [];
  let last: HostTensor | undefined;
  for (let i = 0; i < sampling.runs; i++) {
    if (between) await between();
    const start = performance.now();
    last = await call();
    times.push(performance.now() - start);
    if (times.reduce((s, t) => s + t, 0) > sampling.budgetMs) break;
  }
  if (last) outputs.push(last);
  return { times, outputs };
}

/** pitc's timed `run()` calls, plus per-op times from an `execute()` before each (when `withOps`). */
export interface PitcSampled extends Sampled {
  /** Per execute(): the sum of every op's kernel and index ms. */
  readonly kernelIndex: readonly number[];
  /** Per op: kernel and index ms of each execute(). */
  readonly ops: ReadonlyMap<string, { readonly kernel: number[]; readonly index: number[] }>;
  /** The op records of the last execute() (rule, density, path). */
  readonly lastOps: readonly OpRunRecord[];
}

export async function samplePitc(
  program: PitProgram,
  data: Readonly<Record<string, HostTensor>>,
  dims: Readonly<Record<string, number>>,
  output: string,
  sampling: Sampling,
  withOps: boolean,
): Promise<PitcSampled> {
  const kernelIndex: number[] = [];
  const ops = new Map<string, { kernel: number[]; index: number[] }>();
  let lastOps: readonly OpRunRecord[] = [];
  const between = async (): Promise<void> => {
    const report = await program.execute(data, { dims });
    kernelIndex.push(report.timings.kernelMs + report.timings.indexMs);
    for (const op of report.ops) {
      const entry = ops.get(op.name) ?? { kernel: [], index: [] };
      entry.kernel.push(op.kernelMs);
      entry.index.push(op.indexMs ?? 0);
      ops.set(op.name, entry);
    }
    lastOps = report.ops;
  };
  const run = async (): Promise<HostTensor> => {
    const out = (await program.run(data, { dims }))[output];
    if (!out) throw new Error(`the program has no output '${output}'`);
    return out;
  };
  const sampled = await sample(run, sampling, withOps ? between : undefined);
  return { ...sampled, kernelIndex, ops, lastOps };
}

/** One line per op: median kernel (+ index) ms and how it ran, e.g. "s 33.1+0.4 pit 32x32 13%". */
export function describeOps(s: PitcSampled): string {
  return s.lastOps
    .map((op) => {
      const times = s.ops.get(op.name);
      const kernel = times ? median(times.kernel) : op.kernelMs;
      const index = times ? median(times.index) : (op.indexMs ?? 0);
      return `${op.name} ${kernel.toFixed(1)}${index > 0 ? `+${index.toFixed(1)}` : ''} ${howItRan(op)}`;
    })
    .join(' | ');
}

function howItRan(op: OpRunRecord): string {
  const d = op.detail ?? {};
  if (d['mode'] === 'pit') {
    const tile = Array.isArray(d['microTile']) ? ` ${(d['microTile'] as number[]).join('x')}` : '';
    const density = typeof d['density'] === 'number' ? ` ${((d['density'] as number) * 100).toFixed(1)}%` : '';
    return `pit${tile}${density}`;
  }
  return [d['path'], d['mode']].filter((x) => typeof x === 'string').join('/') || 'ran';
}

function copyOf(t: HostTensor): HostTensor {
  return { dtype: t.dtype, shape: [...t.shape], data: t.data.slice() };
}
