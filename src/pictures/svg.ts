/**
 * A small SVG writer: elements as strings with every attribute and text escaped, and a document
 * with its title, description and data attributes. The pictures are plain SVG 1.1 (no script, no
 * external resource), so a file viewer, a browser or an XML parser reads them as they are; every
 * picture carries the numbers it draws as `data-*` attributes and `<title>` text.
 */

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Text escaped for XML content and attribute values. */
export function escapeXml(text: string): string {
  // characters XML 1.0 does not allow at all are dropped (a tensor name cannot hold them, a file name might)
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A number as an attribute value: at most 2 decimals, no exponent. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`, or `<tag attrs/>` without children. Children are markup (already escaped). */
export function el(tag: string, attrs: Attrs = {}, ...children: readonly string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${tag}${attributes(attrs)}/>` : `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** A text element with escaped content. */
export function text(x: number, y: number, content: string, attrs: Attrs = {}): string {
  return el('text', { x, y, ...attrs }, escapeXml(content));
}

/** A `<title>` child: the tooltip a viewer shows, and the name a screen reader reads. */
export function title(content: string): string {
  return el('title', {}, escapeXml(content));
}

export interface Picture {
  /** A file name without directory (`c-pattern.svg`). */
  readonly name: string;
  readonly svg: string;
}

export const FONT = 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';

/** A whole SVG document: the picture's title and description first (for people and screen readers). */
export function svgDocument(width: number, height: number, heading: string, description: string, data: Attrs, body: readonly string[]): string {
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width: Math.ceil(width),
    height: Math.ceil(height),
    viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
    role: 'img',
    'font-family': FONT,
    'font-size': 12,
    ...data,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('svg', root, title(heading), el('desc', {}, escapeXml(description)), el('rect', { width: '100%', height: '100%', fill: '#ffffff' }), ...body)}\n`;
}

/** Thousands separated with commas: 29,471. */
export function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Milliseconds in words: 0.42 ms, 5.1 ms, 38 ms, 1.2 s. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '?';
  if (x >= 1000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 10) return `${Math.round(x)} ms`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}

/** A fraction as a percentage: 90%, 4.2%, 0.31%. */
export function percent(f: number): string {
  const p = f * 100;
  if (p === 0 || p === 100) return `${p}%`;
  if (p >= 10) return `${p.toFixed(0)}%`;
  if (p >= 1) return `${p.toFixed(1)}%`;
  return `${p.toFixed(2)}%`;
}
