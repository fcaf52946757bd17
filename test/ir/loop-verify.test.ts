import { describe, expect, it } from 'vitest';
import { lowerToLoops } from '../../codegen/lower/to-loops.js';
import { dimConst } from '../../ir/dim-expr.js';
import type { AxisLoop, LoopOp, LoopProgram, LoopStep } from '../../ir/loops/loop-ir.js';
import { verifyLoopProgram } from '../../ir/loops/verify.js';
import { plannedSample } from '../helpers/loop-samples.js';

/**
 * The verifier catches each kind of malformed loop IR: every mutation below breaks one
 * invariant of a valid program (a sample's loops) and must be reported, naming what broke.
 */

const ffn = lowerToLoops(plannedSample('ffn-relu.pit'));
const attention = lowerToLoops(plannedSample('attention.pit'));
const cells = lowerToLoops(plannedSample('softmax.pit'), new Map(), { cells: true });

function withOp(p: LoopProgram, name: string, change: (op: LoopOp) => LoopOp): LoopProgram {
  expect(p.ops.some((o) => o.output === name)).toBe(true);
  return { ...p, ops: p.ops.map((o) => (o.output === name ? change(o) : o)) };
}

/** Applies `change` to every step (children first) of one op. */
function mapSteps(steps: readonly LoopStep[], change: (s: LoopStep) => LoopStep): LoopStep[] {
  return steps.map((s) =>
    change(
      s.kind === 'loop' || s.kind === 'strips' || s.kind === 'listed'
        ? { ...s, body: mapSteps(s.body, change) }
        : s,
    ),
  );
}

const op = (p: LoopProgram, name: string): LoopOp => p.ops.find((o) => o.output === name) as LoopOp;

