/**
 * Timing whole calls as a caller pays them: the wall time of `program.run()` (inputs in, outputs
 * out, every op) and of onnxruntime's `session.run()`, after warm-up. The variants of a row run in
 * turn, one timed call each per round, so that the load of a shared machine falls on all of them
 * alike and their ratios stay meaningful. After every call the machine is left idle for
 * SETTLE_MS: onnxruntime's pool threads spin for a while after a run, and on 2 cores whatever ran
 * next paid for it (pitc's attention run() 26 ms right after an onnxruntime run, 19 ms alone or
 * 50 ms later). First and last outputs are kept for the checks.
 */
import type { OpRunRecord } from '../../../codegen/target.js';
import type { HostTensor } from '../../../ir/tensor.js';
import type { PitProgram } from '../../api/program.js';
import { median } from '../../runtime/stats.js';
import type { Sampling } from './layer-case.js';

/** Idle time after each call, untimed, so that no variant's leftover threads load the next one. */
export const SETTLE_MS = 50;

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

export interface Variant {
  /** One call, returning the output that is checked. */
  call(): Promise<HostTensor>;
  /**
   * Untimed work before each timed call (pitc: an execute() for its per-op times); during the
   * warm-up with `record` false (warmed, not counted).
   */
  between?(record: boolean): Promise<void>;
}

export interface Sampled {
  /** Wall ms of each timed call. */
  readonly times: readonly number[];
  /** The output of the first call (a warm-up) and of the last timed call: both are checked. */
  readonly outputs: readonly HostTensor[];
}

/**
 * `sampling.warmup` untimed calls of each variant (each after its `between`, unrecorded), then
 * rounds of one timed call per variant, until
 * `sampling.runs` rounds or, after the first, until the timed calls have taken `budgetMs` in all.
 */
export async function sampleInTurn(variants: readonly Variant[], sampling: Sampling): Promise<Sampled[]> {
  const first: HostTensor[] = [];
  for (const v of variants) {
    for (let i = 0; i < sampling.warmup; i++) {
      // the per-op execute() is warmed as the timed call is (its first call faults in its outputs)
      if (v.between) {
        await v.between(false);
        await settle();
      }
      const out = await v.call();
      if (i === 0) first.push(copyOf(out)); // a copy: outputs may be views valid until the next call
      await settle();
    }
  }
  const times = variants.map((): number[] => []);
  const last: (HostTensor | undefined)[] = variants.map(() => undefined);
  let spent = 0;
  for (let round = 0; round < sampling.runs && (round === 0 || spent <= sampling.budgetMs); round++) {
    for (const [n, v] of variants.entries()) {
      if (v.between) {
        await v.between(true);
        await settle();
      }
      const start = performance.now();
      last[n] = await v.call();
      const ms = performance.now() - start;
      times[n]?.push(ms);
      spent += ms;
      await settle();
    }
  }
  return variants.map((_, n) => ({
    times: times[n] ?? [],
    outputs: [...(sampling.warmup > 0 ? [first[n] as HostTensor] : []), ...(last[n] ? [last[n]] : [])],
  }));
}

/** Per-op times that pitc's execute() reported before each timed run(). */
export interface OpTimes {
  /** Per execute(): the sum of every op's kernel and index ms. */
  readonly kernelIndex: number[];
  /** Per op: kernel and index ms of each execute(). */
  readonly ops: Map<string, { readonly kernel: number[]; readonly index: number[] }>;
  /** The op records of the last execute() (rule, density, path). */
  lastOps: readonly OpRunRecord[];
}

/** A pitc program as a variant: timed `run()` calls, with an untimed `execute()` before each when `withOps`. */
export function pitcVariant(
  program: PitProgram,
  data: Readonly<Record<string, HostTensor>>,
  dims: Readonly<Record<string, number>>,
  output: string,
  withOps: boolean,
): Variant & { readonly opTimes: OpTimes } {
  const opTimes: OpTimes = { kernelIndex: [], ops: new Map(), lastOps: [] };
  const between = async (record: boolean): Promise<void> => {
    const report = await program.execute(data, { dims });
    if (!record) return;
    opTimes.kernelIndex.push(report.timings.kernelMs + report.timings.indexMs);
    for (const op of report.ops) {
      const entry = opTimes.ops.get(op.name) ?? { kernel: [], index: [] };
      entry.kernel.push(op.kernelMs);
      entry.index.push(op.indexMs ?? 0);
      opTimes.ops.set(op.name, entry);
    }
    opTimes.lastOps = report.ops;
  };
  return {
    opTimes,
    async call() {
      const out = (await program.run(data, { dims }))[output];
      if (!out) throw new Error(`the program has no output '${output}'`);
      return out;
    },
    ...(withOps ? { between } : {}),
  };
}

/** The median kernel ms of one op, if it ran. */
export function opKernelMedian(t: OpTimes, op: string): number | undefined {
  const times = t.ops.get(op);
  return times && times.kernel.length > 0 ? median(times.kernel) : undefined;
}

/** Per op: median kernel (+ index) ms and how it ran, e.g. "s 33.1+0.4 pit 32x1 11.8%". */
export function describeOps(t: OpTimes): string {
  return t.lastOps
    .map((op) => {
      const times = t.ops.get(op.name);
      const kernel = times ? median(times.kernel) : op.kernelMs;
      const index = times ? median(times.index) : (op.indexMs ?? 0);
      return `${op.name} ${kernel.toFixed(1)}${index > 0 ? `+${index.toFixed(1)}` : ''} ${howItRan(op)}${inChain(op)}`;
    })
    .join(' | ');
}

/** A loop chain's ops ran in one dispatch, timed in its first op (docs/wasm.md, "Loop chains"). */
function inChain(op: OpRunRecord): string {
  const chain = op.detail?.['chain'] as { ops?: string[]; timedIn?: string; strips?: { rows: number } } | undefined;
  if (!chain?.ops || chain.timedIn === undefined) return '';
  const strips = chain.strips ? `, strips of ${chain.strips.rows} rows` : '';
  return chain.timedIn === op.name ? ` (loop chain ${chain.ops.join(', ')}${strips})` : ' (in the chain)';
}

function howItRan(op: OpRunRecord): string {
  const d = op.detail ?? {};
  if (op.form === 'pit') {
    const tile = Array.isArray(d['microTile']) ? ` ${(d['microTile'] as number[]).join('x')}` : '';
    const density = typeof d['density'] === 'number' ? ` ${((d['density'] as number) * 100).toFixed(1)}%` : '';
    return `pit${tile}${density}`;
  }
  return [d['path'], d['mode']].filter((x) => typeof x === 'string').join('/') || 'ran';
}

function copyOf(t: HostTensor): HostTensor {
  return { dtype: t.dtype, shape: [...t.shape], data: t.data.slice() };
}
