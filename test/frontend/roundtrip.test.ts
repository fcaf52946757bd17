import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../ir/core/span.js';
import type { Graph } from '../../ir/graph/graph.js';
import { hashGraph, printGraph } from '../../ir/graph/print.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { lexStatements } from '../../src/frontend/lexer.js';
import { validPrograms } from './program-corpus.js';

/**
 * The graph IR's canonical text (printGraph) and hash (hashGraph) depend on what a program
 * means, not on how it is laid out: whitespace, comments, line endings and continuation lines
 * (which only move spans) leave them unchanged; a different constant, index or name changes them.
 */
const programs = validPrograms();

function graphOf(text: string): Graph {
  const r = runFrontEnd(text, 'rt.pit');
  if (!r.graph) throw new Error(`expected a graph, got ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}\n${text}`);
  return r.graph;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same tokens with different whitespace, comments, blank lines, line endings and line breaks inside brackets. */
function relayout(text: string, seed: number): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const gap = (): string => pick([' ', ' ', '  ', '\t', ' \t ', '     ']);
  const eol = rnd() < 0.5 ? '\n' : '\r\n';
  const lexed = lexStatements(makeSourceFile('rt.pit', text));
  if (lexed.diagnostics.length > 0) throw new Error('the corpus should lex cleanly');
  const lines: string[] = [];
  for (const statement of lexed.statements) {
    if (rnd() < 0.3) lines.push(pick(['', '#', '# a comment', '   # = [ ( @ sum[k] a comment that looks like code', '\t']));
    let out = rnd() < 0.3 ? gap() : '';
    let depth = 0;
    statement.tokens.forEach((tok, i) => {
      if (i > 0) {
        // a newline inside brackets continues the statement, optionally after a comment
        if (depth > 0 && rnd() < 0.2) out += `${rnd() < 0.3 ? ' # continued' : ''}${eol}${gap()}`;
        else out += gap();
      }
      out += tok.image;
      if (tok.image === '(' || tok.image === '[') depth++;
      if (tok.image === ')' || tok.image === ']') depth--;
    });
    if (rnd() < 0.3) out += `${gap()}# trailing comment`;
    lines.push(out);
  }
  return lines.join(eol) + (rnd() < 0.5 ? eol : '');
}

describe('printGraph and hashGraph ignore layout', () => {
  it('printing is deterministic: two runs of the front end print the same text', () => {
    for (const p of programs) {
      const a = printGraph(graphOf(p.text));
      expect(printGraph(graphOf(p.text)), p.name).toBe(a);
      expect(a.startsWith('graph {\n')).toBe(true);
    }
  });

  it('a relayout moves spans but not the printed graph or its hash', () => {
    fc.assert(
      fc.property(fc.nat({ max: programs.length - 1 }), fc.integer(), (i, seed) => {
        const p = programs[i] as { name: string; text: string };
        const moved = relayout(p.text, seed);
        const before = graphOf(p.text);
        const after = graphOf(moved);
        expect(printGraph(after)).toBe(printGraph(before));
        expect(hashGraph(after)).toBe(hashGraph(before));
      }),
      { seed: 0x2b1d, numRuns: 120 },
    );
  });

  it('the relayout really changes the text and the spans (so the property above is not vacuous)', () => {
    const p = programs.find((x) => x.name === 'design-moe.pit');
    if (!p) throw new Error('missing design-moe.pit');
    const moved = relayout(p.text, 7);
    expect(moved).not.toBe(p.text);
    const spans = (g: Graph) => g.tensors.map((t) => t.span?.start);
    expect(spans(graphOf(moved))).not.toEqual(spans(graphOf(p.text)));
  });
});

describe('hashGraph changes with meaning', () => {
  /** Numbers used as values (not dims, not indices): outside every [ ] of a definition's right side. */
  function valueLiterals(text: string): { start: number; end: number; image: string }[] {
    const out: { start: number; end: number; image: string }[] = [];
    for (const st of lexStatements(makeSourceFile('v.pit', text)).statements) {
      const assign = st.tokens.findIndex((t) => t.image === '=');
      if (st.tokens[0]?.tokenType.name !== 'Identifier' || assign < 0) continue;
      let square = 0;
      for (const t of st.tokens.slice(assign + 1)) {
        if (t.image === '[') square++;
        else if (t.image === ']') square--;
        else if (t.tokenType.name === 'NumberLit' && square === 0) out.push({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image });
      }
    }
    return out;
  }

  const withLiterals = programs.filter((p) => valueLiterals(p.text).length > 0);

  it('changing any value constant changes the hash', () => {
    expect(withLiterals.length).toBeGreaterThanOrEqual(8);
    fc.assert(
      fc.property(fc.nat({ max: withLiterals.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 1000 }), (i, j, delta) => {
        const p = withLiterals[i] as { text: string };
        const lits = valueLiterals(p.text);
        const lit = lits[j % lits.length] as { start: number; end: number; image: string };
        const changed = `${p.text.slice(0, lit.start)}${Number(lit.image) + delta}${p.text.slice(lit.end)}`;
        expect(hashGraph(graphOf(changed))).not.toBe(hashGraph(graphOf(p.text)));
      }),
      { seed: 0x10ad, numRuns: 100 },
    );
  });

  it('hand-picked variants of one program all hash differently', () => {
    const base = 'dim T = 128\ninput m: f32[T, T]\ninput x: f32[16]\ninput w: f32[3]\n';
    const variants = [
      'y[i, j] = m[i, j] * 2',
      'y[i, j] = m[i, j] * 3', // a constant
      'y[i, j] = m[j, i] * 2', // swapped indices
      'z[i, j] = m[i, j] * 2', // the output's name
      'y[i, j] = m[i, j] * 2 @dynamic', // an annotation
      'y[i, j] = m[i, j] + 2', // an operator
      'y[i, j] = max(m[i, j], 2)', // a function
      'y[i] = sum[r] x[2*i + r] * w[r]',
      'y[i] = sum[r] x[2*i + r + 1] * w[r]', // an index constant
      'y[i] = sum[r] x[i + r] * w[r]', // an index coefficient
      'y[i] = max[r] x[2*i + r] * w[r]', // the reducer
    ].map((v) => `${base}${v}\n`);
    const hashes = variants.map((v) => hashGraph(graphOf(v)));
    expect(new Set(hashes).size).toBe(variants.length);
    // a dim's default is part of the program too
    expect(hashGraph(graphOf((variants[0] as string).replace('T = 128', 'T = 129')))).not.toBe(hashes[0]);
  });
});
