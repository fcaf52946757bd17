import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { dimSymbols, evalDim, printDim } from '../../ir/dim-expr.js';
import { checkExtents } from '../../ir/graph/check-extents.js';
import { shapeDims } from '../../ir/graph/dims.js';
import type { Graph, TensorInfo } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { checkTensorValue, describeValue } from './tensor-check.js';

/** Where a value came from, for messages: "--input x=a.npy", "--dim T", "random". */
export type OriginOf = (name: string) => string | undefined;

export interface DimBinding {
  /** Set when there are no errors: every dim a shape uses, bound. */
  readonly dims?: ReadonlyMap<string, number>;
  /** The given tensors, checked (own copies of their shapes), when there are no errors. */
  readonly tensors?: ReadonlyMap<string, HostTensor>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Binds every symbolic dim of a program: explicit values first (--dim, the API's `dims`), then
 * whatever the given tensors' shapes imply, then the `dim T = N` defaults. Checks the given
 * values along the way: each must be a well-formed tensor (tensor-check.ts) that matches its
 * declaration. Values are `unknown`: they come from users, so nothing is assumed of them.
 */
export function bindDims(
  graph: Graph,
  given: ReadonlyMap<string, unknown>,
  explicit: ReadonlyMap<string, unknown>,
  origin: OriginOf = () => undefined,
  /** Check only what is given (setWeights()): dims left unbound are not an error, and `dims` holds the bound ones. */
  partial = false,
): DimBinding {
  const diagnostics: Diagnostic[] = [];
  const dims = new Map<string, number>();
  const boundBy = new Map<string, string>();
  const declared = new Set(graph.dims.map((d) => d.name));
  const rejected = new Set<string>();
  const tensors = new Map<string, HostTensor>();

  for (const [name, value] of explicit) {
    if (!declared.has(name)) {
      const known = graph.dims.length > 0 ? graph.dims.map((d) => d.name).join(', ') : 'none';
      diagnostics.push(diagnostic('PIT6006', `'${name}' is not a dimension of this program (its dims: ${known})`));
    } else if (!isDimValue(value)) {
      diagnostics.push(diagnostic('PIT6006', `dimension ${name} must be an integer from 1 to 2^31 - 1, not ${describeValue(value)}`));
      rejected.add(name);
    } else {
      dims.set(name, value);
      boundBy.set(name, `--dim ${name}=${value}`);
    }
  }

  for (const [name, value] of given) {
    const info = graph.tensors.find((t) => t.name === name);
    if (!info || info.role === 'intermediate') {
      const inputs = graph.tensors.filter((t) => t.role !== 'intermediate').map((t) => t.name);
      diagnostics.push(
        diagnostic('PIT6009', `a value was given for '${name}', which is not an input or weight of this program (they are: ${inputs.join(', ') || 'none'})`),
      );
      continue;
    }
    const from = origin(name) ?? `'${name}'`;
    const checked = checkTensorValue(value, from);
    const problems = 'tensor' in checked ? matchDeclaration(info, checked.tensor, dims, boundBy, from) : [withDeclaration(checked.diagnostic, info)];
    diagnostics.push(...problems);
    if (problems.length > 0) for (const d of info.shape) for (const s of dimSymbols(d)) rejected.add(s);
    else if ('tensor' in checked) tensors.set(name, checked.tensor);
  }

  const used = shapeDims(graph);
  for (const d of graph.dims) {
    if (dims.has(d.name)) continue;
    if (d.default !== undefined) dims.set(d.name, d.default);
    // a dim a rejected tensor would have bound is already explained by that tensor's error
    else if (!partial && used.has(d.name) && !rejected.has(d.name)) {
      diagnostics.push(diagnostic('PIT6002', `dimension ${d.name} is not bound: pass --dim ${d.name}=N (API: dims: { ${d.name}: N }) or an input whose shape fixes it`));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  if (partial) return { dims, tensors, diagnostics };
  diagnostics.push(...checkExtents(graph, dims));
  return diagnostics.length > 0 ? { diagnostics } : { dims, tensors, diagnostics };
}

/** What a dim may be bound to: a positive integer that fits an int32 index. */
function isDimValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 2 ** 31 - 1;
}

/** A diagnostic about a given value, with a note pointing at the tensor's declaration. */
function withDeclaration(d: Diagnostic, info: TensorInfo): Diagnostic {
  if (!info.span) return d;
  const declared = `${info.dtype}[${info.shape.map(printDim).join(', ')}]`;
  return diagnostic(d.code, d.message, d.span, [{ message: `'${info.name}' is declared here as ${declared}`, span: info.span }]);
}

function matchDeclaration(
  info: TensorInfo,
  tensor: HostTensor,
  dims: Map<string, number>,
  boundBy: Map<string, string>,
  from: string,
): Diagnostic[] {
  const declared = `${info.dtype}[${info.shape.map(printDim).join(', ')}]`;
  const related = info.span ? [{ message: `'${info.name}' is declared here as ${declared}`, span: info.span }] : [];
  if (tensor.dtype !== info.dtype) {
    return [diagnostic('PIT6004', `${from} has dtype ${tensor.dtype}, but ${info.role} '${info.name}' is declared ${info.dtype}`, undefined, related)];
  }
  if (tensor.shape.length !== info.shape.length) {
    return [
      diagnostic('PIT6003', `${from} has shape [${tensor.shape.join(', ')}] (rank ${tensor.shape.length}), but '${info.name}' is declared ${declared}`, undefined, related),
    ];
  }
  const problems: Diagnostic[] = [];
  info.shape.forEach((dim, axis) => {
    const actual = tensor.shape[axis] ?? 0;
    if (dim.kind === 'sym' && !dims.has(dim.name)) {
      if (!isDimValue(actual)) {
        problems.push(diagnostic('PIT6006', `${from} has ${actual} at dimension ${axis}, where '${info.name}' uses ${dim.name}: a dimension is an integer from 1 to 2^31 - 1`, undefined, related));
        return;
      }
      dims.set(dim.name, actual);
      boundBy.set(dim.name, `${from} (dimension ${axis})`);
      return;
    }
    const expected = evalDim(dim, dims);
    if (expected === actual) return;
    if (dim.kind === 'sym') {
      problems.push(
        diagnostic('PIT6005', `${from} has ${actual} at dimension ${axis} where '${info.name}' uses ${dim.name}, but ${dim.name} = ${expected} from ${boundBy.get(dim.name) ?? 'elsewhere'}`, undefined, related),
      );
    } else {
      problems.push(diagnostic('PIT6003', `${from} has shape [${tensor.shape.join(', ')}], but '${info.name}' is declared ${declared}`, undefined, related));
    }
  });
  return problems.slice(0, 1);
}
