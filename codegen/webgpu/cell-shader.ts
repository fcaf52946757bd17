import { stableHash } from '../../ir/core/hash.js';
import type { DType } from '../../ir/dtype.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { IndexSpec } from './index-layout.js';
import type { ShaderSpec } from './launch-spec.js';
import { WgslBuilder } from './wgsl-builder.js';
import { renderCell } from '../emit/cell.js';
import { lowerCellOp, lowerPitCellOp } from '../lower/to-loops.js';

/** Invocations per workgroup of a per-cell shader. */
export const CELL_WORKGROUP = 64;

/**
 * A per-element shader for one op: every invocation computes one output cell (row-major number
 * `cell`, decoded into the output axes), rendered from one cell of the op's per-cell loop IR
 * (codegen/emit/cell.ts): the dense form's, or the PIT form's gathers (codegen/emit/pit-cell.ts).
 * Workgroups are laid out in x and then y (at most `maxGroups` per dimension), so any cell count
 * up to the buffer limits is reachable.
 */
export function cellShader(
  expr: TensorExpr,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
  dtypeOf: (tensor: string) => DType,
  maxGroups: number,
  pit?: { readonly kernel: PitKernel; readonly index: IndexSpec },
): ShaderSpec {
  const b = new WgslBuilder(expr, extents, shapeOf, dtypeOf);
  const shape = expr.spatial.map((a) => b.extent(a.name));
  const cells = shape.reduce((n, x) => n * x, 1);
  const groups = Math.ceil(cells / CELL_WORKGROUP);
  const groupsX = Math.min(groups, maxGroups);
  const groupsY = Math.ceil(groups / groupsX);
  b.emit(`let cell = i32(gid.x + gid.y * ${groupsX * CELL_WORKGROUP}u);`, 1);
  b.emit(`if (cell >= ${cells}) { return; }`, 1);
  // decode the output axes, innermost first
  let rest = 'cell';
  for (let d = shape.length - 1; d >= 0; d--) {
    const v = b.axisVar((expr.spatial[d] as { name: string }).name);
    const n = shape[d] as number;
    if (d === 0) b.emit(`let ${v}: i32 = ${rest};`, 1);
    else {
      b.emit(`let ${v}: i32 = ${rest} % ${n};`, 1);
      const q = b.fresh('q');
      b.emit(`let ${q}: i32 = ${rest} / ${n};`, 1);
      rest = q;
    }
  }
  const op = pit ? lowerPitCellOp(pit.kernel, extents, shapeOf).op : lowerCellOp(expr, extents);
  const value = renderCell(b, op, 1, { bindEach: true, ...(pit ? { pit: pit.index } : {}) });
  b.emit(`out[cell] = ${b.store(expr.dtype, value)};`, 1);
  const entry = [
    `@compute @workgroup_size(${CELL_WORKGROUP})`,
    'fn main(@builtin(global_invocation_id) gid: vec3<u32>) {',
    ...b.lines,
    '}',
  ];
  const { code, bindings } = b.finish(expr.dtype, entry);
  return {
    kind: 'cell',
    form: pit ? 'pit' : 'dense',
    code,
    key: stableHash(code),
    bindings,
    groups: [groupsX, groupsY, 1],
    cells,
  };
}
