import binaryen from '#binaryen';

/**
 * The only file that imports binaryen. A thin typed layer over its expression API: emitters
 * speak `Expr` (an opaque expression handle) and `ValType`, allocate locals through `FunctionScope`,
 * and never touch binaryen directly. Modules import their memory ("env"."memory") so the runtime
 * owns every buffer; features are enabled explicitly (SIMD128 always; Atomics and bulk memory for
 * shared memory; relaxed SIMD only when the host accepts it).
 */
export type Expr = number & { readonly __expr: unique symbol };
export type ValType = 'i32' | 'f32' | 'f64' | 'v128';

const TYPE: Record<ValType, number> = {
  i32: binaryen.i32,
  f32: binaryen.f32,
  f64: binaryen.f64,
  v128: binaryen.v128,
};

export interface ModuleFeatures {
  /** f32x4.relaxed_madd (fused multiply-add) is available. */
  readonly relaxedSimd: boolean;
  /** The memory is shared (threads). */
  readonly sharedMemory: boolean;
}

/** Locals of one function under construction. */
export class FunctionScope {
  readonly types: ValType[] = [];
  constructor(readonly params: readonly ValType[]) {}
  local(type: ValType): number {
    this.types.push(type);
    return this.params.length + this.types.length - 1;
  }
  typeOf(index: number): ValType {
    return (index < this.params.length ? this.params[index] : this.types[index - this.params.length]) as ValType;
  }
}

const e = (x: number): Expr => x as Expr;

/** The 16 bytes of a 4-lane constant, as v128.const takes them. */
const bytesOf = (lanes: Int32Array | Float32Array): number[] => [...new Uint8Array(lanes.buffer)];

/** Relaxed SIMD has no high-level helper in binaryen.js; its C API entry point is exported. */
const lowLevel = binaryen as unknown as {
  _BinaryenSIMDTernary(module: number, op: number, a: number, b: number, c: number): number;
  RelaxedMaddVecF32x4: number;
};

export class WasmModuleBuilder {
  private readonly m: binaryen.Module;
  private labels = 0;

  constructor(readonly features: ModuleFeatures, initialPages = 1, maximumPages = 65536) {
    this.m = new binaryen.Module();
    let f = binaryen.Features.SIMD128 | binaryen.Features.BulkMemory | binaryen.Features.BulkMemoryOpt | binaryen.Features.MutableGlobals | binaryen.Features.NontrappingFPToInt;
    if (features.sharedMemory) f |= binaryen.Features.Atomics;
    if (features.relaxedSimd) f |= binaryen.Features.RelaxedSIMD;
    this.m.setFeatures(f);
    this.m.setMemory(initialPages, maximumPages, null, [], features.sharedMemory, false, '0');
    this.m.addMemoryImport('0', 'env', 'memory', features.sharedMemory);
  }

  label(prefix: string): string {
    return `${prefix}${this.labels++}`;
  }

  // --- functions, imports, exports

  addFunction(name: string, scope: FunctionScope, result: ValType | 'none', body: readonly Expr[]): void {
    const params = binaryen.createType(scope.params.map((t) => TYPE[t]));
    const ret = result === 'none' ? binaryen.none : TYPE[result];
    this.m.addFunction(name, params, ret, scope.types.map((t) => TYPE[t]), this.m.block(null, [...body], ret));
  }

  exportFunction(name: string): void {
    this.m.addFunctionExport(name, name);
  }

  importFunction(name: string, module: string, base: string, params: readonly ValType[], result: ValType): void {
    this.m.addFunctionImport(name, module, base, binaryen.createType(params.map((t) => TYPE[t])), TYPE[result]);
  }

  call(name: string, args: readonly Expr[], result: ValType | 'none'): Expr {
    return e(this.m.call(name, [...args], result === 'none' ? binaryen.none : TYPE[result]));
  }

  // --- locals and control flow

