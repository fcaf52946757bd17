/**
 * The state of one import: the value each ONNX name stands for (a view of a pitc tensor, or a
 * constant known at import time), the names, the weights declared, the text being written, and
 * the helpers every operator's lowering uses (reading inputs and attributes, building loops
 * whose accesses follow every operand's view, writing a statement).
 */
import type { DiagnosticCode } from '../../../ir/core/codes.js';
import type { DType } from '../../../ir/dtype.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { describeNode, elementCountOf, type OnnxAttr, type OnnxNode, type OnnxTensor } from '../model.js';
import { axisNames, NameTable } from './names.js';
import { printPit, walkPit, type PitExpr } from './pit-expr.js';
import { printExtents, printSize, sameSize, sizeOf, type Extent, type Size } from './size.js';
import { accessIndices, identityView, refineLoop, ViewError, viewShape, type LoopAxis, type View } from './view.js';
import { nodeAnchor, PitWriter } from './writer.js';

/**
 * What an ONNX value is at import: a view of a pitc tensor, a constant, or a shape with symbolic
 * dims (`Shape` of a value of size [batch, seq, 768]: an int64 vector, or a scalar, whose
 * elements are sizes known as products of dims), which Reshape and Expand take as targets.
 */
export type Value =
  | { readonly kind: 'view'; readonly view: View }
  | { readonly kind: 'const'; readonly tensor: OnnxTensor }
  | { readonly kind: 'shape'; readonly sizes: readonly Size[]; readonly scalar: boolean };

/** A softmax left unnormalised for the MatMul that reads it: exp(x - max) and its sum (keepdims). */
export interface DeferredSoftmax {
  readonly ex: View;
  readonly z: View;
}

/** A TopK waiting for its ScatterElements: what it selects from, along which dim, how many. */
export interface PendingTopK {
  readonly node: OnnxNode;
  readonly input: Value;
  readonly axis: number;
  readonly k: number;
  readonly indices: string;
}

/** A node that cannot be lowered: its code and message (the node is named when it is reported). */
export class NodeError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
  ) {
    super(message);
  }
}

/** A node reads a value that an earlier error left undefined: skip it silently (one error, not a cascade). */
export class BrokenInput extends Error {}

export class Lowering {
  readonly writer = new PitWriter();
  readonly values = new Map<string, Value>();
  readonly broken = new Set<string>();
  /** Weights declared, by pitc name, with their data. */
  readonly weights = new Map<string, HostTensor>();
  /** The ONNX value each pitc tensor stands for (for renaming the graph back to ONNX names). */
  readonly onnxNameOf = new Map<string, string>();
  /** Dims declared: pitc name by ONNX dim_param. */
  readonly dims = new Map<string, string>();
  /** The shape of every tensor declared or defined so far, by pitc name. */
  readonly shapes = new Map<string, readonly Extent[]>();
  /** Softmax outputs left unnormalised for the MatMul that reads them (ops/norm.ts). */
  readonly deferred = new Map<string, DeferredSoftmax>();
  /** TopK outputs lowered with the ScatterElements that reads them (ops/topk.ts), by the values' name. */
  readonly pendingTopK = new Map<string, PendingTopK>();
  /** Values a fused pattern leaves without a value of their own: only its other node reads them. */
  readonly fused = new Set<string>();
  private readonly constWeights = new Map<OnnxTensor, string>();
  /** Initializers by tensor: their weights take the initializer's name. */
  readonly initializerNames = new Map<OnnxTensor, string>();
  /** Constants being folded (lower/index.ts): a view of one reads `constBase(i)`, nothing is declared. */
  folding: OnnxTensor[] | undefined;
  private current: OnnxNode | undefined;

  constructor(
    readonly names: NameTable,
    /** Inputs and initializers to declare @dynamic (ONNX names: `--dynamic`). */
    readonly dynamic: ReadonlySet<string> = new Set(),
  ) {}

  get node(): OnnxNode {
    if (!this.current) throw new Error('no current node');
    return this.current;
  }

