import { describe, expect, it } from 'vitest';
import { CODES } from '../../ir/core/codes.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { codesAndPositions, expectationsOf, readFixtures } from './fixture-files.js';

/**
 * test/fixtures/bad: one mistake per file, and `# expect: CODE line:col "fragment"` lines saying
 * exactly which diagnostics it must produce, where the caret goes, and what the message says.
 */
const fixtures = readFixtures('bad');

describe('bad-program fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f.text] as const))('%s', (name, text) => {
    const expected = expectationsOf(text);
    expect(expected.length, `${name} has no '# expect:' line`).toBeGreaterThan(0);
    const result = runFrontEnd(text, name);
    expect(codesAndPositions(result)).toEqual(expected.map((e) => `${e.code} ${e.at}`));
    result.diagnostics.forEach((d, i) => {
      const fragment = expected[i]?.fragment;
      if (fragment !== undefined) expect(d.message).toContain(fragment);
    });
    // a program with an error never yields a graph; one with only warnings always does
    const onlyWarnings = expected.every((e) => CODES[e.code as keyof typeof CODES]?.severity === 'warning');
    expect(result.graph !== undefined).toBe(onlyWarnings);
  });

  it('the file name prefix is the (first) expected code', () => {
    for (const f of fixtures) {
      expect(`PIT${f.name.slice(0, 4)}`, f.name).toBe(expectationsOf(f.text)[0]?.code);
    }
  });

  it('every lexing, parsing and semantic code in the catalogue has a fixture', () => {
    const covered = new Set(fixtures.flatMap((f) => expectationsOf(f.text).map((e) => e.code)));
    // PIT32xx are the ONNX importer's: bad models, not .pit files, show them (test/onnx/bad-models.test.ts)
    const frontEndCodes = Object.keys(CODES).filter((c) => /^PIT[123]\d{3}$/.test(c) && !c.startsWith('PIT32'));
    expect(frontEndCodes.length).toBeGreaterThan(30);
    expect(frontEndCodes.filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe('diagnostics that a file cannot carry an expectation in', () => {
  it('an empty file has nothing to output', () => {
    const r = runFrontEnd('', 'empty.pit');
    expect(codesAndPositions(r)).toEqual(['PIT3022 1:1']);
    expect(r.diagnostics[0]?.span).toEqual({ file: 'empty.pit', start: 0, end: 0 });
  });

  it('whitespace and blank lines only: nothing to output', () => {
    expect(codesAndPositions(runFrontEnd('\n   \n\t\r\n'))).toEqual(['PIT3022 1:1']);
  });

  it('a NUL byte is an unexpected character, named by its code point', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] \0\n');
    expect(codesAndPositions(r)).toEqual(['PIT1001 2:13']);
    expect(r.diagnostics[0]?.message).toBe('unexpected character U+0000');
  });

  it('a non-breaking space looks like a space, so it is named by its code point', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] *\u00a02\n');
    expect(codesAndPositions(r)).toEqual(['PIT1001 2:14']);
    expect(r.diagnostics[0]?.message).toBe('unexpected character U+00A0');
  });

  it('a UTF-8 byte-order mark at the start of the file is not a mistake', () => {
    const r = runFrontEnd('\ufeffinput x: f32[4]\ny[i] = x[i]\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.graph?.outputs).toEqual(['y']);
  });

  it('a line starting with a declaration ends a statement whose bracket was left open', () => {
    // the input on line 3 is parsed on its own, so the dangling '+' on line 4 is found too
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i\ninput w: f32[4]\nz[i] = w[i] +\n');
    expect(codesAndPositions(r)).toEqual(['PIT2004 2:9', 'PIT2002 4:14']);
  });

  it('only the first bracket problem of a statement is reported', () => {
    expect(codesAndPositions(runFrontEnd('input x: f32[4]\ny[i] = x[i)) + (\n'))).toEqual(['PIT2004 2:11']);
  });

  it('a run of unexpected characters is one diagnostic covering all of them', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] $$ 2\n');
    expect(codesAndPositions(r)).toEqual(['PIT1001 2:13']);
    expect(r.diagnostics[0]?.message).toBe("unexpected characters '$$'");
    expect(r.diagnostics[0]?.span).toMatchObject({ start: 28, end: 30 });
  });

  it('a line ending on an operator at the very end of the file points at the end of the text', () => {
    const text = 'input x: f32[4]\ny[i] = x[i] +';
    const r = runFrontEnd(text);
    expect(codesAndPositions(r)).toEqual(['PIT2002 2:14']);
    expect(r.diagnostics[0]?.span).toMatchObject({ start: text.length, end: text.length });
  });

  it('a bracket left open at the end of the file is reported at the bracket', () => {
    expect(codesAndPositions(runFrontEnd('input x: f32[4]\ny[i] = relu(x[i]'))).toEqual(['PIT2004 2:12']);
  });

  it('independent mistakes on different lines are all reported, in source order', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] $\nz[i] = x[i\nw[i] = x[i] * 2i\n');
    expect(codesAndPositions(r)).toEqual(['PIT1001 2:13', 'PIT2004 3:9', 'PIT1002 4:15']);
  });

  it('semantic mistakes in independent statements are all reported', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = q[i]\nz[i] = x[j]\nw[i] = foo(x[i])\noutput y, z, w\n');
    expect(codesAndPositions(r)).toEqual(['PIT3001 2:8', 'PIT3005 3:10', 'PIT3012 4:8']);
  });

  it('a definition with an error does not make later uses of its tensor report spurious mistakes', () => {
    // y has an error; z reads y next to the 4-long x: no "extent 1 vs 4" echo from y's unknown shape
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] + foo(1)\nz[i] = y[i] * x[i]\noutput z\n');
    expect(codesAndPositions(r)).toEqual(['PIT3012 2:15']);
  });

  it('a tensor with an unknown dtype used as a where() condition does not also give a type error', () => {
    const r = runFrontEnd('input m: boolean[4]\ninput x: f32[4]\ny[i] = where(m[i], x[i], 0)\n');
    expect(codesAndPositions(r)).toEqual(['PIT3020 1:10']);
  });

  it('an unknown tensor used as a where() condition gives one error, not a type error too', () => {
    expect(codesAndPositions(runFrontEnd('input x: f32[4]\ny[i] = where(m[i], x[i], 0)\n'))).toEqual(['PIT3001 2:14']);
  });

  it('an index constant too large to be exact is not affine (and is not an internal error)', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] * x[1e300*1e300*i - 1e300*1e300*i]\n');
    expect(codesAndPositions(r)).toEqual(['PIT3014 2:17']);
    expect(r.diagnostics[0]?.message).toContain('too large');
  });

  it('ten thousand nested parentheses are a diagnostic, not a stack overflow', () => {
    const n = 10_000;
    const r = runFrontEnd(`input x: f32[4]\ny[i] = ${'('.repeat(n)}x[i]${')'.repeat(n)}\n`);
    expect(codesAndPositions(r)).toEqual(['PIT2005 2:1']);
  });

  it('a sum of two thousand terms is a diagnostic, not a stack overflow downstream', () => {
    const r = runFrontEnd(`input x: f32[4]\ny[i] = ${'x[i] + '.repeat(2_000)}x[i]\n`);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PIT2005']);
  });

  it('nesting within the limit is accepted', () => {
    const r = runFrontEnd(`input x: f32[4]\ny[i] = ${'('.repeat(40)}${'-'.repeat(200)}x[i]${')'.repeat(40)}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.graph).toBeDefined();
  });
});