  get(scope: FunctionScope, index: number): Expr {
    return e(this.m.local.get(index, TYPE[scope.typeOf(index)]));
  }

  set(index: number, value: Expr): Expr {
    return e(this.m.local.set(index, value));
  }

  tee(scope: FunctionScope, index: number, value: Expr): Expr {
    return e(this.m.local.tee(index, value, TYPE[scope.typeOf(index)]));
  }

  block(body: readonly Expr[], label: string | null = null): Expr {
    return e(this.m.block(label, [...body]));
  }

  /** `for (i = from; i < to; i += step) body` over an i32 local (nothing runs when from ≥ to). */
  forLoop(scope: FunctionScope, i: number, from: Expr, to: Expr, step: number, body: readonly Expr[]): Expr {
    const exit = this.label('exit');
    const loop = this.label('loop');
    const end = scope.local('i32');
    return this.block([
      this.set(i, from),
      this.set(end, to),
      e(this.m.br(exit, this.m.i32.ge_s(this.get(scope, i), this.get(scope, end)))),
      e(
        this.m.loop(
          loop,
          this.m.block(null, [
            ...body,
            this.set(i, this.i32.add(this.get(scope, i), this.i32.const(step))),
            this.m.br(loop, this.m.i32.lt_s(this.get(scope, i), this.get(scope, end))),
          ]),
        ),
      ),
    ], exit);
  }

  /** Like forLoop with a step computed at run time (must be positive). */
  forLoopDynamic(scope: FunctionScope, i: number, from: Expr, to: Expr, step: Expr, body: readonly Expr[]): Expr {
    const exit = this.label('exit');
    const loop = this.label('loop');
    const end = scope.local('i32');
    const inc = scope.local('i32');
    return this.block([
      this.set(i, from),
      this.set(end, to),
      this.set(inc, step),
      e(this.m.br(exit, this.m.i32.ge_s(this.get(scope, i), this.get(scope, end)))),
      e(
        this.m.loop(
          loop,
          this.m.block(null, [
            ...body,
            this.set(i, this.i32.add(this.get(scope, i), this.get(scope, inc))),
            this.m.br(loop, this.m.i32.lt_s(this.get(scope, i), this.get(scope, end))),
          ]),
        ),
      ),
    ], exit);
  }

  ifThen(cond: Expr, then: readonly Expr[], otherwise?: readonly Expr[]): Expr {
    return e(this.m.if(cond, this.m.block(null, [...then]), otherwise ? this.m.block(null, [...otherwise]) : undefined));
  }

  select(cond: Expr, ifTrue: Expr, ifFalse: Expr): Expr {
    return e(this.m.select(cond, ifTrue, ifFalse));
  }

  drop(x: Expr): Expr {
    return e(this.m.drop(x));
  }

  nop(): Expr {
    return e(this.m.nop());
  }

  // --- memory

  memoryFill(dest: Expr, value: Expr, size: Expr): Expr {
    return e(this.m.memory.fill(dest, value, size));
  }

  memoryCopy(dest: Expr, source: Expr, size: Expr): Expr {
    return e(this.m.memory.copy(dest, source, size));
  }

  /**
   * `into` := the i32 at the address in local `ptr`, which then grows by `value`, as one step for
   * every thread: an atomic read-modify-write on a shared memory, a load and a store otherwise.
   */
  fetchAdd(scope: FunctionScope, into: number, ptr: number, value: number): Expr[] {
    const at = (): Expr => this.get(scope, ptr);
    if (this.features.sharedMemory) return [this.set(into, e(this.m.i32.atomic.rmw.add(0, at(), this.i32.const(value))))];
    return [this.set(into, this.i32.load(0, at())), this.i32.store(0, at(), this.i32.add(this.get(scope, into), this.i32.const(value)))];
  }

  // --- scalar instruction families (offsets and alignment in bytes)

