import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { Contraction } from '../lower/contraction.js';
import type { PointwiseKernels } from './pointwise-kernels.js';
import type { GemmPitOutput, PointwisePit, StageGroupProgram } from './stage-group-compile.js';

/**
 * How the runtime drives one op of a compiled module: point by point (SIMD stages, or the exact
 * float64 scalar kernel), or as a GEMM with an optional point-by-point epilogue. `why` says why
 * a point-by-point op is not a GEMM.
 */
export type OpProgram =
  | {
      readonly kind: 'pointwise';
      /** Why its PIT form does not hold at these dims (it runs densely): kernel is then the dense one. */
      readonly denseWhy?: string;
      readonly op: string;
      readonly kernel: KernelIR;
      /** Its PIT form as the loop IR states it (strips, gather, scope, SWrite), when it has one at these dims. */
      readonly pitLoops?: PitLoops;
      readonly why: string;
      readonly kernels: PointwiseKernels;
      /** Its PIT form: the stage group over the listed micro-tiles (absent: the PIT form is not lowered, it runs densely). */
      readonly pit?: PointwisePit;
      /** The dense stage group it belongs to (fused with its neighbours). */
      readonly denseGroup?: StageGroupProgram;
    }
  | {
      readonly kind: 'gemm';
      readonly denseWhy?: string;
      readonly op: string;
      readonly fn: string;
      readonly kernel: KernelIR;
      /** Its PIT form as the loop IR states it, when it has one at these dims. */
      readonly pitLoops?: PitLoops;
      readonly contraction: Contraction;
      /** Where the GEMM accumulates (the output, or a float32 scratch shaped like it). */
      readonly cAddress: number;
      readonly cBytes: number;
      /** Kernels applying the rest of the op to the GEMM result, when there is one. */
      readonly epilogue?: PointwiseKernels;
      /**
       * The epilogue applied in the GEMM's final stores (gemm-epilogue.ts; every driver can, and
       * the runtime does when each cell is one task's whole sum), or why it is a separate pass.
       */
      readonly fusion?: { readonly inStores: true } | { readonly why: string };
      /**
       * The point-by-point op whose values the fused stores write instead of the GEMM's own
       * (gemm-consumer.ts): when the runtime fuses the epilogue, that op does not run.
       */
      readonly consumer?: string;
      /** B can be read in place (one plain factor): task lists may hold its row offsets. */
      readonly directB: boolean;
      /** B is one factor contiguous along k: the module has the NT driver `${fn}_nt` (gemm-nt-emit.ts). */
      readonly ntDriver: boolean;
      /** A is the PIT index's source read tile by tile: the index build's payload is its packed A. */
      readonly aPayload?: string;
      /** B's loop and k offset tables (element offsets), to build row-offset lists. */
      readonly tables: { readonly bLoop: Int32Array; readonly bK: Int32Array };
      /** C's offset tables (element offsets from cAddress) by loop, row and column index. */
      readonly cTables: {
        readonly loop: Int32Array;
        readonly row: Int32Array;
        readonly col: Int32Array;
      };
      readonly extents: ReadonlyMap<string, number>;
      readonly sizes: {
        readonly loop: number;
        readonly m: number;
        readonly n: number;
        readonly k: number;
      };
      /** An output-sparse GEMM run over its listed tiles only (C zeroed and the epilogue run there). */
      readonly pitOutput?: GemmPitOutput;
    };
