/**
 * Sizes of the importer: an extent is a number or a symbolic dim (a pitc dim name); the size of
 * an ONNX dim is a product of extents (a reshape may merge several), kept in a canonical form
 * (constant × sorted symbols) so that equal sizes compare equal.
 */

/** The extent of one loop axis or tensor dimension: a constant or a pitc dim name. */
export type Extent = number | string;

/** A product of extents: `c · syms[0] · syms[1] · ...`, syms sorted. */
export interface Size {
  readonly c: number;
  readonly syms: readonly string[];
}

export function sizeOf(extents: readonly Extent[]): Size {
  let c = 1;
  const syms: string[] = [];
  for (const e of extents) {
    if (typeof e === 'number') c *= e;
    else syms.push(e);
  }
  return { c, syms: syms.sort() };
}

export function sameSize(a: Size, b: Size): boolean {
  return a.c === b.c && a.syms.length === b.syms.length && a.syms.every((s, i) => s === b.syms[i]);
}

export function isOne(s: Size): boolean {
  return s.c === 1 && s.syms.length === 0;
}

/** The size as a number when it has no symbols. */
export function constantSize(s: Size): number | undefined {
  return s.syms.length === 0 ? s.c : undefined;
}

export function printSize(s: Size): string {
  const parts = [...(s.c !== 1 || s.syms.length === 0 ? [String(s.c)] : []), ...s.syms];
  return parts.join('*');
}

export function printExtents(shape: readonly Size[]): string {
  return `[${shape.map(printSize).join(', ')}]`;
}
