/**
 * Symbolic tensor extents. A declared dimension is `sym`; extents inferred from affine
 * accesses (convolution windows, strides) are small expressions over dims, simplified to a
 * canonical form so that equal extents print (and compare) equal.
 */
export type DimExpr =
  | { readonly kind: 'const'; readonly value: number }
  | { readonly kind: 'sym'; readonly name: string }
  | { readonly kind: 'add'; readonly args: readonly DimExpr[] }
  | { readonly kind: 'scale'; readonly factor: number; readonly arg: DimExpr }
  | { readonly kind: 'floordiv'; readonly arg: DimExpr; readonly divisor: number }
  | { readonly kind: 'min'; readonly args: readonly DimExpr[] };

export const dimConst = (value: number): DimExpr => ({ kind: 'const', value });
export const dimSym = (name: string): DimExpr => ({ kind: 'sym', name });

/** Linear part of an expression: Σ coef·atom + constant, where atoms are non-linear subterms. */
interface Linear {
  readonly terms: Map<string, { atom: DimExpr; coef: number }>;
  constant: number;
}

function toLinear(e: DimExpr, scale: number, out: Linear): void {
  switch (e.kind) {
    case 'const':
      out.constant += scale * e.value;
      return;
    case 'add':
      for (const a of e.args) toLinear(a, scale, out);
      return;
    case 'scale':
      toLinear(e.arg, scale * e.factor, out);
      return;
    default: {
      const key = printDim(e);
      const prev = out.terms.get(key);
      out.terms.set(key, { atom: e, coef: (prev?.coef ?? 0) + scale });
    }
  }
}

function fromLinear(lin: Linear): DimExpr {
  const parts: DimExpr[] = [];
  const keys = [...lin.terms.keys()].sort();
  for (const key of keys) {
    const t = lin.terms.get(key);
    if (!t || t.coef === 0) continue;
    parts.push(t.coef === 1 ? t.atom : { kind: 'scale', factor: t.coef, arg: t.atom });
  }
  if (lin.constant !== 0 || parts.length === 0) parts.push(dimConst(lin.constant));
  return parts.length === 1 ? (parts[0] as DimExpr) : { kind: 'add', args: parts };
}

/** Canonical simplified form: constants folded, like terms collected, terms sorted. */
export function simplifyDim(e: DimExpr): DimExpr {
  switch (e.kind) {
    case 'const':
    case 'sym':
      return e;
    case 'add':
    case 'scale': {
      const lin: Linear = { terms: new Map(), constant: 0 };
      toLinear(e.kind === 'add' ? { kind: 'add', args: e.args.map(simplifyDim) } : { kind: 'scale', factor: e.factor, arg: simplifyDim(e.arg) }, 1, lin);
      return fromLinear(lin);
    }
    case 'floordiv': {
      const arg = simplifyDim(e.arg);
      if (e.divisor === 1) return arg;
      if (arg.kind === 'const') return dimConst(Math.floor(arg.value / e.divisor));
      return { kind: 'floordiv', arg, divisor: e.divisor };
    }
    case 'min': {
      const flat: DimExpr[] = [];
      for (const a of e.args.map(simplifyDim)) {
        if (a.kind === 'min') flat.push(...a.args);
        else flat.push(a);
      }
      const consts = flat.filter((a) => a.kind === 'const').map((a) => (a as { value: number }).value);
      const rest = flat.filter((a) => a.kind !== 'const');
      const unique = new Map<string, DimExpr>(rest.map((a) => [printDim(a), a]));
      const args: DimExpr[] = [...[...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)];
      if (consts.length > 0) args.push(dimConst(Math.min(...consts)));
      return args.length === 1 ? (args[0] as DimExpr) : { kind: 'min', args };
    }
  }
}

export const dimAdd = (...args: DimExpr[]): DimExpr => simplifyDim({ kind: 'add', args });
export const dimScale = (factor: number, arg: DimExpr): DimExpr => simplifyDim({ kind: 'scale', factor, arg });
export const dimFloorDiv = (arg: DimExpr, divisor: number): DimExpr => simplifyDim({ kind: 'floordiv', arg, divisor });
export const dimMin = (...args: DimExpr[]): DimExpr => simplifyDim({ kind: 'min', args });

export function printDim(e: DimExpr): string {
  switch (e.kind) {
    case 'const':
      return String(e.value);
    case 'sym':
      return e.name;
    case 'add': {
      let s = '';
      e.args.forEach((a, i) => {
        if (a.kind === 'const' && a.value < 0 && i > 0) s += ` - ${-a.value}`;
        else if (a.kind === 'scale' && a.factor < 0 && i > 0) s += ` - ${printScaled(-a.factor, a.arg)}`;
        else s += (i > 0 ? ' + ' : '') + printDim(a);
      });
      return s;
    }
    case 'scale':
      return printScaled(e.factor, e.arg);
    case 'floordiv':
      return `floor((${printDim(e.arg)}) / ${e.divisor})`;
    case 'min':
      return `min(${e.args.map(printDim).join(', ')})`;
  }
}

function printScaled(factor: number, arg: DimExpr): string {
  const inner = arg.kind === 'add' ? `(${printDim(arg)})` : printDim(arg);
  return factor === 1 ? inner : factor === -1 ? `-${inner}` : `${factor}*${inner}`;
}

export function dimEquals(a: DimExpr, b: DimExpr): boolean {
  return printDim(simplifyDim(a)) === printDim(simplifyDim(b));
}

/** The symbols an extent depends on. */
export function dimSymbols(e: DimExpr, out: Set<string> = new Set()): Set<string> {
  switch (e.kind) {
    case 'const':
      break;
    case 'sym':
      out.add(e.name);
      break;
    case 'add':
    case 'min':
      for (const a of e.args) dimSymbols(a, out);
      break;
    case 'scale':
    case 'floordiv':
      dimSymbols(e.arg, out);
      break;
  }
  return out;
}

/** Evaluate with every symbol bound; returns undefined when a symbol is unbound. */
export function evalDim(e: DimExpr, dims: ReadonlyMap<string, number>): number | undefined {
  switch (e.kind) {
    case 'const':
      return e.value;
    case 'sym':
      return dims.get(e.name);
    case 'add': {
      let s = 0;
      for (const a of e.args) {
        const v = evalDim(a, dims);
        if (v === undefined) return undefined;
        s += v;
      }
      return s;
    }
    case 'scale': {
      const v = evalDim(e.arg, dims);
      return v === undefined ? undefined : e.factor * v;
    }
    case 'floordiv': {
      const v = evalDim(e.arg, dims);
      return v === undefined ? undefined : Math.floor(v / e.divisor);
    }
    case 'min': {
      let m = Infinity;
      for (const a of e.args) {
        const v = evalDim(a, dims);
        if (v === undefined) return undefined;
        m = Math.min(m, v);
      }
      return m;
    }
  }
}

export function isConstDim(e: DimExpr): e is { kind: 'const'; value: number } {
  return e.kind === 'const';
}
