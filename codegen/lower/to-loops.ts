import { InternalError } from '../../ir/core/errors.js';
import { dimConst, evalDim, type DimExpr } from '../../ir/dim-expr.js';
import { printScalar } from '../../ir/expr/print.js';
import {
  accessesOf,
  freeAxesOf,
  reductionOver,
  reductionsOf,
  type AccessExpr,
  type ReduceExpr,
  type ScalarExpr,
  type TensorExpr,
} from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { indexGrid } from '../../ir/index-geometry.js';
import { hasUntouchedCells, type KernelIR, type PitKernel } from '../../ir/kernel/kernel-ir.js';
import { unspannedWindow, windowDims } from '../../ir/kernel/window-span.js';
import type {
  LoopAxis,
  LoopBuffer,
  LoopExpr,
  LoopIndex,
  LoopOp,
  LoopProgram,
  LoopRange,
  LoopStep,
  LoopTensor,
  PitLoops,
  SReadStep,
} from '../../ir/loops/loop-ir.js';
import { REDUCER_IDENTITY } from '../../rules/discover.js';
import { contractionShape } from './contraction-shape.js';

const STAGE = 'lower';

/** How `lowerToLoops` states dense ops. */
export interface LowerLoopsOptions {
  /** Every op in its per-cell form (`form: 'cell'`): one output cell at a time. */
  readonly cells?: boolean;
}

/**
 * Lowers a program's kernels to the loop IR (ir/loops). With `dims`, every extent whose dims are
 * all bound becomes a constant; without, extents stay symbolic. Pure: the same kernels give
 * the same loops.
 */
export function lowerToLoops(
  program: { readonly graph: Graph; readonly kernels: readonly KernelIR[] },
  dims: ReadonlyMap<string, number> = new Map(),
  options: LowerLoopsOptions = {},
): LoopProgram {
  const { graph, kernels } = program;
  const bind = (e: DimExpr): DimExpr => {
    const v = evalDim(e, dims);
    return v === undefined ? e : dimConst(v);
  };
  const tensors: LoopTensor[] = graph.tensors.map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: t.shape.map(bind),
    role: t.role,
    output: graph.outputs.includes(t.name),
  }));
  const shapeOf = (name: string): readonly DimExpr[] => {
    const t = tensors.find((x) => x.name === name);
    if (!t) throw new InternalError(STAGE, `no tensor '${name}'`);
    return t.shape;
  };
  // a PIT form whose window micro-tile is shorter than its bound dimension runs densely
  const effective = kernels.map((k) => {
    const fallback =
      k.kind === 'pit' ? shortWindow(k, shapeOf(k.operand.access.tensor)) : undefined;
    return { kernel: fallback ? ({ kind: 'dense', expr: k.expr } as const) : k, fallback };
  });
  const indexes: LoopIndex[] = [];
  for (const { kernel: k } of effective) {
    if (k.kind !== 'pit' || indexes.some((i) => i.key === k.index.key)) continue;
    indexes.push(loopIndex(k, shapeOf));
  }
  const isF32 = (t: string): boolean => graph.tensors.find((x) => x.name === t)?.dtype === 'f32';
  const ops = effective.map(({ kernel, fallback }) => {
    const cells = options.cells === true ? { given: new Set<ReduceExpr>() } : undefined;
    const op = lowerOp(kernel, bind, isF32, indexes, shapeOf, cells);
    return fallback ? { ...op, fallback } : op;
  });
  const binding = graph.dims
    .filter((d) => dims.has(d.name))
    .map((d) => ({ dim: d.name, value: dims.get(d.name) as number }));
  return { binding, tensors, indexes, ops };
}

/**
 * The dense loops of one op at concrete axis extents, for a target that renders one op at a time
 * (the reference's dense kernel). The same nest `lowerToLoops` gives a dense op.
 */
export function lowerDenseOp(expr: TensorExpr, extents: ReadonlyMap<string, number>): LoopOp {
  return lowerBoundOp({ kind: 'dense', expr: boundExpr(expr, extents) }, [], () => [], undefined);
}