  readonly i32 = {
    const: (v: number): Expr => e(this.m.i32.const(v | 0)),
    add: (a: Expr, b: Expr): Expr => e(this.m.i32.add(a, b)),
    sub: (a: Expr, b: Expr): Expr => e(this.m.i32.sub(a, b)),
    mul: (a: Expr, b: Expr): Expr => e(this.m.i32.mul(a, b)),
    divS: (a: Expr, b: Expr): Expr => e(this.m.i32.div_s(a, b)),
    divU: (a: Expr, b: Expr): Expr => e(this.m.i32.div_u(a, b)),
    remS: (a: Expr, b: Expr): Expr => e(this.m.i32.rem_s(a, b)),
    remU: (a: Expr, b: Expr): Expr => e(this.m.i32.rem_u(a, b)),
    shl: (a: Expr, b: Expr): Expr => e(this.m.i32.shl(a, b)),
    shrU: (a: Expr, b: Expr): Expr => e(this.m.i32.shr_u(a, b)),
    and: (a: Expr, b: Expr): Expr => e(this.m.i32.and(a, b)),
    or: (a: Expr, b: Expr): Expr => e(this.m.i32.or(a, b)),
    eq: (a: Expr, b: Expr): Expr => e(this.m.i32.eq(a, b)),
    ne: (a: Expr, b: Expr): Expr => e(this.m.i32.ne(a, b)),
    ltS: (a: Expr, b: Expr): Expr => e(this.m.i32.lt_s(a, b)),
    leS: (a: Expr, b: Expr): Expr => e(this.m.i32.le_s(a, b)),
    gtS: (a: Expr, b: Expr): Expr => e(this.m.i32.gt_s(a, b)),
    geS: (a: Expr, b: Expr): Expr => e(this.m.i32.ge_s(a, b)),
    eqz: (a: Expr): Expr => e(this.m.i32.eqz(a)),
    load: (offset: number, ptr: Expr): Expr => e(this.m.i32.load(offset, 4, ptr)),
    load8U: (offset: number, ptr: Expr): Expr => e(this.m.i32.load8_u(offset, 1, ptr)),
    store: (offset: number, ptr: Expr, value: Expr): Expr => e(this.m.i32.store(offset, 4, ptr, value)),
    store8: (offset: number, ptr: Expr, value: Expr): Expr => e(this.m.i32.store8(offset, 1, ptr, value)),
    truncSatF64S: (a: Expr): Expr => e(this.m.i32.trunc_s_sat.f64(a)),
    truncSatF64U: (a: Expr): Expr => e(this.m.i32.trunc_u_sat.f64(a)),
  };

  readonly f32 = {
    const: (v: number): Expr => e(this.m.f32.const(v)),
    load: (offset: number, ptr: Expr): Expr => e(this.m.f32.load(offset, 4, ptr)),
    store: (offset: number, ptr: Expr, value: Expr): Expr => e(this.m.f32.store(offset, 4, ptr, value)),
    demoteF64: (a: Expr): Expr => e(this.m.f32.demote(a)),
    convertI32S: (a: Expr): Expr => e(this.m.f32.convert_s.i32(a)),
    add: (a: Expr, b: Expr): Expr => e(this.m.f32.add(a, b)),
    mul: (a: Expr, b: Expr): Expr => e(this.m.f32.mul(a, b)),
    min: (a: Expr, b: Expr): Expr => e(this.m.f32.min(a, b)),
    max: (a: Expr, b: Expr): Expr => e(this.m.f32.max(a, b)),
    ne: (a: Expr, b: Expr): Expr => e(this.m.f32.ne(a, b)),
  };

