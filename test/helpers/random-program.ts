import fc from 'fast-check';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { mulberry32, randomTensor } from './compare.js';

/**
 * Random valid .pit programs for differential testing. Programs are generated as an abstract
 * description (dims, inputs, statements over a small expression tree) that is valid by
 * construction, then printed as .pit text:
 *
 * - every axis has a dimension (a constant 1–5 or a symbolic dim) chosen before its uses;
 * - every axis gets at least one bare use `t[..., i, ...]` on a dimension equal to its own, so
 *   the checker infers exactly the extent we chose (an "anchor" input is added where needed);
 * - compound indices (`i + r`, `2*i - r + 3`) only involve axes of constant extent and get a
 *   constant offset that keeps them in bounds; they never degenerate into a bare index;
 * - dtypes are tracked with the language's promotion rules, so `where` always gets a bool.
 *
 * A front-end rejection of a generated program is therefore a bug in this generator or in the
 * checker.
 */

// ------------------------------------------------------------------------------ description

export type DimRef = { readonly kind: 'const'; readonly value: number } | { readonly kind: 'sym'; readonly name: string };

export interface TensorDesc {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly DimRef[];
}

export interface IndexDesc {
  readonly terms: readonly { readonly axis: string; readonly coef: number }[];
  readonly constant: number;
}

export type GenExpr =
  | { readonly kind: 'const'; readonly dtype: 'f32'; readonly value: number }
  | { readonly kind: 'access'; readonly dtype: DType; readonly tensor: string; readonly indices: readonly IndexDesc[] }
  | { readonly kind: 'axis'; readonly dtype: 'i32'; readonly axis: string }
  | { readonly kind: 'unary'; readonly dtype: DType; readonly fn: UnaryName; readonly arg: GenExpr }
  | { readonly kind: 'binary'; readonly dtype: DType; readonly op: ArithName; readonly lhs: GenExpr; readonly rhs: GenExpr }
  | { readonly kind: 'where'; readonly dtype: DType; readonly cond: GenExpr; readonly then: GenExpr; readonly else: GenExpr }
  | { readonly kind: 'reduce'; readonly dtype: DType; readonly reducer: ReducerName; readonly axes: readonly string[]; readonly body: GenExpr };

export type UnaryName = 'neg' | 'relu' | 'exp' | 'log' | 'sqrt' | 'tanh' | 'sigmoid' | 'gelu' | 'abs';
export type ArithName = '+' | '-' | '*' | '/' | 'max' | 'min' | '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ReducerName = 'sum' | 'prod' | 'max' | 'min';

export interface StatementDesc {
  readonly output: string;
  readonly indices: readonly string[];
  readonly dims: readonly DimRef[];
  readonly body: GenExpr;
  readonly dtype: DType;
}

export interface ProgramDesc {
  readonly dims: readonly { readonly name: string; readonly value: number }[];
  readonly inputs: readonly TensorDesc[];
  readonly statements: readonly StatementDesc[];
  /** Empty: no `output` line (the last tensor is the output). */
  readonly outputs: readonly string[];
}

export interface GenOptions {
  readonly maxStatements: number;
  /** Depth of the expression tree below a statement or reduction. */
  readonly maxDepth: number;
  /** How many reductions may enclose each other. */
  readonly maxNesting: number;
  /** Probability that log/sqrt/÷ get an argument that may leave their domain (NaN, ±inf). */
  readonly rawDomain: number;
  /** Allow max/min of two bools (a bool: logical or/and); otherwise one side is made f32. */
  readonly boolMinMax: boolean;
}

export const DEFAULT_GEN_OPTIONS: GenOptions = { maxStatements: 4, maxDepth: 3, maxNesting: 2, rawDomain: 0.2, boolMinMax: true };

