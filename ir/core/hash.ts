/**
 * A stable, platform-independent 64-bit FNV-1a hash of a string, as 16 hex digits. Used for
 * structural hashes of IR (hash of the canonical print) and for content-addressed caches; it
 * needs no Node built-ins so the IR also works in a browser.
 */
export function stableHash(text: string): string {
  // 64-bit FNV-1a over UTF-16 code units, computed on two 32-bit halves.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // multiply (hi, lo) by the FNV prime 0x100000001b3 = 2^40 + 0x1b3
    const loTimes = lo * 0x1b3;
    const newLo = loTimes >>> 0;
    const carry = Math.floor(loTimes / 0x100000000);
    const newHi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = newLo;
    hi = newHi;
  }
  return hi.toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
