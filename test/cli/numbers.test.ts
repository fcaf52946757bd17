import { describe, expect, it } from 'vitest';
import { decimalInteger, decimalNumber, FRACTION, POSITIVE_INTEGER } from '../../src/cli/numbers.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

/**
 * Every number on the command line is a plain decimal number: what is not one (hex, empty, a
 * dangling exponent, trailing junk, a sign, NaN, Infinity) is a PIT7002 naming the option, for
 * every numeric option of every command, never a value the user did not write.
 */
const NOT_DECIMAL = ['0x10', '0x0', '0b1', '0o7', '', ' ', '1e', '1e+', '3abc', '1.2.3', '+1', '-1', 'NaN', 'Infinity', '-Infinity', '1_000', '١', '1\u202e'];

describe('decimalInteger / decimalNumber', () => {
  it('read digits, and for numbers a point and an exponent', () => {
    expect(decimalInteger('0', { min: 0, max: 9, expected: 'x' })).toEqual({ value: 0 });
    expect(decimalInteger('007', POSITIVE_INTEGER)).toEqual({ value: 7 });
    expect(decimalInteger('2147483647', POSITIVE_INTEGER)).toEqual({ value: 2 ** 31 - 1 });
    for (const [raw, value] of [['0', 0], ['1', 1], ['0.05', 0.05], ['.5', 0.5], ['5.', 5], ['5e-2', 0.05], ['1E0', 1]] as const) {
      expect(decimalNumber(raw, { ...FRACTION, max: 10 }), raw).toEqual({ value });
    }
  });

  it('refuse everything else, and values out of range', () => {
    for (const raw of [...NOT_DECIMAL, '1.5', '1e3', '2147483648', '99999999999999999999']) {
      expect(decimalInteger(raw, POSITIVE_INTEGER), JSON.stringify(raw)).toEqual({ error: 'expected a positive integer' });
    }
    expect('error' in decimalInteger('0', POSITIVE_INTEGER)).toBe(true);
    for (const raw of [...NOT_DECIMAL, '1.5', '2', '1e400']) {
      expect(decimalNumber(raw, FRACTION), JSON.stringify(raw)).toEqual({ error: 'expected a number between 0 and 1' });
    }
    expect('error' in decimalNumber('0', { min: 0, minIncluded: false, max: 1, expected: '' })).toBe(true);
  });
});

describe('numeric options on the command line', () => {
  const dir = workspace({ 'mm.pit': 'dim M = 4, K = 4, N = 4\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n' });
  /** [command line after the file, the message expected]. */
  const cases: [string, string[], RegExp][] = [];
  for (const raw of ['0x10', '', '1e', '3abc', 'NaN', 'Infinity', '-1', '1.5']) {
    const shown = raw === '' ? 'an empty value' : `'${raw}'`;
    const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    cases.push(['run', ['--random', '1', '--repeat', raw], new RegExp(`PIT7002: --repeat must be a positive integer \\(at most 1000000\\), not ${escaped}`)]);
    cases.push(['run', ['--random', '1', '--threads', raw], new RegExp(`PIT7002: --threads must be an integer from 1 to 256, not ${escaped}`)]);
    cases.push(['run', ['--random', raw], new RegExp(`PIT7002: --random takes a seed: an integer from 0 to 4294967295, not ${escaped}`)]);
    cases.push(['compile', ['--threads', raw], /PIT7002: --threads must be an integer from 1 to 256/]);
    cases.push(['compile', ['--random', raw], /PIT7002: --random takes a seed/]);
    cases.push(['tune', ['--threads', raw, '--tuning-db', 'x.jsonl'], /PIT7002: --threads must be an integer from 1 to 256/]);
    cases.push(['tune', ['--random', raw, '--tuning-db', 'x.jsonl'], /PIT7002: --random takes a seed/]);
    if (raw !== '1.5') cases.push(['tune', ['--budget', raw, '--tuning-db', 'x.jsonl'], /PIT7002: --budget takes seconds \(a positive number, at most 10000000\)/]);
    cases.push(['run', ['--random', '1', '--dim', `M=${raw}`], /PIT7002: --dim/]);
    cases.push(['run', ['--random', '1', '--density', `a=${raw}`], /PIT7002: --density/]);
    cases.push(['run', ['--random', '1', '--microtile', `a=${raw}x1`], /PIT7002: --microtile/]);
  }
  cases.push(['run', ['--random', '1', '--density', 'a=0x0'], /PIT7002: --density a=0x0: expected a number between 0 and 1/]);
  cases.push(['run', ['--random', '1', '--threads', '0'], /PIT7002: --threads must be an integer from 1 to 256, not '0'/]);
  cases.push(['run', ['--random', '1', '--threads', '257'], /PIT7002: --threads must be an integer from 1 to 256, not '257'/]);
  cases.push(['run', ['--random', '4294967296'], /PIT7002: --random takes a seed/]);
  cases.push(['run', ['--random', '1', '--random', '2'], /PIT7002: --random is given 2 times; give it once/]);
  cases.push(['run', ['--random', '1', '--repeat'], /PIT7002: --repeat must be a positive integer \(at most 1000000\), not an empty value/]);
  cases.push(['tune', ['--budget', '0', '--tuning-db', 'x.jsonl'], /PIT7002: --budget takes seconds/]);
  cases.push(['run', ['--random', '1', '--microtile', 'a=4294967296x1'], /PIT7002: --microtile a=4294967296x1: extents must be positive integers \(at most 2147483647\)/]);

  it.each(cases.map(([command, extra, pattern]) => [`${command} ${extra.map((e) => JSON.stringify(e)).join(' ')}`, command, extra, pattern] as const))('%s', async (_, command, extra, pattern) => {
    const r = await runCli([command, 'mm.pit', ...extra], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(pattern);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('plain decimal values are taken as written', async () => {
    const r = await runCli(['run', 'mm.pit', '--random', '007', '--repeat', '2', '--threads', '1', '--density', 'a=5e-1', '--microtile', 'a=02x1', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.repeat).toBe(2);
    expect(report.inputs.a.source).toBe('random (seed 7)');
    expect(report.inputs.a.microTile).toEqual([2, 1]);
  });
});
