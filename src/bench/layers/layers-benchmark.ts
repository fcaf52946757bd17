/**
 * `pitc bench --only layers`: whole layers end to end, as a caller pays them. Per row, in one
 * process: onnxruntime-node running the same layer as a dense ONNX graph (what a user would run
 * instead; also the oracle every other result is checked against), pitc (`run()` wall time, and
 * the kernel + index ms its `execute()` reports), pitc compiled with `dense: true`, and for the
 * matmul rows NumPy's `a @ b`. A result that disagrees with onnxruntime gets no time.
 */
import type { HostTensor } from '../../../ir/tensor.js';
import { compareTensors, type Comparison } from '../../runtime/compare.js';
import { median } from '../../runtime/stats.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../onnx/onnxruntime.js';
import { compileOrThrow } from '../program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from '../types.js';
import { attentionCases } from './attention.js';
import { ffnCases } from './ffn.js';
import { describeGoals } from './goals.js';
import type { LayerCase, RowTimes } from './layer-case.js';
import { matmulCases } from './matmul.js';
import { describeOps, sample, samplePitc, type PitcSampled } from './measure.js';
import { moeCases } from './moe.js';
import { numpyMatmul } from './numpy.js';

/** Every variant runs on two threads (onnxruntime intra-op, pitc workers, BLAS). */
export const LAYER_THREADS = 2;

export function layerCases(quick: boolean): LayerCase[] {
  return [...attentionCases(quick), ...ffnCases(quick), ...moeCases(quick), ...matmulCases(quick)];
}

export const layersBenchmark: Benchmark = {
  name: 'layers',
  title: `Whole layers end to end (${LAYER_THREADS} threads, medians): pitc run() vs onnxruntime-node dense, pitc dense and NumPy`,
  columns: [
    { key: 'layer', header: 'layer' },
    { key: 'config', header: 'config' },
    { key: 'runs', header: 'runs' },
    { key: 'pitcMs', header: 'pitc ms', digits: 1 },
    { key: 'kernelIndexMs', header: 'pitc kernels+index ms', digits: 1 },
    { key: 'denseMs', header: 'pitc dense ms', digits: 1 },
    { key: 'ortMs', header: 'onnxruntime ms', digits: 1 },
    { key: 'numpyMs', header: 'NumPy ms', digits: 1 },
    { key: 'ortVsPitc', header: 'ORT / pitc', digits: 2 },
    { key: 'denseVsPitc', header: 'dense / pitc', digits: 2 },
    { key: 'numpyVsPitc', header: 'NumPy / pitc', digits: 2 },
    { key: 'maxRelError', header: 'max error (of max abs)' },
    { key: 'check', header: 'check' },
    { key: 'goals', header: 'issue 9 goals' },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const ort = await loadOnnxRuntime();
    if (typeof ort === 'string') {
      ctx.log(`layers: skipped: ${ort}`);
      return [{ layer: 'skipped', config: ort }];
    }
    ctx.log(`layers: onnxruntime-node ${ort.version}, ${LAYER_THREADS} threads`);
    const records: BenchRecord[] = [];
    for (const c of layerCases(ctx.quick)) records.push(await runCase(c, ort, ctx));
    return records;
  },
};

