import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../ir/core/diagnostic.js';
import { jsonText, printable, terminalSafe } from '../../ir/core/printable.js';
import { formatDiagnostic, formatDiagnostics, SNIPPET_WIDTH } from '../../src/diagnostics/format.js';
import { runFrontEnd, type FrontEndResult } from '../../src/frontend/index.js';

/** The formatted diagnostics of one file, as the CLI prints them. Expected texts are written by hand. */
function formatted(r: FrontEndResult): string {
  return formatDiagnostics(r.diagnostics, (f) => (f === r.source.name ? r.source : undefined));
}

describe('formatDiagnostic', () => {
  it('headline, source line and a caret under the whole culprit', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = xx[i]\n', 'a.pit');
    expect(formatted(r)).toBe(
      [
        "a.pit:2:8: error PIT3001: unknown tensor 'xx'", //
        '   2 | y[i] = xx[i]',
        '     |        ^~',
      ].join('\n'),
    );
  });

  it('a two-digit line number, a tab in the source line, and a related note', () => {
    const text = [
      '# a longer program, so the mistake is on line 10',
      'input x: f32[4]',
      'input w: f32[5]',
      '',
      '# comments and blank lines count as lines',
      '',
      'a[i] = x[i] * 2',
      'b[i] = w[i] * 2',
      '',
      'y[i] =\tx[i] * w[i]',
      'output a, b, y',
      '',
    ].join('\n');
    const r = runFrontEnd(text, 'conv.pit');
    // the tab is one column (offsets count UTF-16 units) and is shown as one space, so the caret
    // lines up under w[i]'s index whatever the terminal's tab width
    expect(formatted(r)).toBe(
      [
        "conv.pit:10:17: error PIT3004: index 'i' is used with extent 5 here (dimension 0 of 'w') but with extent 4 elsewhere",
        '  10 | y[i] = x[i] * w[i]',
        '     |                 ^',
        "conv.pit:10:10: note: 'i' has extent 4 here",
        '  10 | y[i] = x[i] * w[i]',
        '     |          ^',
      ].join('\n'),
    );
  });

  it('a span over several lines gets a single caret at its start', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = max(x[i],\n    x[i], x[i])\n', 'b.pit');
    expect(formatted(r)).toBe(
      [
        "b.pit:2:8: error PIT3013: 'max' takes 2 arguments but was given 3", //
        '   2 | y[i] = max(x[i],',
        '     |        ^',
      ].join('\n'),
    );
  });

  it('a zero-width span at the very end of a file puts the caret just past the last character', () => {
    const r = runFrontEnd('input x: f32[4]\r\ny[i] = x[i] *', 'c.pit');
    expect(formatted(r)).toBe(
      [
        "c.pit:2:14: error PIT2002: expected an expression after '*' but found end of line (to continue an expression on the next line, wrap it in parentheses)",
        '   2 | y[i] = x[i] *',
        '     |              ^',
      ].join('\n'),
    );
  });

  it('warnings say warning; a CRLF line is shown without its carriage return', () => {
    const r = runFrontEnd('dim T\r\ninput x: f32[4]\r\ny[i] = x[i]\r\n', 'd.pit');
    expect(r.graph).toBeDefined();
    expect(formatted(r)).toBe(
      [
        "d.pit:1:5: warning PIT3102: dimension 'T' is declared but never used", //
        '   1 | dim T',
        '     |     ^',
      ].join('\n'),
    );
  });

  it('control characters in the shown line are escaped as <U+XXXX>, the caret under the escape', () => {
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] *\r\0 2\n', 'f.pit');
    expect(formatted(r)).toBe(
      [
        'f.pit:2:15: error PIT1001: unexpected character U+0000', //
        '   2 | y[i] = x[i] *<U+000D><U+0000> 2',
        '     |                      ^~~~~~~~',
      ].join('\n'),
    );
  });

  it('bidi controls and escape sequences before the culprit are escaped and the caret still lines up', () => {
    // U+202E would show the rest of the line reversed; ESC [31m would turn the terminal red
    const r = runFrontEnd('input x: f32[4]\ny[i] = x[i] # \u202e\x1b[31m\nz[i] = q[i] # \u2066\n', 'g.pit');
    const text = formatted(r);
    expect(text).not.toMatch(/[\u202e\u2066\x1b]/);
    expect(text).toBe(
      [
        "g.pit:3:8: error PIT3001: unknown tensor 'q'", //
        '   3 | z[i] = q[i] # <U+2066>',
        '     |        ^',
      ].join('\n'),
    );
    const after = runFrontEnd('input x: f32[4]\ny[i] =\u202e x[i] + q[i]\n', 'h.pit');
    expect(formatted(after)).toBe(
      [
        'h.pit:2:7: error PIT1001: unexpected character U+202E',
        '   2 | y[i] =<U+202E> x[i] + q[i]',
        '     |       ^~~~~~~~',
      ].join('\n'),
    );
  });

  it('a file name and a message quoting user text are printed escaped', () => {
    const d = diagnostic('PIT6016', "cannot read 'a\nb\x1b[2J': no such file or directory", { file: 'a\u202e.npy', start: 0, end: 0 });
    expect(formatDiagnostic(d, () => undefined)).toBe("a<U+202E>.npy: error PIT6016: cannot read 'a\nb<U+001B>[2J': no such file or directory");
  });

  it('a line longer than the snippet width is shown as a window around the caret', () => {
    const long = `y[i] = x[i] +${' '.repeat(100_000)}q[i] # ${'-'.repeat(1000)}`;
    const r = runFrontEnd(`input x: f32[4]\n${long}\n`, 'l.pit');
    const [head, line, caret] = formatted(r).split('\n') as [string, string, string];
    expect(head).toBe(`l.pit:2:${long.indexOf('q[i]') + 1}: error PIT3001: unknown tensor 'q'`);
    expect(line.startsWith('   2 | ...    ')).toBe(true);
    expect(line.endsWith('-...')).toBe(true);
    expect(line.length, line).toBeLessThanOrEqual('   2 | '.length + SNIPPET_WIDTH + 6);
    expect(caret.indexOf('^')).toBe(line.indexOf('q[i]'));
    expect(caret.endsWith('^')).toBe(true);
    // near the start of the line the window starts there and is cut on the right
    const early = runFrontEnd(`input x: f32[4]\ny[i] = q[i] # ${'-'.repeat(100_000)}\n`, 'm.pit');
    const [, line2, caret2] = formatted(early).split('\n') as [string, string, string];
    expect(line2.startsWith('   2 | y[i] = q[i] # ---')).toBe(true);
    expect(line2.endsWith('-...')).toBe(true);
    expect(caret2).toBe('     |        ^');
  });

  it('an empty file: the headline alone (there is no line to show)', () => {
    const r = runFrontEnd('', 'e.pit');
    expect(formatted(r)).toBe('e.pit:1:1: error PIT3022: the program defines no tensor and names no output, so a run would return nothing');
  });

  it('without a span, or without the source text, only the headline', () => {
    expect(formatDiagnostic(diagnostic('PIT6001', "missing input 'x'"), () => undefined)).toBe("pitc: error PIT6001: missing input 'x'");
    const d = diagnostic('PIT3001', "unknown tensor 'q'", { file: 'gone.pit', start: 3, end: 4 });
    expect(formatDiagnostic(d, () => undefined)).toBe("gone.pit: error PIT3001: unknown tensor 'q'");
  });
});