/** The source of every random choice, so that the same generator runs on fast-check or a seed. */
export interface Chooser {
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

export function chooserFromSeed(seed: number): Chooser {
  const rng = mulberry32(seed);
  return { int: (min, max) => min + Math.floor(rng() * (max - min + 1)) };
}

export function chooserFromGen(g: fc.GeneratorValue): Chooser {
  return { int: (min, max) => g(fc.integer, { min, max }) };
}

// ------------------------------------------------------------------------------ generator

const SPATIAL_NAMES = ['i', 'j', 'k'];
const REDUCE_NAMES = ['r', 's', 'u', 'v', 'q', 'p'];
const SYM_DIMS = ['N', 'M'];
const CONSTANTS = [0, 0.5, 1, 2, 3, 0.25, 1.5, 0.1, 10];
const FUNCTIONS: readonly UnaryName[] = ['relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs'];
const COMPARISONS: readonly ArithName[] = ['<', '<=', '>', '>=', '==', '!='];
const REDUCERS: readonly ReducerName[] = ['sum', 'prod', 'max', 'min'];

const dimKey = (d: DimRef): string => (d.kind === 'const' ? String(d.value) : d.name);

interface ScopeAxis {
  readonly name: string;
  readonly dim: DimRef;
}

class ProgramGenerator {
  private readonly dims: { name: string; value: number }[] = [];
  private readonly inputs: TensorDesc[] = [];
  private readonly defined: TensorDesc[] = [];
  private readonly statements: StatementDesc[] = [];
  // per statement
  private nesting = 0;
  private usedReduceNames = new Set<string>();

  constructor(
    private readonly c: Chooser,
    private readonly opts: GenOptions,
  ) {}

  generate(): ProgramDesc {
    for (const name of SYM_DIMS.slice(0, this.c.int(0, SYM_DIMS.length))) this.dims.push({ name, value: this.c.int(1, 4) });
    const count = this.c.int(1, this.opts.maxStatements);
    for (let n = 0; n < count; n++) this.statement(`t${n}`);
    const outputs = this.chance(0.5) ? [] : this.defined.filter((_, i) => i === this.defined.length - 1 || this.chance(0.5)).map((t) => t.name);
    const usedDims = new Set(this.inputs.flatMap((t) => t.shape.filter((d) => d.kind === 'sym').map(dimKey)));
    return { dims: this.dims.filter((d) => usedDims.has(d.name)), inputs: this.inputs, statements: this.statements, outputs };
  }

  // -- choices
  private chance(p: number): boolean {
    return this.c.int(0, 999) < p * 1000;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.c.int(0, items.length - 1)] as T;
  }

  private dimRef(): DimRef {
    // reuse a dimension of an existing tensor now and then, so bare accesses to it fit
    const known = [...this.inputs, ...this.defined].flatMap((t) => t.shape);
    if (known.length > 0 && this.chance(0.3)) return this.pick(known);
    if (this.dims.length > 0 && this.chance(0.3)) return { kind: 'sym', name: this.pick(this.dims).name };
    return { kind: 'const', value: this.c.int(1, 5) };
  }

  // -- statements
  private statement(output: string): void {
    this.nesting = 0;
    this.usedReduceNames = new Set();
    const rank = this.c.int(0, 3);
    // sometimes take the shape of an earlier tensor, so it can be read elementwise
    const earlier = [...this.defined, ...this.inputs].filter((t) => t.shape.length === rank);
    const dims = earlier.length > 0 && this.chance(0.4) ? [...this.pick(earlier).shape] : Array.from({ length: rank }, () => this.dimRef());
    const scope: ScopeAxis[] = dims.map((dim, i) => ({ name: SPATIAL_NAMES[i] as string, dim }));
    let body = this.expr(scope, this.opts.maxDepth);
    body = this.anchor(body, scope, scope.map((a) => a.name));
    const desc: StatementDesc = { output, indices: scope.map((a) => a.name), dims, body, dtype: body.dtype };
    this.statements.push(desc);
    this.defined.push({ name: output, dtype: body.dtype, shape: dims });
  }