  setNode(node: OnnxNode | undefined): void {
    this.current = node;
  }

  fail(code: DiagnosticCode, message: string): never {
    throw new NodeError(code, message);
  }

  // ---- inputs and attributes of the current node

  /** Input i, or undefined when it is omitted ('' or past the end). */
  optional(i: number): Value | undefined {
    const name = this.node.inputs[i];
    if (name === undefined || name === '') return undefined;
    if (this.broken.has(name)) throw new BrokenInput();
    const v = this.values.get(name);
    if (!v) this.fail('PIT3207', `input ${i} '${name}' is not defined by any graph input, initializer or earlier node`);
    return v;
  }

  input(i: number, what = `input ${i}`): Value {
    const v = this.optional(i);
    if (!v) this.fail('PIT3204', `${what} is required`);
    return v;
  }

  /** An input that must be known at import time (a shape, axes, a constant exponent). */
  constant(i: number, what: string): OnnxTensor {
    const v = this.input(i, what);
    if (v.kind === 'shape') this.fail('PIT3205', `${what} (input ${i} '${this.node.inputs[i]}') depends on symbolic dims (${v.sizes.map(printSize).join(', ')}); pitc needs it as numbers here`);
    if (v.kind !== 'const') {
      this.fail('PIT3205', `${what} (input ${i} '${this.node.inputs[i]}') is computed at run time; pitc needs it at compile time (a constant, an initializer, or shapes pitc can fold)`);
    }
    return v.tensor;
  }

  /** Integer values of a constant input (int64 or int32). */
  integers(i: number, what: string): number[] {
    const v = this.input(i, what);
    if (v.kind === 'shape' && v.sizes.every((s) => s.syms.length === 0)) return v.sizes.map((s) => s.c);
    if (v.kind === 'shape') this.fail('PIT3205', `${what} (input ${i} '${this.node.inputs[i]}') depends on symbolic dims (${v.sizes.map(printSize).join(', ')}); here pitc needs numbers`);
    return integersOf(this.constant(i, what), what, (m) => this.fail('PIT3204', m));
  }

  /** A shape operand (Reshape, Expand): constant integers, or sizes of symbolic dims (a `shape` value). */
  sizes(i: number, what: string): Size[] {
    const v = this.input(i, what);
    if (v.kind === 'shape') return [...v.sizes];
    return this.integers(i, what).map((c) => ({ c, syms: [] }));
  }

  attr(name: string): OnnxAttr | undefined {
    return this.node.attributes.get(name);
  }

  intAttr(name: string, fallback: number): number {
    const a = this.attr(name);
    if (a === undefined) return fallback;
    if (a.kind !== 'int') this.fail('PIT3204', `attribute '${name}' must be an int, not ${a.kind}`);
    return a.value;
  }

  floatAttr(name: string, fallback: number): number {
    const a = this.attr(name);
    if (a === undefined) return fallback;
    if (a.kind !== 'float') this.fail('PIT3204', `attribute '${name}' must be a float, not ${a.kind}`);
    return a.value;
  }

  intsAttr(name: string): number[] | undefined {
    const a = this.attr(name);
    if (a === undefined) return undefined;
    if (a.kind !== 'ints') this.fail('PIT3204', `attribute '${name}' must be a list of ints, not ${a.kind}`);
    return [...a.values];
  }

  stringAttr(name: string, fallback: string): string {
    const a = this.attr(name);
    if (a === undefined) return fallback;
    if (a.kind !== 'string') this.fail('PIT3204', `attribute '${name}' must be a string, not ${a.kind}`);
    return a.value;
  }

  /** Refuses attributes the lowering does not know (silently ignoring one could change the result). */
  onlyAttributes(...known: string[]): void {
    for (const name of this.node.attributes.keys()) {
      if (!known.includes(name)) this.fail('PIT3204', `attribute '${name}' is not supported (pitc reads ${known.length > 0 ? known.map((k) => `'${k}'`).join(', ') : 'no attributes'} on ${this.node.opType})`);
    }
  }

