import { applyDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { median } from '../runtime/stats.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import type { PitProgram } from '../api/program.js';
import { compileOrThrow } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

/**
 * The output-sparse contraction of masked attention (an SDDMM): the scores of samples/attention.pit,
 * `s = where(keep, 0.125·q·kᵀ, -inf)`, H = 12, d = 64. Only the GEMM part is timed (`gemmMs` of
 * the op's record: task lists, packing, micro-kernels; not C's initialisation nor the epilogue),
 * so the rate on the computed tiles compares with the dense GEMM's rate on all of them, both
 * measured in the same rounds.
 */
const PROGRAM = `dim H = 12, S = 1024
input q : f32[H, S, 64]
input k : f32[H, S, 64]
input mask : bool[S, S] @dynamic
keep[i, j] = max(mask[i, j] != 0, i == j)
s[h, i, j] = where(keep[i, j], 0.125 * sum[d] q[h, i, d] * k[h, j, d], -inf)
output s
`;

const H = 12;
const D = 64;

/** The masks: 32×32 blocks (runs of 32 consecutive keys per 32-row strip) and scattered 32×1 tiles (no runs). */
const MASKS: readonly { readonly name: string; readonly tile: readonly [number, number]; readonly density: number }[] = [
  { name: '32×32 blocks 10 % + diagonal', tile: [32, 32], density: 0.1 },
  { name: '32×1 tiles 10 % + diagonal', tile: [32, 1], density: 0.1 },
];

export const sddmmBenchmark: Benchmark = {
  name: 'sddmm',
  title: 'Output-sparse q·kᵀ (masked attention scores, H = 12, d = 64): GEMM rate on the computed tiles vs dense',
  columns: [
    { key: 'threads', header: 'threads' },
    { key: 'S', header: 'S' },
    { key: 'mask', header: 'mask' },
    { key: 'density', header: 'tiles computed', digits: 3 },
    { key: 'denseGemmMs', header: 'dense GEMM ms', digits: 2 },
    { key: 'denseGflops', header: 'dense GFLOP/s', digits: 1 },
    { key: 'pitGemmMs', header: 'PIT GEMM ms', digits: 2 },
    { key: 'pitGflops', header: 'PIT GFLOP/s (computed tiles)', digits: 1 },
    { key: 'ratio', header: 'PIT / dense rate', digits: 2 },
    { key: 'pitOpMs', header: 'PIT op ms (all)', digits: 1 },
    { key: 'path', header: 'driver' },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const S = ctx.quick ? 256 : 1024;
    const runs = ctx.quick ? 3 : 9;
    const q = randomTensor('f32', [H, S, D], 1, 'q');
    const k = randomTensor('f32', [H, S, D], 2, 'k');
    const ones = makeTensor('bool', [S, S], new Uint8Array(S * S).fill(1));
    const records: BenchRecord[] = [];
    for (const threads of [1, 2]) {
      const dense = await compileOrThrow(PROGRAM, { file: 'sddmm.pit', target: 'wasm', dense: true, threads });
      // 32×1 micro-tiles of keep, as in samples/attention.pit (where p·v shares the index): strips of
      // 32 query rows, the kept keys listed one by one
      const pit = await compileOrThrow(PROGRAM, { file: 'sddmm.pit', target: 'wasm', threads, microTiles: { keep: [32, 1] } });
      for (const m of MASKS) {
        const mask = applyDensity(ones, m.density, m.tile, 4, `mask:${S}:${m.tile.join('x')}`);
        const inputs = { q, k, mask };
        const [d, p] = (await inTurn([dense, pit], inputs, { S }, runs)) as [GemmTiming, GemmTiming];
        const detail = p.detail;
        const listed = Number(detail['microTilesListed'] ?? NaN);
        const tiles = Number(detail['microTilesListed'] ?? 0) + Number(detail['microTilesSkipped'] ?? 0);
        const rows = (detail['microTile'] as number[] | undefined)?.[0] ?? 32;
        const denseFlops = 2 * H * S * S * D;
        const pitFlops = 2 * H * listed * rows * D;
        const denseGflops = denseFlops / d.gemmMs / 1e6;
        const pitGflops = pitFlops / p.gemmMs / 1e6;
        records.push({
          threads,
          S,
          mask: m.name,
          density: listed / tiles,
          denseGemmMs: d.gemmMs,
          denseGflops,
          pitGemmMs: p.gemmMs,
          pitGflops,
          ratio: pitGflops / denseGflops,
          pitOpMs: p.kernelMs,
          path: String(detail['gemm'] ?? ''),
        });
        ctx.log(`sddmm S=${S} ${m.name}, ${threads} thread(s): dense ${d.gemmMs.toFixed(2)} ms (${denseGflops.toFixed(1)} GFLOP/s), PIT ${p.gemmMs.toFixed(2)} ms (${pitGflops.toFixed(1)} GFLOP/s on computed tiles), ratio ${(pitGflops / denseGflops).toFixed(2)}`);
      }
      await dense.dispose();
      await pit.dispose();
    }
    return records;
  },
};

interface GemmTiming {
  readonly gemmMs: number;
  readonly kernelMs: number;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** One warm-up each, then rounds of one execute() per program; medians of the op's GEMM and kernel ms. */
async function inTurn(programs: readonly PitProgram[], inputs: Readonly<Record<string, HostTensor>>, dims: Readonly<Record<string, number>>, runs: number): Promise<GemmTiming[]> {
  for (const p of programs) await p.execute(inputs, { dims });
  const gemm = programs.map((): number[] => []);
  const kernel = programs.map((): number[] => []);
  const details = programs.map((): Readonly<Record<string, unknown>> => ({}));
  for (let r = 0; r < runs; r++) {
    for (const [n, p] of programs.entries()) {
      const report = await p.execute(inputs, { dims });
      const op = report.ops.find((o) => o.name === 's');
      if (!op) throw new Error("no record for op 's'");
      gemm[n]?.push(Number(op.detail?.['gemmMs'] ?? NaN));
      kernel[n]?.push(op.kernelMs);
      details[n] = op.detail ?? {};
    }
  }
  return programs.map((_, n) => ({ gemmMs: median(gemm[n] ?? []), kernelMs: median(kernel[n] ?? []), detail: details[n] ?? {} }));
}
