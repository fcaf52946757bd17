import { InternalError } from '../../ir/core/errors.js';
import type { AxisLoop, LoopBuffer, LoopOp, LoopStep, UpdateStep } from '../../ir/loops/loop-ir.js';
import { PitSteps, type IndexText } from './pit-steps.js';
import { ScalarRenderer } from './scalar.js';
import type { CTextBuilder } from './text-builder.js';

/** How a target holds an op's reduction buffers and its output. */
export interface NestStorage {
  /** The variable of the output tensor (flat, row-major). */
  readonly output: string;
  /** The statement declaring a buffer of `size` slots. */
  readonly declare: (buffer: LoopBuffer, size: number) => string;
  /** The statement setting every slot of a buffer to `value`. */
  readonly fill: (buffer: LoopBuffer, value: string) => string;
  /** The statement setting every cell of the output to `value` (a PIT form's fill step). */
  readonly fillOutput?: (value: string) => string;
}

/**
 * Renders a dense or PIT op of the loop IR (ir/loops, from codegen/lower/to-loops.ts) through a
 * builder whose axes are the op's: its buffers declared, then its steps in order, loops over
 * whole axes, buffer inits and updates (the reducer's combine, in the op's order), and stores of
 * every output cell rounded to the output's dtype. One liberty, which the loop IR grants (loops
 * over a buffer's free axes are independent): in a perfect nest of whole-axis loops around one
 * update, the buffer's last free axis runs innermost, for memory locality; every slot still
 * accumulates its own axes in the order given.
 *
 * A PIT form's steps (codegen/emit/pit-steps.ts) need the index it walks (`indexes`, by key):
 * the strip loop decodes the strip number into tile coordinates, the listed loop walks the
 * strip's coordinates, strip and listed ranges are clipped at the axis's extent, fills set the
 * output to the SWrite init, and SRead brings nothing in: reads go through the listed ranges.
 * The per-cell form is rendered by cell.ts.
 */
export function renderLoopOp(
  b: CTextBuilder,
  op: LoopOp,
  storage: NestStorage,
  depth: number,
  indexes: ReadonlyMap<string, IndexText> = new Map(),
): void {
  if (op.form === 'cell')
    throw new InternalError(b.lang.stage, `'${op.output}': a per-cell form is rendered by cell.ts`);
  const pit = new PitSteps(b, indexes);
  const buffers = new Map(op.buffers.map((buf) => [buf.name, buf]));
  const bufferOf = (name: string): LoopBuffer => {
    const buf = buffers.get(name);
    if (!buf) throw new InternalError(b.lang.stage, `'${op.output}' has no buffer '${name}'`);
    return buf;
  };
  const slot = (buf: LoopBuffer): string => `${buf.name}[${b.offsetOver(buf.over)}]`;
  const scalar = new ScalarRenderer(b, {
    bindEach: false,
    bufferRead: (e) => slot(bufferOf(e.buffer)),
  });
  for (const buf of op.buffers) {
    const size = buf.over.reduce((n, a) => n * b.extent(a), 1);
    b.emit(storage.declare(buf, size), depth);
  }
  const spatial = op.axes.filter((a) => a.role === 'spatial').map((a) => a.name);

  const update = (step: UpdateStep, at: number): void => {
    const buf = bufferOf(step.buffer);
    const target = slot(buf);
    const value = scalar.combine(buf.reducer, target, scalar.value(step.value, at));
    b.emit(`${target} = ${value};`, at);
  };

  const loops = (axes: readonly string[], at: number, inner: (at: number) => void): void => {
    axes.forEach((axis, i) => b.openLoop(axis, at + i));
    inner(at + axes.length);
    b.closeLoops(axes.length, at);
  };

  const steps = (list: readonly LoopStep[], at: number, bound: ReadonlySet<string>): void => {
    for (const step of list) {
      switch (step.kind) {
        case 'loop': {
          const perfect = updateNest(step);
          const inside = new Set([...bound, step.axis]);
          if (perfect) {
            loops(localOrder(perfect.axes, bufferOf(perfect.update.buffer)), at, (inner) =>
              update(perfect.update, inner),
            );
          } else if (step.range.kind === 'full') {
            loops([step.axis], at, (inner) => steps(step.body, inner, inside));
          } else {
            pit.openRangeLoop(step.axis, step.range, at);
            steps(step.body, at + 1, inside);
            b.closeLoops(1, at);
          }
          break;
        }
        case 'strips':
          pit.strips(step.index, at, (inner) => steps(step.body, inner, bound));
          break;
        case 'listed':
          pit.listed(step.index, at, (inner) => steps(step.body, inner, bound));
          break;
        case 'sread':
          // the reference reads the operand and its partners in place, through the listed ranges
          break;
        case 'fill': {
          if (!storage.fillOutput)
            throw new InternalError(b.lang.stage, `'${op.output}': no fill of the output`);
          // a boolean output holds 0/1: a non-zero init is true
          const value = op.dtype === 'bool' ? (step.value !== 0 ? 1 : 0) : step.value;
          b.emit(storage.fillOutput(b.number(value)), at);
          break;
        }
        case 'init': {
          const buf = bufferOf(step.buffer);
          const value = b.number(step.value);
          if (buf.over.every((a) => bound.has(a))) b.emit(`${slot(buf)} = ${value};`, at);
          else if (buf.over.every((a) => !bound.has(a))) b.emit(storage.fill(buf, value), at);
          else throw new InternalError(b.lang.stage, `buffer '${buf.name}' initialised per part`);
          break;
        }
        case 'update':
          update(step, at);
          break;
        case 'store': {
          // every SWrite mode stores: a PIT form writes each listed cell once
          const value = b.lang.store(op.dtype, scalar.value(step.value, at));
          b.emit(`${storage.output}[${b.offsetOver(spatial)}] = ${value};`, at);
          break;
        }
      }
    }
  };
  steps(op.body, depth, new Set());
}

/** A perfect nest of whole-axis loops around one update: its axes outermost first, or undefined. */
function updateNest(loop: AxisLoop): { axes: string[]; update: UpdateStep } | undefined {
  const axes: string[] = [];
  let step: LoopStep = loop;
  while (step.kind === 'loop' && step.range.kind === 'full' && step.body.length === 1) {
    axes.push(step.axis);
    step = step.body[0] as LoopStep;
  }
  return step.kind === 'update' ? { axes, update: step } : undefined;
}

/** The nest's free axes outermost but the last, which runs innermost; the reduction's own in between. */
function localOrder(axes: readonly string[], buf: LoopBuffer): string[] {
  const free = axes.filter((a) => buf.over.includes(a));
  const own = axes.filter((a) => !buf.over.includes(a));
  const last = free[free.length - 1];
  return last === undefined ? [...own] : [...free.slice(0, -1), ...own, last];
}