  /** An axis attribute or input normalised to [0, rank). */
  axis(value: number, rank: number, what = 'axis'): number {
    const a = value < 0 ? value + rank : value;
    if (!Number.isInteger(a) || a < 0 || a >= rank) this.fail('PIT3204', `${what} ${value} is out of range for rank ${rank}`);
    return a;
  }

  // ---- values

  /** The value's shape: a size per dim. */
  shapeOf(v: Value): Size[] {
    if (v.kind === 'shape') return v.scalar ? [] : [sizeOf([v.sizes.length])];
    return v.kind === 'view' ? viewShape(v.view) : v.tensor.shape.map((d) => sizeOf([d]));
  }

  dtypeOf(v: Value): DType {
    return v.kind === 'view' ? v.view.dtype : v.kind === 'shape' ? 'i32' : constDType(v.tensor);
  }

  /** A view of the value; a constant becomes a weight (declared once) read as it is. */
  view(v: Value): View {
    if (v.kind === 'view') return v.view;
    if (v.kind === 'shape') this.fail('PIT3205', `a shape with symbolic dims (${v.sizes.map(printSize).join(', ')}) is used as data; pitc uses such shapes only as Reshape and Expand targets`);
    if (this.folding) {
      this.folding.push(v.tensor);
      return identityView(constBase(this.folding.length - 1), constDType(v.tensor), v.tensor.shape);
    }
    const name = this.weightFor(v.tensor);
    return identityView(name, constDType(v.tensor), v.tensor.shape);
  }

  /** The f32 value of a one-element f32 constant, which statements write as a literal. */
  scalarOf(v: Value): number | undefined {
    if (v.kind !== 'const' || v.tensor.dtype !== 'f32' || elementCountOf(v.tensor.shape) !== 1) return undefined;
    return (v.tensor.data as Float32Array)[0];
  }

  setOutput(i: number, v: Value): void {
    const name = this.node.outputs[i];
    if (name === undefined || name === '') return;
    this.values.set(name, v);
  }

  /** The pitc name for output i of the current node (the tensor that holds it). */
  outputName(i = 0): string {
    const name = this.node.outputs[i];
    if (name === undefined || name === '') this.fail('PIT3207', `output ${i} has no name`);
    return this.names.pit(name);
  }

  isOutputUsed(i: number, uses: ReadonlyMap<string, number>): boolean {
    const name = this.node.outputs[i];
    return name !== undefined && name !== '' && (uses.get(name) ?? 0) > 0;
  }

  private weightFor(t: OnnxTensor): string {
    const known = this.constWeights.get(t);
    if (known) return known;
    const initializer = this.initializerNames.get(t);
    if (initializer !== undefined) {
      const name = this.names.pit(initializer);
      this.declareWeight(name, t, `ONNX initializer '${initializer}'`, initializer);
      return name;
    }
    // a constant a node reads, or (no node) a graph output that is a constant
    const node = this.current;
    const name = this.names.fresh(`${node ? this.names.pit(node.outputs[0] ?? 'const') : 'output'}_const`);
    this.declareWeight(name, t, node ? `a constant of ${describeNode(node)}` : 'a constant graph output');
    return name;
  }

  /** Declares a weight for a constant tensor (an initializer, or a constant a node needs). */
  declareWeight(name: string, t: OnnxTensor, origin: string, onnxName?: string): void {
    const host = toHost(t, origin, (m) => this.fail('PIT3210', m));
    if (host.shape.some((d) => d === 0)) this.fail('PIT3205', `${origin} has a dimension of size 0, which a pitc tensor cannot have`);
    this.constWeights.set(t, name);
    this.weights.set(name, host);
    if (onnxName !== undefined) this.onnxNameOf.set(name, onnxName);
    this.shapes.set(name, host.shape);
    const shape = host.shape.join(', ');
    const dynamic = onnxName !== undefined && this.dynamic.has(onnxName) ? ' @dynamic' : '';
    this.writer.declaration(`weight ${name} : ${host.dtype}[${shape}]${dynamic}${comment(origin)}`);
  }