describe('printable, terminalSafe, jsonText', () => {
  it('escape controls, bidi and invisible characters as <U+XXXX>, and keep everything else', () => {
    expect(printable('plain é × 😀 日本')).toBe('plain é × 😀 日本');
    expect(printable('a\u001b[31mb\r\n\t\u0000\u007f\u0085\u200b\u200e\u202e\u2066\u2028\ufeff\ud800')).toBe(
      'a<U+001B>[31mb<U+000D><U+000A><U+0009><U+0000><U+007F><U+0085><U+200B><U+200E><U+202E><U+2066><U+2028><U+FEFF><U+D800>',
    );
    expect(terminalSafe('line 1\n\tline 2\r\u001b[2J\u202e')).toBe('line 1\n\tline 2\r<U+001B>[2J<U+202E>');
  });

  it('jsonText keeps every value but writes unprintable characters as \\u escapes', () => {
    const value = { label: 'a\u202eb\u2028c\u0085', n: 1, nested: ['\u001b'] };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u202e\u2028\u0085\u001b]/);
    expect(JSON.parse(text)).toEqual(value);
    expect(JSON.parse(jsonText(value, undefined, 2))).toEqual(value);
    expect(jsonText(value, undefined, 2)).toContain('\n  "n": 1');
  });
});