/**
 * The per-cell form of one op at concrete axis extents, for a kernel where one thread computes
 * one output cell (gpu.js, WGSL, CUDA): loops over the spatial axes outermost; inside a cell,
 * every reduction is computed per point (a buffer over nothing) in the reference's order, except
 * the `given` ones, which another kernel computed (a GEMM's sum, a PIT partial sum): those are
 * read from a buffer over their free axes.
 */
export function lowerCellOp(
  expr: TensorExpr,
  extents: ReadonlyMap<string, number>,
  given: readonly ReduceExpr[] = [],
): LoopOp {
  const own = new Set(reductionsOf(expr.body));
  if (given.some((r) => !own.has(r)))
    throw new InternalError(STAGE, `'${expr.output}': a given reduction is not one of the op's`);
  return lowerBoundOp({ kind: 'dense', expr: boundExpr(expr, extents) }, [], () => [], {
    given: new Set(given),
  });
}

/**
 * The per-cell form of a PIT kernel at concrete extents and tensor shapes: as `lowerCellOp`, and
 * inside a cell the points of the skipped scope that the listed micro-tiles cover, walked as
 * the PIT form walks them: the strips consistent with the cell's axes, the micro-tiles listed
 * in them (the one holding the cell, when the gathered axis is the cell's), SRead, then the
 * scope's own axes over their strip and listed ranges. An output scope fills the cell with the
 * SWrite init and stores it where a listed micro-tile covers it; a reduction scope starts at the
 * init. With the index it reads (one per op here).
 */
export function lowerPitCellOp(
  kernel: PitKernel,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
): { readonly op: LoopOp; readonly index: LoopIndex } {
  return lowerBoundPit(kernel, extents, shapeOf, { given: new Set() });
}

/**
 * The PIT form of one kernel at concrete extents and tensor shapes, for a target that renders one
 * op at a time (the reference's PIT kernel): the same nest `lowerToLoops` gives a PIT op, with
 * the index it reads. The caller decides the window-span fallback (ir/kernel/window-span.ts).
 */
export function lowerPitOp(
  kernel: PitKernel,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
): { readonly op: LoopOp; readonly index: LoopIndex } {
  return lowerBoundPit(kernel, extents, shapeOf, undefined);
}

/** One PIT kernel at concrete extents and shapes, in its PIT form or (with `cells`) per cell. */
function lowerBoundPit(
  kernel: PitKernel,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
  cells: CellForm | undefined,
): { readonly op: LoopOp; readonly index: LoopIndex } {
  const shape = (t: string): DimExpr[] => shapeOf(t).map(dimConst);
  const index = loopIndex(kernel, shape);
  const op = lowerBoundOp(
    { ...kernel, expr: boundExpr(kernel.expr, extents) },
    [index],
    shape,
    cells,
  );
  return { op, index };
}

/** The index a PIT kernel reads, its grid for the source's shape; built by that kernel's op. */
function loopIndex(k: PitKernel, shapeOf: (t: string) => readonly DimExpr[]): LoopIndex {
  return {
    key: k.index.key,
    source: k.index.source,
    fill: k.index.fill,
    grid: indexGrid(shapeOf(k.index.source), k.index.microTile, k.index.gatherDim),
    builtBy: k.expr.output,
    dimsOnly: k.index.dimsOnly === true,
  };
}

function boundExpr(expr: TensorExpr, extents: ReadonlyMap<string, number>): TensorExpr {
  const bound = (a: { readonly name: string }): { name: string; extent: DimExpr } => {
    const n = extents.get(a.name);
    if (n === undefined) throw new InternalError(STAGE, `no extent for axis '${a.name}'`);
    return { name: a.name, extent: dimConst(n) };
  };
  return { ...expr, spatial: expr.spatial.map(bound), reduce: expr.reduce.map(bound) };
}

