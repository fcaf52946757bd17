/**
 * `pitc bench --only layers`: whole layers end to end, as a caller pays them. Per row, in one
 * process: onnxruntime-node running the same layer as a dense ONNX graph (what a user would run
 * instead; also the oracle every other result is checked against), pitc (`run()` wall time, and
 * the kernel + index ms its `execute()` reports), pitc compiled with `dense: true`, and for the
 * matmul rows NumPy's `a @ b`. A result that disagrees with onnxruntime gets no time.
 */
import type { HostTensor } from '../../../ir/tensor.js';
import type { PitProgram } from '../../api/program.js';
import { compareTensors, type Comparison } from '../../runtime/compare.js';
import { median } from '../../runtime/stats.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../onnx/onnxruntime.js';
import { compileOrThrow } from '../program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from '../types.js';
import { layersPlots } from '../plots.js';
import { attentionCases } from './attention.js';
import { ffnCases } from './ffn.js';
import { describeGoals } from './goals.js';
import type { LayerCase, RowTimes } from './layer-case.js';
import { matmulCases } from './matmul.js';
import { describeOps, opKernelMedian, pitcVariant, sampleInTurn, type OpTimes, type Sampled, type Variant } from './measure.js';
import { moeCases } from './moe.js';
import { numpyMatmul, type NumpyResult } from './numpy.js';

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
    { key: 'pitcMinMs', header: 'pitc min ms', digits: 1 },
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
    const wanted = (c: LayerCase): boolean => !ctx.cases || ctx.cases.some((text) => `${c.layer}, ${c.config}`.includes(text));
    for (const c of layerCases(ctx.quick).filter(wanted)) records.push(await runCase(c, ort, ctx));
    return records;
  },
  plots: layersPlots,
};

/** Runs one row: every variant, every check; a variant whose result is wrong gets no time. */
export async function runCase(c: LayerCase, ort: OnnxRuntime, ctx: BenchContext): Promise<BenchRecord> {
  const data = c.data();
  const onnx = c.onnx(data);
  const session = await ort.createSession(onnx.model, { threads: LAYER_THREADS });
  const programs: PitProgram[] = [];
  const compileRow = async (dense: boolean): Promise<PitProgram> => {
    const program = await compileOrThrow(c.program, { file: c.file, target: 'wasm', threads: LAYER_THREADS, ...(dense ? { dense: true } : {}) });
    programs.push(program);
    return program;
  };
  let row: MeasuredRow;
  try {
    const feeds = session.feeds(onnx.feeds);
    const onnxruntime: Variant = {
      async call() {
        const out = (await session.run(feeds)).get(onnx.output);
        if (!out) throw new Error(`the ONNX graph of ${c.layer} has no output '${onnx.output}'`);
        return out;
      },
    };
    const pitc = pitcVariant(await compileRow(false), data, c.dims, c.output, true);
    const dense = pitcVariant(await compileRow(true), data, c.dims, c.output, c.denseOps === true);
    const [ortRuns, pitcRuns, denseRuns] = (await sampleInTurn([onnxruntime, pitc, dense], c.sampling)) as [Sampled, Sampled, Sampled];
    const numpy = c.numpy ? numpyMatmul(data[c.numpy.a] as HostTensor, data[c.numpy.b] as HostTensor, c.sampling, LAYER_THREADS) : undefined;
    // checked before anything is freed (outputs may be views into a program's memory); onnxruntime's
    // first output is the oracle
    const expected = ortRuns.outputs[0] as HostTensor;
    const versus = (runs: Sampled) => worst(runs.outputs.map((o) => compareTensors(o, expected)));
    row = {
      ortRuns,
      pitcRuns,
      denseRuns,
      pitc: pitc.opTimes,
      dense: dense.opTimes,
      numpy,
      pitcCheck: versus(pitcRuns),
      denseCheck: versus(denseRuns),
      ortCheck: versus(ortRuns),
      ...(numpy && 'product' in numpy ? { numpyCheck: compareTensors(numpy.product, expected) } : {}),
    };
  } finally {
    // the big rows hold GBs: free them before the next row
    await session.release();
    for (const program of programs) await program.dispose();
  }
  return report(c, row, ctx);
}

/** What one row measured and how its results compared with onnxruntime's. */
interface MeasuredRow {
  readonly ortRuns: Sampled;
  readonly pitcRuns: Sampled;
  readonly denseRuns: Sampled;
  readonly pitc: OpTimes;
  readonly dense: OpTimes;
  readonly numpy: NumpyResult | undefined;
  readonly pitcCheck: Comparison;
  readonly denseCheck: Comparison;
  readonly ortCheck: Comparison;
  readonly numpyCheck?: Comparison;
}

function report(c: LayerCase, row: MeasuredRow, ctx: BenchContext): BenchRecord {
  const { ortRuns, pitcRuns, denseRuns, pitc, dense, numpy, pitcCheck, denseCheck, ortCheck, numpyCheck } = row;
  const problems = [
    pitcCheck.ok ? '' : `pitc WRONG: ${pitcCheck.reason}`,
    denseCheck.ok ? '' : `pitc dense WRONG: ${denseCheck.reason}`,
    ortCheck.ok ? '' : `onnxruntime not repeatable: ${ortCheck.reason}`,
    numpyCheck && !numpyCheck.ok ? `NumPy disagrees: ${numpyCheck.reason}` : '',
  ].filter((p) => p !== '');

  // a wrong result gets no time, so a fast wrong kernel can never look good
  const pitcMs = pitcCheck.ok ? median(pitcRuns.times) : undefined;
  const kernelIndexMs = pitcCheck.ok ? median(pitc.kernelIndex) : undefined;
  const denseMs = denseCheck.ok ? median(denseRuns.times) : undefined;
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
          opKernelMs: (op, program) => opKernelMedian(program === 'pitc' ? pitc : dense, op),
          opDetail: (op, key) => pitc.lastOps.find((o) => o.name === op)?.detail?.[key],
        }
      : undefined;
  const goals = c.goals ? (times ? describeGoals(c.goals(times)) : 'not evaluated: pitc result wrong') : '';
  const ratio = (baseline: number | undefined): number | null => (baseline !== undefined && pitcMs !== undefined ? baseline / pitcMs : null);

  const record: BenchRecord = {
    layer: c.layer,
    config: c.config,
    runs: pitcRuns.times.length,
    pitcMs: pitcMs ?? null,
    pitcMinMs: pitcCheck.ok ? Math.min(...pitcRuns.times) : null,
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

/** The failing comparison if any, else the one with the largest error. */
function worst(comparisons: readonly Comparison[]): Comparison {
  const failed = comparisons.find((c) => !c.ok);
  if (failed) return failed;
  return comparisons.reduce((a, b) => (b.maxScaledError > a.maxScaledError ? b : a));
}