  /** Makes sure each of `axes` has a bare use in `body`, combining it with anchor inputs. */
  private anchor(body: GenExpr, scope: readonly ScopeAxis[], axes: readonly string[]): GenExpr {
    const missing = scope.filter((a) => axes.includes(a.name) && !hasBareUse(body, a.name));
    let out = body;
    for (let start = 0; start < missing.length; start += 3) {
      const group = missing.slice(start, start + 3);
      const dtype: DType = this.chance(0.8) ? 'f32' : this.pick(['i32', 'bool'] as const);
      const tensor = this.freshInput(dtype, group.map((a) => a.dim));
      const access = mkAccess(tensor, group.map((a) => bare(a.name)));
      const [lhs, rhs] = this.chance(0.5) ? [out, access] : [access, out];
      const op = this.pick(['*', '+', '-', 'max'] as const);
      out = op === 'max' ? this.minMax(lhs, rhs) : mkBinary(op, lhs, rhs);
    }
    return out;
  }

  private freshInput(dtype: DType, shape: readonly DimRef[]): TensorDesc {
    const t: TensorDesc = { name: `x${this.inputs.length}`, dtype, shape: [...shape] };
    this.inputs.push(t);
    return t;
  }

  // -- expressions
  private expr(scope: readonly ScopeAxis[], depth: number): GenExpr {
    if (depth <= 0) return this.leaf(scope);
    const roll = this.c.int(0, 99);
    if (roll < 22) return this.leaf(scope);
    if (roll < 34) return this.unary(scope, depth);
    if (roll < 56) {
      const op = this.pick(['+', '-', '*', '*', '/'] as const);
      return mkBinary(op, this.expr(scope, depth - 1), this.rightOperand(op, scope, depth - 1));
    }
    if (roll < 63) return this.minMax(this.expr(scope, depth - 1), this.expr(scope, depth - 1));
    if (roll < 72) return mkWhere(this.condition(scope, depth - 1), this.expr(scope, depth - 1), this.expr(scope, depth - 1));
    if (roll < 77) return mkBinary(this.pick(COMPARISONS), this.expr(scope, depth - 1), this.expr(scope, depth - 1));
    if (this.nesting < this.opts.maxNesting) return this.reduction(scope, depth);
    return this.leaf(scope);
  }

  private minMax(lhs: GenExpr, rhs: GenExpr): GenExpr {
    const op = this.pick(['max', 'min'] as const);
    if (this.opts.boolMinMax || lhs.dtype !== 'bool' || rhs.dtype !== 'bool') return mkBinary(op, lhs, rhs);
    return mkBinary(op, lhs, mkBinary('*', rhs, mkConst(1)));
  }

  /** The right operand of a binary op; for `/` usually kept away from zero. */
  private rightOperand(op: ArithName, scope: readonly ScopeAxis[], depth: number): GenExpr {
    const e = this.expr(scope, depth);
    if (op !== '/' || this.chance(this.opts.rawDomain)) return e;
    return mkBinary('+', mkUnary('abs', e), mkConst(1));
  }

  private unary(scope: readonly ScopeAxis[], depth: number): GenExpr {
    const fn = this.chance(0.2) ? 'neg' : this.pick(FUNCTIONS);
    let arg = this.expr(scope, depth - 1);
    if ((fn === 'log' || fn === 'sqrt') && !this.chance(this.opts.rawDomain)) arg = mkBinary('+', mkUnary('abs', arg), mkConst(0.5));
    return mkUnary(fn, arg);
  }

  private condition(scope: readonly ScopeAxis[], depth: number): GenExpr {
    if (this.chance(0.25)) return this.access(scope, 'bool');
    return mkBinary(this.pick(COMPARISONS), this.expr(scope, depth), this.expr(scope, depth));
  }

  private reduction(scope: readonly ScopeAxis[], depth: number): GenExpr {
    const reducer = this.pick(REDUCERS);
    const taken = new Set(scope.map((a) => a.name));
    const axes: ScopeAxis[] = [];
    for (let n = this.c.int(1, 2); n > 0; n--) {
      const free = REDUCE_NAMES.filter((name) => !taken.has(name) && !axes.some((a) => a.name === name));
      // a name of a finished sibling reduction may be reused: the checker renames it apart
      const siblings = free.filter((name) => this.usedReduceNames.has(name));
      const fresh = free.filter((name) => !this.usedReduceNames.has(name));
      const pool = siblings.length > 0 && (fresh.length === 0 || this.chance(0.3)) ? siblings : fresh;
      if (pool.length === 0) break;
      axes.push({ name: this.pick(pool), dim: this.dimRef() });
    }
    if (axes.length === 0) return this.leaf(scope);
    for (const a of axes) this.usedReduceNames.add(a.name);
    const inner = [...scope, ...axes];
    this.nesting++;
    let body = this.expr(inner, depth - 1);
    this.nesting--;
    body = this.anchor(body, inner, axes.map((a) => a.name));
    return mkReduce(reducer, axes.map((a) => a.name), body);
  }