function lowerBoundOp(
  k: KernelIR,
  indexes: readonly LoopIndex[],
  shapeOf: (t: string) => readonly DimExpr[],
  cells: CellForm | undefined,
): LoopOp {
  const dtypes = new Map(accessesOf(k.expr.body).map((a) => [a.tensor, a.dtype]));
  return lowerOp(
    k,
    (e) => e,
    (t) => dtypes.get(t) === 'f32',
    indexes,
    shapeOf,
    cells,
  );
}

/**
 * A window dimension (y + r) of the operand must lie in one micro-tile: where the bound size is
 * larger than the tile, the PIT form does not hold and the op runs densely (as the ref and gpu.js executors do).
 */
function shortWindow(k: PitKernel, shape: readonly DimExpr[]): string | undefined {
  // symbolic sizes are checked at run time (the loop IR's `spans`): only constants are decided here
  return unspannedWindow(
    k,
    shape.map((n) => (n.kind === 'const' ? n.value : 0)),
  );
}

/** The per-cell form: reductions computed by another kernel. */
interface CellForm {
  readonly given: ReadonlySet<ReduceExpr>;
}

/** What lowering one op needs to know about its axes and reductions. */
interface OpContext {
  readonly expr: TensorExpr;
  readonly axes: readonly LoopAxis[];
  readonly buffers: ReadonlyMap<ReduceExpr, LoopBuffer>;
  /** The PIT operand's shape (empty for a dense form). */
  readonly operandShape: readonly DimExpr[];
}

function lowerOp(
  k: KernelIR,
  bind: (e: DimExpr) => DimExpr,
  isF32: (t: string) => boolean,
  indexes: readonly LoopIndex[],
  shapeOf: (t: string) => readonly DimExpr[],
  cells?: CellForm,
): LoopOp {
  const expr = k.expr;
  const axes: LoopAxis[] = [
    ...expr.spatial.map((a) => ({
      name: a.name,
      role: 'spatial' as const,
      extent: bind(a.extent),
    })),
    ...expr.reduce.map((a) => ({ name: a.name, role: 'reduce' as const, extent: bind(a.extent) })),
  ].map((a, i) => ({ ...a, var: `a${i}` }));
  const order = axes.map((a) => a.name);
  const ordered = (set: Iterable<string>): string[] => {
    const s = new Set(set);
    return order.filter((a) => s.has(a));
  };
  // reductions computed per point (inside a PIT form's listed points, or one cell) keep no free
  // axes; a given one is kept over its free axes
  const given = cells?.given ?? new Set<ReduceExpr>();
  const perPoint = cells ? new Set(reductionsOf(expr.body)) : perPointReductions(k);
  const unused = new Set([...given].flatMap((r) => reductionsOf(r.body)));
  const buffers = new Map<ReduceExpr, LoopBuffer>();
  reductionsOf(expr.body).forEach((r, i) => {
    buffers.set(r, {
      name: `r${i}`,
      reducer: r.reducer,
      axes: [...r.axes],
      over: perPoint.has(r) && !given.has(r) ? [] : ordered(freeAxesOf(r)),
      dtype: r.dtype,
      ...(given.has(r) ? { given: true } : {}),
    });
  });
  const ctx: OpContext = {
    expr,
    axes,
    buffers,
    operandShape: k.kind === 'pit' ? shapeOf(k.operand.access.tensor) : [],
  };
  const reads = [...new Set(accessesOf(expr.body).map((a) => a.tensor))];
  const contraction = contractionShape(
    expr,
    isF32,
    (r) => bufferOf(ctx, r).name,
    (e) => toLoopExpr(ctx, e),
  );
  const common = {
    output: expr.output,
    dtype: expr.dtype,
    axes,
    reads,
    buffers: [...buffers].filter(([r]) => !unused.has(r)).map(([, b]) => b),
    contraction,
  };
  if (cells && k.kind === 'dense') return { ...common, form: 'cell', body: cellBody(ctx, given) };
  if (k.kind === 'dense') return { ...common, form: 'dense', body: denseBody(ctx, ordered) };
  const index = indexes.find((i) => i.key === k.index.key);
  if (!index) throw new InternalError(STAGE, `no index '${k.index.key}'`);
  const body = pitBody(ctx, k, index, ordered, cells !== undefined);
  return { ...common, form: cells ? 'cell' : 'pit', pit: pitInfo(ctx, k), body };
}

