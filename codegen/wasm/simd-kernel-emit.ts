import { accessesOf, type AccessExpr, type Reducer } from '../../ir/expr/tensor-expr.js';
import { printScalar } from '../../ir/expr/print.js';
import { elementSteps, type LoopPlan } from './loop-plan.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';
import type { TensorPlacement } from './scalar-emit.js';
import type { Stage } from './simd-stages.js';
import { VectorEmitter, type LaneMode, type LoopLevels, type VecValue } from './vector-emit.js';

const IDENTITY: Record<Reducer, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity };

/**
 * Emits one stage as an exported function `(rowLo, rowHi, vLo, vHi)`: it computes the cells of
 * rows [rowLo, rowHi) (the plan's flattened row axes) at vector-axis positions [vLo, vHi) — for
 * lanes 'reduce', the terms of the reduced vector axis in that range. Any split of the ranges
 * computes every cell the same way, so threads taking ranges give identical results.
 */
export function emitSimdStage(w: WasmModuleBuilder, name: string, stage: Stage, plan: LoopPlan, extents: ReadonlyMap<string, number>, placement: (tensor: string) => TensorPlacement): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32']);
  const [rowLo, rowHi] = [0, 1];
  const row = scope.local('i32');
  const code = stageRowCode(w, scope, stage, plan, extents, placement, row, { vLo: 2, vHi: 3 });
  const rowLoop = w.forLoop(scope, row, w.get(scope, rowLo), w.get(scope, rowHi), 1, code.row);
  w.addFunction(`${name}_part`, scope, 'none', [...code.entry, rowLoop]);
  emitChunkedDriver(w, name, `${name}_part`, plan);
  w.exportFunction(name);
}

/**
 * Where one stage's loops take their ranges, as locals of the enclosing function: the vector
 * axis runs over [vLo, vHi), unless `spans` names it (or a reduce loop) as the gathered axis:
 * that loop then runs over each [lo, hi) pair of the span list at `ptr` (`count` pairs of i32),
 * which is how a PIT form visits only the listed micro-tiles. `init` starts a reduction's
 * accumulators (a PIT rule's SWrite init; default the reducer's identity).
 */
export interface StageRanges {
  readonly vLo: number;
  readonly vHi: number;
  readonly spans?: { readonly ptr: number; readonly count: number; readonly axis: string };
  readonly init?: number;
  /** Touch the spans of the row `rows` ahead (while it is in the same task: `rowHi`), OR-ing a byte of each cache line into `sink`. */
  readonly touchAhead?: { readonly rows: number; readonly rowHi: number; readonly sink: number; readonly touched: Set<string> };
}

/**
 * The code of one stage for one row (the local `row`, a flattened row index): decoding the row
 * into its axes, then every cell or reduction of that row. `entry` must run once at the start of
 * the enclosing function (constants, loop-invariant values). Several stages' row code may follow
 * each other in one row loop (a fused stage group).
 */
