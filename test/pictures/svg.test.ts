import { describe, expect, it } from 'vitest';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { barChart, lineChart } from '../../src/pictures/charts.js';
import type { OpRunRecord } from '../../codegen/target.js';
import { plainWords, timesPicture } from '../../src/pictures/run-pictures.js';
import { coverageSvg, indexSvg, patternSvg } from '../../src/pictures/sparsity-pictures.js';
import { escapeXml, grouped, ms, percent } from '../../src/pictures/svg.js';
import { stripsOf, tileMap } from '../../src/pictures/tile-map.js';
import { parseSvg, rootNumber, withAttribute } from '../helpers/svg.js';

/** Every picture parses as XML and carries the numbers it draws; sums of the parts equal the whole. */

const HOSTILE = `x<y & "z" 'w' \u0007`;

function mapOf(shape: number[], tile: number[], density: number, gatherDim = 1) {
  const t = applyDensity(randomTensor('f32', shape, 3, 'a', { nonZero: true }), density, [Math.max(1, (tile[0] as number) / 2), 1], 5, 'd');
  return tileMap(t, { microTile: tile, fill: 0, gatherDim });
}

describe('sparsity pictures', () => {
  for (const [label, shape, tile] of [
    ['small, drawn tile by tile', [33, 70], [4, 1]],
    ['large, drawn in blocks', [1024, 1024], [32, 1]],
    ['tall, 1x1', [400, 7], [1, 1]],
  ] as const) {
    it(`pattern (${label}): rows' listed counts add up to the root's, which match the map`, () => {
      const map = mapOf([...shape], [...tile], 0.2);
      const doc = parseSvg(patternSvg(map, { op: 'c', tensor: 'a', rule: 'a[m, k] along k (store)' }).svg);
      expect(rootNumber(doc, 'data-tiles-listed')).toBe(map.listed);
      expect(rootNumber(doc, 'data-tiles-total')).toBe(map.total);
      expect(rootNumber(doc, 'data-tiles-skipped')).toBe(map.total - map.listed);
      const rows = withAttribute(doc, 'data-row');
      expect(rows.reduce((s, r) => s + Number(r.getAttribute('data-listed')), 0)).toBe(map.listed);
      expect(rows.reduce((s, r) => s + Number(r.getAttribute('data-total')), 0)).toBe(map.total);
      expect(rows.length).toBeLessThanOrEqual(128);
    });
  }

  it('coverage: present, waste and skipped values add up to every value; the histogram counts every listed tile', () => {
    const map = mapOf([70, 90], [8, 3], 0.3);
    const doc = parseSvg(coverageSvg(map, { op: 'c', tensor: 'a' }).svg);
    const parts = Object.fromEntries(withAttribute(doc, 'data-part').map((e) => [e.getAttribute('data-part'), Number(e.getAttribute('data-values'))]));
    expect(parts['present']).toBe(map.presentValues);
    expect(parts['waste']).toBe(map.coveredValues - map.presentValues);
    expect((parts['present'] as number) + (parts['waste'] as number) + (parts['skipped'] as number)).toBe(map.elements);
    const bins = withAttribute(doc, 'data-bin');
    expect(bins).toHaveLength(10);
    expect(bins.reduce((s, b) => s + Number(b.getAttribute('data-tiles')), 0)).toBe(map.listed);
    expect(map.coveredValues).toBeGreaterThan(map.presentValues); // this pattern does waste
  });

  it('index: bars add up to the listed micro-tiles; the first strips are listed as the index lists them', () => {
    const map = mapOf([300, 64], [2, 8], 0.4, 1);
    const doc = parseSvg(indexSvg(map, { op: 'y', tensor: 'a' }).svg);
    const bars = withAttribute(doc, 'data-strips').filter((e) => e.tagName === 'rect');
    expect(bars.reduce((s, b) => s + Number(b.getAttribute('data-listed')), 0)).toBe(map.listed);
    expect(rootNumber(doc, 'data-strips')).toBe(stripsOf(map).count);
    const first = withAttribute(doc, 'data-strip')[0];
    expect(first?.textContent).toContain(`strip 0: [${stripsOf(map).coords(0).slice(0, 14).join(' ')}`);
  });

  it('escape what they are given (names, labels) and stay well-formed', () => {
    const map = mapOf([8, 8], [2, 2], 0.5);
    for (const picture of [patternSvg(map, { op: HOSTILE, tensor: HOSTILE, rule: HOSTILE }), coverageSvg(map, { op: HOSTILE, tensor: HOSTILE }), indexSvg(map, { op: HOSTILE, tensor: HOSTILE })]) {
      const doc = parseSvg(picture.svg);
      expect(doc.documentElement?.getAttribute('data-op')).toBe(`x<y & "z" 'w' `);
    }
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('an empty tensor and a rank-0 one are drawn too', () => {
    parseSvg(patternSvg(tileMap({ dtype: 'f32', shape: [0, 5], data: new Float32Array(0) }, { microTile: [1, 1], fill: 0, gatherDim: 1 }), { op: 'e', tensor: 'e' }).svg);
    parseSvg(indexSvg(tileMap({ dtype: 'f32', shape: [], data: new Float32Array([1]) }, { microTile: [], fill: 0, gatherDim: 0 }), { op: 's', tensor: 's' }).svg);
  });
});

describe('charts', () => {
  it('bars carry their values and series; a stacked part too', () => {
    const doc = parseSvg(
      barChart({
        name: 'b.svg',
        title: HOSTILE,
        unit: 'ms',
        groups: [
          { label: 'c', bars: [{ series: 'PIT', value: 5.1, stacked: { label: 'index', value: 0.4 } }, { series: 'dense', value: 38 }] },
          { label: HOSTILE, bars: [{ series: 'PIT', value: 1 }] },
        ],
      }).svg,
    );
    const bars = withAttribute(doc, 'data-series').filter((e) => e.hasAttribute('data-value'));
    expect(bars.map((b) => [b.getAttribute('data-series'), Number(b.getAttribute('data-value'))])).toEqual([
      ['PIT', 5.1],
      ['dense', 38],
      ['PIT', 1],
    ]);
    expect(Number(bars[0]?.getAttribute('data-stacked'))).toBe(0.4);
  });

  it('lines carry every point, and a NaN point is left out instead of drawn at the edge', () => {
    const doc = parseSvg(
      lineChart({
        name: 'l.svg',
        title: 'efficiency',
        xLabel: 'sparsity',
        yLabel: 'efficiency',
        series: [
          { name: '32x1', points: [{ x: 0.5, y: 0.9 }, { x: 0.9, y: 0.95 }, { x: 0.99, y: NaN }] },
          { name: '1x64', points: [{ x: 0.5, y: 0.8 }] },
        ],
      }).svg,
    );
    const points = withAttribute(doc, 'data-x');
    expect(points.map((p) => [Number(p.getAttribute('data-x')), Number(p.getAttribute('data-y'))])).toEqual([
      [0.5, 0.9],
      [0.9, 0.95],
      [0.5, 0.8],
    ]);
  });
});

describe('the run in words', () => {
  const pit = [
    { name: 'h', target: 'wasm' as const, kernelMs: 2, form: 'dense' as const },
    { name: 'c', target: 'wasm' as const, kernelMs: 5.1, form: 'pit' as const, indexMs: 0.3, detail: { rule: 'a[m, k] along k (store)', index: 'a@32x1/1', microTilesSkipped: 29471, microTilesListed: 3297, mode: 'pit' } },
    { name: 'd', target: 'wasm' as const, kernelMs: 1, form: 'dense' as const, indexMs: 0, detail: { rule: 'a[m, k] along k (store)', index: 'a@32x1/1', indexReused: true, microTilesSkipped: 29471, microTilesListed: 3297, mode: 'dense (density above the crossover)' } },
  ];
  const dense = [
    { name: 'h', target: 'wasm' as const, kernelMs: 2, form: 'dense' as const },
    { name: 'c', target: 'wasm' as const, kernelMs: 38, form: 'dense' as const },
    { name: 'd', target: 'wasm' as const, kernelMs: 1, form: 'dense' as const },
  ];

  it('say what was skipped (a shared index counted once) and the times against dense', () => {
    const words = plainWords(pit, dense);
    expect(words[0]).toBe('skipped 29,471 of 32,768 micro-tiles; 8.4 ms vs 41 ms dense');
    expect(words[1]).toBe('op c: skipped 29,471 of 32,768 micro-tiles (90%); 5.1 ms + 0.30 ms index vs 38 ms dense');
    expect(words[2]).toContain('the same index as before');
    expect(words[2]).toBe('op d: 29,471 of 32,768 micro-tiles (90%) were absent, the same index as before, but it ran dense (density above the crossover); 1.0 ms vs 1.0 ms dense');
    expect(plainWords([{ name: 'y', target: 'ref', kernelMs: 3, form: 'dense' }], undefined)[0]).toMatch(/^no op skipped anything/);
    // an index whose op ran densely skipped nothing: the whole run says so
    const denseOnly = plainWords([pit[0] as OpRunRecord, { ...(pit[2] as OpRunRecord), detail: { ...pit[2]?.detail, indexReused: false } }], dense);
    expect(denseOnly[0]).toBe('no op skipped anything (the op with an index ran dense: too few micro-tiles were absent); 3.0 ms vs 41 ms dense');
  });

  it('times picture: per-op bars with the run totals in data attributes', () => {
    const doc = parseSvg(timesPicture(pit, dense, 'label').svg);
    expect(rootNumber(doc, 'data-pit-ms')).toBeCloseTo(8.4, 6);
    expect(rootNumber(doc, 'data-dense-ms')).toBeCloseTo(41, 6);
    expect(withAttribute(doc, 'data-group').map((g) => g.getAttribute('data-group'))).toEqual(['h', 'c', 'd']);
  });

  it('numbers in words', () => {
    expect([grouped(29471), ms(0.421), ms(5.06), ms(38.4), ms(1234), percent(0.9), percent(0.042), percent(0.0031)]).toEqual(['29,471', '0.42 ms', '5.1 ms', '38 ms', '1.2 s', '90%', '4.2%', '0.31%']);
  });
});
