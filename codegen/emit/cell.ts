import { InternalError } from '../../ir/core/errors.js';
import type { LoopBuffer, LoopOp, LoopStep } from '../../ir/loops/loop-ir.js';
import { ScalarRenderer } from './scalar.js';
import type { CTextBuilder } from './text-builder.js';

export interface CellOptions {
  /** Every operator's value named once (gpu.js, WGSL), or one nested expression (C). */
  readonly bindEach: boolean;
  /** A read of a given buffer (computed by another kernel) at the current cell. */
  readonly given?: (buffer: LoopBuffer) => string;
}

/**
 * Renders one cell of an op's per-cell form (codegen/lower/to-loops.ts `lowerCellOp`) through a
 * builder whose axes are the op's: the caller has bound the spatial axes (`b.axisVar`) to the
 * thread's cell and stores what this returns. Inside the cell, as the loop IR says: each
 * reduction an accumulator in the language's computing type started at its init, loops over its
 * own axes in order, the reducer's combine per point; the value of the store, unrounded (the
 * caller rounds it to the output's dtype as it stores).
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
  let stored: string | undefined;
  const steps = (list: readonly LoopStep[], at: number): void => {
    for (const step of list) {
      switch (step.kind) {
        case 'loop':
          if (step.range.kind !== 'full')
            throw new InternalError(b.lang.stage, `a ${step.range.kind} range in a cell`);
          b.openLoop(step.axis, at);
          steps(step.body, at + 1);
          b.closeLoops(1, at);
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
          if (at !== depth) throw new InternalError(b.lang.stage, 'a store inside a cell loop');
          stored = scalar.value(step.value, at);
          break;
        default:
          throw new InternalError(b.lang.stage, `a '${step.kind}' step in a cell`);
      }
    }
  };
  steps(cellSteps(op, b.lang.stage), depth);
  if (stored === undefined) throw new InternalError(b.lang.stage, `'${op.output}': no store`);
  return stored;
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