export function stageRowCode(
  w: WasmModuleBuilder,
  scope: FunctionScope,
  stage: Stage,
  plan: LoopPlan,
  extents: ReadonlyMap<string, number>,
  placement: (tensor: string) => TensorPlacement,
  row: number,
  ranges: StageRanges,
): { entry: Expr[]; row: Expr[] } {
  const levelOf = new Map<string, number>(plan.rowAxes.map((a) => [a, 0]));
  const loops = plan.lanes === 'cells' ? [plan.vector.axis, ...plan.reduceLoops] : [...plan.reduceLoops, plan.vector.axis];
  loops.forEach((a, i) => levelOf.set(a, i + 1));
  const levels: LoopLevels = { levelOf, vectorLevel: levelOf.get(plan.vector.axis) as number, vectorAxis: plan.vector.axis };
  const em = new VectorEmitter(w, scope, levels, placement);
  const out = placement(stage.out);
  const outAccess: AccessExpr = { kind: 'access', dtype: out.dtype, tensor: stage.out, indices: stage.axes.map((a) => ({ terms: [{ axis: a, coef: 1 }], constant: 0 })) };
  const rest = scope.local('i32');
  const remaining = scope.local('i32');
  const acc = scope.local('v128');
  const v = em.axisLocal.get(plan.vector.axis) as number;
  const extent = (a: string): number => extents.get(a) ?? 1;
  const spans = ranges.spans;
  const spanLo = scope.local('i32');
  const spanHi = scope.local('i32');
  const spanAt = scope.local('i32');
  const spanEnd = scope.local('i32');
  const vectorSpans = spans !== undefined && spans.axis === plan.vector.axis;
  const [vLo, vHi] = vectorSpans ? [spanLo, spanHi] : [ranges.vLo, ranges.vHi];
  const get = (i: number): Expr => w.get(scope, i);

  /** `body` once per span of the list: [spanLo, spanHi) the span's range. */
  const spanLoop = (body: Expr[]): Expr[] => {
    const list = spans as NonNullable<StageRanges['spans']>;
    return [
      w.set(spanEnd, w.i32.add(get(list.ptr), w.i32.shl(get(list.count), w.i32.const(3)))),
      w.forLoop(scope, spanAt, get(list.ptr), get(spanEnd), 8, [w.set(spanLo, w.i32.load(0, get(spanAt))), w.set(spanHi, w.i32.load(4, get(spanAt))), ...body]),
    ];
  };

  const combine = (a: Expr, b: Expr): Expr => {
    switch (plan.reducer) {
      case 'prod':
        return w.f32x4.mul(a, b);
      case 'max':
        return w.f32x4.max(a, b);
      case 'min':
        return w.f32x4.min(a, b);
      default:
        return w.f32x4.add(a, b);
    }
  };
  const identity = (): Expr => em.f32(IDENTITY[plan.reducer ?? 'sum']);
  const start = (): Expr => em.f32(ranges.init ?? IDENTITY[plan.reducer ?? 'sum']);

  /** Loops over `axes` (each at its level), with each level's statements first; the gathered axis over its spans. */
  const nest = (axes: readonly string[], mode: LaneMode, inner: Expr[]): Expr[] => {
    let body = inner;
    for (let i = axes.length - 1; i >= 0; i--) {
      const a = axes[i] as string;
      const level = levelOf.get(a) as number;
      const local = em.axisLocal.get(a) as number;
      const iteration = [...em.statements(level, mode), ...body];
      body = spans?.axis === a ? spanLoop([w.forLoop(scope, local, get(spanLo), get(spanHi), 1, iteration)]) : [w.forLoop(scope, local, w.i32.const(0), w.i32.const(extent(a)), 1, iteration)];
    }
    return body;
  };

  /**
   * Vector loops over [vLo, vHi): each `steps` loop takes as many whole steps as fit from where
   * the previous one stopped, then the 1–3 remaining positions run with clamped lanes.
   */
  const vectorLoop = (steps: readonly { readonly lanes: number; readonly body: Expr[] }[], tail: Expr[]): Expr[] => {
    const loops = vectorRange(steps, tail);
    return vectorSpans ? spanLoop(loops) : loops;
  };
  const vectorRange = (steps: readonly { readonly lanes: number; readonly body: Expr[] }[], tail: Expr[]): Expr[] => [
    ...steps.map((s, i) => w.forLoop(scope, v, i === 0 ? get(vLo) : w.get(scope, v), w.i32.sub(get(vHi), w.i32.const(s.lanes - 1)), s.lanes, s.body)),
    w.ifThen(w.i32.ltS(w.get(scope, v), get(vHi)), [
      w.set(remaining, w.i32.sub(get(vHi), w.get(scope, v))),
      ...em.tailLanes.map((lane, l) => {
        const at = w.i32.add(w.get(scope, v), w.i32.const(l));
        return w.set(lane, w.select(w.i32.ltS(at, get(vHi)), at, w.i32.sub(get(vHi), w.i32.const(1))));
      }),
      ...tail,
    ]),
  ];

  /** Stores the lanes of a cell vector: a vector store where contiguous, else lane by lane. */
  const storeCells = (value: VecValue, mode: LaneMode): Expr[] => {
    const { base, vectorStep, bytes } = em.address(outAccess, mode);
    const whole = mode === 'main' && vectorStep === bytes;
    if (out.dtype === 'bool') {
      const ones = w.v128.and(em.asMask(value), em.i32x4([1, 1, 1, 1]));
      const packed = w.i8x16.narrowI16x8U(w.i16x8.narrowI32x4U(ones, ones), w.v128.zero());
      const laneBytes = (at: Expr) => w.v128.store32Lane(0, 0, at, packed, 1);
      if (whole) return [laneBytes(w.i32.add(base(), w.get(scope, v)))];
      const bytesLocal = scope.local('v128');
      return [w.set(bytesLocal, packed), ...laneStores(mode, (l) => w.v128.store8Lane(0, l, em.laneAddress(base(), vectorStep, l, 'main'), w.get(scope, bytesLocal)))];
    }
    if (whole) return [w.v128.store(0, w.i32.add(base(), em.scaled(w.get(scope, v), bytes)), em.asF32(value))];
    const valueLocal = scope.local('v128');
    return [w.set(valueLocal, em.asF32(value)), ...laneStores(mode, (l) => w.v128.store32Lane(0, l, em.laneAddress(base(), vectorStep, l, 'main'), w.get(scope, valueLocal)))];
  };

  /** Lane stores: all four in the main loop; in the tail only the first `remaining` (unclamped). */
  const laneStores = (mode: LaneMode, store: (lane: number) => Expr): Expr[] => {
    if (mode === 'main') return [0, 1, 2, 3].map(store);
    return [store(0), ...[1, 2, 3].map((l) => w.ifThen(w.i32.ltS(w.i32.const(l), w.get(scope, remaining)), [store(l)]))];
  };

  let perRow: Expr[];
  if (plan.lanes === 'cells') {
    const cellBlock = (mode: LaneMode): Expr[] => {
      const term = em.value(plan.body, mode);
      if (plan.reducer === undefined) return [...em.statements(1, mode), ...storeCells(term, mode)];
      const accumulate = w.set(acc, combine(w.get(scope, acc), em.asF32(term)));
      return [...em.statements(1, mode), w.set(acc, start()), ...nest(plan.reduceLoops, mode, [accumulate]), ...storeCells({ kind: 'f32', get: () => w.get(scope, acc) }, mode)];
    };
    perRow = vectorLoop([{ lanes: 4, body: cellBlock('main') }], cellBlock('tail'));
  } else {
    // four accumulators (16 lanes) in the main loop: the combine's latency is hidden
    const level = levels.vectorLevel;
    const accs = [acc, scope.local('v128'), scope.local('v128'), scope.local('v128')];
    const step = (mode: LaneMode, into: number, term = em.value(plan.body, mode)): Expr[] => [...em.statements(level, mode), w.set(into, combine(w.get(scope, into), em.asF32(term)))];
    const unrolled = accs.flatMap((a, k) => step(`main+${4 * k}`, a));
    const single = step('main', acc);
    const valid = w.i32x4.ltS(em.i32x4([0, 1, 2, 3]), w.i32x4.splat(w.get(scope, remaining)));
    const tailTerm = em.value(plan.body, 'tail');
    const tail = [...em.statements(level, 'tail'), w.set(acc, combine(w.get(scope, acc), w.v128.bitselect(em.asF32(tailTerm), identity(), valid)))];
    const pair = (a: number, b: number): Expr => w.set(a, combine(w.get(scope, a), w.get(scope, b)));
    const merge = [pair(accs[0] as number, accs[1] as number), pair(accs[2] as number, accs[3] as number), pair(acc, accs[2] as number)];
    const { base } = em.address(outAccess, 'main');
    // lanes (0 ⊕ 2, 1 ⊕ 3, …), then lane 0 ⊕ lane 1: a fixed order
    const swapHalves = [8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7];
    const swapPairs = [4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11];
    const fold = (lanes: number[]): Expr => w.set(acc, combine(w.get(scope, acc), w.i8x16.shuffle(w.get(scope, acc), w.get(scope, acc), lanes)));
    const total = w.f32x4.extractLane(w.get(scope, acc), 0);
    const store = out.dtype === 'bool' ? w.i32.store8(0, base(), w.f32.ne(total, w.f32.const(0))) : w.f32.store(0, base(), total);
    const loops = vectorLoop([{ lanes: 16, body: unrolled }, { lanes: 4, body: single }], tail);
    perRow = [...accs.map((a) => w.set(a, start())), ...nest(plan.reduceLoops, 'main', loops), ...merge, fold(swapHalves), fold(swapPairs), store];
  }

  const decode: Expr[] = [];
  if (plan.rowAxes.length > 0) {
    decode.push(w.set(rest, w.get(scope, row)));
    for (let i = plan.rowAxes.length - 1; i >= 0; i--) {
      const a = plan.rowAxes[i] as string;
      const local = em.axisLocal.get(a) as number;
      if (i === 0) decode.push(w.set(local, w.get(scope, rest)));
      else {
        decode.push(w.set(local, w.i32.remU(w.get(scope, rest), w.i32.const(extent(a)))));
        decode.push(w.set(rest, w.i32.divU(w.get(scope, rest), w.i32.const(extent(a)))));
      }
    }
  }
  const touches = ranges.touchAhead && vectorSpans && spans ? touchCode(w, scope, em, stage, plan, extents, placement, row, spans, ranges.touchAhead) : [];
  return { entry: em.entry(), row: [...decode, ...em.statements(0, 'main'), ...touches, ...perRow] };
}

