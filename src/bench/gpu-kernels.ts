import { readFileSync } from 'node:fs';
import { probeCuda } from '../../codegen/cuda/toolchain.js';
import { openFirstSession, unavailableMessage } from '../../codegen/webgpu/session.js';
import { DEFAULT_HOSTS } from '../../codegen/webgpu/target.js';
import { applyDensity, measureDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { targetEntry, type TargetId } from '../targets/registry.js';
import { GRANULARITIES, MATMUL_SAMPLE, SPARSITIES } from './matmul-grid.js';
import { compileOrThrow, timeOp, type OpTiming } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

/**
 * `pitc bench --only gpu`: the CUDA and WebGPU targets' PIT kernels against their dense forms on
 * the matmul grid (C = A·B, A sparse at the grid's granularities and sparsities; the crossover
 * is off, so the PIT kernel itself is timed). Each target runs where its device is: CUDA needs
 * nvcc and an NVIDIA GPU (its harness times the kernels on the device); WebGPU needs an adapter,
 * Dawn's in Node or Chromium's. A software adapter (SwiftShader, llvmpipe) is a CPU rasteriser,
 * not a GPU: it is skipped unless PITC_BENCH_SOFTWARE_GPU=1. A target that cannot run gets one
 * record saying why and what it needs, and the benchmark still succeeds.
 */

type GpuTarget = Extract<TargetId, 'cuda' | 'webgpu'>;

/** What the record of a target that did not run says. */
interface Unavailable {
  readonly why: string;
}

const SOFTWARE_ADAPTER = /swiftshader|llvmpipe|lavapipe|software|microsoft basic render/i;

/** The device a target would run on, or why it cannot. */
async function deviceOf(target: GpuTarget): Promise<{ device: string } | Unavailable> {
  const needs = targetEntry(target).capabilities.needs ?? 'a GPU';
  if (target === 'cuda') {
    const probe = probeCuda();
    if (!probe.device || !probe.nvcc)
      return { why: `${probe.why}; the cuda target needs ${needs}` };
    return { device: `${probe.device.name} (sm_${probe.device.arch})` };
  }
  const { session, failures } = await openFirstSession(DEFAULT_HOSTS);
  if (!session) return { why: `${unavailableMessage(failures)}; the webgpu target needs ${needs}` };
  const host = session.host;
  await session.close();
  if (SOFTWARE_ADAPTER.test(host) && process.env['PITC_BENCH_SOFTWARE_GPU'] !== '1') {
    return {
      why: `the only WebGPU adapter is ${host}, a software rasteriser on the CPU: its times are not GPU numbers (set PITC_BENCH_SOFTWARE_GPU=1 to time it anyway); the webgpu target needs a GPU adapter (Dawn in Node, or Chromium with a GPU)`,
    };
  }
  return { device: host };
}

function skipped(target: GpuTarget, why: string): BenchRecord {
  return {
    target,
    device: 'none',
    granularity: '',
    sparsity: null,
    density: null,
    denseMs: null,
    pitMs: null,
    speedup: null,
    microTile: '',
    note: `not run: ${why}`,
  };
}

/** The kernel's time: the GPU's own where the target records it, else the op's kernelMs. */
function kernelTime(t: OpTiming): number {
  return t.gpuMs ?? t.kernelMs;
}

/**
 * What a webgpu time is: the compute pass on the GPU (timestamp queries), or, where the adapter
 * has none, the op's whole batch (upload, dispatch, read-back). CUDA's harness always times the
 * kernels with CUDA events.
 */
function timedWhat(target: GpuTarget, t: OpTiming): string {
  if (target !== 'webgpu') return '';
  return t.gpuMs !== undefined
    ? `GPU pass time (batch with transfers ${t.kernelMs.toFixed(1)} ms)`
    : 'batch time: upload, dispatch, read-back (the adapter has no timestamp-query)';
}

async function timeTarget(
  target: GpuTarget,
  device: string,
  ctx: BenchContext,
): Promise<BenchRecord[]> {
  const n = ctx.quick ? 512 : 2048;
  const [warmup, runs] = ctx.quick ? [1, 3] : [2, 10];
  const text = readFileSync(MATMUL_SAMPLE, 'utf8');
  const dims = { M: n, K: n, N: n };
  const a0 = randomTensor('f32', [n, n], 1, 'a');
  const b = randomTensor('f32', [n, n], 2, 'b');
  const records: BenchRecord[] = [];
  const dense = await compileOrThrow(text, { file: 'matmul.pit', target, dense: true });
  const d = await timeOp(dense, 'c', { a: a0, b }, dims, warmup, runs);
  await dense.dispose();
  const denseMs = kernelTime(d);
  ctx.log(`gpu: ${target} on ${device}: dense ${n}³ ${denseMs.toFixed(2)} ms`);
  records.push({
    target,
    device,
    granularity: 'dense',
    sparsity: 0,
    density: 1,
    denseMs,
    pitMs: null,
    speedup: null,
    microTile: '',
    note: timedWhat(target, d),
  });
  for (const g of GRANULARITIES) {
    // 1x1 data: 32x1 micro-tiles (a GEMM gathers whole row blocks; finer ones list more)
    const tile = g[0] === 1 && g[1] === 1 ? [32, 1] : [...g];
    const pit = await compileOrThrow(text, {
      file: 'matmul.pit',
      target,
      microTiles: { a: tile },
      denseCrossover: 1,
    });
    for (const sparsity of SPARSITIES) {
      const a = applyDensity(a0, 1 - sparsity, g, 7, `a:${g.join('x')}:${sparsity}`);
      const p = await timeOp(pit, 'c', { a, b }, dims, warmup, runs);
      const pitMs = kernelTime(p);
      const speedup = denseMs / pitMs;
      records.push({
        target,
        device,
        granularity: g.join('x'),
        sparsity,
        density: measureDensity(a, g),
        denseMs,
        pitMs,
        speedup,
        microTile: tile.join('x'),
        note: [p.indexMs > 0 ? `index ${p.indexMs.toFixed(2)} ms` : '', timedWhat(target, p)]
          .filter((x) => x !== '')
          .join('; '),
      });
      ctx.log(
        `  ${target} ${g.join('x')} @ ${sparsity}: PIT ${pitMs.toFixed(2)} ms (${speedup.toFixed(2)}x dense)`,
      );
    }
    await pit.dispose();
  }
  return records;
}

export const gpuBenchmark: Benchmark = {
  name: 'gpu',
  title: 'GPU kernels on the matmul grid: CUDA and WebGPU, PIT vs dense',
  columns: [
    { key: 'target', header: 'target' },
    { key: 'device', header: 'device' },
    { key: 'granularity', header: 'granularity' },
    { key: 'sparsity', header: 'sparsity' },
    { key: 'density', header: 'density', digits: 4 },
    { key: 'denseMs', header: 'dense ms', digits: 2 },
    { key: 'pitMs', header: 'PIT ms', digits: 2 },
    { key: 'speedup', header: 'dense / PIT', digits: 2 },
    { key: 'microTile', header: 'PIT micro-tile' },
    { key: 'note', header: 'note' },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const records: BenchRecord[] = [];
    for (const target of ['cuda', 'webgpu'] as const) {
      const where = await deviceOf(target);
      if ('why' in where) {
        ctx.log(`gpu: ${target} not run: ${where.why}`);
        records.push(skipped(target, where.why));
        continue;
      }
      records.push(...(await timeTarget(target, where.device, ctx)));
    }
    return records;
  },
};
