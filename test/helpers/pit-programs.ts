import fc from 'fast-check';
import type { HostTensor } from '../../ir/tensor.js';
import { mulberry32 } from './compare.js';
import {
  chooserFromGen,
  concreteShape,
  dimBindings,
  generateProgram,
  printExpr,
  type Chooser,
  type GenExpr,
  type GenOptions,
  type ProgramDesc,
  type StatementDesc,
} from './random-program.js';

/**
 * Program generators for the PIT tests, built on test/helpers/random-program.ts (not edited):
 *
 * - `exactify`: a random program whose arithmetic stays exact in float64 on dyadic data (no
 *   transcendental functions, no division, dyadic constants), so that re-associating a sum or a
 *   product changes nothing and permutation results can be compared bit for bit;
 * - `annotate` / `printAnnotated`: random programs with some inputs (and definitions) marked
 *   `@dynamic`;
 * - `templateProgram`: structured programs with dynamic inputs (matmul, FFN with relu, MoE,
 *   masked attention with -inf fills, padding masks, convolutions, prod/min/max reductions with
 *   their identities, transposes, batch axes, nested reductions, strided windows), so that rules
 *   of every write mode and scope appear.
 */

// ------------------------------------------------------------------------------ transforms

export function mapExpr(e: GenExpr, f: (e: GenExpr) => GenExpr): GenExpr {
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return f(e);
    case 'unary':
      return f({ ...e, arg: mapExpr(e.arg, f) });
    case 'binary':
      return f({ ...e, lhs: mapExpr(e.lhs, f), rhs: mapExpr(e.rhs, f) });
    case 'where':
      return f({ ...e, cond: mapExpr(e.cond, f), then: mapExpr(e.then, f), else: mapExpr(e.else, f) });
    case 'reduce':
      return f({ ...e, body: mapExpr(e.body, f) });
  }
}

function mapStatements(p: ProgramDesc, f: (e: GenExpr) => GenExpr): ProgramDesc {
  return { ...p, statements: p.statements.map((s): StatementDesc => ({ ...s, body: mapExpr(s.body, f) })) };
}

const INEXACT_FUNCTIONS = new Set(['exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu']);

/**
 * Keeps the structure (accesses, affine indices, index values, reductions, where, comparisons)
 * and replaces what rounds: exp/log/sqrt/tanh/sigmoid/gelu become relu or abs (also f32), `a / b`
 * becomes `(a * b) * 0.5` (still f32), the constant 0.1 becomes 0.125.
 */
export function exactify(p: ProgramDesc): ProgramDesc {
  let n = 0;
  return mapStatements(p, (e) => {
    if (e.kind === 'unary' && INEXACT_FUNCTIONS.has(e.fn)) return { ...e, fn: n++ % 2 === 0 ? 'relu' : 'abs' };
    if (e.kind === 'binary' && e.op === '/') {
      const product: GenExpr = { kind: 'binary', dtype: e.lhs.dtype === 'f32' || e.rhs.dtype === 'f32' ? 'f32' : 'i32', op: '*', lhs: e.lhs, rhs: e.rhs };
      return { kind: 'binary', dtype: 'f32', op: '*', lhs: product, rhs: { kind: 'const', dtype: 'f32', value: 0.5 } };
    }
    if (e.kind === 'const' && e.value === 0.1) return { ...e, value: 0.125 };
    return e;
  });
}

/** Dyadic values (exact in f32, few significant bits): sums and products of them stay exact. */
const DYADIC = [-2, -1.5, -1, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1, 1.5, 2];

/** Seeded inputs of dyadic values (f32), small integers (i32) and 0/1 (bool); ~15% zeros. */
export function dyadicInputs(p: ProgramDesc, seed: number): Map<string, HostTensor> {
  const rng = mulberry32(seed);
  const dims = dimBindings(p);
  const out = new Map<string, HostTensor>();
  for (const t of p.inputs) {
    const shape = concreteShape(t.shape, dims);
    const count = shape.reduce((a, b) => a * b, 1);
    const data = t.dtype === 'f32' ? new Float32Array(count) : t.dtype === 'i32' ? new Int32Array(count) : new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      if (t.dtype === 'bool') data[i] = rng() < 0.5 ? 1 : 0;
      else if (rng() < 0.15) data[i] = 0;
      else data[i] = t.dtype === 'i32' ? Math.floor(rng() * 7) - 3 : (DYADIC[Math.floor(rng() * DYADIC.length)] as number);
    }
    out.set(t.name, { dtype: t.dtype, shape, data });
  }
  return out;
}

