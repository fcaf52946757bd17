import { emitClaimLoop } from './claim-loop.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';
import type { StageSource } from './pointwise-kernels.js';
import { stageRowCode, type StageRanges } from './simd-kernel-emit.js';
import { GROUP_TASK_FIELDS } from './stage-tasks.js';

/** Rows ahead whose span lines a PIT group touches (see touchCode in simd-kernel-emit.ts). */
export const TOUCH_AHEAD_ROWS = 8;

/** One stage of a group as emitted: where its loops take their ranges. */
export interface GroupMember {
  readonly source: StageSource;
  /** The loop that runs over each task's spans (PIT groups), if any. */
  readonly spanAxis?: string;
  /** Its vector range: the task's (PIT groups: one layout for all) or its whole axis (dense groups). */
  readonly vector: 'task' | 'whole';
  /** Start of a reduction's accumulators (a PIT rule's SWrite init). */
  readonly init?: number;
}

/**
 * A stage group as one kernel: `name(tasks, count)` runs `count` task records (GROUP_TASK_FIELDS
 * i32 each, from byte address `tasks`) and, for every row of a task, the row code of every
 * member stage in order. Members read what earlier members wrote in the same row (a row max,
 * then the exponentials of that row, then their sum), so an intermediate is produced and
 * consumed while it is in cache, and the tensors between them are read once per row instead of
 * once per op. Each task runs in a call of its own (`name_task`): V8 swaps in its optimized
 * code between calls, so a first run does not stay on the baseline compiler's.
 */
export function emitStageGroup(w: WasmModuleBuilder, name: string, members: readonly GroupMember[], sinkAddress: number): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [rowLo, rowHi, vLo, vHi, spanPtr, spanCount] = [0, 1, 2, 3, 4, 5];
  const row = scope.local('i32');
  const sink = scope.local('i32');
  // a tensor read by several members (the scores by max and exp) is touched once
  const touched = new Set<string>();
  const entry: Expr[] = [];
  const perRow: Expr[] = [];
  for (const m of members) {
    let ranges: StageRanges;
    if (m.vector === 'task') ranges = { vLo, vHi };
    else {
      const lo = scope.local('i32');
      const hi = scope.local('i32');
      entry.push(w.set(lo, w.i32.const(0)), w.set(hi, w.i32.const(m.source.plan.vector.extent)));
      ranges = { vLo: lo, vHi: hi };
    }
    if (m.spanAxis !== undefined) ranges = { ...ranges, spans: { ptr: spanPtr, count: spanCount, axis: m.spanAxis }, touchAhead: { rows: TOUCH_AHEAD_ROWS, rowHi, sink, touched } };
    if (m.init !== undefined) ranges = { ...ranges, init: m.init };
    const { stage, plan, extents, placement } = m.source;
    const code = stageRowCode(w, scope, stage, plan, extents, placement, row, ranges);
    entry.push(...code.entry);
    perRow.push(...code.row);
  }
  const rowLoop = w.forLoop(scope, row, w.get(scope, rowLo), w.get(scope, rowHi), 1, perRow);
  // the touched bytes go somewhere, so the loads that touch them stay
  w.addFunction(`${name}_task`, scope, 'none', [...entry, rowLoop, w.i32.store(0, w.i32.const(sinkAddress), w.get(scope, sink))]);

  const driver = new FunctionScope(['i32', 'i32']);
  const [tasks, count] = [0, 1];
  const at = driver.local('i32');
  const end = driver.local('i32');
  const bytes = 4 * GROUP_TASK_FIELDS;
  const field = (f: number): Expr => w.i32.load(4 * f, w.get(driver, at));
  w.addFunction(name, driver, 'none', [
    w.set(end, w.i32.add(w.get(driver, tasks), w.i32.mul(w.get(driver, count), w.i32.const(bytes)))),
    w.forLoop(driver, at, w.get(driver, tasks), w.get(driver, end), bytes, [w.call(`${name}_task`, [0, 1, 2, 3, 4, 5].map(field), 'none')]),
  ]);
  w.exportFunction(name);
  emitClaimLoop(w, name, bytes, 0);
}

/** Exported fill functions: `fill32(address, words, bits)` (four words a store) and `fill8(address, bytes, byte)`. */
export const FILL32 = 'fill32';
export const FILL8 = 'fill8';

/**
 * Bulk writes of a constant: the untouched cells of a PIT output that someone reads (−inf over
 * the masked scores, 0 over the skipped exponentials). `address` must be 4-byte aligned for fill32.
 */
export function emitFills(w: WasmModuleBuilder): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32']);
  const [address, words, bits] = [0, 1, 2];
  const at = scope.local('i32');
  const end = scope.local('i32');
  const vec = scope.local('v128');
  const get = (i: number): Expr => w.get(scope, i);
  w.addFunction(FILL32, scope, 'none', [
    w.set(vec, w.i32x4.splat(get(bits))),
    w.set(end, w.i32.add(get(address), w.i32.shl(w.i32.and(get(words), w.i32.const(~3)), w.i32.const(2)))),
    w.forLoop(scope, at, get(address), get(end), 16, [w.v128.store(0, w.get(scope, at), w.get(scope, vec))]),
    w.set(end, w.i32.add(get(address), w.i32.shl(get(words), w.i32.const(2)))),
    w.forLoop(scope, at, w.get(scope, at), get(end), 4, [w.i32.store(0, w.get(scope, at), get(bits))]),
  ]);
  w.exportFunction(FILL32);
  const bytes = new FunctionScope(['i32', 'i32', 'i32']);
  w.addFunction(FILL8, bytes, 'none', [w.memoryFill(w.get(bytes, 0), w.get(bytes, 2), w.get(bytes, 1))]);
  w.exportFunction(FILL8);
}
