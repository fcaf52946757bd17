/**
 * The analytic cost model of the wasm GEMM path: a prior that orders and prunes candidates before
 * any is timed (Triton's perf_model, tinygrad's op-count cut), never a substitute for timing.
 * Terms: multiply-adds actually done (dense, or dense × the index density at the candidate's
 * micro-tile: the coverage waste at the observed granularity), bytes moved, the index build pass,
 * the packing overhead of thin micro-tiles, threads, and a mild pull towards the default blocking.
 * Constants are round numbers from `npm run bench` on a 2-core EPYC (docs/benchmarks.md).
 */

/** A contraction seen as a batched GEMM (sizes are products of axis extents). */
export interface GemmSize {
  readonly loop: number;
  readonly m: number;
  readonly n: number;
  readonly k: number;
}

export type PlanCost =
  | { readonly kind: 'dense' }
  | {
      readonly kind: 'pit';
      /** Index density at the candidate's micro-tile (share of micro-tiles computed). */
      readonly density: number;
      /** Elements of the tensor the index is built from (one pass over it). */
      readonly indexElements: number;
      /** `reduce`: rows per micro-tile share one gathered k (B rows packed per strip); `spatial`: k depth per micro-tile. */
      readonly role: 'reduce' | 'spatial';
      /** Extent of the micro-tile across the gathered axis (rows, or k depth). */
      readonly span: number;
    };

export interface CostInput {
  readonly gemm: GemmSize;
  readonly plan: PlanCost;
  readonly blocking: { readonly kc: number; readonly mc: number; readonly nc: number };
  readonly threads: number;
}

export const WASM_COST = {
  /** Multiply-adds per ms on one thread (about 30 GFLOP/s with relaxed SIMD). */
  macsPerMs: 15e6,
  /** What each extra thread adds. */
  parallelEfficiency: 0.85,
  /** Work below which the runtime keeps a GEMM on one thread (codegen/wasm/gemm-run.ts). */
  minParallelMacs: 1 << 22,
  /** Bytes per ms streamed from memory. */
  bytesPerMs: 8e6,
  /** The index build, per element read. */
  indexMsPerElement: 0.6e-6,
  /** Register block of the micro-kernel (rows). */
  mr: 4,
  defaults: { kc: 256, mc: 64, nc: 512 },
} as const;

export function predictWasmMs(input: CostInput): number {
  const { gemm, plan, blocking } = input;
  const macs = gemm.loop * gemm.m * gemm.n * gemm.k;
  const threads = macs >= WASM_COST.minParallelMacs ? 1 + WASM_COST.parallelEfficiency * (Math.max(1, input.threads) - 1) : 1;
  const rate = WASM_COST.macsPerMs * threads;
  const bytes = 4 * gemm.loop * (gemm.m * gemm.k + gemm.k * gemm.n + gemm.m * gemm.n);
  const away = (x: number, d: number): number => Math.abs(Math.log2(x / d));
  const blockPenalty = 1 + 0.03 * (away(blocking.kc, WASM_COST.defaults.kc) + away(blocking.mc, WASM_COST.defaults.mc) + away(blocking.nc, WASM_COST.defaults.nc));
  if (plan.kind === 'dense') return ((macs / rate) * blockPenalty + bytes / WASM_COST.bytesPerMs);
  const span = Math.max(1, plan.span);
  // thin micro-tiles: B rows are packed once per strip (reduce), or tasks are short in k (spatial)
  const shape = plan.role === 'reduce' ? Math.max(1, WASM_COST.mr / span) + 2 / span : 1 + 16 / span;
  const index = plan.indexElements * WASM_COST.indexMsPerElement;
  return index + ((macs * plan.density) / rate) * shape * blockPenalty + (bytes * Math.min(1, plan.density * 2)) / WASM_COST.bytesPerMs;
}
