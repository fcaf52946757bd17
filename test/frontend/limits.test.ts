import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../ir/core/span.js';
import { compile } from '../../src/api/compile.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { lexStatements } from '../../src/frontend/lexer.js';
import { MAX_EXPRESSION_DEPTH, MAX_SOURCE_LENGTH, MAX_STATEMENT_TOKENS } from '../../src/frontend/limits.js';
import { runCli, workspace } from '../cli/cli-harness.js';
import { codesAndPositions } from './fixture-files.js';

/**
 * The front end's limits keep every later stage safe: a program exactly at a limit goes through
 * every stage (checker, rules, plan, lowering, printers, the reference evaluator, wasm code
 * generation, the CUDA emitter) and runs on ref and wasm with the right answer; one step past it
 * is a located diagnostic. Each kind of nesting a later stage recurses on is tried.
 */
const HEAD = 'input x: f32[4]\ninput w: f32[1]\n';
const X = [0.5, -1, 2, 0];
const nest = (open: string, core: string, close: string, n: number): string => open.repeat(n) + core + close.repeat(n);
const sumOfTerms = (n: number): string => Array.from({ length: n }, () => 'x[i]').join(' + ');

/** Statement generators, by what nests, with the value they compute from x (when easy to say). */
const SHAPES: Record<string, { readonly stmt: (n: number) => string; readonly value?: (x: number, n: number) => number }> = {
  'unary minus': { stmt: (n) => `y[i] = ${'-'.repeat(n)}x[i]`, value: (x, n) => (n % 2 === 0 ? x : -x) },
  'right-nested sums': { stmt: (n) => `y[i] = ${nest('(x[i] + ', 'x[i]', ')', n)}`, value: (x, n) => (n + 1) * x },
  'a left-nested chain': { stmt: (n) => `y[i] = ${sumOfTerms(n)}`, value: (x, n) => n * x },
  'nested calls': { stmt: (n) => `y[i] = ${nest('relu(', 'x[i]', ')', n)}`, value: (x) => Math.max(x, 0) },
  'nested gelu': { stmt: (n) => `y[i] = ${nest('gelu(', 'x[i]', ')', n)}` },
  'nested max': { stmt: (n) => `y[i] = ${nest('max(x[i], ', 'x[i]', ')', n)}`, value: (x) => x },
  'nested where': { stmt: (n) => `y[i] = ${nest('where(x[i] > 0, ', 'x[i]', ', 0)', n)}`, value: (x) => (x > 0 ? x : 0) },
  'nested reductions': { stmt: (n) => `y[i] = ${Array.from({ length: n }, (_, k) => `sum[k${k}] w[k${k}] * `).join('')}x[i]`, value: (x) => x },
  'a nested index': { stmt: (n) => `y[i] = x[${nest('(', 'i', ')', n)}]`, value: (x) => x },
};

const program = (stmt: string): string => `${HEAD}${stmt}\noutput y\n`;
const tooDeep = (stmt: string): boolean => runFrontEnd(program(stmt)).diagnostics.some((d) => d.code === 'PIT2005');

/** The largest n whose statement is within the depth limit. */
function atTheLimit(stmt: (n: number) => string): number {
  let lo = 1;
  let hi = 2 * MAX_EXPRESSION_DEPTH;
  expect(tooDeep(stmt(lo))).toBe(false);
  expect(tooDeep(stmt(hi))).toBe(true);
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (tooDeep(stmt(mid))) hi = mid;
    else lo = mid;
  }
  return lo;
}

async function runOn(target: 'ref' | 'wasm', text: string): Promise<number[]> {
  const compiled = await compile(text, { target, threads: 1 });
  expect(compiled.diagnostics.filter((d) => d.severity === 'error'), compiled.formatted).toEqual([]);
  const program = compiled.program;
  if (!program) throw new Error(compiled.formatted);
  try {
    const out = await program.run({ x: { dtype: 'f32', shape: [4], data: Float32Array.from(X) }, w: { dtype: 'f32', shape: [1], data: Float32Array.from([1]) } });
    return Array.from(out['y']?.data ?? []);
  } finally {
    await program.dispose();
  }
}

/** Every stage printed, and the CUDA source emitted: each walks the expression. */
async function everyStage(text: string): Promise<void> {
  const dir = workspace({ 'p.pit': text });
  for (const stage of ['ast', 'graph', 'rules', 'plan', 'kernel']) {
    const r = await runCli(['ir', 'p.pit', '--stage', stage], dir);
    expect(r.code, `${stage}: ${r.stderr}`).toBe(0);
  }
  const cuda = await runCli(['compile', 'p.pit', '--target', 'cuda', '--dim', 'N=4', '-o', 'cu'], dir);
  expect(cuda.code, cuda.stderr).toBe(0);
}

