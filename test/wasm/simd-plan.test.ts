import { describe, expect, it } from 'vitest';
import { LANE_AXIS, planStage } from '../../codegen/wasm/loop-plan.js';
import { stageJobs } from '../../codegen/wasm/simd-run.js';
import { splitStages } from '../../codegen/wasm/simd-stages.js';
import { simdUnsupported } from '../../codegen/wasm/simd-support.js';
import { evalDim } from '../../ir/dim-expr.js';
import { printScalar } from '../../ir/expr/print.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import { compilePit } from '../helpers/pit-harness.js';

/** The op defining `name` in `text`, with its axis extents (dims at their defaults). */
function opOf(text: string, name: string): { expr: TensorExpr; extents: Map<string, number>; shapeOf: (t: string) => number[] } {
  const graph = compilePit(text).graph;
  const dims = new Map(graph.dims.map((d) => [d.name, d.default as number]));
  const op = graph.ops.find((o) => o.expr.output === name);
  if (!op) throw new Error(`no op ${name}`);
  const extents = new Map([...op.expr.spatial, ...op.expr.reduce].map((a) => [a.name, evalDim(a.extent, dims) as number]));
  const shapes = new Map(graph.tensors.map((t) => [t.name, t.shape.map((d) => evalDim(d, dims) as number)]));
  return { expr: op.expr, extents, shapeOf: (t) => shapes.get(t) ?? [] };
}

const ATTENTION = `dim H = 2, S = 64
input s: f32[H, S, S]
mx[h, i] = max[j] s[h, i, j]
col[h, j] = sum[i] s[h, i, j]
ex[h, i, j] = exp(s[h, i, j] - mx[h, i])
all[] = sum[h, i, j] s[h, i, j]
one[] = s[0, 1, 2] * 2
`;

describe('the loop-nest planner', () => {
  it('vectorizes a reduction along its own axis when that is the contiguous one', () => {
    const { expr, extents, shapeOf } = opOf(ATTENTION, 'mx');
    const plan = planStage(splitStages(expr, '@t.').stages[0]!, extents, shapeOf);
    expect(plan).toMatchObject({ lanes: 'reduce', vector: { axis: 'j', extent: 64 }, rowAxes: ['h', 'i'], rows: 128, reduceLoops: [], reducer: 'max', work: 2 * 64 * 64 });
  });

  it('vectorizes along the output axis when the reduction runs across rows (lanes are cells)', () => {
    const { expr, extents, shapeOf } = opOf(ATTENTION, 'col');
    const plan = planStage(splitStages(expr, '@t.').stages[0]!, extents, shapeOf);
    expect(plan).toMatchObject({ lanes: 'cells', vector: { axis: 'j', extent: 64 }, rowAxes: ['h'], rows: 2, reduceLoops: ['i'] });
  });

  it('elementwise ops step along the last output axis; work counts a math function as ten points', () => {
    const { expr, extents, shapeOf } = opOf(ATTENTION, 'ex');
    const plan = planStage(splitStages(expr, '@t.').stages[0]!, extents, shapeOf);
    expect(plan).toMatchObject({ lanes: 'cells', vector: { axis: 'j', extent: 64 }, rowAxes: ['h', 'i'], rows: 128, work: 2 * 64 * 64 * 11 });
  });

  it('a rank-0 output: one row, a one-lane vector axis used by nothing; a full reduction uses its innermost axis', () => {
    const one = opOf(ATTENTION, 'one');
    expect(planStage(splitStages(one.expr, '@t.').stages[0]!, one.extents, one.shapeOf)).toMatchObject({ lanes: 'cells', vector: { axis: LANE_AXIS, extent: 1 }, rows: 1 });
    const all = opOf(ATTENTION, 'all');
    expect(planStage(splitStages(all.expr, '@t.').stages[0]!, all.extents, all.shapeOf)).toMatchObject({ lanes: 'reduce', vector: { axis: 'j' }, rows: 1, reduceLoops: ['h', 'i'] });
  });
});

