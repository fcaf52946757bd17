/**
 * ONNX value and dim names → .pit identifiers (docs/onnx.md, "Names"). ONNX names are any
 * strings (`onnx::MatMul_12`, `/layer.0/Add_output_0`, `input.1`); .pit names are ASCII
 * identifiers. The mapping is stable (it depends only on the model) and collision-free:
 *
 *   1. a name that already is an identifier, and no keyword or function name, is kept;
 *   2. otherwise every run of other characters becomes `_`, leading and trailing `_` are
 *      dropped, a leading digit (or nothing left) gets a `v` in front, a keyword gets `_v` after;
 *   3. a name taken by an earlier one (in the order: dims, graph inputs, initializers, node
 *      outputs) gets `_2`, `_3`, ...
 *
 * Names pitc makes up for the tensors a node needs besides its outputs (a softmax's maximum and
 * sum) are fresh too, and avoid every ONNX name as written, so renaming the checked graph back
 * to ONNX names can never merge two tensors.
 */

const KEYWORDS = new Set(['dim', 'input', 'weight', 'output', 'inf', 'sum', 'prod', 'max', 'min', 'top', 'where', 'relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs', 'erf']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The shape of an index name; names pitc makes up never have it (index names avoid every taken name). */
const AXIS_NAME = /^[a-z][0-9]*$/;

export function sanitise(name: string): string {
  if (IDENTIFIER.test(name) && !KEYWORDS.has(name)) return name;
  let s = name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (s === '' || /^[0-9]/.test(s)) s = `v${s}`;
  if (KEYWORDS.has(s)) s = `${s}_v`;
  return s;
}

export class NameTable {
  /** pitc name by ONNX name (values and dims share one namespace, as in .pit). */
  private readonly byOnnx = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(private readonly onnxNames: ReadonlySet<string>) {}

  /** The pitc name of an ONNX value or dim, assigned on first use. */
  pit(onnxName: string): string {
    const known = this.byOnnx.get(onnxName);
    if (known !== undefined) return known;
    const name = this.unique(sanitise(onnxName), (n) => n !== onnxName && this.onnxNames.has(n));
    this.byOnnx.set(onnxName, name);
    return name;
  }

  /** A name for a tensor pitc adds: not taken, and no ONNX name either. */
  fresh(base: string): string {
    const b = AXIS_NAME.test(base) ? `${base}_` : sanitise(base);
    return this.unique(b, (n) => this.onnxNames.has(n));
  }

  /** Whether a name is used by a tensor or dim (index names must avoid it). */
  isTaken(name: string): boolean {
    return this.taken.has(name);
  }

  /** ONNX name by pitc name, for every name assigned with pit(). */
  reverse(): Map<string, string> {
    return new Map([...this.byOnnx].map(([onnx, pit]) => [pit, onnx]));
  }

  private unique(base: string, reserved: (name: string) => boolean): string {
    let name = base;
    for (let n = 2; this.taken.has(name) || reserved(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }
}

/** Index names for one statement: i, j, k, ... skipping any name in use. */
export function axisNames(count: number, taken: (name: string) => boolean): string[] {
  const letters = 'ijklmnpqrstuvwxyzabcdefgh';
  const out: string[] = [];
  for (const l of letters) {
    if (out.length === count) break;
    if (!taken(l)) out.push(l);
  }
  for (let n = 1; out.length < count; n++) if (!taken(`i${n}`)) out.push(`i${n}`);
  return out;
}