  // ---- statements

  /** A loop over an op's iteration space, its accesses following each operand's view. */
  loop(): LoopBuilder {
    return new LoopBuilder((n) => axisNames(n, (name) => this.names.isTaken(name)));
  }

  /**
   * Writes `target[spatial axes] = body` (with annotations), commented with the node, and
   * returns the view of the new tensor: one ONNX dim per group of spatial axes.
   */
  define(target: string, dims: readonly (readonly LoopAxis[])[], body: PitExpr, dtype: DType, options: { note?: string; onnx?: string; loop?: LoopBuilder } = {}): View {
    const axes = dims.flat();
    const note = options.note ? `: ${options.note}` : '';
    const text = statementText(target, axes, body, [...axes, ...(options.loop?.allAxes() ?? [])], (t) => this.shapes.get(t));
    this.shapes.set(target, axes.map((a) => a.extent));
    this.writer.statement(`${text}${comment(`${describeNode(this.node)}${note}`)}`, nodeAnchor(this.node.index));
    if (options.onnx !== undefined) this.onnxNameOf.set(target, options.onnx);
    const factors = axes.map((a) => a.extent);
    let next = 0;
    return {
      base: target,
      dtype,
      factors,
      dims: dims.map((g) => g.map(() => next++)),
      access: factors.map((_, i) => ({ terms: new Map([[i, 1]]), constant: 0 })),
    };
  }

  /** A comment line for a node that writes no statement (it only changes how a value is read). */
  note(text: string): void {
    if (this.folding) return;
    this.writer.statement(`# ${oneLine(`${describeNode(this.node)}: ${text}`)}`, nodeAnchor(this.node.index));
  }

  /** Shapes that must agree, or a PIT3209 naming both. */
  sameShape(a: Size[], b: Size[], what: string): void {
    if (a.length !== b.length || a.some((s, i) => !sameSize(s, b[i] as Size))) this.fail('PIT3209', `${what}: ${printExtents(a)} and ${printExtents(b)} differ`);
  }
}

/**
 * The loop of one statement: dims added with the factor lists of the operands that run along
 * them; `finish` refines each dim and names its axes; `read` gives an operand's access.
 */
export class LoopBuilder {
  private readonly specs: { readonly lists: Extent[][]; readonly reduce: boolean }[] = [];
  private built: LoopAxis[][] | undefined;

  constructor(private readonly name: (count: number) => string[]) {}

  /** A dim of the iteration space; returns its index. */
  dim(lists: readonly (readonly Extent[])[], reduce = false): number {
    this.specs.push({ lists: lists.map((l) => [...l]), reduce });
    return this.specs.length - 1;
  }

  /** Adds an operand's dims' factors to the loop dims they run along (before finish). */
  addFactors(loopDim: number, extents: readonly Extent[]): void {
    this.specs[loopDim]?.lists.push([...extents]);
  }

  finish(): void {
    const refined = this.specs.map((s) => {
      try {
        return refineLoop(s.lists);
      } catch (err) {
        if (err instanceof ViewError) throw new NodeError('PIT3205', err.message);
        throw err;
      }
    });
    const spatialCount = refined.filter((_, i) => !this.specs[i]?.reduce).reduce((n, r) => n + r.length, 0);
    const reduceCount = refined.filter((_, i) => this.specs[i]?.reduce).reduce((n, r) => n + r.length, 0);
    const names = this.name(spatialCount + reduceCount);
    let nextSpatial = 0;
    let nextReduce = spatialCount;
    this.built = refined.map((extents, i) => extents.map((extent) => ({ name: names[this.specs[i]?.reduce ? nextReduce++ : nextSpatial++] as string, extent })));
  }

  /** Every axis of the loop. */
  allAxes(): LoopAxis[] {
    if (!this.built) throw new Error('loop not finished');
    return this.built.flat();
  }

  /** The axes of loop dim d. */
  axes(d: number): LoopAxis[] {
    if (!this.built) throw new Error('loop not finished');
    return this.built[d] ?? [];
  }