describe('stage splitting', () => {
  const TEXT = `dim T = 3
input x: f32[T, 8]
mu[t] = (sum[d] x[t, d]) / 8
n[t] = sum[b] (max[c] x[t, c] * x[t, b]) * x[t, b]
s[t] = sum[d] x[t, d]
`;
  it('hoists a reduction that is not the whole body into a buffer over its free axes', () => {
    const { expr } = opOf(TEXT, 'mu');
    const staged = splitStages(expr, '@op.');
    expect(staged.buffers).toEqual([{ name: '@op.0', axes: ['t'] }]);
    expect(staged.stages.map((s) => `${s.out}[${s.axes.join(',')}] = ${printScalar(s.value)}`)).toEqual(['@op.0[t] = (sum[d] x[t, d])', 'mu[t] = (@op.0[t] / 8)']);
  });

  it('hoists nested reductions first; the body reduction stays the last stage', () => {
    const { expr } = opOf(TEXT, 'n');
    const staged = splitStages(expr, '@op.');
    expect(staged.buffers).toEqual([{ name: '@op.0', axes: ['t', 'b'] }]);
    expect(staged.stages.map((s) => s.out)).toEqual(['@op.0', 'n']);
    expect(printScalar(staged.stages[1]!.value)).toBe('(sum[b] (@op.0[t, b] * x[t, b]))');
  });

  it('an op that is one reduction is one stage; a GEMM result is read from its buffer', () => {
    const { expr } = opOf(TEXT, 's');
    expect(splitStages(expr, '@op.').stages).toHaveLength(1);
    const mu = opOf(TEXT, 'mu').expr;
    if (mu.body.kind !== 'binary' || mu.body.lhs.kind !== 'reduce') throw new Error('mu is (sum) / 8');
    const external = new Map([[mu.body.lhs, '@op.gemm']]);
    const staged = splitStages(mu, '@op.', external);
    expect(staged.stages.map((s) => printScalar(s.value))).toEqual(['(@op.gemm[t] / 8)']);
  });
});

describe('which ops the SIMD kernels cover', () => {
  const TEXT = `dim N = 5
input x: f32[N]
input m: bool[N]
input idx: i32[N]
a[i] = x[i] * idx[i]
b[i] = (idx[i] + idx[i]) * x[i]
c[i] = idx[i] + idx[i]
d[i] = min(abs(i - 2) <= 1, m[i] == m[i])
e[i] = (sum[j] m[j]) / 5 + x[i]
f[i] = idx[i] < 3
`;
  it.each([
    ['a', undefined],
    ['b', /i32 arithmetic/],
    ['c', /i32 output/],
    ['d', undefined],
    ['e', undefined],
    ['f', /comparison of i32/],
  ] as const)('%s', (name, why) => {
    const { expr, extents } = opOf(TEXT, name);
    const reason = simdUnsupported(expr, extents);
    if (why) expect(reason).toMatch(why);
    else expect(reason).toBeUndefined();
  });

  it('index values longer than 2^24 are not exact in f32', () => {
    const { expr, extents } = opOf(TEXT, 'd');
    expect(simdUnsupported(expr, new Map([...extents].map(([a]) => [a, 2 ** 25])))).toMatch(/2\^24/);
  });
});

describe('thread jobs of a stage', () => {
  const stage = (rows: number, vector: number, lanes: 'cells' | 'reduce', work = 1e9) => ({ fn: 'f', rows, vector, lanes, work });
  it('splits rows evenly when there are enough of them', () => {
    expect(stageJobs(stage(10, 7, 'cells'), 2)).toEqual([
      [0, 5, 0, 7],
      [5, 10, 0, 7],
    ]);
  });
  it('splits the vector axis at multiples of 4 when rows are too few, never a reduced one', () => {
    expect(stageJobs(stage(1, 70, 'cells'), 2)).toEqual([
      [0, 1, 0, 36],
      [0, 1, 36, 70],
    ]);
    expect(stageJobs(stage(1, 70, 'reduce'), 2)).toEqual([[0, 1, 0, 70]]);
  });
  it('keeps small stages on one thread', () => {
    expect(stageJobs(stage(100, 100, 'cells', 1000), 2)).toEqual([[0, 100, 0, 100]]);
  });
});
