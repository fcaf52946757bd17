import type { DimExpr } from '../../ir/dim-expr.js';
import { concreteMicroTile } from '../../ir/index-geometry.js';
import type {
  LoopExpr,
  LoopIndex,
  LoopOp,
  LoopProgram,
  LoopRange,
  LoopStep,
} from '../../ir/loops/loop-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { applyBinary, applyUnary, combine, store } from './naive-eval.js';
import { naiveBuildIndex } from './naive-index.js';

/**
 * Runs a loop program whose extents are all bound, step by step as the loop IR says, in
 * float64 with every value rounded once when stored (as the reference does). Independent of
 * codegen/ref: if the loop IR means what the reference computes, the two agree bit for bit
 * (same points, same order of every accumulation). Indexes come from the naive builder.
 */
export function runLoopProgram(
  p: LoopProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  build: typeof naiveBuildIndex = naiveBuildIndex,
): Map<string, HostTensor> {
  const values = new Map<string, HostTensor>(inputs);
  const indexes = new Map<string, SparseIndex>();
  for (const op of p.ops) {
    if (op.pit && !indexes.has(op.pit.index)) {
      const spec = p.indexes.find((i) => i.key === op.pit?.index) as LoopIndex;
      const source = values.get(spec.source);
      if (!source) throw new Error(`loops: index source '${spec.source}' has no value`);
      indexes.set(
        spec.key,
        build(
          source,
          concreteMicroTile(source.shape, spec.grid.microTile),
          spec.grid.gatherDim,
          spec.fill,
        ),
      );
    }
    values.set(op.output, runOp(op, values, op.pit ? indexes.get(op.pit.index) : undefined));
  }
  return values;
}

const num = (d: DimExpr): number => {
  if (d.kind !== 'const') throw new Error('loops: extent not bound');
  return d.value;
};

function runOp(
  op: LoopOp,
  values: ReadonlyMap<string, HostTensor>,
  index: SparseIndex | undefined,
): HostTensor {
  const extents = new Map(op.axes.map((a) => [a.name, num(a.extent)]));
  const spatial = op.axes.filter((a) => a.role === 'spatial').map((a) => a.name);
  const out = makeTensor(
    op.dtype,
    spatial.map((a) => extents.get(a) as number),
  );
  const env = new Map<string, number>();
  const u: number[] = [];
  let strip = -1;
  let coord = -1;
  const buffers = new Map(
    op.buffers.map((b) => [
      b.name,
      { ...b, data: new Float64Array(b.over.reduce((n, a) => n * (extents.get(a) as number), 1)) },
    ]),
  );
  const slotOf = (over: readonly string[]): number =>
    over.reduce((o, a) => o * (extents.get(a) as number) + (env.get(a) as number), 0);
  const read = (t: string, e: LoopExpr & { kind: 'access' }): number => {
    const v = values.get(t);
    if (!v) throw new Error(`loops: '${t}' has no value`);
    let offset = 0;
    e.indices.forEach((ix, d) => {
      let i = ix.constant;
      for (const term of ix.terms) {
        const a = env.get(term.axis);
        if (a === undefined) throw new Error(`loops: '${term.axis}' unbound reading '${t}'`);
        i += term.coef * a;
      }
      const n = v.shape[d] as number;
      if (i < 0 || i >= n) throw new Error(`loops: '${t}' index ${d} is ${i}, outside [0, ${n})`);
      offset = offset * n + i;
    });
    return v.data[offset] as number;
  };
  const evaluate = (e: LoopExpr): number => {
    switch (e.kind) {
      case 'const':
        return e.value;
      case 'access':
        return read(e.tensor, e);
      case 'axis':
        return env.get(e.axis) as number;
      case 'buffer': {
        const b = buffers.get(e.buffer);
        if (!b) throw new Error(`loops: no buffer ${e.buffer}`);
        return b.data[slotOf(e.at)] as number;
      }
      case 'unary':
        return applyUnary(e.op, evaluate(e.arg));
      case 'binary':
        return applyBinary(e.op, evaluate(e.lhs), evaluate(e.rhs));
      case 'where':
        return evaluate(e.cond) !== 0 ? evaluate(e.then) : evaluate(e.else);
    }
  };
  const bounds = (r: LoopRange): [number, number] => {
    const n = num(r.extent);
    if (r.kind === 'full') return [0, n];
    if (!index) throw new Error('loops: a strip or listed range without an index');
    const tile = index.microTile[r.kind === 'strip' ? r.sourceDim : index.gatherDim] as number;
    const at = r.kind === 'strip' ? (u[r.sourceDim] as number) : coord;
    const lo = at * tile;
    return [lo, Math.min(lo + tile, n)];
  };
  /** Per-cell form: the current strip is away from a bound strip axis's tile. */
  const awayFromCell = (ix: SparseIndex): boolean =>
    (op.pit?.strips ?? []).some(
      (st) =>
        st.sourceDim !== null &&
        env.has(st.axis) &&
        Math.floor((env.get(st.axis) as number) / (ix.microTile[st.sourceDim] as number)) !==
          u[st.sourceDim],
    );
  const run = (steps: readonly LoopStep[]): void => {
    for (const s of steps) {
      switch (s.kind) {
        case 'loop': {
          const [lo, hi] = bounds(s.range);
          for (let v = lo; v < hi; v++) {
            env.set(s.axis, v);
            run(s.body);
          }
          env.delete(s.axis);
          break;
        }
        case 'strips': {
          const ix = index as SparseIndex;
          for (strip = 0; strip < ix.stripCount; strip++) {
            let q = strip;
            for (let i = ix.stripDims.length - 1; i >= 0; i--) {
              const g = ix.stripGrid[i] as number;
              u[ix.stripDims[i] as number] = q % g;
              q = Math.floor(q / g);
            }
            if (awayFromCell(ix)) continue;
            run(s.body);
          }
          break;
        }
        case 'listed': {
          const ix = index as SparseIndex;
          for (let p = ix.stripPtr[strip] as number; p < (ix.stripPtr[strip + 1] as number); p++) {
            coord = ix.coords[p] as number;
            const gather = op.pit?.gather.axis ?? '';
            const width = ix.microTile[ix.gatherDim] as number;
            // per-cell form: only the micro-tile holding a bound gather axis
            if (env.has(gather) && Math.floor((env.get(gather) as number) / width) !== coord)
              continue;
            run(s.body);
          }
          break;
        }
        case 'sread':
          break; // what is gathered: the reads below go through the same ranges
        case 'fill': {
          const v = op.dtype === 'bool' ? (s.value !== 0 ? 1 : 0) : s.value;
          // per-cell form: the cell alone
          if (spatial.every((a) => env.has(a))) out.data[slotOf(spatial)] = v;
          else out.data.fill(v);
          break;
        }
        case 'init': {
          const b = buffers.get(s.buffer);
          if (!b) throw new Error(`loops: no buffer ${s.buffer}`);
          if (b.over.every((a) => env.has(a))) b.data[slotOf(b.over)] = s.value;
          else b.data.fill(s.value);
          break;
        }
        case 'update': {
          const b = buffers.get(s.buffer);
          if (!b) throw new Error(`loops: no buffer ${s.buffer}`);
          const slot = slotOf(b.over);
          b.data[slot] = combine(b.reducer, b.data[slot] as number, evaluate(s.value));
          break;
        }
        case 'store':
          out.data[slotOf(spatial)] = store(op.dtype, evaluate(s.value));
          break;
      }
    }
  };
  run(op.body);
  return out;
}
