import { InternalError } from '../../ir/core/errors.js';
import type { LoopBuffer, LoopOp, LoopStep } from '../../ir/loops/loop-ir.js';
import {
  PitCell,
  type PitCellBuilder,
  type PitCellIndex,
  type PitPlace,
  type PitSteps,
} from './pit-cell.js';
import { ScalarRenderer } from './scalar.js';
import type { CTextBuilder } from './text-builder.js';

export interface CellOptions {
  /** Every operator's value named once (gpu.js, WGSL), or one nested expression (C). */
  readonly bindEach: boolean;
  /** A read of a given buffer (computed by another kernel) at the current cell. */
  readonly given?: (buffer: LoopBuffer) => string;
  /**
   * A PIT op's cell: the index geometry the kernel is specialised to (the builder names the index
   * arrays), or the kernel's own rendering of the PIT steps.
   */
  readonly pit?: PitCellIndex | PitSteps;
  /**
   * Only the skipped reduction of a PIT reduction scope (a partial sum kernel): its free axes,
   * which the caller binds; the result is its accumulator.
   */
  readonly scopeOnly?: { readonly bound: readonly string[] };
}

/**
 * Renders one cell of an op's per-cell form (codegen/lower/to-loops.ts `lowerCellOp`) through a
 * builder whose axes are the op's: the caller has bound the spatial axes (`b.axisVar`) to the
 * thread's cell and stores what this returns. Inside the cell, as the loop IR says: each
 * reduction an accumulator in the language's computing type started at its init, loops over its
 * own axes in order, the reducer's combine per point; the value of the store, unrounded (the
 * caller rounds it to the output's dtype as it stores). A PIT op's strip and listed loops go
 * through codegen/emit/pit-cell.ts; an output scope's value is the SWrite init where no listed
 * micro-tile holds the cell.
 */
export function renderCell(
  b: CTextBuilder,
  op: LoopOp,
  depth: number,
  options: CellOptions,
): string {
  if (op.form !== 'cell')
    throw new InternalError(b.lang.stage, `'${op.output}': a ${op.form} form is no cell`);
  const buffers = new Map(op.buffers.map((buf) => [buf.name, buf]));
  const bufferOf = (name: string): LoopBuffer => {
    const buf = buffers.get(name);
    if (!buf) throw new InternalError(b.lang.stage, `'${op.output}' has no buffer '${name}'`);
    return buf;
  };
  // an accumulator per buffer, named when it starts (a fresh name: never a program's)
  const accumulators = new Map<string, string>();
  const accumulator = (name: string): string => {
    const acc = accumulators.get(name);
    if (acc === undefined)
      throw new InternalError(b.lang.stage, `'${op.output}' reads ${name} before its init`);
    return acc;
  };
  const scalar = new ScalarRenderer(b, {
    bindEach: options.bindEach,
    bufferRead: (e) => {
      const buf = bufferOf(e.buffer);
      if (!buf.given) return accumulator(buf.name);
      if (!options.given)
        throw new InternalError(b.lang.stage, `'${op.output}' reads given ${buf.name}`);
      return options.given(buf);
    },
  });
  const pit = op.pit ? pitCell(b, op, options) : undefined;
  let stored: string | undefined;
  /** The output scope's cell: the SWrite init unless a listed micro-tile holds it. */
  let filled: string | undefined;
  const store = (value: string, at: number): void => {
    if (stored !== undefined) throw new InternalError(b.lang.stage, 'a cell stores twice');
    if (filled !== undefined) {
      b.emit(`${filled} = ${value};`, at);
      stored = filled;
    } else if (at === depth) stored = value;
    else throw new InternalError(b.lang.stage, 'a store inside a cell loop');
  };
  const steps = (
    list: readonly LoopStep[],
    at: number,
    bound: ReadonlySet<string>,
    place: PitPlace,
  ): void => {
    for (const step of list) {
      switch (step.kind) {
        case 'loop': {
          const inside = new Set([...bound, step.axis]);
          if (step.range.kind === 'full') {
            b.openLoop(step.axis, at);
            steps(step.body, at + 1, inside, place);
            b.closeLoops(1, at);
          } else if (needPit(pit, b.lang.stage).openRange(step.axis, step.range, place, at)) {
            steps(step.body, at + 1, inside, place);
            b.closeLoops(1, at);
          } else steps(step.body, at, inside, place);
          break;
        }
        case 'strips': {
          const cell = needPit(pit, b.lang.stage);
          if (op.pit?.scope.kind === 'output') {
            // every point of the listed body is the cell itself: stored once if any strip lists it
            const [listed] = step.body;
            if (step.body.length !== 1 || listed?.kind !== 'listed')
              throw new InternalError(b.lang.stage, 'an output scope without its listed loop');
            cell.ifListed(bound, at, (d) => steps(listed.body, d, bound, place));
          } else cell.forEachStrip(bound, at, (strip, d) => steps(step.body, d, bound, { strip }));
          break;
        }
        case 'listed': {
          if (!place.strip)
            throw new InternalError(b.lang.stage, 'a listed loop outside its strip');
          needPit(pit, b.lang.stage).listed(place.strip, bound, at, (coord, d) =>
            steps(step.body, d, bound, coord === undefined ? place : { ...place, coord }),
          );
          break;
        }
        case 'sread':
          break; // a thread reads its points where they are (no shared copy)
        case 'fill':
          filled = b.fresh('w');
          b.emit(b.lang.variable(filled, b.number(step.value)), at);
          break;
        case 'init': {
          const acc = b.fresh('r');
          accumulators.set(step.buffer, acc);
          b.emit(b.lang.variable(acc, b.number(step.value)), at);
          break;
        }
        case 'update': {
          const buf = bufferOf(step.buffer);
          scalar.accumulate(buf.reducer, accumulator(buf.name), scalar.value(step.value, at), at);
          break;
        }
        case 'store':
          store(scalar.value(step.value, at), at);
          break;
      }
    }
  };
  if (options.scopeOnly) {
    const scope = op.pit?.scope;
    if (scope?.kind !== 'reduction')
      throw new InternalError(b.lang.stage, `'${op.output}' skips no reduction`);
    steps(scopeSteps(op, scope.buffer, b.lang.stage), depth, new Set(options.scopeOnly.bound), {});
    return accumulator(scope.buffer);
  }
  const spatial = op.axes.filter((a) => a.role === 'spatial').map((a) => a.name);
  steps(cellSteps(op, b.lang.stage), depth, new Set(spatial), {});
  if (stored === undefined) throw new InternalError(b.lang.stage, `'${op.output}': no store`);
  return stored;
}

