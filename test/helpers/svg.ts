import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Parses an SVG as strict XML: any warning or error of the parser fails the test. */
export function parseSvg(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`the SVG is not well-formed XML (${level}): ${message}`);
    },
  });
  const doc = parser.parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.tagName !== 'svg' || root.getAttribute('xmlns') !== 'http://www.w3.org/2000/svg') throw new Error('the document is not an SVG');
  return doc;
}

/** Every element with the attribute, in document order. */
export function withAttribute(doc: Document, name: string): Element[] {
  const out: Element[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    if (el && el.hasAttribute(name)) out.push(el);
  }
  return out;
}

/** A numeric attribute of the root. */
export function rootNumber(doc: Document, name: string): number {
  const value = doc.documentElement?.getAttribute(name);
  if (value === null || value === undefined) throw new Error(`the SVG has no ${name}`);
  return Number(value);
}
