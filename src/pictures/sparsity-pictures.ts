/**
 * The pictures of one PIT op's index source: its pattern at micro-tile granularity (listed or
 * skipped), the coverage (present values, the absent values listed tiles make the kernel compute,
 * the skipped rest) and the index (micro-tiles listed per strip, the first strips' lists).
 * Large grids are drawn in blocks of micro-tiles, each shaded by the share of its tiles listed;
 * the exact counts are in the data attributes either way.
 */
import { el, escapeXml, grouped, num, percent, svgDocument, text, title, type Picture } from './svg.js';
import { stripsOf, wasteOf, type TileMap } from './tile-map.js';

export const COLORS = { listed: '#1f4e79', skipped: '#e8edf3', waste: '#e8a33d', present: '#1f4e79', grid: '#ffffff', ink: '#1b1f24', muted: '#57606a' } as const;

/** What the pictures are of: the op, the tensor whose index it reads, and its rule. */
export interface SourceInfo {
  readonly op: string;
  readonly tensor: string;
  /** `a[m, k] along k (store)`. */
  readonly rule?: string;
}

/** Most cells a pattern draws across and down; beyond, micro-tiles are grouped into blocks. */
const MAX_COLS = 192;
const MAX_ROWS = 128;
const PLOT_WIDTH = 576;

/** A colour between skipped and listed, by the share of a block's tiles that are listed. */
function shade(share: number): string {
  if (share <= 0) return COLORS.skipped;
  if (share >= 1) return COLORS.listed;
  // eight steps, so that neighbouring blocks of similar share merge into one rectangle
  const step = Math.max(1, Math.round(share * 8)) / 8;
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * step);
  const from = [0xe8, 0xed, 0xf3];
  const to = [0x1f, 0x4e, 0x79];
  return `#${from.map((c, i) => mix(c, to[i] as number).toString(16).padStart(2, '0')).join('')}`;
}

function shapeText(shape: readonly number[]): string {
  return shape.join('×') || 'scalar';
}