/** Runs one row: every variant, every check; a variant whose result is wrong gets no time. */
export async function runCase(c: LayerCase, ort: OnnxRuntime, ctx: BenchContext): Promise<BenchRecord> {
  const data = c.data();
  const onnx = c.onnx(data);

  // onnxruntime first: the baseline, and the oracle for everything else
  const session = await ort.createSession(onnx.model, { threads: LAYER_THREADS });
  const feeds = session.feeds(onnx.feeds);
  const ortRuns = await sample(async () => {
    const out = (await session.run(feeds)).get(onnx.output);
    if (!out) throw new Error(`the ONNX graph of ${c.layer} has no output '${onnx.output}'`);
    return out;
  }, c.sampling);
  await session.release();
  const expected = ortRuns.outputs[0] as HostTensor;

  const pitc = await measure(c, data, false);
  const dense = await measure(c, data, true);
  const numpy = c.numpy ? numpyMatmul(data[c.numpy.a] as HostTensor, data[c.numpy.b] as HostTensor, c.sampling, LAYER_THREADS) : undefined;

  const pitcCheck = worst(pitc.outputs.map((o) => compareTensors(o, expected)));
  const denseCheck = worst(dense.outputs.map((o) => compareTensors(o, expected)));
  const ortCheck = worst(ortRuns.outputs.map((o) => compareTensors(o, expected)));
  const numpyCheck = numpy && 'product' in numpy ? compareTensors(numpy.product, expected) : undefined;
  const problems = [
    pitcCheck.ok ? '' : `pitc WRONG: ${pitcCheck.reason}`,
    denseCheck.ok ? '' : `pitc dense WRONG: ${denseCheck.reason}`,
    ortCheck.ok ? '' : `onnxruntime not repeatable: ${ortCheck.reason}`,
    numpyCheck && !numpyCheck.ok ? `NumPy disagrees: ${numpyCheck.reason}` : '',
  ].filter((p) => p !== '');

  // a wrong result gets no time, so a fast wrong kernel can never look good
  const pitcMs = pitcCheck.ok ? median(pitc.times) : undefined;
  const kernelIndexMs = pitcCheck.ok ? median(pitc.kernelIndex) : undefined;
  const denseMs = denseCheck.ok ? median(dense.times) : undefined;
  const ortMs = ortCheck.ok ? median(ortRuns.times) : undefined;
  const numpyMs = numpy && 'times' in numpy && numpyCheck?.ok ? median(numpy.times) : undefined;
  const times: RowTimes | undefined =
    pitcMs !== undefined && kernelIndexMs !== undefined
      ? {
          pitcMs,
          kernelIndexMs,
          ...(denseMs !== undefined ? { denseMs } : {}),
          ...(ortMs !== undefined ? { ortMs } : {}),
          ...(numpyMs !== undefined ? { numpyMs } : {}),
          opKernelMs: (op, program) => opMedian(program === 'pitc' ? pitc : dense, op),
          opDetail: (op, key) => pitc.lastOps.find((o) => o.name === op)?.detail?.[key],
        }
      : undefined;
  const goals = c.goals ? (times ? describeGoals(c.goals(times)) : 'not evaluated: pitc result wrong') : '';
  const ratio = (baseline: number | undefined): number | null => (baseline !== undefined && pitcMs !== undefined ? baseline / pitcMs : null);

  const record: BenchRecord = {
    layer: c.layer,
    config: c.config,
    runs: pitc.times.length,
    pitcMs: pitcMs ?? null,
    pitcMinMs: pitcCheck.ok ? Math.min(...pitc.times) : null,
    kernelIndexMs: kernelIndexMs ?? null,
    denseMs: denseMs ?? null,
    ortMs: ortMs ?? null,
    numpyMs: numpyMs ?? null,
    ortVsPitc: ratio(ortMs),
    denseVsPitc: ratio(denseMs),
    numpyVsPitc: ratio(numpyMs),
    maxAbsError: pitcCheck.maxAbsError,
    maxRelError: pitcCheck.maxScaledError.toExponential(1),
    denseMaxRelError: denseCheck.maxScaledError.toExponential(1),
    check: problems.length === 0 ? 'ok' : problems.join('; '),
    goals,
    ops: describeOps(pitc),
    denseOps: c.denseOps ? describeOps(dense) : '',
    ...(numpy ? { numpy: 'times' in numpy ? `NumPy ${numpy.version} (${numpy.blas})` : `skipped: ${numpy.skipped}` } : {}),
  };
  const ms = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
  ctx.log(
    `layers: ${c.layer} ${c.config}: pitc ${ms(pitcMs)} ms (kernels+index ${ms(kernelIndexMs)}), dense ${ms(denseMs)}, onnxruntime ${ms(ortMs)}` +
      `${c.numpy ? `, NumPy ${ms(numpyMs)}${numpy && 'skipped' in numpy ? ` (${numpy.skipped})` : ''}` : ''}; ${record.check}${goals ? `; ${goals}` : ''}\n    ops: ${record.ops}`,
  );
  return record;
}

/** Compiles the row's program (PIT or dense), samples it, and frees it (the big rows hold GBs). */
async function measure(c: LayerCase, data: Readonly<Record<string, HostTensor>>, dense: boolean): Promise<PitcSampled> {
  const program = await compileOrThrow(c.program, { file: c.file, target: 'wasm', threads: LAYER_THREADS, ...(dense ? { dense: true } : {}) });
  try {
    return await samplePitc(program, data, c.dims, c.output, c.sampling, dense ? c.denseOps === true : true);
  } finally {
    await program.dispose();
  }
}

function opMedian(s: PitcSampled, op: string): number | undefined {
  const times = s.ops.get(op);
  return times && times.kernel.length > 0 ? median(times.kernel) : undefined;
}

/** The failing comparison if any, else the one with the largest error. */
function worst(comparisons: readonly Comparison[]): Comparison {
  const failed = comparisons.find((c) => !c.ok);
  if (failed) return failed;
  return comparisons.reduce((a, b) => (b.maxScaledError > a.maxScaledError ? b : a));
}
