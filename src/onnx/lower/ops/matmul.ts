/**
 * MatMul (numpy matmul: batch dims broadcast, 1-D operands promoted and their dim removed) and
 * Gemm (alpha, beta, transA, transB, C broadcast to [M, N]): `sum[k] a[.., k] * b[k, ..]`, the
 * contraction the rule analysis and the wasm GEMMs recognise.
 */
import { NodeError, type DeferredSoftmax, type Lowering, type Value } from '../context.js';
import { bin, num, reduce, type PitExpr } from '../pit-expr.js';
import { isOne, printSize, sameSize, type Size } from '../size.js';
import { dimExtents, viewShape, type View } from '../view.js';
import type { OpTable } from './table.js';

/** The loop dims a matmul-like op reads along, and how each operand dim maps to them. */
interface Contraction {
  readonly loop: ReturnType<Lowering['loop']>;
  readonly out: number[];
  readonly k: number;
  readonly readA: PitExpr;
  readonly readB: PitExpr;
  readonly readBias?: PitExpr;
  readonly readLikeA?: PitExpr;
}

/**
 * A[..., M, K] · B[..., K, N] with broadcast batch dims; `aT`/`bT` read the last two dims of A
 * or B swapped (Gemm's transA/transB). `vectorA`/`vectorB`: a 1-D operand (no M or no N).
 */
function contraction(ctx: Lowering, a: View, sa: Size[], b: View, sb: Size[], aT = false, bT = false, bias?: { view: View; shape: Size[] }, likeA?: View): Contraction {
  if (sa.length === 0 || sb.length === 0) throw new NodeError('PIT3209', `${ctx.node.opType} operands must have at least one dim`);
  const vectorA = sa.length === 1;
  const vectorB = sb.length === 1;
  const ra = sa.length;
  const rb = sb.length;
  // positions of M, K in A and K, N in B
  const aK = vectorA ? 0 : aT ? ra - 2 : ra - 1;
  const aM = vectorA ? undefined : aT ? ra - 1 : ra - 2;
  const bK = vectorB ? 0 : bT ? rb - 1 : rb - 2;
  const bN = vectorB ? undefined : bT ? rb - 2 : rb - 1;
  const kA = sa[aK] as Size;
  const kB = sb[bK] as Size;
  if (!sameSize(kA, kB)) throw new NodeError('PIT3209', `the contracted dims differ: ${printSize(kA)} in A and ${printSize(kB)} in B`);
  const batchA = vectorA ? 0 : ra - 2;
  const batchB = vectorB ? 0 : rb - 2;
  const batch = Math.max(batchA, batchB);

  const loop = ctx.loop();
  const batchDims: number[] = [];
  for (let d = 0; d < batch; d++) {
    const lists = [];
    let size: Size | undefined;
    for (const [view, shape, rank] of [
      [a, sa, batchA],
      [b, sb, batchB],
    ] as const) {
      const vd = d - (batch - rank);
      const s = vd >= 0 ? (shape[vd] as Size) : undefined;
      if (!s || isOne(s)) continue;
      if (size && !sameSize(size, s)) throw new NodeError('PIT3209', `batch dim ${d} cannot be broadcast: ${printSize(size)} and ${printSize(s)}`);
      size = s;
      lists.push(dimExtents(view, vd));
    }
    batchDims.push(loop.dim(lists));
  }
  const m = aM !== undefined ? loop.dim([dimExtents(a, aM)]) : undefined;
  const n = bN !== undefined ? loop.dim([dimExtents(b, bN)]) : undefined;
  const k = loop.dim([dimExtents(a, aK), dimExtents(b, bK)], true);
  // Gemm's C runs along [M, N] (right-aligned); its dims of size 1 are broadcast
  const outMN = [m, n];
  bias?.shape.forEach((s, vd) => {
    const d = outMN[vd + (2 - bias.shape.length)];
    if (d !== undefined && !isOne(s)) loop.addFactors(d, dimExtents(bias.view, vd));
  });
  loop.finish();
  const batchOf = (rank: number, shape: Size[]) => (vd: number) => (isOne(shape[vd] as Size) ? undefined : batchDims[vd + (batch - rank)]);
  const readA = loop.read(a, (vd) => (vd === aK ? k : vd === aM ? m : batchOf(batchA, sa)(vd)));
  const readB = loop.read(b, (vd) => (vd === bK ? k : vd === bN ? n : batchOf(batchB, sb)(vd)));
  const out = [...batchDims, ...(m !== undefined ? [m] : []), ...(n !== undefined ? [n] : [])];
  const readBias = bias && loop.read(bias.view, (vd) => (isOne(bias.shape[vd] as Size) ? undefined : outMN[vd + (2 - bias.shape.length)]));
  // a tensor shaped like A with K reduced away (a deferred softmax's sum), read at A's other indices
  const readLikeA = likeA && loop.read(likeA, (vd) => (vd === aK ? undefined : vd === aM ? m : batchOf(batchA, sa)(vd)));
  return { loop, out, k, readA, readB, ...(readBias ? { readBias } : {}), ...(readLikeA ? { readLikeA } : {}) };
}