  private leaf(scope: readonly ScopeAxis[]): GenExpr {
    const roll = this.c.int(0, 99);
    if (roll < 60) return this.access(scope);
    if (roll < 80) return mkConst(this.pick(CONSTANTS));
    if (roll < 95) return scope.length > 0 ? { kind: 'axis', dtype: 'i32', axis: this.pick(scope).name } : this.access(scope);
    return this.chance(0.5) ? mkConst(Infinity) : mkUnary('neg', mkConst(Infinity));
  }

  // -- accesses
  private access(scope: readonly ScopeAxis[], dtype?: DType): GenExpr {
    const existing = [...this.inputs, ...this.defined].filter((t) => dtype === undefined || t.dtype === dtype);
    if (existing.length > 0 && this.chance(0.5)) {
      const t = this.pick(existing);
      return mkAccess(t, t.shape.map((d) => this.indexInto(d, scope)));
    }
    const wanted = dtype ?? (this.chance(0.75) ? 'f32' : this.pick(['i32', 'bool'] as const));
    const rank = this.c.int(0, 3);
    const shape: DimRef[] = [];
    const indices: IndexDesc[] = [];
    for (let p = 0; p < rank; p++) {
      const roll = this.c.int(0, 99);
      if (roll < 65 && scope.length > 0) {
        const axis = this.pick(scope);
        shape.push(axis.dim);
        indices.push(bare(axis.name));
        continue;
      }
      const affine = roll < 90 ? this.affine(scope) : undefined;
      if (affine) {
        shape.push({ kind: 'const', value: affine.span + 1 + this.c.int(0, 1) });
        indices.push(affine.index);
        continue;
      }
      const constant = this.c.int(0, 2);
      shape.push({ kind: 'const', value: constant + 1 + this.c.int(0, 1) });
      indices.push({ terms: [], constant });
    }
    return mkAccess(this.freshInput(wanted, shape), indices);
  }

  /** An index into a dimension `d` of an existing tensor that is in bounds for every axis value. */
  private indexInto(d: DimRef, scope: readonly ScopeAxis[]): IndexDesc {
    const bareFits = scope.filter((a) => dimKey(a.dim) === dimKey(d));
    const roll = this.c.int(0, 99);
    if (bareFits.length > 0 && roll < 70) return bare(this.pick(bareFits).name);
    if (d.kind === 'const' && roll < 90) {
      const affine = this.affine(scope);
      if (affine && affine.span <= d.value - 1) {
        const slack = d.value - 1 - affine.span;
        return { terms: affine.index.terms, constant: affine.index.constant + this.c.int(0, slack) };
      }
    }
    return { terms: [], constant: d.kind === 'const' ? this.c.int(0, d.value - 1) : 0 };
  }

  /**
   * A compound index over 1–2 axes of constant extent, shifted so that its smallest value is
   * 0 or 1; `span` is its largest value. Never a bare index.
   */
  private affine(scope: readonly ScopeAxis[]): { index: IndexDesc; span: number } | undefined {
    const candidates = scope.filter((a) => a.dim.kind === 'const');
    if (candidates.length === 0) return undefined;
    const first = this.pick(candidates);
    const chosen = [first];
    const others = candidates.filter((a) => a !== first);
    if (others.length > 0 && this.chance(0.6)) chosen.push(this.pick(others));
    const terms = chosen.map((a) => ({ axis: a.name, coef: this.pick([1, 1, 1, 2, 3, -1, -2]) }));
    let lo = 0;
    let hi = 0;
    chosen.forEach((a, n) => {
      const reach = (terms[n] as { coef: number }).coef * ((a.dim as { value: number }).value - 1);
      if (reach > 0) hi += reach;
      else lo += reach;
    });
    let constant = -lo + this.c.int(0, 1);
    const only = terms[0] as { coef: number };
    if (terms.length === 1 && only.coef === 1 && constant === 0) constant = 1; // would be a bare index
    return { index: { terms, constant }, span: hi + constant };
  }
}