describe('programs at the depth limit', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: at the limit it compiles and runs on ref and wasm; one more level is PIT2005`, async () => {
      const n = atTheLimit(shape.stmt);
      // the limit is the documented one, give or take the levels of the statement around the nest
      expect(n).toBeGreaterThan(MAX_EXPRESSION_DEPTH / 2 - 8);
      const past = runFrontEnd(program(shape.stmt(n + 1)), 'p.pit');
      expect(past.diagnostics.map((d) => d.code)).toEqual(['PIT2005']);
      expect(past.diagnostics[0]?.span?.file).toBe('p.pit');

      const text = program(shape.stmt(n));
      const ref = await runOn('ref', text);
      const wasm = await runOn('wasm', text);
      for (let i = 0; i < X.length; i++) {
        expect(wasm[i], `wasm vs ref at ${i}`).toBeCloseTo(ref[i] as number, 4);
        if (shape.value) expect(ref[i], `ref at ${i}`).toBeCloseTo(shape.value(X[i] as number, n), 4);
      }
      await everyStage(text);
    });
  }
});

describe('a statement at the token limit', () => {
  /** A balanced sum of `leaves` accesses (its depth stays small), one of them in parentheses per `pad`. */
  function balanced(leaves: number, pad: number): string {
    let padded = 0;
    const tree = (k: number): string => {
      if (k === 1) return padded++ < pad ? '(x[i])' : 'x[i]';
      const a = k >> 1;
      return `(${tree(a)} + ${tree(k - a)})`;
    };
    return `y[i] = ${tree(leaves)}`;
  }
  /** Tokens of a statement within the limit (past it the lexer keeps no more, and says PIT2006). */
  const tokens = (stmt: string): number => {
    const lexed = lexStatements(makeSourceFile('t.pit', stmt));
    return lexed.diagnostics.some((d) => d.code === 'PIT2006') ? Infinity : (lexed.statements[0]?.tokens.length ?? 0);
  };

  it(`${MAX_STATEMENT_TOKENS} tokens compile and run on ref and wasm; one more is PIT2006 at that token`, async () => {
    // the most leaves within the limit (tokens grow with leaves)
    let leaves = 1;
    let over = MAX_STATEMENT_TOKENS;
    while (leaves + 1 < over) {
      const mid = (leaves + over) >> 1;
      if (tokens(balanced(mid, 0)) <= MAX_STATEMENT_TOKENS) leaves = mid;
      else over = mid;
    }
    // each leaf in parentheses adds two tokens, each extra term a few: make it exactly the limit
    const deficit = MAX_STATEMENT_TOKENS - tokens(balanced(leaves, 0));
    const exact = balanced(leaves, Math.floor(deficit / 2));
    const stmt = deficit % 2 === 0 ? exact : exact.replace('y[i] = ', 'y[i] = -');
    expect(tokens(stmt)).toBe(MAX_STATEMENT_TOKENS);
    const text = `${HEAD}${stmt}\noutput y\n`;
    const ref = await runOn('ref', text);
    const wasm = await runOn('wasm', text);
    const sign = deficit % 2 === 0 ? 1 : -1;
    expect(ref).toEqual(X.map((x) => Math.fround(sign * leaves * x)));
    expect(wasm).toEqual(ref);

    const past = runFrontEnd(`${HEAD}${stmt} + 1\noutput y\n`, 't.pit');
    expect(codesAndPositions(past)).toEqual([`PIT2006 3:${stmt.length + 2}`]);
  });
});

describe('bounded memory and time on the worst programs', () => {
  const bin = join(import.meta.dirname, '../../dist/src/cli/main.js');
  /** Peak resident memory of a fresh process that checks `file` (the CLI in-process, output discarded). */
  function peakRss(dir: string, file: string): { rssMiB: number; stderr: string } {
    const script = `
      const { main } = await import(${JSON.stringify(bin)});
      let err = '';
      const code = await main(['check', ${JSON.stringify(file)}], { stdout: () => {}, stderr: (t) => (err += t), cwd: ${JSON.stringify(dir)} });
      process.stdout.write(JSON.stringify({ code, rssKiB: process.resourceUsage().maxRSS, err }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { code: number; rssKiB: number; err: string };
    expect(out.code).toBe(1);
    return { rssMiB: out.rssKiB / 1024, stderr: out.err };
  }

  it.skipIf(!existsSync(bin))('megabytes of "+ 1" on one line, a megabyte of junk or of brackets: a diagnostic, in well under 1 GiB', () => {
    const dir = workspace({});
    const files: Record<string, string> = {
      // 4 MB on one line: refused at the size limit, having read 3 MiB
      'long.pit': `input x: f32[4]\ny[i] = x[i]${' + 1'.repeat(1_000_000)}\n`,
      // just under the size limit, all of it tokenized: over the token limit
      'tokens.pit': `input x: f32[4]\ny[i] = x[i]${'+1'.repeat((MAX_SOURCE_LENGTH - 40) / 2)}\n`,
      // one error per character
      'junk.pit': '\u0001 '.repeat((MAX_SOURCE_LENGTH - 2) / 2),
      // brackets as deep as the file
      'deep.pit': `input x: f32[4]\ny[i] = ${'('.repeat(MAX_SOURCE_LENGTH - 40)}\n`,
    };
    const expected: Record<string, RegExp> = { 'long.pit': /PIT1003/, 'tokens.pit': /PIT2006/, 'junk.pit': /PIT1004/, 'deep.pit': /PIT2005/ };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const { rssMiB, stderr } = peakRss(dir, name);
      expect(stderr, name).toMatch(expected[name] as RegExp);
      // and what is printed is a screenful, not the megabyte
      expect(stderr.length, name).toBeLessThan(64 * 1024);
      expect(rssMiB, `${name}: peak RSS ${rssMiB.toFixed(0)} MiB`).toBeLessThan(1024);
    }
  });
});
