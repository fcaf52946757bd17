/**
 * Two charts, enough for the benchmarks and the run times: grouped horizontal bars (a group per
 * op or layer, a bar per series) and lines over a numeric x axis (efficiency against sparsity).
 * Every bar and point carries its value in `data-*` attributes and a `<title>`.
 */
import { el, escapeXml, num, svgDocument, text, title, type Attrs, type Picture } from './svg.js';

/** Series colours, distinguishable for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'] as const;
const INK = '#1b1f24';
const MUTED = '#57606a';

export interface Bar {
  readonly series: string;
  readonly value: number;
  /** A second part stacked after the value (e.g. the index build after the kernel). */
  readonly stacked?: { readonly label: string; readonly value: number };
  /** Text after the bar instead of the value. */
  readonly label?: string;
}

export interface BarGroup {
  readonly label: string;
  readonly bars: readonly Bar[];
}

export interface BarChart {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly unit: string;
  readonly groups: readonly BarGroup[];
  /** A vertical reference line (e.g. 1 for ratios). */
  readonly reference?: { readonly value: number; readonly label: string };
  readonly format?: (value: number) => string;
  readonly data?: Attrs;
}

export function barChart(chart: BarChart): Picture {
  const format = chart.format ?? ((v: number) => `${num(v)} ${chart.unit}`);
  const series = [...new Set(chart.groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const color = (s: string): string => SERIES_COLORS[series.indexOf(s) % SERIES_COLORS.length] as string;
  const labelWidth = Math.min(260, 12 + 7 * Math.max(4, ...chart.groups.map((g) => g.label.length)));
  const plotLeft = 16 + labelWidth;
  const plotWidth = 420;
  const width = plotLeft + plotWidth + 150;
  const barHeight = 14;
  const top = 70;
  const most = Math.max(chart.reference?.value ?? 0, ...chart.groups.flatMap((g) => g.bars.map((b) => b.value + (b.stacked?.value ?? 0))), 1e-9);
  const scale = plotWidth / most;
  const body: string[] = [text(16, 22, chart.title, { 'font-size': 15, 'font-weight': 600, fill: INK })];
  if (chart.subtitle) body.push(text(16, 42, chart.subtitle, { fill: MUTED }));
  let y = top;
  const groups: string[] = [];
  for (const g of chart.groups) {
    const groupTop = y;
    const bars: string[] = [];
    for (const b of g.bars) {
      const w = Math.max(0, b.value * scale);
      const parts = [el('rect', { x: plotLeft, y, width: w, height: barHeight, fill: color(b.series) }, title(`${g.label}, ${b.series}: ${format(b.value)}`))];
      let end = plotLeft + w;
      if (b.stacked && b.stacked.value > 0) {
        const sw = b.stacked.value * scale;
        parts.push(el('rect', { x: end, y, width: sw, height: barHeight, fill: color(b.series), 'fill-opacity': 0.45 }, title(`${g.label}, ${b.series}, ${b.stacked.label}: ${format(b.stacked.value)}`)));
        end += sw;
      }
      const label = b.label ?? `${format(b.value)}${b.stacked && b.stacked.value > 0 ? ` + ${format(b.stacked.value)} ${b.stacked.label}` : ''}`;
      parts.push(text(end + 6, y + barHeight - 3, label, { fill: INK, 'font-size': 11 }));
      bars.push(el('g', { 'data-series': b.series, 'data-value': b.value, ...(b.stacked ? { 'data-stacked': b.stacked.value } : {}) }, ...parts));
      y += barHeight + 3;
    }
    groups.push(el('g', { 'data-group': g.label }, text(plotLeft - 8, groupTop + 11, g.label, { 'text-anchor': 'end', fill: INK }), ...bars));
    y += 12;
  }
  body.push(el('line', { x1: plotLeft, y1: top - 6, x2: plotLeft, y2: y - 6, stroke: '#8c959f' }));
  if (chart.reference) {
    const x = plotLeft + chart.reference.value * scale;
    body.push(el('line', { x1: x, y1: top - 6, x2: x, y2: y - 6, stroke: MUTED, 'stroke-dasharray': '4 3' }), text(x + 4, top - 10, chart.reference.label, { fill: MUTED, 'font-size': 11 }));
  }
  body.push(...groups);
  const legendY = y + 10;
  series.forEach((s, i) => {
    body.push(el('rect', { x: 16 + i * 150, y: legendY, width: 12, height: 12, fill: color(s) }), text(34 + i * 150, legendY + 10, s, { fill: INK }));
  });
  const description = chart.groups.map((g) => `${g.label}: ${g.bars.map((b) => `${b.series} ${format(b.value)}`).join(', ')}`).join('; ');
  return { name: chart.name, svg: svgDocument(width, legendY + 30, chart.title, description, { 'data-picture': 'bars', 'data-unit': chart.unit, ...chart.data }, body) };
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface LineChart {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  readonly yMin?: number;
  readonly yMax?: number;
  readonly reference?: { readonly y: number; readonly label: string };
  readonly data?: Attrs;
}

export function lineChart(chart: LineChart): Picture {
  const left = 64;
  const top = 64;
  const plotWidth = 480;
  const plotHeight = 280;
  const all = chart.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y).filter((y) => Number.isFinite(y));
  const xMin = Math.min(...xs, 0);
  const xMax = Math.max(...xs, xMin + 1e-9);
  const yMin = chart.yMin ?? Math.min(0, ...ys);
  const yMax = chart.yMax ?? Math.max(...ys, chart.reference?.y ?? 0, yMin + 1e-9) * 1.08;
  const px = (x: number): number => left + ((x - xMin) / (xMax - xMin || 1)) * plotWidth;
  const py = (y: number): number => top + plotHeight - ((Math.min(Math.max(y, yMin), yMax) - yMin) / (yMax - yMin || 1)) * plotHeight;
  const body: string[] = [text(16, 22, chart.title, { 'font-size': 15, 'font-weight': 600, fill: INK })];
  if (chart.subtitle) body.push(text(16, 42, chart.subtitle, { fill: MUTED }));
  body.push(el('rect', { x: left, y: top, width: plotWidth, height: plotHeight, fill: '#f6f8fa' }));
  for (let i = 0; i <= 4; i++) {
    const v = yMin + ((yMax - yMin) * i) / 4;
    body.push(el('line', { x1: left, x2: left + plotWidth, y1: py(v), y2: py(v), stroke: '#d0d7de' }), text(left - 6, py(v) + 4, num(v), { 'text-anchor': 'end', fill: MUTED, 'font-size': 11 }));
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    body.push(text(px(x), top + plotHeight + 16, num(x), { 'text-anchor': 'middle', fill: MUTED, 'font-size': 11 }));
  }
  if (chart.reference) body.push(el('line', { x1: left, x2: left + plotWidth, y1: py(chart.reference.y), y2: py(chart.reference.y), stroke: MUTED, 'stroke-dasharray': '4 3' }), text(left + plotWidth - 4, py(chart.reference.y) - 4, chart.reference.label, { 'text-anchor': 'end', fill: MUTED, 'font-size': 11 }));
  chart.series.forEach((s, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length] as string;
    const points = [...s.points].filter((p) => Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
    const path = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${num(px(p.x))} ${num(py(p.y))}`).join(' ');
    const marks = points.map((p) => el('circle', { cx: px(p.x), cy: py(p.y), r: 3.5, fill: color, 'data-x': p.x, 'data-y': Number(p.y.toFixed(6)) }, title(`${s.name}: ${chart.xLabel} ${num(p.x)}, ${chart.yLabel} ${num(p.y)}`)));
    body.push(el('g', { 'data-series': s.name }, points.length > 1 ? el('path', { d: path, fill: 'none', stroke: color, 'stroke-width': 2 }) : '', ...marks));
  });
  body.push(text(left + plotWidth / 2, top + plotHeight + 36, chart.xLabel, { 'text-anchor': 'middle', fill: INK }));
  body.push(el('text', { x: 16, y: top + plotHeight / 2, transform: `rotate(-90 16 ${top + plotHeight / 2})`, 'text-anchor': 'middle', fill: INK }, escapeXml(chart.yLabel)));
  const legendTop = top;
  chart.series.forEach((s, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length] as string;
    body.push(el('rect', { x: left + plotWidth + 16, y: legendTop + i * 20, width: 12, height: 12, fill: color }), text(left + plotWidth + 34, legendTop + i * 20 + 10, s.name, { fill: INK }));
  });
  const description = chart.series.map((s) => `${s.name}: ${s.points.map((p) => `(${num(p.x)}, ${num(p.y)})`).join(' ')}`).join('; ');
  const width = left + plotWidth + 190;
  return { name: chart.name, svg: svgDocument(width, top + plotHeight + 56, chart.title, description, { 'data-picture': 'lines', ...chart.data }, body) };
}