  readonly f64 = {
    const: (v: number): Expr => e(this.m.f64.const(v)),
    add: (a: Expr, b: Expr): Expr => e(this.m.f64.add(a, b)),
    sub: (a: Expr, b: Expr): Expr => e(this.m.f64.sub(a, b)),
    mul: (a: Expr, b: Expr): Expr => e(this.m.f64.mul(a, b)),
    div: (a: Expr, b: Expr): Expr => e(this.m.f64.div(a, b)),
    min: (a: Expr, b: Expr): Expr => e(this.m.f64.min(a, b)),
    max: (a: Expr, b: Expr): Expr => e(this.m.f64.max(a, b)),
    neg: (a: Expr): Expr => e(this.m.f64.neg(a)),
    abs: (a: Expr): Expr => e(this.m.f64.abs(a)),
    sqrt: (a: Expr): Expr => e(this.m.f64.sqrt(a)),
    trunc: (a: Expr): Expr => e(this.m.f64.trunc(a)),
    floor: (a: Expr): Expr => e(this.m.f64.floor(a)),
    eq: (a: Expr, b: Expr): Expr => e(this.m.f64.eq(a, b)),
    ne: (a: Expr, b: Expr): Expr => e(this.m.f64.ne(a, b)),
    lt: (a: Expr, b: Expr): Expr => e(this.m.f64.lt(a, b)),
    le: (a: Expr, b: Expr): Expr => e(this.m.f64.le(a, b)),
    gt: (a: Expr, b: Expr): Expr => e(this.m.f64.gt(a, b)),
    ge: (a: Expr, b: Expr): Expr => e(this.m.f64.ge(a, b)),
    promoteF32: (a: Expr): Expr => e(this.m.f64.promote(a)),
    convertI32S: (a: Expr): Expr => e(this.m.f64.convert_s.i32(a)),
    load: (offset: number, ptr: Expr): Expr => e(this.m.f64.load(offset, 8, ptr)),
    store: (offset: number, ptr: Expr, value: Expr): Expr => e(this.m.f64.store(offset, 8, ptr, value)),
  };

  // --- SIMD (128-bit vectors). Loads and stores take a byte offset, then the address.