/**
 * The cache lines a row `ahead` rows later will read or write along the spans, touched now (one
 * byte of each 64-byte line): a PIT row reads a few short runs of a long row, which hardware
 * prefetchers do not foresee, so without this each row waits for memory. Touching starts the
 * misses of a later row while this one computes. Only contiguous accesses addressed by the row
 * axes alone are touched, and only while the later row is in the same task and the same run of
 * the innermost row axis (so its address is this row's plus a fixed step).
 */
function touchCode(
  w: WasmModuleBuilder,
  scope: FunctionScope,
  em: VectorEmitter,
  stage: Stage,
  plan: LoopPlan,
  extents: ReadonlyMap<string, number>,
  placement: (tensor: string) => TensorPlacement,
  row: number,
  spans: { readonly ptr: number; readonly count: number },
  touch: NonNullable<StageRanges['touchAhead']>,
): Expr[] {
  const inner = plan.rowAxes[plan.rowAxes.length - 1];
  if (inner === undefined) return [];
  const rowAxes = new Set(plan.rowAxes);
  const outAccess: AccessExpr = { kind: 'access', dtype: placement(stage.out).dtype, tensor: stage.out, indices: stage.axes.map((a) => ({ terms: [{ axis: a, coef: 1 }], constant: 0 })) };
  const seen = touch.touched;
  const streams: { base: () => Expr; ahead: number; bytes: number }[] = [];
  for (const a of [...accessesOf(plan.body), ...(plan.lanes === 'cells' && plan.reducer === undefined ? [outAccess] : [])]) {
    const p = placement(a.tensor);
    const { steps } = elementSteps(a, p.shape);
    const bytes = p.dtype === 'bool' ? 1 : 4;
    if (steps.get(plan.vector.axis) !== 1 || [...steps.keys()].some((x) => x !== plan.vector.axis && !rowAxes.has(x))) continue;
    // by address: a tensor written over another's buffer (shared-buffers.ts) reads the same lines
    const key = `${p.address}|${printScalar({ ...a, tensor: '' })}`;
    if (seen.has(key)) continue;
    seen.add(key);
    streams.push({ base: em.address(a, 'main').base, ahead: touch.rows * (steps.get(inner) ?? 0) * bytes, bytes });
  }
  if (streams.length === 0) return [];
  const at = scope.local('i32');
  const span = scope.local('i32');
  const spanEnd = scope.local('i32');
  const get = (i: number): Expr => w.get(scope, i);
  const innerLocal = em.axisLocal.get(inner) as number;
  const sameRun = w.i32.and(
    w.i32.ltS(w.i32.add(get(row), w.i32.const(touch.rows)), get(touch.rowHi)),
    w.i32.ltS(w.i32.add(get(innerLocal), w.i32.const(touch.rows)), w.i32.const(extents.get(inner) ?? 1)),
  );
  const perSpan = streams.map((st) =>
    w.forLoop(scope, at, w.i32.add(w.i32.add(st.base(), w.i32.const(st.ahead)), em.scaled(w.i32.load(0, get(span)), st.bytes)), w.i32.add(w.i32.add(st.base(), w.i32.const(st.ahead)), em.scaled(w.i32.load(4, get(span)), st.bytes)), 64, [
      w.set(touch.sink, w.i32.or(get(touch.sink), w.i32.load8U(0, get(at)))),
    ]),
  );
  return [
    w.ifThen(sameRun, [
      w.set(spanEnd, w.i32.add(get(spans.ptr), w.i32.shl(get(spans.count), w.i32.const(3)))),
      w.forLoop(scope, span, get(spans.ptr), get(spanEnd), 8, perSpan),
    ]),
  ];
}

