import type { DimExpr } from '../dim-expr.js';
import { mapChildren, type ScalarExpr, type TensorExpr } from '../expr/tensor-expr.js';
import type { Graph } from './graph.js';

/**
 * The graph with tensors and dims renamed (names not in the maps are kept). The IR allows any
 * string as a name, so a front end whose names are not identifiers (ONNX's `/layer.0/Add_output_0`)
 * can check a program under identifier names and hand the rest of the compiler its own. The
 * caller makes sure the renaming merges no two names.
 */
export function renameGraph(graph: Graph, tensors: ReadonlyMap<string, string>, dims: ReadonlyMap<string, string>): Graph {
  const t = (name: string): string => tensors.get(name) ?? name;
  const dim = (e: DimExpr): DimExpr => renameDim(e, dims);
  return {
    dims: graph.dims.map((d) => ({ ...d, name: dims.get(d.name) ?? d.name })),
    tensors: graph.tensors.map((info) => ({ ...info, name: t(info.name), shape: info.shape.map(dim) })),
    ops: graph.ops.map((op) => ({ ...op, expr: renameExpr(op.expr, t, dim) })),
    outputs: graph.outputs.map(t),
  };
}

function renameExpr(expr: TensorExpr, t: (name: string) => string, dim: (e: DimExpr) => DimExpr): TensorExpr {
  return {
    ...expr,
    output: t(expr.output),
    spatial: expr.spatial.map((a) => ({ ...a, extent: dim(a.extent) })),
    reduce: expr.reduce.map((a) => ({ ...a, extent: dim(a.extent) })),
    body: renameScalar(expr.body, t),
  };
}

function renameScalar(e: ScalarExpr, t: (name: string) => string): ScalarExpr {
  return e.kind === 'access' ? { ...e, tensor: t(e.tensor) } : mapChildren(e, (c) => renameScalar(c, t));
}

function renameDim(e: DimExpr, dims: ReadonlyMap<string, string>): DimExpr {
  switch (e.kind) {
    case 'const':
      return e;
    case 'sym':
      return { kind: 'sym', name: dims.get(e.name) ?? e.name };
    case 'add':
    case 'min':
      return { ...e, args: e.args.map((a) => renameDim(a, dims)) };
    case 'scale':
    case 'floordiv':
      return { ...e, arg: renameDim(e.arg, dims) };
  }
}