/** The reductions a PIT form computes per listed point: those inside its skipped scope. */
function perPointReductions(k: KernelIR): Set<ReduceExpr> {
  if (k.kind === 'dense') return new Set();
  if (k.scope.kind === 'output') return new Set(reductionsOf(k.expr.body));
  return new Set(reductionsOf(scopeReduction(k).body));
}

function scopeReduction(k: PitKernel): ReduceExpr {
  if (k.scope.kind !== 'reduction')
    throw new InternalError(STAGE, `'${k.expr.output}' skips output cells, not a reduction`);
  const axes = k.scope.axes;
  const found = reductionOver(k.expr.body, axes);
  if (!found)
    throw new InternalError(STAGE, `'${k.expr.output}' has no reduction over ${axes.join(', ')}`);
  return found;
}

function bufferOf(ctx: OpContext, r: ReduceExpr): LoopBuffer {
  const b = ctx.buffers.get(r);
  if (!b) throw new InternalError(STAGE, `a reduction of '${ctx.expr.output}' has no buffer`);
  return b;
}

/** The expression with each reduction replaced by a read of its buffer. */
function toLoopExpr(ctx: OpContext, e: ScalarExpr): LoopExpr {
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return e;
    case 'reduce': {
      const b = bufferOf(ctx, e);
      return { kind: 'buffer', dtype: e.dtype, buffer: b.name, at: b.over };
    }
    case 'unary':
      return { kind: 'unary', dtype: e.dtype, op: e.op, arg: toLoopExpr(ctx, e.arg) };
    case 'binary':
      return {
        kind: 'binary',
        dtype: e.dtype,
        op: e.op,
        lhs: toLoopExpr(ctx, e.lhs),
        rhs: toLoopExpr(ctx, e.rhs),
      };
    case 'where':
      return {
        kind: 'where',
        dtype: e.dtype,
        cond: toLoopExpr(ctx, e.cond),
        then: toLoopExpr(ctx, e.then),
        else: toLoopExpr(ctx, e.else),
      };
  }
}

/** Nested loops over `axes` (outermost first), each over the range `rangeOf` gives, around `inner`. */
function nest(
  ctx: OpContext,
  axes: readonly string[],
  inner: readonly LoopStep[],
  rangeOf: (axis: string) => LoopRange = (a) => ({ kind: 'full', extent: extentOf(ctx, a) }),
): LoopStep[] {
  let body: readonly LoopStep[] = inner;
  for (let i = axes.length - 1; i >= 0; i--) {
    const axis = axes[i] as string;
    body = [{ kind: 'loop', axis, range: rangeOf(axis), body }];
  }
  return [...body];
}

function extentOf(ctx: OpContext, axis: string): DimExpr {
  const a = ctx.axes.find((x) => x.name === axis);
  if (!a) throw new InternalError(STAGE, `'${axis}' is not an axis of '${ctx.expr.output}'`);
  return a.extent;
}

/** A reduction kept over its free axes: its slots start at the identity, then one nest accumulates them. */
function bufferedReduction(
  ctx: OpContext,
  r: ReduceExpr,
  ordered: (s: Iterable<string>) => string[],
): LoopStep[] {
  const b = bufferOf(ctx, r);
  return [
    { kind: 'init', buffer: b.name, value: REDUCER_IDENTITY[r.reducer] },
    ...nest(ctx, ordered([...b.over, ...r.axes]), [
      { kind: 'update', buffer: b.name, value: toLoopExpr(ctx, r.body) },
    ]),
  ];
}

/**
 * The steps that compute, for the current point, every reduction of `e` not inside another one
 * (and, recursively, those inside them, within their loops): a scalar reset to the identity,
 * then loops over the reduction's axes.
 */