  /** Axis names of the given loop dims, in order (a reduction's axis list). */
  axisNames(dims: readonly number[]): string[] {
    return dims.flatMap((d) => this.axes(d).map((a) => a.name));
  }

  /** The access of a view whose dim vd runs along loop dim `dimOf(vd)` (undefined: broadcast, index 0). */
  read(view: View, dimOf: (vd: number) => number | undefined): PitExpr {
    try {
      const indices = accessIndices(view, (vd) => {
        const d = dimOf(vd);
        return d === undefined ? undefined : this.axes(d);
      });
      return { k: 'access', tensor: view.base, indices };
    } catch (err) {
      if (err instanceof ViewError) throw new NodeError('PIT3205', err.message);
      throw err;
    }
  }
}

export function constDType(t: OnnxTensor): DType {
  return t.dtype === 'i64' ? 'i32' : t.dtype;
}

/** A constant as a pitc tensor: int64 becomes i32, each value checked to fit. */
export function toHost(t: OnnxTensor, what: string, outOfRange: (message: string) => never): HostTensor {
  if (t.dtype !== 'i64') return { dtype: t.dtype, shape: [...t.shape], data: t.data as HostTensor['data'] };
  const data = new Int32Array(t.data.length);
  const src = t.data as BigInt64Array;
  for (let i = 0; i < src.length; i++) {
    const v = src[i] as bigint;
    if (v < -2147483648n || v > 2147483647n) outOfRange(`${what}: int64 value ${v} (element ${i}) does not fit in i32, the integer type of pitc`);
    data[i] = Number(v);
  }
  return { dtype: 'i32', shape: [...t.shape], data };
}

/** Integer values of an int64 or int32 tensor (a shape, axes, starts...), as numbers. */
export function integersOf(t: OnnxTensor, what: string, bad: (message: string) => never): number[] {
  if (t.dtype === 'i64') return [...(t.data as BigInt64Array)].map((v) => clampToSafe(v));
  if (t.dtype === 'i32') return [...(t.data as Int32Array)];
  return bad(`${what} must be int64 or int32, not ${t.dtype}`);
}

/** INT64_MAX and friends (Slice's "to the end") as the nearest safe integers. */
function clampToSafe(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (v < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(v);
}

/** A trailing comment; ONNX names may hold any character, line breaks and controls become spaces. */
export function comment(text: string): string {
  return `    # ${oneLine(text)}`;
}

export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/**
 * `target[axes] = body`, with `@extent(axis, N)` for every axis (of `known`) that no bare index
 * of the body sizes: the checker infers extents from bare uses, and a split or sliced view reads
 * `x[4*i + k]` or `x[2 + i]`, which do not say how far i runs.
 */
export function statementText(target: string, axes: readonly LoopAxis[], body: PitExpr, known: readonly LoopAxis[], shapeOf: (tensor: string) => readonly Extent[] | undefined): string {
  const extentOf = new Map(known.map((a) => [a.name, a.extent]));
  // axes a bare index sizes right: the dim it indexes has the axis's extent
  const sized = new Set<string>();
  walkPit(body, (e) => {
    if (e.k !== 'access') return;
    const shape = shapeOf(e.tensor);
    e.indices.forEach((ix, d) => {
      const [t] = ix.terms;
      if (ix.terms.length === 1 && t && t.coef === 1 && ix.constant === 0 && shape?.[d] === extentOf.get(t.axis)) sized.add(t.axis);
    });
  });
  const stated = new Map<string, Extent>();
  for (const a of known) if (!sized.has(a.name) && !stated.has(a.name)) stated.set(a.name, a.extent);
  const annotations = [...stated].map(([name, extent]) => ` @extent(${name}, ${extent})`).join('');
  return `${target}[${axes.map((a) => a.name).join(', ')}] = ${printPit(body)}${annotations}`;
}

/** The base name of the i-th constant read while folding: no tensor has it (a NUL is no identifier). */
export function constBase(i: number): string {
  return `\u0000const${i}`;
}