/** The pattern: one cell per micro-tile (or block), dark where listed, light where skipped. */
export function patternSvg(map: TileMap, info: SourceInfo): Picture {
  const blockCols = Math.max(1, Math.ceil(map.cols / MAX_COLS));
  const blockRows = Math.max(1, Math.ceil(map.rows / MAX_ROWS));
  const cellsAcross = Math.ceil(map.cols / blockCols);
  const cellsDown = Math.ceil(map.rows / blockRows);
  // cells fill about the plot's width and at most 384 px down (a tile is drawn as a cell, not to scale)
  const cellW = Math.max(1, Math.min(24, Math.floor(PLOT_WIDTH / Math.max(1, cellsAcross))));
  const cell = Math.max(1, Math.min(24, Math.floor(384 / Math.max(1, cellsDown)), cellW * 4));
  const left = 16;
  const top = 64;
  const width = Math.max(PLOT_WIDTH + 2 * left, left * 2 + cellsAcross * cellW);
  const height = top + cellsDown * cell + 56;
  const rowsSvg: string[] = [];
  for (let br = 0; br < cellsDown; br++) {
    const r0 = br * blockRows;
    const r1 = Math.min(map.rows, r0 + blockRows);
    let rowListed = 0;
    let rowTotal = 0;
    const rects: string[] = [];
    let runStart = 0;
    let runColor = '';
    const flush = (end: number): void => {
      if (end > runStart && runColor !== COLORS.skipped) {
        rects.push(el('rect', { x: left + runStart * cellW, y: top + br * cell, width: (end - runStart) * cellW, height: cell, fill: runColor }));
      }
    };
    for (let bc = 0; bc < cellsAcross; bc++) {
      const c0 = bc * blockCols;
      const c1 = Math.min(map.cols, c0 + blockCols);
      let listed = 0;
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) if ((map.present[r * map.cols + c] as number) > 0) listed++;
      const tiles = (r1 - r0) * (c1 - c0);
      rowListed += listed;
      rowTotal += tiles;
      const color = shade(listed / tiles);
      if (color !== runColor) {
        flush(bc);
        runStart = bc;
        runColor = color;
      }
    }
    flush(cellsAcross);
    rowsSvg.push(el('g', { 'data-row': br, 'data-tile-rows': `${r0}-${r1 - 1}`, 'data-listed': rowListed, 'data-total': rowTotal }, title(`micro-tile rows ${r0}–${r1 - 1}: ${grouped(rowListed)} of ${grouped(rowTotal)} listed`), ...rects));
  }
  const skipped = map.total - map.listed;
  const heading = `${info.op}: ${info.tensor}'s micro-tiles, ${grouped(skipped)} of ${grouped(map.total)} skipped`;
  const block = blockCols > 1 || blockRows > 1 ? `; each cell is a block of ${blockRows}×${blockCols} micro-tiles, shaded by the share listed` : '';
  const description = `The ${shapeText(map.shape)} tensor ${info.tensor} cut into ${shapeText(map.microTile)} micro-tiles (${map.rows} rows × ${map.cols} columns of tiles). Dark: listed in the index and computed; light: all absent, skipped${block}.`;
  const legendY = top + cellsDown * cell + 22;
  const body = [
    text(left, 22, heading, { 'font-size': 15, 'font-weight': 600, fill: COLORS.ink }),
    text(left, 42, `op ${info.op}${info.rule ? `, rule ${info.rule}` : ''}; micro-tile ${shapeText(map.microTile)}; density ${percent(map.total === 0 ? 0 : map.listed / map.total)}${block ? ` (blocks of ${blockRows}×${blockCols})` : ''}`, { fill: COLORS.muted }),
    el('rect', { x: left, y: top, width: cellsAcross * cellW, height: cellsDown * cell, fill: COLORS.skipped }),
    el('g', { 'data-part': 'tiles' }, ...rowsSvg),
    el('rect', { x: left, y: legendY - 10, width: 12, height: 12, fill: COLORS.listed }),
    text(left + 18, legendY, `listed (${grouped(map.listed)})`, { fill: COLORS.ink }),
    el('rect', { x: left + 170, y: legendY - 10, width: 12, height: 12, fill: COLORS.skipped, stroke: '#c9d1d9' }),
    text(left + 188, legendY, `skipped (${grouped(skipped)})`, { fill: COLORS.ink }),
  ];
  const svg = svgDocument(width, height, heading, description, {
    'data-picture': 'pattern',
    'data-op': info.op,
    'data-tensor': info.tensor,
    'data-shape': map.shape.join('x'),
    'data-micro-tile': map.microTile.join('x'),
    'data-tiles-total': map.total,
    'data-tiles-listed': map.listed,
    'data-tiles-skipped': skipped,
    'data-block': `${blockRows}x${blockCols}`,
  }, body);
  return { name: `${info.op}-pattern.svg`, svg };
}