function bare(axis: string): IndexDesc {
  return { terms: [{ axis, coef: 1 }], constant: 0 };
}

function isBare(ix: IndexDesc, axis: string): boolean {
  const [t] = ix.terms;
  return ix.terms.length === 1 && t !== undefined && t.axis === axis && t.coef === 1 && ix.constant === 0;
}

export function hasBareUse(e: GenExpr, axis: string): boolean {
  switch (e.kind) {
    case 'const':
    case 'axis':
      return false;
    case 'access':
      return e.indices.some((ix) => isBare(ix, axis));
    case 'unary':
      return hasBareUse(e.arg, axis);
    case 'binary':
      return hasBareUse(e.lhs, axis) || hasBareUse(e.rhs, axis);
    case 'where':
      return hasBareUse(e.cond, axis) || hasBareUse(e.then, axis) || hasBareUse(e.else, axis);
    case 'reduce':
      // a reduction re-binding the name hides the outer axis (never generated: names are unique on a path)
      return !e.axes.includes(axis) && hasBareUse(e.body, axis);
  }
}

// ------------------------------------------------------------------------------ typed constructors (the checker's rules)

const promote = (a: DType, b: DType): DType => (a === 'f32' || b === 'f32' ? 'f32' : 'i32');

function mkConst(value: number): GenExpr {
  return { kind: 'const', dtype: 'f32', value };
}

function mkAccess(t: TensorDesc, indices: readonly IndexDesc[]): GenExpr {
  return { kind: 'access', dtype: t.dtype, tensor: t.name, indices };
}

function mkUnary(fn: UnaryName, arg: GenExpr): GenExpr {
  const dtype: DType = fn === 'neg' ? (arg.dtype === 'f32' ? 'f32' : 'i32') : 'f32';
  return { kind: 'unary', dtype, fn, arg };
}

function mkBinary(op: ArithName, lhs: GenExpr, rhs: GenExpr): GenExpr {
  let dtype: DType;
  if ((COMPARISONS as readonly string[]).includes(op)) dtype = 'bool';
  else if (op === '/') dtype = 'f32';
  else if ((op === 'max' || op === 'min') && lhs.dtype === 'bool' && rhs.dtype === 'bool') dtype = 'bool';
  else dtype = promote(lhs.dtype, rhs.dtype);
  return { kind: 'binary', dtype, op, lhs, rhs };
}

function mkWhere(cond: GenExpr, then: GenExpr, otherwise: GenExpr): GenExpr {
  const dtype = then.dtype === otherwise.dtype ? then.dtype : promote(then.dtype, otherwise.dtype);
  return { kind: 'where', dtype, cond, then, else: otherwise };
}

function mkReduce(reducer: ReducerName, axes: readonly string[], body: GenExpr): GenExpr {
  const dtype: DType = (reducer === 'sum' || reducer === 'prod') && body.dtype === 'bool' ? 'i32' : body.dtype;
  return { kind: 'reduce', dtype, reducer, axes, body };
}

// ------------------------------------------------------------------------------ printing

function printIndex(ix: IndexDesc): string {
  let s = '';
  ix.terms.forEach((t, n) => {
    const mag = Math.abs(t.coef);
    const body = mag === 1 ? t.axis : `${mag}*${t.axis}`;
    if (n === 0) s = t.coef < 0 ? `-${body}` : body;
    else s += t.coef < 0 ? ` - ${body}` : ` + ${body}`;
  });
  if (ix.terms.length === 0) return String(ix.constant);
  if (ix.constant > 0) s += ` + ${ix.constant}`;
  if (ix.constant < 0) s += ` - ${-ix.constant}`;
  return s;
}

function printNumber(v: number): string {
  return v === Infinity ? 'inf' : String(v);
}