function pitCell(b: CTextBuilder, op: LoopOp, options: CellOptions): PitSteps {
  const pit = options.pit;
  if (pit && 'forEachStrip' in pit) return pit;
  if (!pit || !('indexArray' in b))
    throw new InternalError(b.lang.stage, `'${op.output}': a PIT cell without its index`);
  return new PitCell(b as PitCellBuilder, op, pit);
}

/** The steps computing the skipped reduction inside a cell: its init and the strip loop after it. */
function scopeSteps(op: LoopOp, buffer: string, stage: string): readonly LoopStep[] {
  let found: readonly LoopStep[] | undefined;
  const search = (list: readonly LoopStep[]): void => {
    list.forEach((s, i) => {
      const next = list[i + 1];
      if (s.kind === 'init' && s.buffer === buffer && next?.kind === 'strips') found ??= [s, next];
      if (s.kind === 'loop' || s.kind === 'strips' || s.kind === 'listed') search(s.body);
    });
  };
  search(op.body);
  if (!found) throw new InternalError(stage, `'${op.output}': no walk of its skipped reduction`);
  return found;
}

function needPit(pit: PitSteps | undefined, stage: string): PitSteps {
  if (!pit) throw new InternalError(stage, 'a PIT step in a dense cell');
  return pit;
}

/** The steps of one cell: inside the loops over the spatial axes, which the caller binds. */
function cellSteps(op: LoopOp, stage: string): readonly LoopStep[] {
  let steps = op.body;
  for (const a of op.axes) {
    if (a.role !== 'spatial') break;
    const loop = steps[0];
    if (steps.length !== 1 || loop?.kind !== 'loop' || loop.axis !== a.name)
      throw new InternalError(stage, `'${op.output}': the cell's loops are not its spatial axes`);
    steps = loop.body;
  }
  return steps;
}