function matmul(ctx: Lowering): void {
  ctx.onlyAttributes();
  const softmax = ctx.deferred.get(ctx.node.inputs[0] ?? '');
  if (softmax) return normalisedAfterProduct(ctx, softmax);
  const a = ctx.input(0);
  const b = ctx.input(1);
  const dtype = checkFloat(ctx, a, b);
  const sa = ctx.shapeOf(a);
  const sb = ctx.shapeOf(b);
  const c = contraction(ctx, ctx.view(a), sa, ctx.view(b), sb);
  const body = reduce('sum', c.loop.axisNames([c.k]), bin('*', c.readA, c.readB));
  const view = ctx.define(ctx.outputName(0), c.out.map((d) => c.loop.axes(d)), body, dtype, { onnx: ctx.node.outputs[0] as string, loop: c.loop });
  ctx.setOutput(0, { kind: 'view', view });
}

/** softmax(x)·B as (exp(x - max)·B) / sum: one division per output, after the product. */
function normalisedAfterProduct(ctx: Lowering, softmax: DeferredSoftmax): void {
  const b = ctx.input(1);
  checkFloat(ctx, b, b);
  const sa = viewShape(softmax.ex);
  const sb = ctx.shapeOf(b);
  const c = contraction(ctx, softmax.ex, sa, ctx.view(b), sb, false, false, undefined, softmax.z);
  const body = bin('/', reduce('sum', c.loop.axisNames([c.k]), bin('*', c.readA, c.readB)), c.readLikeA as PitExpr);
  const view = ctx.define(ctx.outputName(0), c.out.map((d) => c.loop.axes(d)), body, 'f32', { onnx: ctx.node.outputs[0] as string, note: 'with the softmax it reads, normalised after the product', loop: c.loop });
  ctx.setOutput(0, { kind: 'view', view });
}

function gemm(ctx: Lowering): void {
  ctx.onlyAttributes('alpha', 'beta', 'transA', 'transB');
  const alpha = ctx.floatAttr('alpha', 1);
  const beta = ctx.floatAttr('beta', 1);
  const transA = ctx.intAttr('transA', 0) !== 0;
  const transB = ctx.intAttr('transB', 0) !== 0;
  const a = ctx.input(0);
  const b = ctx.input(1);
  const dtype = checkFloat(ctx, a, b);
  const sa = ctx.shapeOf(a);
  const sb = ctx.shapeOf(b);
  if (sa.length !== 2 || sb.length !== 2) ctx.fail('PIT3209', `Gemm takes 2-D operands, not ranks ${sa.length} and ${sb.length}`);
  const input = ctx.optional(2);
  const bias = input && beta !== 0 ? input : undefined; // beta = 0: C is not read
  const scalar = bias && ctx.scalarOf(bias);
  let biasView: { view: View; shape: Size[] } | undefined;
  if (bias && scalar === undefined) {
    const shape = ctx.shapeOf(bias);
    const mn = [sa[transA ? 1 : 0] as Size, sb[transB ? 0 : 1] as Size];
    if (shape.length > 2) ctx.fail('PIT3209', `Gemm's C must broadcast to [M, N], but it has rank ${shape.length}`);
    shape.forEach((s, vd) => {
      const want = mn[vd + (2 - shape.length)] as Size;
      if (!isOne(s) && !sameSize(s, want)) ctx.fail('PIT3209', `Gemm's C dim ${vd} is ${printSize(s)}, which does not broadcast to ${printSize(want)}`);
    });
    biasView = { view: ctx.view(bias), shape };
  }
  const c = contraction(ctx, ctx.view(a), sa, ctx.view(b), sb, transA, transB, biasView);
  let body: PitExpr = reduce('sum', c.loop.axisNames([c.k]), bin('*', c.readA, c.readB));
  if (alpha !== 1) body = bin('*', num(alpha), body);
  const read = scalar !== undefined ? num(scalar) : c.readBias;
  if (read) body = bin('+', body, beta === 1 ? read : bin('*', num(beta), read));
  const view = ctx.define(ctx.outputName(0), c.out.map((d) => c.loop.axes(d)), body, dtype, { onnx: ctx.node.outputs[0] as string, loop: c.loop });
  ctx.setOutput(0, { kind: 'view', view });
}

function checkFloat(ctx: Lowering, a: Value, b: Value): 'f32' {
  if (ctx.dtypeOf(a) !== 'f32' || ctx.dtypeOf(b) !== 'f32') ctx.fail('PIT3206', `${ctx.node.opType} is supported on f32 operands, not ${ctx.dtypeOf(a)} and ${ctx.dtypeOf(b)}`);
  return 'f32';
}

export const MATMUL_OPS: OpTable = { MatMul: matmul, Gemm: gemm };
