import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { AccessExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import { concreteMicroTile } from '../../ir/index-geometry.js';
import type { LoopIndex, LoopProgram, PitLoops } from '../../ir/loops/loop-ir.js';
import { elementCount } from '../../ir/tensor.js';
import { bytesPerElement } from '../../ir/dtype.js';
import type { Contraction } from '../lower/contraction.js';
import { contractionOf } from '../lower/contraction-shape.js';
import { lowerToLoops } from '../lower/to-loops.js';
import { foldAccess } from '../emit/affine.js';
import { DEFAULT_BLOCKING, emitGatherMicroKernel, emitGemmOp, emitMicroKernel, emitSharedGemm, gemmScratchBytes, type Blocking, type FactorTables } from './gemm-emit.js';
import { planGemmEpilogue, type AccessParts, type GemmEpilogue } from './gemm-epilogue.js';
import { emitRowPanelKernel } from './gemm-row-kernel.js';
import { emitClaimLoop } from './claim-loop.js';
import { loopChains, type LoopChain } from './loop-chains.js';
import { emitChainFunction } from './chain-emit.js';
import { storesConsumer } from './gemm-consumer.js';
import { GEMM_RANGE_REST, TASK_FIELDS } from './gemm-layout.js';
import { emitNtGemm, emitNtMicroKernel, emitNtPackB, ntColumnBlock, ntRowBlock } from './gemm-nt-emit.js';
import { emitIndexBuild, payloadIndexable, simdIndexable, tileGrid } from './index-emit.js';
import { MemoryLayout } from './layout.js';
import { WasmModuleBuilder, type ModuleFeatures } from './module-builder.js';
import { emitPointwise, type PointwiseKernels } from './pointwise-kernels.js';
import { MATH_IMPORTS, type TensorPlacement } from './scalar-emit.js';
import { emitFills } from './group-kernel-emit.js';
import { sharedBuffers } from './shared-buffers.js';
import { emitStageGroups, type EmittedOp, type PointwisePit, type StageGroupProgram } from './stage-group-compile.js';

import type { OpProgram } from './op-program.js';

export type { OpProgram };

export interface CompiledWasm {
  readonly binary: Uint8Array;
  readonly text?: string;
  readonly ops: readonly OpProgram[];
  readonly tensors: ReadonlyMap<string, TensorPlacement>;
  /** i32 tables to write once after instantiation: address → contents. */
  readonly tables: ReadonlyMap<number, Int32Array>;
  /** Per-thread GEMM scratch: thread t uses gemmScratch + t · gemmScratchStride. */
  readonly gemmScratch: number;
  readonly gemmScratchStride: number;
  /** First byte past the static layout: per-call task lists go from here. */
  readonly dynamicBase: number;
  readonly blocking: Blocking;
  /** Every index the PIT forms read (the loop IR's), by key. */
  readonly indexes: ReadonlyMap<string, LoopIndex>;
  /** Indexes the module builds itself in SIMD, by index key. */
  readonly indexBuilders: ReadonlyMap<string, SimdIndex>;
  /** Ops whose untouched cells no one reads: their bulk fills are skipped (those cells hold garbage). */
  readonly unread: ReadonlySet<string>;
  /** Regions every run writes before it reads them (intermediates, buffers, GEMM results): tests poison them with NaN. */
  readonly scratch: readonly { readonly address: number; readonly bytes: number }[];
  /** Intermediates whose buffer a later op writes over (shared-buffers.ts): after a run they hold that op's values. */
  readonly overwritten: ReadonlySet<string>;
  /** Runs of ops the runtime may run a block of leading-axis values at a time (loop-chains.ts). */
  readonly chains: readonly LoopChain[];
}

/** An index built by a module function into fixed arrays of its memory. */
export interface SimdIndex {
  /** The exported builder; takes the dense crossover (f64) when it writes a payload. */
  readonly fn: string;
  readonly shape: readonly number[];
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  readonly stripPtr: number;
  readonly coords: number;
  readonly stripCount: number;
  readonly gatherTiles: number;
  /** The listed tiles copied as packed A (index-emit.ts), with a copied-or-not flag per strip. */
  readonly payload?: { readonly address: number; readonly flags: number; readonly tileRows: number };
}

export interface CompileOptions {
  readonly features: ModuleFeatures;
  readonly threads: number;
  readonly blocking?: Blocking;
  /** Keep the .wat text (for artifacts and golden files). */
  readonly withText?: boolean;
  /** Point-by-point ops in float64, bit for bit as the reference (default: f32 SIMD). */
  readonly exact?: boolean;
  /** Fuse consecutive point-by-point ops into stage groups (default true; false: one kernel per op). */
  readonly fuse?: boolean;
  /** Let a point-by-point op write over a tensor that dies there (default true; false: every tensor its own buffer, e.g. to keep them all). */
  readonly shareBuffers?: boolean;
  /** Let a GEMM's stores compute the point-by-point op that writes over its output (gemm-consumer.ts; default true). */
  readonly fuseConsumers?: boolean;
  /** Ops no GEMM's stores compute (they were fused into stage groups: compileWasmProgram's second try). */
  readonly consumersApart?: readonly string[];
  /** Tensors the executor checks after their op (the program's guards): their values must be stored as they are. */
  readonly guarded?: readonly string[];
}

/**
 * Compiles a lowered program, specialised to concrete dims, into one wasm module: for matmul-like
 * ops (contractions) a packed, register-blocked f32x4 GEMM driven by task lists (dense, or built
 * from the PIT index at run time), for every other op f32x4 SIMD loop nests (or, with `exact`,
 * float64 scalar kernels that reproduce the reference).
 */
export function compileWasmProgram(graph: Graph, lowered: readonly KernelIR[], dims: ReadonlyMap<string, number>, options: CompileOptions): CompiledWasm {
  // the loop IR at these dims: each op's contraction and PIT form (the same for its PIT and dense
  // forms), and the PIT forms that do not hold here (a window micro-tile shorter than its dimension)
  const loops = lowerToLoops({ graph, kernels: lowered }, dims);
  const { kernels, denseWhy } = formsThatHold(lowered, loops);
  const loopIndexes = new Map(loops.indexes.map((x) => [x.key, x]));
  const layout = new MemoryLayout();
  const tensors = new Map<string, TensorPlacement>();
  const wanted = options.shareBuffers === false ? new Map<string, string>() : sharedBuffers(graph, kernels);
  const guarded = new Set(options.guarded ?? []);
  const dense = (op: string): { denseWhy?: string } => (denseWhy.has(op) ? { denseWhy: denseWhy.get(op) as string } : {});
  const shares = new Map<string, string>();
  const shapeOf = (t: Graph['tensors'][number]): number[] =>
    t.shape.map((d) => {
      const v = evalDim(d, dims);
      if (v === undefined) throw new InternalError('wasm', `dimension of '${t.name}' unbound`);
      return v;
    });
  for (const t of graph.tensors) {
    if (wanted.has(t.name)) continue;
    const shape = shapeOf(t);
    tensors.set(t.name, { address: layout.allocate(`tensor:${t.name}`, elementCount(shape) * bytesPerElement(t.dtype)), shape, dtype: t.dtype });
  }
  // in op order, so that a chain (z over y over x) finds its first buffer placed
  for (const t of kernels.map((k) => graph.tensors.find((g) => g.name === k.expr.output)).filter((g) => g !== undefined && wanted.has(g.name)) as Graph['tensors'][number][]) {
    const shape = shapeOf(t);
    const over = tensors.get(wanted.get(t.name) as string);
    const fits = over !== undefined && over.dtype === t.dtype && over.shape.length === shape.length && over.shape.every((n, d) => n === shape[d]);
    if (fits) shares.set(t.name, wanted.get(t.name) as string);
    tensors.set(t.name, fits ? { address: over.address, shape, dtype: t.dtype } : { address: layout.allocate(`tensor:${t.name}`, elementCount(shape) * bytesPerElement(t.dtype)), shape, dtype: t.dtype });
  }
  const placement = (name: string): TensorPlacement => {
    const p = tensors.get(name);
    if (!p) throw new InternalError('wasm', `no placement for '${name}'`);
    return p;
  };
  const w = new WasmModuleBuilder(options.features);
  for (const name of MATH_IMPORTS) w.importFunction(name, 'math', name, ['f64'], 'f64');
  emitMicroKernel(w, 'microkernel_4x8');
  emitGatherMicroKernel(w, 'microkernel_4x8_gather');
  emitRowPanelKernel(w, 'microkernel_4x8_rows');
  emitFills(w);
  const emitted: EmittedOp[] = [];
  const scratch: { address: number; bytes: number }[] = [];
  const blocking = options.blocking ?? DEFAULT_BLOCKING;
  const ntColumns = ntColumnBlock(ntRowBlock(blocking.mc), Math.max(1, blocking.kc), gemmScratchBytes(blocking));
  let ntKernel = false;
  const tables = new Map<number, Int32Array>();
  const ops: OpProgram[] = [];
  const indexBuilders = new Map<string, SimdIndex>();

  /** Index keys whose builder also writes the packed A of a GEMM (the payload). */
  const payloadKeys = new Set<string>();
  kernels.forEach((kernel, i) => {
    const expr = kernel.expr;
    const extents = axisExtents(expr, dims);
    const name = `op${i}`;
    const loopOp = loops.ops[i];
    if (loopOp?.output !== expr.output) throw new InternalError('wasm', `op '${expr.output}' has no loop op`);
    const shape = loopOp.contraction;
    const pit = kernel.kind === 'pit' ? loopOp.pit : undefined;
    if (kernel.kind === 'pit' && !pit) throw new InternalError('wasm', `op '${expr.output}' has no PIT loops`);
    const withPit = pit ? { pitLoops: pit } : {};
    const contraction: Contraction | { reason: string } = expr.dtype !== 'f32' ? { reason: 'output is not f32' } : shape.kind === 'none' ? { reason: shape.reason } : contractionOf(shape, expr);
    const exact = options.exact === true;
    if ('reason' in contraction) {
      const kernels = emitPointwise(w, layout, { name, expr, extents, placement, exact });
      ops.push({ kind: 'pointwise', op: expr.output, kernel, ...withPit, why: contraction.reason, kernels, ...dense(expr.output) });
      emitted.push({ op: expr.output, kernel, ...withPit, kind: 'pointwise', ...(kernels.kind === 'simd' ? { stages: kernels.stages.map((st) => st.source) } : {}) });
      return;
    }
    const out = placement(expr.output);
    const cBytes = elementCount(out.shape) * 4;
    // C is the output's own buffer, also under an epilogue: the op has no other reduction, so the
    // epilogue reads C only at the cell it writes (in place, no second tensor-sized buffer)
    const cAddress = out.address;
    const cShape: TensorPlacement = { address: cAddress, shape: out.shape, dtype: 'f32' };
    const addTable = (label: string, values: Int32Array): number => {
      const address = layout.allocate(`table:${name}:${label}`, values.length * 4);
      tables.set(address, values);
      return address;
    };
    const factorTables = (side: 'a' | 'b', f: AccessExpr, j: number): FactorTables => {
      const p = placement(f.tensor);
      const part = (axes: readonly string[], withConstant = false) => accessPart(f, p.shape, axes, extents, withConstant);
      const kPart = part(contraction.k);
      const kStep = kPart.every((v) => v === 0) ? 0 : contiguous(kPart) ? 1 : undefined;
      return {
        base: p.address,
        loopPart: addTable(`${side}${j}:loop`, part(contraction.loop, true)),
        outerPart: addTable(`${side}${j}:outer`, part(side === 'a' ? contraction.m : contraction.n)),
        kPart: addTable(`${side}${j}:k`, kPart),
        ...(kStep !== undefined ? { kStep } : {}),
      };
    };
    const outputAccess = outputAsAccess(expr);
    const cParts = (axes: readonly string[]) => accessPart(outputAccess, cShape.shape, axes, extents, false);
    const colPart = cParts(contraction.n);
    const epilogue = contraction.plain ? undefined : emitPointwise(w, layout, { name: `${name}_epilogue`, expr, extents, placement, external: new Map([[contraction.reduce, cAddress]]), exact });
    const partsOf: AccessParts = (f) => {
      const shape = placement(f.tensor).shape;
      return { loop: accessPart(f, shape, contraction.loop, extents, true), row: accessPart(f, shape, contraction.m, extents, false), col: accessPart(f, shape, contraction.n, extents, false) };
    };
    const own = epilogue ? fusedEpilogue(epilogue, expr, contraction, placement, partsOf, colPart, addTable) : undefined;
    // the op that writes over this output, computed by the stores too when its epilogue plans
    const found = options.fuseConsumers !== false && !exact && (own === undefined || 'value' in own) ? storesConsumer(kernels, i, shares, guarded) : undefined;
    const candidate = found && !options.consumersApart?.includes(found.op) ? found : undefined;
    const withConsumer = candidate ? planGemmEpilogue(candidate.body, contraction.reduce, placement, partsOf, colPart, (label, values) => addTable(`consumer:${label}`, values)) : undefined;
    const consumer = withConsumer && 'value' in withConsumer ? (candidate?.op as string) : undefined;
    const fused = consumer ? withConsumer : own;
    // every driver applies it in its stores (when the runtime finds each cell one task's whole sum)
    const plan = fused && 'value' in fused ? fused : undefined;
    const aTables = contraction.aFactors.map((f, j) => factorTables('a', f, j));
    const bTables = contraction.bFactors.map((f, j) => factorTables('b', f, j));
    const single = bTables.length === 1 ? (bTables[0] as FactorTables) : undefined;
    const bOuter = single ? (tables.get(single.outerPart) as Int32Array) : undefined;
    const bRowMajor = bOuter !== undefined && contiguous(bOuter);
    const spec = {
      name,
      scale: contraction.scale,
      a: aTables,
      b: bTables,
      c: {
        base: cAddress,
        loopPart: addTable('c:loop', cParts(contraction.loop)),
        rowPart: addTable('c:row', cParts(contraction.m)),
        colPart: addTable('c:col', colPart),
        colContiguous: contiguous(colPart),
      },
      bContiguous: contraction.bFactors.length === 1,
      bRowMajor,
      blocking,
      microKernel: 'microkernel_4x8',
      ...(plan ? { epilogue: plan } : {}),
    };
    emitGemmOp(w, spec);
    // task ranges claimed by the threads (gemm-run.ts, tasks with disjoint rows)
    emitClaimLoop(w, name, 4 * TASK_FIELDS, GEMM_RANGE_REST);
    // B read in place needs one plain factor whose columns are consecutive floats
    const directB = single && bRowMajor ? { base: single.base, loopPart: single.loopPart, colPart: single.outerPart } : undefined;
    emitSharedGemm(w, { ...spec, ...(directB ? { directB } : {}) });
    // B contiguous along k (C = A·Bᵀ, e.g. q·kᵀ): B is read in place by the NT kernel, never packed
    const ntDriver = ntColumns > 0 && single !== undefined && contiguous(tables.get(single.kPart) as Int32Array);
    if (ntDriver) {
      if (!ntKernel) emitNtPackB(w, 'nt_pack_b4');
      ntKernel = true;
      const bStride = constantStride(tables.get(single.outerPart) as Int32Array);
      emitNtMicroKernel(w, `${name}_ntk`, bStride, plan);
      const aSingle = aTables.length === 1 ? (aTables[0] as FactorTables) : undefined;
      const aContiguous = aSingle !== undefined && contiguous(tables.get(aSingle.kPart) as Int32Array);
      emitNtGemm(w, { name, scale: spec.scale, a: aTables, b: single, c: spec.c, blocking, microKernel: `${name}_ntk`, packB: 'nt_pack_b4', aContiguous, columnBlock: ntColumns, bStride, ...(plan ? { epilogue: plan } : {}) });
      emitClaimLoop(w, `${name}_nt`, 4 * TASK_FIELDS, GEMM_RANGE_REST);
    }
    const fusion = fused === undefined ? undefined : 'why' in fused ? { why: fused.why } : { inStores: true as const };
    const index = pit ? loopIndexes.get(pit.index) : undefined;
    const aPayload = pit && index && readsSourceAsA(pit, index, contraction, aTables, tables, placement(index.source)) ? index.key : undefined;
    if (aPayload) payloadKeys.add(aPayload);
    const size = (axes: readonly string[]) => axes.reduce((n, a) => n * (extents.get(a) ?? 1), 1);
    emitted.push({ op: expr.output, kernel, ...withPit, kind: 'gemm', c: cShape, plain: contraction.plain, ...(epilogue?.kind === 'simd' ? { stages: epilogue.stages.map((st) => st.source) } : {}) });
    ops.push({
      ...dense(expr.output),
      kind: 'gemm',
      op: expr.output,
      fn: name,
      kernel,
      ...withPit,
      contraction,
      cAddress,
      cBytes,
      ...(epilogue ? { epilogue } : {}),
      ...(fusion ? { fusion } : {}),
      ...(consumer ? { consumer } : {}),
      directB: directB !== undefined,
      ntDriver,
      ...(aPayload ? { aPayload } : {}),
      tables: {
        bLoop: single ? (tables.get(single.loopPart) as Int32Array) : new Int32Array(0),
        bK: single ? (tables.get(single.kPart) as Int32Array) : new Int32Array(0),
      },
      cTables: { loop: tables.get(spec.c.loopPart) as Int32Array, row: tables.get(spec.c.rowPart) as Int32Array, col: colPart },
      extents,
      sizes: { loop: size(contraction.loop), m: size(contraction.m), n: size(contraction.n), k: size(contraction.k) },
    });
  });

  for (const index of loops.indexes) {
    const built = emitSimdIndex(w, layout, `index${indexBuilders.size}`, index, placement(index.source), payloadKeys.has(index.key));
    if (built) indexBuilders.set(index.key, built);
  }
  const grouped = emitStageGroups(w, emitted, graph.outputs, placement, { fuse: options.fuse !== false, sink: layout.allocate('touch-sink', 64), shares });
  if (!grouped.sharingSafe) {
    // a fill or a fused group would read a shared buffer after it was overwritten: every tensor its own
    w.dispose();
    return compileWasmProgram(graph, lowered, dims, { ...options, shareBuffers: false });
  }
  const inGroups = ops.flatMap((op) => (op.kind === 'gemm' && op.consumer !== undefined && inGroup(op.consumer, grouped.pointwise) ? [op.consumer] : []));
  if (inGroups.length > 0) {
    // a consumer the stores compute must run alone when they do not, not in a stage group: those
    // stay in their groups, computed apart from the GEMM
    w.dispose();
    return compileWasmProgram(graph, lowered, dims, { ...options, consumersApart: [...(options.consumersApart ?? []), ...inGroups] });
  }
  const withGroups = ops.map((op): OpProgram => {
    if (op.kind === 'pointwise') return { ...op, ...grouped.pointwise.get(op.op) };
    const pitOutput = grouped.gemm.get(op.op);
    return pitOutput ? { ...op, pitOutput } : op;
  });
  for (const t of graph.tensors) {
    const p = tensors.get(t.name) as TensorPlacement;
    if (t.role === 'intermediate') scratch.push({ address: p.address, bytes: elementCount(p.shape) * bytesPerElement(p.dtype) });
  }
  for (const [, region] of layout.regionsWithPrefix('buffer:')) scratch.push({ address: region.offset, bytes: region.bytes });
  const chains = loopChains(withGroups, (t) => tensors.get(t)?.shape, shares, guarded, (key) => loopIndexes.get(key)?.source);
  for (const chain of chains) emitChainFunction(w, chain.fn, chain.slots.map((s) => s.callees));
  const stride = gemmScratchBytes(blocking);
  const gemmScratch = layout.allocate('gemm-scratch', stride * Math.max(1, options.threads));
  const problem = w.validate();
  if (problem) throw new InternalError('wasm', `generated module does not validate: ${problem}`);
  const binary = w.emitBinary();
  const text = options.withText ? w.emitText() : undefined;
  w.dispose();
  return {
    binary,
    ...(text !== undefined ? { text } : {}),
    ops: withGroups,
    tensors,
    tables,
    gemmScratch,
    gemmScratchStride: stride,
    dynamicBase: layout.end,
    blocking,
    indexes: loopIndexes,
    indexBuilders,
    unread: grouped.unread,
    scratch,
    overwritten: new Set(shares.values()),
    chains,
  };
}

/**
 * The kernels as they run at these dims: a PIT form the loop IR says does not hold there (its
 * `fallback`: ir/kernel/window-span.ts) runs densely, with why.
 */
function formsThatHold(lowered: readonly KernelIR[], loops: LoopProgram): { kernels: readonly KernelIR[]; denseWhy: ReadonlyMap<string, string> } {
  const denseWhy = new Map<string, string>();
  const kernels = lowered.map((k, i): KernelIR => {
    const why = loops.ops[i]?.fallback;
    if (k.kind !== 'pit' || why === undefined) return k;
    denseWhy.set(k.expr.output, why);
    return { kind: 'dense', expr: k.expr };
  });
  return { kernels, denseWhy };
}

/** Whether op `name` runs in a stage group with other ops (its own or another's). */
function inGroup(name: string, pointwise: ReadonlyMap<string, { readonly pit?: PointwisePit; readonly denseGroup?: StageGroupProgram }>): boolean {
  for (const entry of pointwise.values()) {
    for (const group of [entry.pit?.group, entry.denseGroup]) if (group && group.ops.includes(name) && new Set(group.ops).size > 1) return true;
  }
  return false;
}

/**
 * The epilogue the GEMM's stores can apply, or why it stays a separate pass: only the f32 SIMD
 * epilogue (exact keeps its float64 kernel) of one stage (no other reduction).
 */
function fusedEpilogue(
  kernels: PointwiseKernels,
  expr: TensorExpr,
  contraction: Contraction,
  placement: (tensor: string) => TensorPlacement,
  parts: AccessParts,
  cCol: Int32Array,
  addTable: (label: string, values: Int32Array) => number,
): GemmEpilogue | { readonly why: string } {
  if (kernels.kind === 'scalar') return { why: `the epilogue runs on the scalar path (${kernels.why})` };
  if (kernels.stages.length !== 1) return { why: 'the epilogue has reductions of its own' };
  return planGemmEpilogue(expr.body, contraction.reduce, placement, parts, cCol, addTable);
}

/** The SIMD index builder of one index, with its arrays, when the source suits it. */
function emitSimdIndex(w: WasmModuleBuilder, layout: MemoryLayout, name: string, index: LoopIndex, source: TensorPlacement, withPayload: boolean): SimdIndex | undefined {
  const { gatherDim } = index.grid;
  const microTile = concreteMicroTile(source.shape, index.grid.microTile);
  if (!simdIndexable(source.shape, source.dtype, microTile, index.fill) || (gatherDim !== 0 && gatherDim !== 1)) return undefined;
  const [rows, cols] = source.shape as [number, number];
  const [tileRows, tileCols] = microTile as [number, number];
  const grid = tileGrid({ rows, cols, tileRows, tileCols });
  const [stripCount, gatherTiles] = gatherDim === 1 ? [grid.tr, grid.tc] : [grid.tc, grid.tr];
  const presence = layout.allocate(`${name}:presence`, grid.tr * grid.tc * 4);
  const stripPtr = layout.allocate(`${name}:ptr`, (stripCount + 1) * 4);
  const coords = layout.allocate(`${name}:coords`, stripCount * gatherTiles * 4);
  const payload =
    withPayload && payloadIndexable(gatherDim, tileRows, tileCols)
      ? { address: layout.allocate(`${name}:payload`, grid.tr * tileRows * cols * 4), flags: layout.allocate(`${name}:payload-flags`, stripCount * 4), tileRows }
      : undefined;
  emitIndexBuild(w, { name, source: source.address, dtype: source.dtype === 'bool' ? 'bool' : 'f32', rows, cols, tileRows, tileCols, gatherDim, fill: index.fill, presence, stripPtr, coords, ...(payload ? { payload } : {}) });
  return { fn: name, shape: [rows, cols], microTile, gatherDim, stripPtr, coords, stripCount, gatherTiles, ...(payload ? { payload } : {}) };
}

/**
 * Whether a PIT GEMM's A is exactly its index's source, tile by tile: C = Σ_k A[m, k]·B with A
 * the row-major 2-D f32 source read as source[m][k] (one factor, no constant, no batch axes), the
 * index gathering k in micro-tiles of R rows × 1 column (R a multiple of 4) with strips along m.
 * Then the index build can copy each strip's listed tiles as the task's packed A (its payload).
 */
function readsSourceAsA(pit: PitLoops, index: LoopIndex, c: Contraction, aTables: readonly FactorTables[], tables: ReadonlyMap<number, Int32Array>, source: TensorPlacement): boolean {
  const a = aTables[0];
  if (aTables.length !== 1 || !a || c.scale !== 1 || c.loop.length !== 0 || c.m.length !== 1 || c.k.length !== 1) return false;
  if ((c.aFactors[0] as AccessExpr).tensor !== index.source || source.dtype !== 'f32' || source.shape.length !== 2 || a.base !== source.address) return false;
  if (index.grid.gatherDim !== 1 || pit.gather.axis !== c.k[0] || pit.operandMicroTile[pit.gather.operandDim] !== 1) return false;
  if (pit.strips.length !== 1 || pit.strips[0]?.axis !== c.m[0]) return false;
  const [rows, cols] = source.shape as [number, number];
  const tile = concreteMicroTile(source.shape, index.grid.microTile);
  if (!payloadIndexable(1, tile[0] as number, tile[1] as number)) return false;
  const outer = tables.get(a.outerPart) as Int32Array;
  const k = tables.get(a.kPart) as Int32Array;
  const loop = tables.get(a.loopPart) as Int32Array;
  return outer.length === rows && k.length === cols && loop.length === 1 && loop[0] === 0 && outer.every((v, m) => v === m * cols) && k.every((v, i) => v === i);
}

export function axisExtents(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const extents = new Map<string, number>();
  for (const a of [...expr.spatial, ...expr.reduce]) {
    const v = evalDim(a.extent, dims);
    if (v === undefined) throw new InternalError('wasm', `extent of '${a.name}' unbound`);
    extents.set(a.name, v);
  }
  return extents;
}

/** The output written as an access, so its offsets come from the same code as the inputs'. */
function outputAsAccess(expr: TensorExpr): AccessExpr {
  return {
    kind: 'access',
    dtype: expr.dtype,
    tensor: expr.output,
    indices: expr.spatial.map((a) => ({ terms: [{ axis: a.name, coef: 1 }], constant: 0 })),
  };
}

/**
 * The part of an access's element offset contributed by some axes, for every flattened value of
 * them (row-major). An affine offset is a sum over axes, so it splits into one table per axis
 * group; the index constant goes into the loop group's table, which every offset includes once.
 */
function accessPart(access: AccessExpr, shape: readonly number[], axes: readonly string[], extents: ReadonlyMap<string, number>, withConstant: boolean): Int32Array {
  const folded = foldAccess(access, shape);
  const step = new Map(folded.terms.map((t) => [t.axis, t.coef]));
  const constant = folded.constant;
  const sizes = axes.map((a) => extents.get(a) ?? 1);
  const count = sizes.reduce((n, x) => n * x, 1);
  const out = new Int32Array(count);
  for (let flat = 0; flat < count; flat++) {
    let rem = flat;
    let offset = withConstant ? constant : 0;
    for (let i = axes.length - 1; i >= 0; i--) {
      const n = sizes[i] as number;
      const v = rem % n;
      rem = (rem - v) / n;
      offset += v * (step.get(axes[i] as string) ?? 0);
    }
    out[flat] = offset;
  }
  return out;
}

/** Bytes between consecutive entries of an element-offset table, when constant and positive. */
function constantStride(values: Int32Array): number | undefined {
  const step = values.length > 1 ? (values[1] as number) - (values[0] as number) : 0;
  return step > 0 && values.every((v, n) => n === 0 || v - (values[n - 1] as number) === step) ? 4 * step : undefined;
}

function contiguous(values: Int32Array): boolean {
  return values.every((v, n) => n === 0 || v === (values[n - 1] as number) + 1);
}