/** The coverage: of all values, those present, those computed needlessly (waste), those skipped. */
export function coverageSvg(map: TileMap, info: SourceInfo): Picture {
  const width = 640;
  const left = 16;
  const barWidth = width - 2 * left;
  const waste = map.coveredValues - map.presentValues;
  const skippedValues = map.elements - map.coveredValues;
  const parts = [
    { key: 'present', label: 'present values (computed)', value: map.presentValues, color: COLORS.present },
    { key: 'waste', label: 'absent values in listed tiles (computed for nothing)', value: waste, color: COLORS.waste },
    { key: 'skipped', label: 'values in skipped tiles (never computed)', value: skippedValues, color: COLORS.skipped },
  ];
  const bars: string[] = [];
  let x = left;
  for (const p of parts) {
    const w = map.elements === 0 ? 0 : (p.value / map.elements) * barWidth;
    bars.push(el('rect', { x, y: 70, width: w, height: 28, fill: p.color, 'data-part': p.key, 'data-values': p.value }, title(`${p.label}: ${grouped(p.value)} (${percent(map.elements === 0 ? 0 : p.value / map.elements)})`)));
    x += w;
  }
  // the listed tiles by how full they are: a tile 1/32 full costs as much as a full one
  const bins = new Array<number>(10).fill(0);
  for (let t = 0; t < map.total; t++) {
    const n = map.present[t] as number;
    if (n === 0) continue;
    const full = n / (map.size[t] as number);
    bins[Math.min(9, Math.floor(full * 10))] = (bins[Math.min(9, Math.floor(full * 10))] as number) + 1;
  }
  const most = Math.max(1, ...bins);
  const histTop = 190;
  const histHeight = 120;
  const binWidth = barWidth / 10;
  const hist = bins.map((count, i) =>
    el(
      'rect',
      { x: left + i * binWidth + 2, y: histTop + histHeight - (count / most) * histHeight, width: binWidth - 4, height: (count / most) * histHeight, fill: COLORS.listed, 'data-bin': `${i * 10}-${i * 10 + 10}`, 'data-tiles': count },
      title(`${grouped(count)} listed micro-tiles ${i * 10}–${i * 10 + 10}% present`),
    ),
  );
  const binLabels = bins.map((_, i) => text(left + i * binWidth + binWidth / 2, histTop + histHeight + 16, `${i * 10}–${i * 10 + 10}%`, { 'text-anchor': 'middle', fill: COLORS.muted, 'font-size': 11 }));
  const heading = `${info.op}: coverage of ${info.tensor}, ${percent(wasteOf(map))} of the computed values are absent`;
  const description = `Of ${grouped(map.elements)} values of ${info.tensor}, ${grouped(map.presentValues)} are present; the ${grouped(map.listed)} listed ${shapeText(map.microTile)} micro-tiles cover ${grouped(map.coveredValues)} values, so ${grouped(waste)} absent values are computed needlessly (the coverage waste); ${grouped(skippedValues)} values lie in skipped micro-tiles.`;
  const legend = parts.map((p, i) => [el('rect', { x: left, y: 114 + i * 18, width: 12, height: 12, fill: p.color, stroke: p.key === 'skipped' ? '#c9d1d9' : undefined }), text(left + 18, 124 + i * 18, `${p.label}: ${grouped(p.value)}`, { fill: COLORS.ink })]).flat();
  const body = [
    text(left, 22, heading, { 'font-size': 15, 'font-weight': 600, fill: COLORS.ink }),
    text(left, 42, `${grouped(map.elements)} values; ${shapeText(map.microTile)} micro-tiles: ${grouped(map.listed)} listed of ${grouped(map.total)}`, { fill: COLORS.muted }),
    el('rect', { x: left, y: 70, width: barWidth, height: 28, fill: COLORS.skipped }),
    ...bars,
    ...legend,
    text(left, histTop - 8, 'listed micro-tiles by the share of their values present', { fill: COLORS.ink }),
    ...hist,
    ...binLabels,
  ];
  const svg = svgDocument(width, histTop + histHeight + 30, heading, description, {
    'data-picture': 'coverage',
    'data-op': info.op,
    'data-tensor': info.tensor,
    'data-values': map.elements,
    'data-present': map.presentValues,
    'data-covered': map.coveredValues,
    'data-waste': num(wasteOf(map) * 10000) === '0' ? 0 : Number((wasteOf(map)).toFixed(6)),
    'data-tiles-listed': map.listed,
    'data-tiles-total': map.total,
  }, body);
  return { name: `${info.op}-coverage.svg`, svg };
}