export function printExpr(e: GenExpr): string {
  switch (e.kind) {
    case 'const':
      return printNumber(e.value);
    case 'access':
      return `${e.tensor}[${e.indices.map(printIndex).join(', ')}]`;
    case 'axis':
      return e.axis;
    case 'unary':
      return e.fn === 'neg' ? `(-${printExpr(e.arg)})` : `${e.fn}(${printExpr(e.arg)})`;
    case 'binary':
      return e.op === 'max' || e.op === 'min' ? `${e.op}(${printExpr(e.lhs)}, ${printExpr(e.rhs)})` : `(${printExpr(e.lhs)} ${e.op} ${printExpr(e.rhs)})`;
    case 'where':
      return `where(${printExpr(e.cond)}, ${printExpr(e.then)}, ${printExpr(e.else)})`;
    case 'reduce':
      // parenthesised: a reduction extends as far right as possible
      return `(${e.reducer}[${e.axes.join(', ')}] ${printExpr(e.body)})`;
  }
}

export function printProgram(p: ProgramDesc): string {
  const lines: string[] = [];
  if (p.dims.length > 0) lines.push(`dim ${p.dims.map((d) => d.name).join(', ')}`);
  p.inputs.forEach((t, n) => lines.push(`${n % 3 === 2 ? 'weight' : 'input'} ${t.name}: ${t.dtype}[${t.shape.map(dimKey).join(', ')}]`));
  for (const s of p.statements) lines.push(`${s.output}[${s.indices.join(', ')}] = ${printExpr(s.body)}`);
  if (p.outputs.length > 0) lines.push(`output ${p.outputs.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------ arbitraries and data

export function generateProgram(c: Chooser, opts: GenOptions = DEFAULT_GEN_OPTIONS): ProgramDesc {
  return new ProgramGenerator(c, opts).generate();
}

/** A fast-check arbitrary of program descriptions (shrinks through fast-check's gen()). */
export function programArbitrary(opts: GenOptions = DEFAULT_GEN_OPTIONS): fc.Arbitrary<ProgramDesc> {
  return fc.gen().map((g) => generateProgram(chooserFromGen(g), opts));
}

export function dimBindings(p: ProgramDesc): Map<string, number> {
  return new Map(p.dims.map((d) => [d.name, d.value]));
}

export function concreteShape(shape: readonly DimRef[], dims: ReadonlyMap<string, number>): number[] {
  return shape.map((d) => (d.kind === 'const' ? d.value : (dims.get(d.name) as number)));
}

export interface InputDataOptions {
  /** Probability of NaN/±inf/±0 in f32 inputs. */
  readonly specials?: number;
  /** Fraction of non-zero f32/i32 elements (zeros exercise relu, masks and ÷0). */
  readonly density?: number;
  /**
   * 'wide': f32 values drawn from {±2^60, ±1, ±0.75, ±2^-30, 3}, so that float64 sums absorb
   * or cancel terms and their value depends on the accumulation order.
   */
  readonly magnitudes?: 'uniform' | 'wide';
}

const WIDE_VALUES = [2 ** 60, -(2 ** 60), 1, -1, 0.75, -0.75, 2 ** -30, -(2 ** -30), 3];

/** Seeded random values for every input of a program. */
export function randomInputs(p: ProgramDesc, seed: number, opts: InputDataOptions = {}): Map<string, HostTensor> {
  const rng = mulberry32(seed);
  const dims = dimBindings(p);
  const out = new Map<string, HostTensor>();
  for (const t of p.inputs) {
    const shape = concreteShape(t.shape, dims);
    const tensor = randomTensor(rng, t.dtype, shape, {
      min: -2,
      max: 2,
      intMin: -3,
      intMax: 3,
      density: t.dtype === 'bool' ? 0.5 : (opts.density ?? 0.85),
      ...(opts.specials !== undefined ? { specials: opts.specials } : {}),
    });
    if (t.dtype === 'f32' && opts.magnitudes === 'wide') {
      for (let n = 0; n < tensor.data.length; n++) {
        if (tensor.data[n] !== 0) tensor.data[n] = WIDE_VALUES[Math.floor(rng() * WIDE_VALUES.length)] as number;
      }
    }
    out.set(t.name, tensor);
  }
  return out;
}