// ------------------------------------------------------------------------------ @dynamic annotations

export interface AnnotatedProgram {
  readonly desc: ProgramDesc;
  readonly dynamicInputs: ReadonlySet<string>;
  readonly dynamicDefinitions: ReadonlySet<string>;
}

/** Marks each input @dynamic with probability `pInput` (at least one), each definition with `pDef`. */
export function annotate(desc: ProgramDesc, c: Chooser, pInput = 0.45, pDef = 0.1): AnnotatedProgram {
  const chance = (p: number): boolean => c.int(0, 999) < p * 1000;
  const inputs = new Set(desc.inputs.filter(() => chance(pInput)).map((t) => t.name));
  const first = desc.inputs[c.int(0, Math.max(0, desc.inputs.length - 1))];
  if (inputs.size === 0 && first) inputs.add(first.name);
  const defs = new Set(desc.statements.filter(() => chance(pDef)).map((s) => s.output));
  return { desc, dynamicInputs: inputs, dynamicDefinitions: defs };
}

export function printAnnotated(p: AnnotatedProgram): string {
  const d = p.desc;
  const key = (x: { kind: 'const'; value: number } | { kind: 'sym'; name: string }): string => (x.kind === 'const' ? String(x.value) : x.name);
  const lines: string[] = [];
  if (d.dims.length > 0) lines.push(`dim ${d.dims.map((x) => x.name).join(', ')}`);
  d.inputs.forEach((t, n) => {
    const dyn = p.dynamicInputs.has(t.name) ? ' @dynamic' : '';
    lines.push(`${n % 3 === 2 ? 'weight' : 'input'} ${t.name}: ${t.dtype}[${t.shape.map(key).join(', ')}]${dyn}`);
  });
  for (const s of d.statements) lines.push(`${s.output}[${s.indices.join(', ')}] = ${printExpr(s.body)}${p.dynamicDefinitions.has(s.output) ? ' @dynamic' : ''}`);
  if (d.outputs.length > 0) lines.push(`output ${d.outputs.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Random programs with some inputs @dynamic; no log/sqrt/÷ outside their domain (no NaN by construction). */
export function dynamicProgramArbitrary(opts: Partial<GenOptions> = {}): fc.Arbitrary<{ text: string; dims: Map<string, number>; source: string }> {
  const full: GenOptions = { maxStatements: 4, maxDepth: 3, maxNesting: 2, rawDomain: 0, boolMinMax: true, ...opts };
  return fc.gen().map((g) => {
    const c = chooserFromGen(g);
    const desc = generateProgram(c, full);
    return { text: printAnnotated(annotate(desc, c)), dims: dimBindings(desc), source: 'random' };
  });
}

// ------------------------------------------------------------------------------ templates

export interface TemplateProgram {
  readonly template: string;
  readonly text: string;
  /** Bindings of every symbolic dim for the run (the `dim X = N` defaults may differ: they are only typical sizes). */
  readonly dims: Map<string, number>;
}

type Template = (c: Chooser, h: Helpers) => { lines: string[] };

interface Helpers {
  /** Declares `dim NAME` (sometimes with a default) bound to a random size in [lo, hi]. */
  dim(name: string, lo?: number, hi?: number): string;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** ' @dynamic' with probability p. */
  dyn(p: number): string;
}

const TEMPLATES: Record<string, Template> = {
  matmul: (c, h) => {
    const M = h.dim('M');
    const K = h.dim('K');
    const N = h.dim('N');
    const body = h.pick([
      'a[m, k] * b[k, n]',
      'b[k, n] * a[m, k] * 0.5',
      'relu(a[m, k]) * b[k, n]',
      'a[m, k] * (b[k, n] + 1)',
      'where(a[m, k] != 0, a[m, k] * b[k, n], 0)',
      'a[m, k] * b[k, n] - a[m, k]',
    ]);
    const lines = [`input a: f32[${M}, ${K}] @dynamic`, `input b: f32[${K}, ${N}]${h.dyn(0.3)}`, `c[m, n] = sum[k] ${body}`];
    if (h.chance(0.5)) lines.push('d[m, n] = relu(c[m, n])', `e[n] = ${h.pick(['max', 'sum', 'min'])}[m] d[m, n]`);
    return { lines };
  },
  weightSparse: (c, h) => {
    const M = h.dim('M');
    const K = h.dim('K');
    const N = h.dim('N');
    return { lines: [`input a: f32[${M}, ${K}]`, `weight b: f32[${K}, ${N}] @dynamic`, 'c[m, n] = sum[k] a[m, k] * b[k, n]'] };
  },
  ffn: (c, h) => {
    const T = h.dim('T');
    const D = h.dim('D');
    const F = h.dim('F');
    const act = h.pick(['relu(h[t, f])', 'max(h[t, f], 0)', 'where(h[t, f] > 0, h[t, f], 0)', 'max(0, h[t, f])']);
    const lines = [
      `input x: f32[${T}, ${D}]${h.dyn(0.3)}`,
      `weight w1: f32[${D}, ${F}]`,
      `weight w2: f32[${F}, ${D}]`,
      'h[t, f] = sum[k] x[t, k] * w1[k, f]',
      `a[t, f] = ${act}`,
      'y[t, d] = sum[f] a[t, f] * w2[f, d]',
    ];
    if (h.chance(0.5)) lines.push('mx[t] = max[f] a[t, f]');
    if (h.chance(0.3)) lines.push('mn[t] = min[f] a[t, f]');
    if (h.chance(0.3)) lines.push('sq[t] = sum[f] a[t, f] * a[t, f]');
    return { lines };
  },
  moe: (c, h) => {
    const T = h.dim('T');
    const E = h.dim('E', 1, 4);
    const D = h.dim('D');
    const F = h.dim('F');
    const mask = h.pick(['where(r[t, e] != 0, 1, 0)', 'r[t, e] != 0', 'where(r[t, e] != 0, 1.0, 0.0)']);
    return {
      lines: [
        `input x: f32[${T}, ${D}]`,
        `input r: f32[${T}, ${E}] @dynamic`,
        `weight w1: f32[${E}, ${D}, ${F}]`,
        `weight w2: f32[${E}, ${F}, ${D}]`,
        `m[t, e] = ${mask}`,
        'h[e, t, f] = m[t, e] * relu(sum[k] x[t, k] * w1[e, k, f])',
        'y[t, d] = sum[e, f] r[t, e] * h[e, t, f] * w2[e, f, d]',
      ],
    };
  },
  attention: (c, h) => {
    const H = h.dim('H', 1, 3);
    const S = h.dim('S');
    const Dh = h.dim('Dh', 1, 4);
    const diagonal = h.chance(0.6);
    const maskType = h.pick(['bool', 'f32']);
    const kept = maskType === 'bool' ? '(mask[i, j] != 0)' : '(mask[i, j] != 0)';
    const lines = [
      `input q: f32[${H}, ${S}, ${Dh}]`,
      `input k: f32[${H}, ${S}, ${Dh}]`,
      `input v: f32[${H}, ${S}, ${Dh}]`,
      `input mask: ${maskType}[${S}, ${S}] @dynamic`,
      `keep[i, j] = ${diagonal ? `${kept} + (i == j) > 0` : kept}`,
      's[h, i, j] = where(keep[i, j], 0.125 * sum[d] q[h, i, d] * k[h, j, d], -inf)',
      'mx[h, i] = max[j] s[h, i, j]',
      // without the diagonal a row may be fully masked: keep the max finite and the denominator > 0
      diagonal ? 'ex[h, i, j] = exp(s[h, i, j] - mx[h, i])' : 'ex[h, i, j] = exp(s[h, i, j] - max(mx[h, i], 0))',
      'z[h, i] = sum[j] ex[h, i, j]',
      diagonal ? 'p[h, i, j] = ex[h, i, j] / z[h, i]' : 'p[h, i, j] = ex[h, i, j] / (z[h, i] + 1)',
      'o[h, i, d] = sum[j] p[h, i, j] * v[h, j, d]',
    ];
    return { lines };
  },
  maskedMax: (c, h) => {
    const I = h.dim('I');
    const J = h.dim('J');
    const lines = [
      `input m: ${h.pick(['bool', 'f32'])}[${I}, ${J}] @dynamic`,
      `input x: f32[${I}, ${J}]`,
      's[i, j] = where(m[i, j] != 0, x[i, j], -inf)',
      'mx[i] = max[j] s[i, j]',
      'e[i, j] = exp(s[i, j])',
      'z[i] = sum[j] e[i, j]',
      'mn[i] = min[j] where(m[i, j] != 0, x[i, j], inf)',
      'mx2[i] = max[j] where(m[i, j] != 0, x[i, j], -inf)',
    ];
    return { lines };
  },
  seqlen: (c, h) => {
    const B = h.dim('B', 1, 4);
    const S = h.dim('S');
    const D = h.dim('D');
    const F = h.dim('F');
    return {
      lines: [
        `input x: f32[${B}, ${S}, ${D}]`,
        `input valid: bool[${B}, ${S}] @dynamic`,
        `weight w: f32[${D}, ${F}]`,
        `weight bias: f32[${F}]`,
        'y[b, s, f] = valid[b, s] * relu(bias[f] + sum[k] x[b, s, k] * w[k, f])',
      ],
    };
  },
  conv: (c, h) => {
    const N = h.dim('N', 1, 3);
    const C = h.dim('C', 1, 5);
    const R = h.pick([2, 3]);
    const L = h.dim('L', R + 1, R + 8);
    const stride = h.chance(0.3) ? '2*oy' : 'oy';
    return {
      lines: [`input x: f32[${N}, ${C}, ${L}] @dynamic`, `weight w: f32[4, ${C}, ${R}]`, `y[n, f, oy] = sum[c, r] x[n, c, ${stride} + r] * w[f, c, r]`],
    };
  },
  prodMin: (c, h) => {
    const I = h.dim('I');
    const K = h.dim('K');
    return {
      lines: [
        `input a: f32[${I}, ${K}] @dynamic`,
        'p1[i] = prod[k] where(a[i, k] != 0, a[i, k], 1)',
        'p2[i] = prod[k] (a[i, k] + 1)',
        'p3[i] = prod[k] a[i, k]',
        'n1[i] = min[k] where(a[i, k] == 0, inf, a[i, k])',
        'n2[i] = max[k] abs(a[i, k])',
        'n3[i] = sum[k] exp(a[i, k])',
      ],
    };
  },
  transpose: (c, h) => {
    const I = h.dim('I');
    const J = h.dim('J');
    return {
      lines: [`input a: f32[${I}, ${J}] @dynamic`, `input w: f32[${I}]`, 't[j, i] = a[i, j] * 2', 'y[j] = sum[i] t[j, i] * w[i]', 'u[j, i] = relu(t[j, i]) * w[i]'],
    };
  },
  batch: (c, h) => {
    const B = h.dim('B', 1, 4);
    const I = h.dim('I');
    const K = h.dim('K');
    return {
      lines: [
        `input a: f32[${B}, ${I}, ${K}] @dynamic`,
        `input w: f32[${B}, ${K}]`,
        `input gate: f32[${B}] @dynamic`,
        'o[b, i] = sum[k] a[b, i, k] * w[b, k]',
        // a gate outside the sum, on an axis every operand shares: whole problems are skipped
        'u[b, i] = gate[b] * sum[k] a[b, i, k] * w[b, k]',
        'g[b, i, k] = a[b, i, k] * w[b, k]',
        'q[b, i] = max[k] relu(a[b, i, k]) * abs(w[b, k])',
      ],
    };
  },
  nested: (c, h) => {
    const I = h.dim('I');
    const J = h.dim('J');
    const K = h.dim('K');
    const L = h.dim('L');
    return {
      lines: [
        `input a: f32[${I}, ${K}, ${L}] @dynamic`,
        `input b: f32[${L}]`,
        `input cc: f32[${K}, ${J}]`,
        `input r: f32[${J}, ${K}]${h.dyn(0.5)}`,
        `input w: f32[${I}, ${J}]`,
        'o[i, j] = sum[k] (sum[l] a[i, k, l] * b[l]) * cc[k, j]',
        'rr[j, k] = relu(r[j, k])',
        'o2[i] = sum[j] w[i, j] * (max[k] rr[j, k])',
        'o3[i] = sum[k] (max[l] relu(a[i, k, l])) * (sum[j] cc[k, j])',
      ],
    };
  },
  strided: (c, h) => {
    const C = h.dim('C', 1, 4);
    const R = h.pick([2, 3]);
    const L = h.dim('L', R + 2, R + 9);
    return {
      lines: [`input x: f32[${C}, ${L}] @dynamic`, `weight w: f32[${R}]`, 'z[ch, i] = sum[r] x[ch, 2*i + r] * w[r]', 'y[i] = sum[ch, r] x[ch, i + r] * w[r]'],
    };
  },
  twoDynamic: (c, h) => {
    const I = h.dim('I');
    const K = h.dim('K');
    return {
      lines: [
        `input a: f32[${I}, ${K}] @dynamic`,
        `input b: f32[${I}, ${K}] @dynamic`,
        'o[i, k] = a[i, k] * b[i, k]',
        'o2[i] = sum[k] a[i, k] * b[i, k]',
        'o3[i] = sum[k] a[i, k] * a[i, k]',
        'o4[i, k] = a[i, k] * b[i, k] + a[i, k]',
        'o5[k] = sum[i] a[i, 0] * b[i, k]',
      ],
    };
  },
  diagonal: (c, h) => {
    const S = h.dim('S', 2, 6);
    const B = h.dim('B', 1, 3);
    return {
      lines: [
        `input a: f32[${S}, ${S}] @dynamic`,
        `input a3: f32[${B}, ${S}, ${S}] @dynamic`,
        `input w: f32[${S}, 3]`,
        'd[i] = a[i, i] * 2',
        'y[j] = sum[i] d[i] * w[i, j]',
        'o[i, b] = a3[b, i, i] * 2',
        'z[i] = sum[b] o[i, b]',
      ],
    };
  },
  square: (c, h) => {
    const S = h.dim('S');
    return {
      lines: [`input a: f32[${S}, ${S}] @dynamic`, 'o[i, j] = a[i, j] + a[j, i]', 'd[i] = a[i, i] * 3', 'e[i, j] = relu(a[i, j]) * (i - j)'],
    };
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES);

/** One template, instantiated with random dims (sometimes with `dim X = N` defaults), and its bindings. */
export function templateProgram(c: Chooser, name?: string): TemplateProgram {
  const chance = (p: number): boolean => c.int(0, 999) < p * 1000;
  const dims = new Map<string, number>();
  const decls: string[] = [];
  let large = false;
  const h: Helpers = {
    dim(dimName, lo = 1, hi = 9) {
      // mostly small; at most one size per program larger than a default micro-tile (32 or 64)
      const big = !large && chance(0.1);
      large ||= big;
      const size = big ? c.int(33, 70) : c.int(lo, hi);
      dims.set(dimName, size);
      decls.push(chance(0.4) ? `${dimName} = ${chance(0.5) ? size : c.int(1, 128)}` : dimName);
      return dimName;
    },
    pick: (items) => items[c.int(0, items.length - 1)] as (typeof items)[number],
    chance,
    dyn: (p) => (chance(p) ? ' @dynamic' : ''),
  };
  const template = name ?? (TEMPLATE_NAMES[c.int(0, TEMPLATE_NAMES.length - 1)] as string);
  const { lines } = (TEMPLATES[template] as Template)(c, h);
  const text = [`# template ${template}`, `dim ${decls.join(', ')}`, ...lines, ''].join('\n');
  return { template, text, dims };
}

export function templateArbitrary(name?: string): fc.Arbitrary<TemplateProgram> {
  return fc.gen().map((g) => templateProgram(chooserFromGen(g), name));
}