describe('verifyLoopProgram', () => {
  it('accepts the samples', () => {
    expect(verifyLoopProgram(ffn)).toEqual([]);
    expect(verifyLoopProgram(attention)).toEqual([]);
    expect(verifyLoopProgram(cells)).toEqual([]);
    expect(op(cells, 'mx').form).toBe('cell');
  });

  const cases: [string, () => LoopProgram, RegExp][] = [
    [
      'an axis bound twice on one path',
      () =>
        withOp(ffn, 'h', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'loop' && s.axis === 'k' ? { ...s, body: [{ ...s, body: s.body }] } : s,
          ),
        })),
      /'k' is bound twice/,
    ],
    [
      'an axis used where no loop binds it',
      () => withOp(ffn, 'a', (o) => ({ ...o, body: (o.body[0] as AxisLoop).body })),
      /'t' used unbound|with 't' unbound/,
    ],
    [
      'a loop over a range of another extent',
      () =>
        withOp(ffn, 'a', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'loop' && s.axis === 'f'
              ? { ...s, range: { kind: 'full', extent: dimConst(7) } }
              : s,
          ),
        })),
      /loop over 'f' has extent 7/,
    ],
    [
      'a zero extent in a program with symbolic dims',
      () =>
        withOp(ffn, 'a', (o) => ({
          ...o,
          axes: o.axes.map((a) => (a.name === 'f' ? { ...a, extent: dimConst(0) } : a)),
        })),
      /axis 'f' has extent 0/,
    ],
    [
      'an index whose grid disagrees with its source',
      () => ({
        ...ffn,
        indexes: ffn.indexes.map((i) => ({
          ...i,
          grid: { ...i.grid, gatherDim: 0, stripDims: [1] },
        })),
      }),
      /grid disagrees|the index gathers along 0/,
    ],
    [
      'a gather axis that does not follow the gather dimension',
      () => withOp(ffn, 'y', (o) => ({ ...o, pit: o.pit && { ...o.pit, dimToSource: [1, 0] } })),
      /the gather axis follows source dim 0/,
    ],
    [
      'a listed range outside the listed loop',
      () =>
        withOp(ffn, 'y', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'listed' ? { ...s, kind: 'strips' as const } : s,
          ),
        })),
      /outside its listed loop|strip loop inside a strip loop/,
    ],
    [
      'a listed width other than the index micro-tile',
      () =>
        withOp(ffn, 'y', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'loop' && s.range.kind === 'listed'
              ? { ...s, range: { ...s.range, width: 2 } }
              : s,
          ),
        })),
      /listed width 2/,
    ],
    [
      'an SRead of a tensor that does not exist',
      () =>
        withOp(ffn, 'y', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) => (s.kind === 'sread' ? { ...s, tensor: 'nope' } : s)),
        })),
      /sread of unknown tensor 'nope'/,
    ],
    [
      'an SWrite into another tensor',
      () =>
        withOp(ffn, 'y', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) => (s.kind === 'store' ? { ...s, tensor: 'a' } : s)),
        })),
      /stores into 'a'/,
    ],
    [
      'an SWrite mode other than the PIT form says',
      () =>
        withOp(attention, 's', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'store' ? { ...s, write: 'dense' as const } : s,
          ),
        })),
      /store dense in a pit form/,
    ],
    [
      'a buffer read before it is accumulated',
      () => withOp(ffn, 'h', (o) => ({ ...o, body: [...o.body].reverse() })),
      /reads r0 before it is accumulated/,
    ],
    [
      'a buffer accumulated before its init',
      () => withOp(ffn, 'h', (o) => ({ ...o, body: o.body.filter((s) => s.kind !== 'init') })),
      /r0 accumulates before its init/,
    ],
    [
      'contraction axes that do not partition the op axes',
      () =>
        withOp(ffn, 'h', (o) => ({
          ...o,
          contraction:
            o.contraction.kind === 'contraction' ? { ...o.contraction, k: ['t'] } : o.contraction,
        })),
      /contraction axes overlap/,
    ],
    [
      'a contraction over a max',
      () =>
        withOp(attention, 'o', (o) => ({
          ...o,
          buffers: o.buffers.map((b) => ({ ...b, reducer: 'max' as const })),
        })),
      /no sum buffer/,
    ],
    [
      'an index built by an op that does not read it',
      () => ({ ...ffn, indexes: ffn.indexes.map((i) => ({ ...i, builtBy: 'h' })) }),
      /built by 'h', first read by 'y'/,
    ],
    [
      'an access with the wrong number of indices',
      () =>
        withOp(ffn, 'a', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'store' && s.value.kind === 'unary' && s.value.arg.kind === 'access'
              ? {
                  ...s,
                  value: {
                    ...s.value,
                    arg: { ...s.value.arg, indices: s.value.arg.indices.slice(1) },
                  },
                }
              : s,
          ),
        })),
      /1 indices for rank 2/,
    ],
    [
      'a per-cell reduction kept over a free axis',
      () =>
        withOp(cells, 'mx', (o) => ({
          ...o,
          buffers: o.buffers.map((b) => ({ ...b, over: ['t'] })),
        })),
      /buffer r0 is kept over \(t\) inside a cell/,
    ],
    [
      'a per-cell form whose outer loops are not the spatial axes',
      () => withOp(cells, 'ex', (o) => ({ ...o, body: (o.body[0] as AxisLoop).body })),
      /loops are not the spatial axes \(t, n\) in order/,
    ],
    [
      'a cell whose store is not its last step',
      () =>
        withOp(cells, 'mx', (o) => ({
          ...o,
          body: mapSteps(o.body, (s) =>
            s.kind === 'loop' && s.axis === 't'
              ? { ...s, body: [...s.body, { kind: 'init', buffer: 'r0', value: 0 }] }
              : s,
          ),
        })),
      /a cell does not end in its one store/,
    ],
    [
      'a given buffer that the op computes',
      () =>
        withOp(cells, 'mx', (o) => ({
          ...o,
          buffers: o.buffers.map((b) => ({ ...b, given: true })),
        })),
      /init of given buffer r0/,
    ],
    [
      'a given buffer outside a per-cell form',
      () =>
        withOp(ffn, 'h', (o) => ({
          ...o,
          buffers: o.buffers.map((b) => ({ ...b, given: true })),
        })),
      /buffer r0 is given in a (dense|pit) form/,
    ],
  ];

  it.each(cases)('reports %s', (_what, mutate, message) => {
    const problems = verifyLoopProgram(mutate());
    expect(problems.length, 'the mutation was caught').toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });

  it('checks every op, naming it', () => {
    const broken = withOp(attention, 'z', (o) => ({
      ...o,
      body: o.body.filter((s) => s.kind !== 'init'),
    }));
    expect(verifyLoopProgram(broken).every((p) => p.startsWith("op 'z': "))).toBe(true);
    expect(op(attention, 'z').form).toBe('pit');
  });
});