  readonly v128 = {
    load: (offset: number, ptr: Expr, align = 4): Expr => e(this.m.v128.load(offset, align, ptr)),
    store: (offset: number, ptr: Expr, value: Expr, align = 4): Expr => e(this.m.v128.store(offset, align, ptr, value)),
    load32Splat: (offset: number, ptr: Expr): Expr => e(this.m.v128.load32_splat(offset, 4, ptr)),
    /** Four bytes into the low lane, the rest zero. */
    load32Zero: (offset: number, ptr: Expr): Expr => e(this.m.v128.load32_zero(offset, 1, ptr)),
    load32Lane: (offset: number, lane: number, ptr: Expr, vec: Expr): Expr => e(this.m.v128.load32_lane(offset, 4, lane, ptr, vec)),
    load8Lane: (offset: number, lane: number, ptr: Expr, vec: Expr): Expr => e(this.m.v128.load8_lane(offset, 1, lane, ptr, vec)),
    store32Lane: (offset: number, lane: number, ptr: Expr, vec: Expr, align = 4): Expr => e(this.m.v128.store32_lane(offset, align, lane, ptr, vec)),
    store8Lane: (offset: number, lane: number, ptr: Expr, vec: Expr): Expr => e(this.m.v128.store8_lane(offset, 1, lane, ptr, vec)),
    zero: (): Expr => e(this.m.v128.const([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    and: (a: Expr, b: Expr): Expr => e(this.m.v128.and(a, b)),
    or: (a: Expr, b: Expr): Expr => e(this.m.v128.or(a, b)),
    xor: (a: Expr, b: Expr): Expr => e(this.m.v128.xor(a, b)),
    /** a & ~b */
    andNot: (a: Expr, b: Expr): Expr => e(this.m.v128.andnot(a, b)),
    not: (a: Expr): Expr => e(this.m.v128.not(a)),
    /** Bits of `ifTrue` where `mask` is set, else of `ifFalse`. */
    bitselect: (ifTrue: Expr, ifFalse: Expr, mask: Expr): Expr => e(this.m.v128.bitselect(ifTrue, ifFalse, mask)),
    anyTrue: (a: Expr): Expr => e(this.m.v128.any_true(a)),
  };

  readonly i8x16 = {
    shuffle: (a: Expr, b: Expr, lanes: readonly number[]): Expr => e(this.m.i8x16.shuffle(a, b, [...lanes])),
    narrowI16x8U: (a: Expr, b: Expr): Expr => e(this.m.i8x16.narrow_i16x8_u(a, b)),
  };

  readonly i16x8 = {
    narrowI32x4U: (a: Expr, b: Expr): Expr => e(this.m.i16x8.narrow_i32x4_u(a, b)),
    extendLowI8x16U: (a: Expr): Expr => e(this.m.i16x8.extend_low_i8x16_u(a)),
  };

  readonly i32x4 = {
    splat: (a: Expr): Expr => e(this.m.i32x4.splat(a)),
    const: (lanes: readonly [number, number, number, number]): Expr => e(this.m.v128.const(bytesOf(Int32Array.from(lanes)))),
    extractLane: (v: Expr, lane: number): Expr => e(this.m.i32x4.extract_lane(v, lane as never)),
    replaceLane: (v: Expr, lane: number, x: Expr): Expr => e(this.m.i32x4.replace_lane(v, lane as never, x)),
    add: (a: Expr, b: Expr): Expr => e(this.m.i32x4.add(a, b)),
    sub: (a: Expr, b: Expr): Expr => e(this.m.i32x4.sub(a, b)),
    shl: (a: Expr, bits: number): Expr => e(this.m.i32x4.shl(a, this.m.i32.const(bits))),
    shrS: (a: Expr, bits: number): Expr => e(this.m.i32x4.shr_s(a, this.m.i32.const(bits))),
    ne: (a: Expr, b: Expr): Expr => e(this.m.i32x4.ne(a, b)),
    ltS: (a: Expr, b: Expr): Expr => e(this.m.i32x4.lt_s(a, b)),
    /** 1 when every lane is non-zero. */
    allTrue: (a: Expr): Expr => e(this.m.i32x4.all_true(a)),
    extendLowI16x8U: (a: Expr): Expr => e(this.m.i32x4.extend_low_i16x8_u(a)),
    truncSatF64x2SZero: (a: Expr): Expr => e(this.m.i32x4.trunc_sat_f64x2_s_zero(a)),
  };

  readonly f32x4 = {
    splat: (a: Expr): Expr => e(this.m.f32x4.splat(a)),
    const: (lanes: readonly [number, number, number, number]): Expr => e(this.m.v128.const(bytesOf(Float32Array.from(lanes)))),
    extractLane: (v: Expr, lane: number): Expr => e(this.m.f32x4.extract_lane(v, lane as never)),
    replaceLane: (v: Expr, lane: number, x: Expr): Expr => e(this.m.f32x4.replace_lane(v, lane as never, x)),
    eq: (a: Expr, b: Expr): Expr => e(this.m.f32x4.eq(a, b)),
    ne: (a: Expr, b: Expr): Expr => e(this.m.f32x4.ne(a, b)),
    lt: (a: Expr, b: Expr): Expr => e(this.m.f32x4.lt(a, b)),
    le: (a: Expr, b: Expr): Expr => e(this.m.f32x4.le(a, b)),
    gt: (a: Expr, b: Expr): Expr => e(this.m.f32x4.gt(a, b)),
    ge: (a: Expr, b: Expr): Expr => e(this.m.f32x4.ge(a, b)),
    add: (a: Expr, b: Expr): Expr => e(this.m.f32x4.add(a, b)),
    sub: (a: Expr, b: Expr): Expr => e(this.m.f32x4.sub(a, b)),
    mul: (a: Expr, b: Expr): Expr => e(this.m.f32x4.mul(a, b)),
    div: (a: Expr, b: Expr): Expr => e(this.m.f32x4.div(a, b)),
    /** IEEE min/max: NaN if either is NaN, -0 < +0 (Math.min/max). */
    min: (a: Expr, b: Expr): Expr => e(this.m.f32x4.min(a, b)),
    max: (a: Expr, b: Expr): Expr => e(this.m.f32x4.max(a, b)),
    /** b < a ? b : a (one instruction; NaN in a is kept). */
    pmin: (a: Expr, b: Expr): Expr => e(this.m.f32x4.pmin(a, b)),
    /** a < b ? b : a (one instruction; NaN in a is kept). */
    pmax: (a: Expr, b: Expr): Expr => e(this.m.f32x4.pmax(a, b)),
    abs: (a: Expr): Expr => e(this.m.f32x4.abs(a)),
    neg: (a: Expr): Expr => e(this.m.f32x4.neg(a)),
    sqrt: (a: Expr): Expr => e(this.m.f32x4.sqrt(a)),
    nearest: (a: Expr): Expr => e(this.m.f32x4.nearest(a)),
    convertI32x4S: (a: Expr): Expr => e(this.m.f32x4.convert_i32x4_s(a)),
    convertI32x4U: (a: Expr): Expr => e(this.m.f32x4.convert_i32x4_u(a)),
    demoteF64x2Zero: (a: Expr): Expr => e(this.m.f32x4.demote_f64x2_zero(a)),
    /** a·b + c, fused when relaxed SIMD is on, else a multiply and an add. */
    madd: (a: Expr, b: Expr, c: Expr): Expr =>
      this.features.relaxedSimd
        ? e(lowLevel._BinaryenSIMDTernary(this.m.ptr, lowLevel.RelaxedMaddVecF32x4, a, b, c))
        : e(this.m.f32x4.add(c, this.m.f32x4.mul(a, b))),
  };

  readonly f64x2 = {
    splat: (a: Expr): Expr => e(this.m.f64x2.splat(a)),
    add: (a: Expr, b: Expr): Expr => e(this.m.f64x2.add(a, b)),
    sub: (a: Expr, b: Expr): Expr => e(this.m.f64x2.sub(a, b)),
    mul: (a: Expr, b: Expr): Expr => e(this.m.f64x2.mul(a, b)),
    abs: (a: Expr): Expr => e(this.m.f64x2.abs(a)),
    neg: (a: Expr): Expr => e(this.m.f64x2.neg(a)),
    pmax: (a: Expr, b: Expr): Expr => e(this.m.f64x2.pmax(a, b)),
    nearest: (a: Expr): Expr => e(this.m.f64x2.nearest(a)),
    /** Lanes 0 and 1 of an f32x4, widened. */
    promoteLowF32x4: (a: Expr): Expr => e(this.m.f64x2.promote_low_f32x4(a)),
  };

  // --- finishing

  /** Validates (errors go to binaryen's stderr, so the text is captured and returned). */
  validate(): string | undefined {
    if (typeof process === 'undefined') return this.m.validate() ? undefined : 'binaryen validation failed';
    const lines: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    (process.stderr as { write: unknown }).write = (chunk: string | Uint8Array): boolean => {
      lines.push(String(chunk));
      return true;
    };
    try {
      return this.m.validate() ? undefined : lines.join('').trim() || 'binaryen validation failed';
    } finally {
      (process.stderr as { write: unknown }).write = original;
    }
  }

  /** Light optimisation only: V8's compiler does the heavy lifting (see CPU-GPU-FEASIBILITY A.3). */
  optimize(): void {
    binaryen.setOptimizeLevel(1);
    binaryen.setShrinkLevel(0);
    this.m.optimize();
  }

  emitBinary(): Uint8Array {
    return this.m.emitBinary() as Uint8Array;
  }

  emitText(): string {
    return this.m.emitText();
  }

  dispose(): void {
    this.m.dispose();
  }
}
