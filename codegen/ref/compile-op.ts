import { InternalError } from '../../ir/core/errors.js';
import { stridesOf, type TensorData } from '../../ir/tensor.js';
import type { DType } from '../../ir/dtype.js';
import type { AccessExpr, ReduceExpr, ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { jsNode, JS_PRELUDE, REDUCER_JS } from './js-expr.js';

/** A dense op specialised to concrete extents, as a JS function over flat typed arrays. */
export interface RefOpKernel {
  /** Tensors the kernel reads, in parameter order. */
  readonly reads: readonly string[];
  readonly source: string;
  readonly run: (out: TensorData, inputs: readonly TensorData[]) => void;
}

export interface OpShapes {
  readonly extents: ReadonlyMap<string, number>;
  readonly shapeOf: (tensor: string) => readonly number[];
}

const kernelCache = new Map<string, RefOpKernel['run']>();

/**
 * Generates the reference kernel of one op. Semantics are the naive ones (every reduction
 * accumulates its axes in increasing order, in float64, and the value is rounded once when
 * stored), but each reduction is computed into a float64 buffer over its free axes with the
 * last free axis innermost, so that large samples run in seconds rather than minutes.
 * Tensor and axis names never appear in the generated text: parameters and loop variables are
 * numbered, constants are printed numbers.
 */
export function compileRefOp(expr: TensorExpr, shapes: OpShapes): RefOpKernel {
  const gen = new RefOpGenerator(expr, shapes);
  const source = gen.generate();
  let run = kernelCache.get(source);
  if (!run) {
    run = new Function(source)() as RefOpKernel['run'];
    kernelCache.set(source, run);
  }
  return { reads: gen.reads, source, run };
}

interface ReduceInfo {
  readonly node: ReduceExpr;
  readonly id: number;
  /** Axes the reduction's value depends on, outermost first. */
  readonly free: readonly string[];
}

class RefOpGenerator {
  readonly reads: string[] = [];
  private readonly axisOrder: string[];
  private readonly reductions = new Map<ReduceExpr, ReduceInfo>();

  constructor(
    private readonly expr: TensorExpr,
    private readonly shapes: OpShapes,
  ) {
    this.axisOrder = [...expr.spatial.map((a) => a.name), ...expr.reduce.map((a) => a.name)];
    this.collectReductions(expr.body);
  }

  generate(): string {
    const lines: string[] = ['"use strict";', JS_PRELUDE, 'return function (out, ins) {'];
    this.reads.forEach((_, i) => lines.push(`  const t${i} = ins[${i}];`));
    const ordered = [...this.reductions.values()].sort((a, b) => a.id - b.id);
    for (const r of ordered) lines.push(...this.reductionLoop(r));
    lines.push(...this.outputLoop());
    lines.push('};');
    return lines.join('\n');
  }

  /** Post-order numbering: inner reductions are computed before the ones that read them. */
  private collectReductions(e: ScalarExpr): Set<string> {
    switch (e.kind) {
      case 'const':
        return new Set();
      case 'axis':
        return new Set([e.axis]);
      case 'access': {
        if (!this.reads.includes(e.tensor)) this.reads.push(e.tensor);
        return new Set(e.indices.flatMap((ix) => ix.terms.map((t) => t.axis)));
      }
      case 'unary':
        return this.collectReductions(e.arg);
      case 'binary':
        return union(this.collectReductions(e.lhs), this.collectReductions(e.rhs));
      case 'where':
        return union(this.collectReductions(e.cond), this.collectReductions(e.then), this.collectReductions(e.else));
      case 'reduce': {
        const used = this.collectReductions(e.body);
        const free = this.axisOrder.filter((a) => used.has(a) && !e.axes.includes(a));
        this.reductions.set(e, { node: e, id: this.reductions.size, free });
        return new Set(free);
      }
    }
  }

  private extent(axis: string): number {
    const n = this.shapes.extents.get(axis);
    if (n === undefined) throw new InternalError('ref', `no extent for axis '${axis}'`);
    return n;
  }

  private axisVar(axis: string): string {
    return `a${this.axisOrder.indexOf(axis)}`;
  }

  /** Flat offset of the given axes in a row-major buffer over them. */
  private offsetOver(axes: readonly string[]): string {
    const strides = stridesOf(axes.map((a) => this.extent(a)));
    const terms = axes.map((a, i) => (strides[i] === 1 ? this.axisVar(a) : `${strides[i]} * ${this.axisVar(a)}`));
    return terms.length === 0 ? '0' : terms.join(' + ');
  }

  private accessJs(e: AccessExpr): string {
    const strides = stridesOf(this.shapes.shapeOf(e.tensor));
    const coef = new Map<string, number>();
    let constant = 0;
    e.indices.forEach((ix, d) => {
      const s = strides[d] ?? 0;
      constant += s * ix.constant;
      for (const t of ix.terms) coef.set(t.axis, (coef.get(t.axis) ?? 0) + s * t.coef);
    });
    const terms = [...coef].filter(([, c]) => c !== 0).map(([a, c]) => (c === 1 ? this.axisVar(a) : `${c} * ${this.axisVar(a)}`));
    if (constant !== 0 || terms.length === 0) terms.unshift(String(constant));
    return `t${this.reads.indexOf(e.tensor)}[${terms.join(' + ')}]`;
  }

  private valueJs(e: ScalarExpr): string {
    switch (e.kind) {
      case 'access':
        return this.accessJs(e);
      case 'axis':
        return this.axisVar(e.axis);
      case 'reduce': {
        const info = this.reductions.get(e);
        if (!info) throw new InternalError('ref', 'reduction was not collected');
        return `r${info.id}[${this.offsetOver(info.free)}]`;
      }
      default:
        return jsNode(e, (c) => this.valueJs(c));
    }
  }

  private loop(axis: string, indent: string): string {
    const v = this.axisVar(axis);
    return `${indent}for (let ${v} = 0; ${v} < ${this.extent(axis)}; ${v}++)`;
  }

  private reductionLoop(r: ReduceInfo): string[] {
    const size = r.free.reduce((n, a) => n * this.extent(a), 1);
    const reducer = REDUCER_JS[r.node.reducer];
    const inner = r.free[r.free.length - 1];
    const outer = inner === undefined ? [] : r.free.slice(0, -1);
    const order = [...outer, ...r.node.axes, ...(inner === undefined ? [] : [inner])];
    const lines = [`  const r${r.id} = new Float64Array(${size}).fill(${reducer.init});`];
    order.forEach((axis, depth) => lines.push(this.loop(axis, '  '.repeat(depth + 1)) + ' {'));
    const pad = '  '.repeat(order.length + 1);
    const slot = `r${r.id}[${this.offsetOver(r.free)}]`;
    lines.push(`${pad}${slot} = ${reducer.combine(slot, this.valueJs(r.node.body))};`);
    order.forEach((_, depth) => lines.push('  '.repeat(order.length - depth) + '}'));
    return lines;
  }

  private outputLoop(): string[] {
    const axes = this.expr.spatial.map((a) => a.name);
    const lines = ['  let o = 0;'];
    axes.forEach((axis, depth) => lines.push(this.loop(axis, '  '.repeat(depth + 1)) + ' {'));
    const pad = '  '.repeat(axes.length + 1);
    lines.push(`${pad}out[o++] = ${storeJs(this.expr.dtype, this.valueJs(this.expr.body))};`);
    axes.forEach((_, depth) => lines.push('  '.repeat(axes.length - depth) + '}'));
    return lines;
  }
}

/** f32 and i32 round through the typed array store; bool stores 1 for any non-zero (NaN too). */
function storeJs(dtype: DType, value: string): string {
  return dtype === 'bool' ? `(${value} !== 0 ? 1 : 0)` : value;
}

function union(...sets: Set<string>[]): Set<string> {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}
