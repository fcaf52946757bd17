import { stableHash } from '../../ir/core/hash.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { IndexSpec, KernelSpec } from './kernel-spec.js';
import { renderCell } from '../emit/cell.js';
import { lowerCellOp, lowerPitCellOp } from '../lower/to-loops.js';
import { SourceBuilder } from './source-builder.js';

/**
 * One gpu.js kernel for one op: every thread computes one output cell. Up to three output
 * axes map to gpu.js's thread x/y/z (innermost axis on x); for rank 4 and more the leading axes
 * share z and are decoded from it. Both kernels render one cell of the op's per-cell loop IR
 * (codegen/emit/cell.ts): the dense form's, or the PIT form's gathers (codegen/emit/pit-cell.ts).
 */
export function emitKernel(
  expr: TensorExpr,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
  pit?: { readonly kernel: PitKernel; readonly index: IndexSpec },
  options: { readonly i32Halves?: boolean } = {},
): KernelSpec {
  const b = new SourceBuilder(expr, extents, shapeOf);
  const shape = expr.spatial.map((a) => b.extent(a.name));
  const output = declareThreadAxes(b, shape);
  // one cell of the op's per-cell loop IR (the PIT form's gathers when `pit`)
  const op = pit ? lowerPitCellOp(pit.kernel, extents, shapeOf).op : lowerCellOp(expr, extents);
  const value = renderCell(b, op, 1, { bindEach: true, ...(pit ? { pit: pit.index } : {}) });
  const { source, params, loopMaxIterations } = b.finish(options.i32Halves ? i32Half(b, value) : value);
  const settings = { output, loopMaxIterations, dynamicArguments: true, tactic: 'precision', precision: 'single' } as const;
  const cells = shape.reduce((n, x) => n * x, 1);
  return { form: pit ? 'pit' : 'dense', source, params, settings, cells, key: stableHash(`${source}\n${JSON.stringify(settings)}`) };
}

/**
 * The stored i32 of `value` (JavaScript's ToInt32, as the reference's Int32Array store: truncate,
 * wrap modulo 2^32, NaN and ±inf give 0) as m in [0, 2^32), and the half of it the `half`
 * parameter asks for: 16 bits, exact in the f32 cells gpu.js returns. Only run on the `cpu`
 * backend, whose numbers are float64 (every step here is exact there).
 */
function i32Half(b: SourceBuilder, value: string): string {
  const f = b.fresh('v');
  const t = b.fresh('v');
  const m = b.fresh('v');
  const hi = b.fresh('v');
  b.emit(`const ${f} = ${value} - ${value} === 0 ? ${value} : 0;`, 1);
  b.emit(`const ${t} = ${f} < 0 ? Math.ceil(${f}) : Math.floor(${f});`, 1);
  b.emit(`const ${m} = ${t} - 4294967296 * Math.floor(${t} / 4294967296);`, 1);
  b.emit(`const ${hi} = Math.floor(${m} / 65536);`, 1);
  return `${b.special('half')} < 0.5 ? ${m} - 65536 * ${hi} : ${hi}`;
}

function declareThreadAxes(b: SourceBuilder, shape: readonly number[]): number[] {
  const vars = shape.map((_, i) => `a${i}`);
  const rank = shape.length;
  if (rank === 0) return [1];
  const xyz = ['x', 'y', 'z'];
  const own = Math.min(rank, 3);
  for (let i = 0; i < own; i++) {
    const dim = rank - 1 - i;
    if (i < 2 || rank === 3) b.emit(`const ${vars[dim] as string} = this.thread.${xyz[i] as string};`, 1);
  }
  const output = shape.slice(rank - own).reverse();
  if (rank <= 3) return output;
  // the leading rank-2 axes share z: decode them innermost first (+0.5 keeps floor exact)
  const lead = shape.slice(0, rank - 2);
  let q = b.fresh('q');
  b.emit(`const ${q} = this.thread.z;`, 1);
  for (let dim = lead.length - 1; dim >= 1; dim--) {
    const n = lead[dim] as number;
    const next = b.fresh('q');
    b.emit(`const ${next} = Math.floor((${q} + 0.5) / ${n});`, 1);
    b.emit(`const ${vars[dim] as string} = ${q} - ${next} * ${n};`, 1);
    q = next;
  }
  b.emit(`const ${vars[0] as string} = ${q};`, 1);
  return [shape[rank - 1] as number, shape[rank - 2] as number, lead.reduce((n, x) => n * x, 1)];
}