function perPointSteps(
  ctx: OpContext,
  e: ScalarExpr,
  given: ReadonlySet<ReduceExpr> = new Set(),
  skipped?: { readonly scope: ReduceExpr; readonly steps: () => LoopStep[] },
): LoopStep[] {
  const steps: LoopStep[] = [];
  const visit = (n: ScalarExpr): void => {
    if (n.kind === 'reduce' && given.has(n)) return;
    if (n.kind === 'reduce' && n === skipped?.scope) {
      steps.push(...skipped.steps());
      return;
    }
    if (n.kind === 'reduce') {
      const b = bufferOf(ctx, n);
      steps.push(
        { kind: 'init', buffer: b.name, value: REDUCER_IDENTITY[n.reducer] },
        ...nest(ctx, n.axes, [
          ...perPointSteps(ctx, n.body, given, skipped),
          { kind: 'update', buffer: b.name, value: toLoopExpr(ctx, n.body) },
        ]),
      );
      return;
    }
    if (n.kind === 'unary') visit(n.arg);
    else if (n.kind === 'binary') {
      visit(n.lhs);
      visit(n.rhs);
    } else if (n.kind === 'where') {
      visit(n.cond);
      visit(n.then);
      visit(n.else);
    }
  };
  visit(e);
  return steps;
}

/**
 * The per-cell form: for every output cell (spatial loops outermost, in order), each reduction
 * not given computed per point as the reference orders its own axes, then the cell stored.
 */
function cellBody(ctx: OpContext, given: ReadonlySet<ReduceExpr>): LoopStep[] {
  const expr = ctx.expr;
  return nest(
    ctx,
    expr.spatial.map((a) => a.name),
    [
      ...perPointSteps(ctx, expr.body, given),
      { kind: 'store', tensor: expr.output, write: 'dense', value: toLoopExpr(ctx, expr.body) },
    ],
  );
}

/** Every reduction into a buffer over its free axes (inner ones first), then every output cell in order. */
function denseBody(ctx: OpContext, ordered: (s: Iterable<string>) => string[]): LoopStep[] {
  const expr = ctx.expr;
  return [
    ...reductionsOf(expr.body).flatMap((r) => bufferedReduction(ctx, r, ordered)),
    ...nest(
      ctx,
      expr.spatial.map((a) => a.name),
      [{ kind: 'store', tensor: expr.output, write: 'dense', value: toLoopExpr(ctx, expr.body) }],
    ),
  ];
}

function pitInfo(ctx: OpContext, k: PitKernel): PitLoops {
  const operand = k.operand;
  const untouched = hasUntouchedCells(k) ? (k.swrite.untouchedUnread ? 'unread' : 'init') : 'none';
  return {
    index: k.index.key,
    scope:
      k.scope.kind === 'reduction'
        ? { kind: 'reduction', buffer: bufferOf(ctx, scopeReduction(k)).name, axes: k.scope.axes }
        : { kind: 'output' },
    operand: operand.access,
    operandMicroTile: operand.microTile,
    dimToSource: operand.dimToSource,
    gather: { axis: k.gather.axis, operandDim: k.gather.operandDim },
    strips: k.strips.map((s) => ({
      axis: s.axis,
      operandDim: s.operandDim,
      sourceDim: operand.dimToSource[s.operandDim] ?? null,
    })),
    // with bound dims shortWindow already decided; a constant size that the tile spans needs no check
    spans: windowDims(k).filter(({ operandDim }) => ctx.operandShape[operandDim]?.kind !== 'const'),
    swrite: { mode: k.swrite.mode, init: k.swrite.init, untouched },
  };
}

/**
 * The PIT form: for every strip of the index and every listed micro-tile, SRead, then the points
 * of the skipped scope the micro-tile covers (the gather axis over the micro-tile's range, strip
 * axes over the strip's); every other point is skipped. A reduction scope accumulates into its
 * buffer (started at the SWrite init) and the op is then stored cell by cell; an output scope
 * fills the output with the init and writes only listed cells.
 */