/** Calls per kernel call: enough that most of a first run gets the optimized code (see below). */
const CHUNKS = 32;

/**
 * The exported function runs its range in up to CHUNKS calls of the kernel (pieces of rows, or
 * for one row of cells, pieces of the vector axis cut at multiples of 4). V8 first runs wasm in
 * its baseline compiler (4–10× slower on SIMD here), compiles a hot function with its optimizing
 * compiler in the background, and uses the result from the next call on: without pieces, the
 * whole first run of an op (often the only one) would stay on the baseline code.
 */
function emitChunkedDriver(w: WasmModuleBuilder, name: string, part: string, plan: LoopPlan): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32']);
  const [rowLo, rowHi, vLo, vHi] = [0, 1, 2, 3];
  const get = (i: number): Expr => w.get(scope, i);
  const at = scope.local('i32');
  const step = scope.local('i32');
  const min = (a: Expr, b: Expr): Expr => w.select(w.i32.ltS(a, b), a, b);
  // rows in pieces of ⌈rows / CHUNKS⌉
  const byRows = [
    w.set(step, w.i32.add(w.i32.divS(w.i32.sub(get(rowHi), get(rowLo)), w.i32.const(CHUNKS)), w.i32.const(1))),
    w.forLoopDynamic(scope, at, get(rowLo), get(rowHi), w.get(scope, step), [
      w.call(part, [w.get(scope, at), min(w.i32.add(w.get(scope, at), w.get(scope, step)), get(rowHi)), get(vLo), get(vHi)], 'none'),
    ]),
  ];
  // one row of cells: the vector axis in pieces of a multiple of 4
  const byVector = [
    w.set(step, w.i32.shl(w.i32.add(w.i32.divS(w.i32.sub(get(vHi), get(vLo)), w.i32.const(4 * CHUNKS)), w.i32.const(1)), w.i32.const(2))),
    w.forLoopDynamic(scope, at, get(vLo), get(vHi), w.get(scope, step), [
      w.call(part, [get(rowLo), get(rowHi), w.get(scope, at), min(w.i32.add(w.get(scope, at), w.get(scope, step)), get(vHi))], 'none'),
    ]),
  ];
  const oneRow = w.i32.eq(w.i32.sub(get(rowHi), get(rowLo)), w.i32.const(1));
  const body = plan.lanes === 'cells' ? [w.ifThen(oneRow, byVector, byRows)] : byRows;
  w.addFunction(name, scope, 'none', body);
}

