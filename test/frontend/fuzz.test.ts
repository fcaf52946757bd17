import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runFrontEnd } from '../../src/frontend/index.js';
import { frontEndContractProblems, validPrograms } from './program-corpus.js';

/**
 * Fuzzing the front end: for any text, runFrontEnd returns (never throws), and its answer obeys
 * the contract in frontEndContractProblems. Seeds are fixed so failures reproduce; numRuns keep
 * the file at a few seconds.
 */

function assertContract(text: string): void {
  let problems: string[];
  try {
    problems = frontEndContractProblems(text, runFrontEnd(text, 'fuzz.pit'));
  } catch (e) {
    problems = [`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  }
  expect(problems, JSON.stringify(text)).toEqual([]);
}

// --- (a) token soup

const WORDS = [
  'dim', 'input', 'weight', 'output', 'inf', 'sum', 'prod', 'max', 'min', 'where', 'relu', 'exp', 'log', 'sqrt', 'tanh',
  'sigmoid', 'gelu', 'abs', 'f32', 'i32', 'bool', 'f64', 'x', 'y', 'w', 'i', 'j', 'k', 'T', 'N', 'T_2', '_',
];
const PUNCT = ['=', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '(', ')', '[', ']', ',', ':', '@', '#', '@dynamic', '@microtile', '@foo'];
const NUMBERS = ['0', '1', '2', '3', '768', '1.5', '.5', '1e-5', '1e999', '2i', '1.2.3', '32x1', '0x1', '1x1x64', '99999999999', '-1'];
const ODD = ['\0', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udfff', '😀', 'é', '×', '$', '`', '"', "'", '\\', '\u0301'];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n') },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const joiner = fc.constantFrom('', ' ', ' ', '\n');
const tokenSoup = fc.array(fc.tuple(fragment, joiner), { maxLength: 60 }).map((parts) => parts.map(([f, j]) => f + j).join(''));

/** Statement-shaped soup: a plausible head (`name[i, j] =`, `input x:`) followed by soup. */
const statementSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom('y[i] = ', 'y[i, j] = ', 'z[] = ', 'input x: f32[4] ', 'weight w: f32[T, 4] ', 'dim T', 'output y', ''),
      fc.array(fc.tuple(fragment, joiner), { maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => lines.map(([head, rest]) => head + rest.map(([f, j]) => f + j).join('')).join('\n'));

/** Pathological shapes: very long lines, deep nesting, long operator chains. */
const extreme = fc.oneof(
  fc.nat({ max: 20_000 }).map((n) => `input x: f32[4]\ny[i] = x[i] + ${'x'.repeat(n)}[i]\n`),
  fc.nat({ max: 3_000 }).map((n) => `input x: f32[4]\ny[i] = ${'('.repeat(n)}x[i]${')'.repeat(n)}\n`),
  fc.nat({ max: 3_000 }).map((n) => `input x: f32[4]\ny[i] = ${'('.repeat(n)}x[i]\n`),
  fc.nat({ max: 3_000 }).map((n) => `input x: f32[4]\ny[i] = ${'-'.repeat(n)}x[i]\n`),
  fc.nat({ max: 700 }).map((n) => `input x: f32[4]\ny[i] = ${Array.from({ length: n }, (_, k) => `sum[k${k}] x[k${k}] * `).join('')}x[i]\n`),
  fc.nat({ max: 3_000 }).map((n) => `input x: f32[4]\ny[i] = x[${'i + '.repeat(n)}0]\n`),
  fc.nat({ max: 2_000 }).map((n) => `dim ${Array.from({ length: n }, (_, k) => `D${k}`).join(', ')}\n`),
  fc.nat({ max: 5_000 }).map((n) => '\n'.repeat(n) + '$'),
);

describe('fuzz: the front end never throws and its diagnostics are well-formed', () => {
  it('on random token soup', () => {
    fc.assert(fc.property(tokenSoup, assertContract), { seed: 0x9173, numRuns: 1500 });
  });

  it('on statement-shaped soup', () => {
    fc.assert(fc.property(statementSoup, assertContract), { seed: 0x51ab, numRuns: 1500 });
  });

  it('on pathological sizes and nesting', () => {
    fc.assert(fc.property(extreme, assertContract), { seed: 0xdee9, numRuns: 60 });
  });
});

// --- (b) mutations of valid programs

const programs = validPrograms();

/** The program as tokens and the layout between them (a crude split is enough to mutate). */
function pieces(text: string): string[] {
  return text.match(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:x\d+)+|\d*\.?\d+(?:[eE][+-]?\d+)?|[<>=!]=|#[^\n]*|\s+|./gsu) ?? [];
}

function classOf(piece: string): 'name' | 'number' | 'other' {
  if (/^[A-Za-z_]/.test(piece)) return 'name';
  if (/^[\d.]/.test(piece)) return 'number';
  return 'other';
}

const VOCABULARY = [...WORDS, ...PUNCT, ...NUMBERS, ...ODD, '\n', ' '];

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'insert' | 'replace'; at: number; piece: string }
  | { kind: 'same-class'; at: number; other: number }
  | { kind: 'char-delete'; at: number }
  | { kind: 'char-insert'; at: number; ch: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at: fc.nat(), piece: fc.constantFrom(...VOCABULARY) }),
  fc.record({ kind: fc.constant('same-class' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('char-delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('char-insert' as const), at: fc.nat(), ch: fc.oneof(fc.constantFrom(...ODD, ...PUNCT), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
);

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'char-delete' || m.kind === 'char-insert') {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    return m.kind === 'char-delete' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + m.ch + text.slice(at);
  }
  const ps = pieces(text);
  if (ps.length === 0) return text;
  const at = m.at % ps.length;
  const p = ps[at] as string;
  switch (m.kind) {
    case 'delete':
      ps.splice(at, 1);
      break;
    case 'duplicate':
      ps.splice(at, 0, p);
      break;
    case 'swap':
      if (at + 1 < ps.length) [ps[at], ps[at + 1]] = [ps[at + 1] as string, p];
      break;
    case 'insert':
      ps.splice(at, 0, m.piece);
      break;
    case 'replace':
      ps[at] = m.piece;
      break;
    case 'same-class': {
      // a name for another name of the program, a number for another number: mutants that
      // still parse, so the checker (not just the parser) sees them
      const cls = classOf(p);
      const others = ps.filter((q) => classOf(q) === cls && cls !== 'other');
      if (others.length > 0) ps[at] = others[m.other % others.length] as string;
      break;
    }
  }
  return ps.join('');
}

const mutant = fc
  .tuple(fc.nat({ max: programs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => ms.reduce(mutate, (programs[i] as { text: string }).text));

describe('fuzz: mutated valid programs', () => {
  it('the corpus itself is valid (so mutants start from real programs)', () => {
    expect(programs.length).toBeGreaterThanOrEqual(20);
    for (const p of programs) expect(runFrontEnd(p.text, p.name).graph, p.name).toBeDefined();
  });

  it('never throw, and keep the contract (a returned graph passes verifyGraph)', () => {
    fc.assert(fc.property(mutant, assertContract), { seed: 0x3a7e, numRuns: 2000 });
  });

  it('are checked deterministically: the same text gives the same diagnostics and graph', () => {
    fc.assert(
      fc.property(mutant, (text) => {
        const a = runFrontEnd(text, 'm.pit');
        const b = runFrontEnd(text, 'm.pit');
        expect(b.diagnostics).toEqual(a.diagnostics);
        expect(b.graph).toEqual(a.graph);
      }),
      { seed: 0x77, numRuns: 150 },
    );
  });
});