function pitBody(
  ctx: OpContext,
  k: PitKernel,
  index: LoopIndex,
  ordered: (s: Iterable<string>) => string[],
  cell: boolean,
): LoopStep[] {
  const expr = ctx.expr;
  const spatial = expr.spatial.map((a) => a.name);
  const grid = index.grid;
  const rangeOf = (axis: string): LoopRange => {
    const extent = extentOf(ctx, axis);
    if (axis === k.gather.axis)
      return {
        kind: 'listed',
        index: index.key,
        width: grid.microTile[grid.gatherDim] ?? 'full',
        extent,
      };
    const strip = k.strips.find((s) => s.axis === axis);
    const sourceDim = strip ? k.operand.dimToSource[strip.operandDim] : undefined;
    if (sourceDim === undefined || sourceDim === null) return { kind: 'full', extent };
    return {
      kind: 'strip',
      index: index.key,
      sourceDim,
      tile: grid.microTile[sourceDim] ?? 'full',
      extent,
    };
  };
  const region: ScalarExpr = k.scope.kind === 'reduction' ? scopeReduction(k).body : expr.body;
  const sreads: SReadStep[] = k.sreads.map((r) => ({
    kind: 'sread',
    tensor: r.tensor,
    mode: r.mode,
    accesses: uniqueAccesses(region, r.tensor),
  }));
  const walk = (points: readonly string[], atPoint: readonly LoopStep[]): LoopStep[] => [
    {
      kind: 'strips',
      index: index.key,
      body: [
        {
          kind: 'listed',
          index: index.key,
          body: [...sreads, ...nest(ctx, ordered(points), atPoint, rangeOf)],
        },
      ],
    },
  ];
  const store = (write: 'store' | 'scatter' | 'accumulate'): LoopStep => ({
    kind: 'store',
    tensor: expr.output,
    write,
    value: toLoopExpr(ctx, expr.body),
  });
  const fill: LoopStep = {
    kind: 'fill',
    tensor: expr.output,
    value: k.swrite.init,
    unread: k.swrite.untouchedUnread === true,
  };
  if (cell) {
    // one cell: its spatial axes bound outermost, the skipped scope walked inside it
    if (k.scope.kind === 'output')
      return nest(ctx, spatial, [
        fill,
        ...walk([], [...perPointSteps(ctx, expr.body), store(k.swrite.mode)]),
      ]);
    const scope = scopeReduction(k);
    const acc = bufferOf(ctx, scope);
    const skipped = {
      scope,
      steps: (): LoopStep[] => [
        { kind: 'init', buffer: acc.name, value: k.swrite.init },
        ...walk(scope.axes, [
          ...perPointSteps(ctx, scope.body),
          { kind: 'update', buffer: acc.name, value: toLoopExpr(ctx, scope.body) },
        ]),
      ],
    };
    return nest(ctx, spatial, [
      ...perPointSteps(ctx, expr.body, new Set(), skipped),
      store(k.swrite.mode),
    ]);
  }
  if (k.scope.kind === 'output') {
    return [fill, ...walk(spatial, [...perPointSteps(ctx, expr.body), store(k.swrite.mode)])];
  }
  const scope = scopeReduction(k);
  const acc = bufferOf(ctx, scope);
  const inside = new Set(reductionsOf(scope.body));
  return [
    { kind: 'init', buffer: acc.name, value: k.swrite.init },
    ...walk(
      [...acc.over, ...scope.axes],
      [
        ...perPointSteps(ctx, scope.body),
        { kind: 'update', buffer: acc.name, value: toLoopExpr(ctx, scope.body) },
      ],
    ),
    ...reductionsOf(expr.body)
      .filter((r) => r !== scope && !inside.has(r))
      .flatMap((r) => bufferedReduction(ctx, r, ordered)),
    ...nest(ctx, spatial, [store(k.swrite.mode)]),
  ];
}

/** The distinct accesses of a tensor in `e`, by their text. */
function uniqueAccesses(e: ScalarExpr, tensor: string): AccessExpr[] {
  const seen = new Map<string, AccessExpr>();
  for (const a of accessesOf(e))
    if (a.tensor === tensor && !seen.has(printScalar(a))) seen.set(printScalar(a), a);
  return [...seen.values()];
}