/** The index: micro-tiles listed per strip (a bar per strip, or per group of strips), and the first strips' lists. */
export function indexSvg(map: TileMap, info: SourceInfo): Picture {
  const strips = stripsOf(map);
  const width = 640;
  const left = 16;
  const plotWidth = width - 2 * left;
  const maxBars = 256;
  const group = Math.max(1, Math.ceil(strips.count / maxBars));
  const bars = Math.ceil(strips.count / group);
  const gatherTiles = map.grid.length === 0 ? 1 : (map.grid[map.gatherDim] as number);
  const plotTop = 70;
  const plotHeight = 140;
  const barW = bars === 0 ? 0 : plotWidth / bars;
  const drawn: string[] = [];
  for (let b = 0; b < bars; b++) {
    const s0 = b * group;
    const s1 = Math.min(strips.count, s0 + group);
    let sum = 0;
    for (let s = s0; s < s1; s++) sum += strips.lengths[s] as number;
    const mean = sum / (s1 - s0);
    const h = gatherTiles === 0 ? 0 : (mean / gatherTiles) * plotHeight;
    drawn.push(
      el('rect', { x: left + b * barW, y: plotTop + plotHeight - h, width: Math.max(0.5, barW - (barW > 3 ? 1 : 0)), height: h, fill: COLORS.listed, 'data-strips': `${s0}-${s1 - 1}`, 'data-listed': sum }, title(`strip${s1 - s0 > 1 ? `s ${s0}–${s1 - 1}` : ` ${s0}`}: ${grouped(sum)} micro-tiles listed${s1 - s0 > 1 ? ` (${mean.toFixed(1)} per strip)` : ''} of ${grouped(gatherTiles)}`)),
    );
  }
  const listTop = plotTop + plotHeight + 44;
  const shown = Math.min(strips.count, 8);
  const lists: string[] = [];
  for (let s = 0; s < shown; s++) {
    const coords = strips.coords(s);
    const head = coords.slice(0, 14).join(' ');
    const more = coords.length > 14 ? ` … (${coords.length} in all)` : '';
    lists.push(text(left, listTop + s * 16, `strip ${s}: [${head}${more}]`, { 'font-family': 'ui-monospace, Menlo, Consolas, monospace', 'font-size': 11, fill: COLORS.ink, 'data-strip': s, 'data-listed': coords.length }));
  }
  const heading = `${info.op}: the index of ${info.tensor}, ${grouped(map.listed)} micro-tiles listed in ${grouped(strips.count)} strips`;
  const description = `PIT's online index: ${info.tensor} is cut into strips across dimension ${map.gatherDim} (the gather dimension, ${grouped(gatherTiles)} micro-tiles long); each strip lists the gather coordinates of its micro-tiles that hold a present value, ascending. Bars: micro-tiles listed per strip${group > 1 ? ` (mean over groups of ${group} strips)` : ''}, out of ${grouped(gatherTiles)}.`;
  const body = [
    text(left, 22, heading, { 'font-size': 15, 'font-weight': 600, fill: COLORS.ink }),
    text(left, 42, `gather dimension ${map.gatherDim}; bar height: micro-tiles listed per strip, out of ${grouped(gatherTiles)}${group > 1 ? `; one bar per ${group} strips` : ''}`, { fill: COLORS.muted }),
    el('rect', { x: left, y: plotTop, width: plotWidth, height: plotHeight, fill: '#f6f8fa' }),
    el('g', { 'data-part': 'strips' }, ...drawn),
    text(left, listTop - 18, `the first ${shown} strips' lists (stripPtr/coords, as the kernel reads them):`, { fill: COLORS.ink }),
    ...lists,
  ];
  const svg = svgDocument(width, listTop + shown * 16 + 16, heading, description, {
    'data-picture': 'index',
    'data-op': info.op,
    'data-tensor': info.tensor,
    'data-strips': strips.count,
    'data-gather-dim': map.gatherDim,
    'data-gather-tiles': gatherTiles,
    'data-tiles-listed': map.listed,
  }, body);
  return { name: `${info.op}-index.svg`, svg };
}

/** A `<title>`-safe one-line description (for tests and alt text). */
export function altText(picture: Picture): string {
  const m = /<title>([^<]*)<\/title>/.exec(picture.svg);
  return m ? m[1] ?? '' : escapeXml(picture.name);
}
