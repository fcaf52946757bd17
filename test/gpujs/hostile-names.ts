import type { LoweredProgram } from '../../codegen/target.js';
import type { HostTensor } from '../../ir/tensor.js';

/**
 * Programs whose names are hostile to generated JavaScript, shared by the Node and browser
 * tests. The language's names are ASCII identifiers, so the first program uses the ones that
 * mean something to JavaScript or collide with names the emitter generates; `renameEverything`
 * then gives a program arbitrary strings as names (quotes, newlines, comment and template
 * syntax, script tags, unicode), which the IR allows even where the language does not.
 */

export const HOSTILE_PROGRAM = `
dim constructor = 5, __proto__ = 4
input this : f32[constructor, __proto__] @dynamic
input eval : f32[__proto__, 3]
weight Function : f32[3]
input arguments : f32[constructor, 3] @dynamic
return[prototype, toString] = sum[valueOf] this[prototype, valueOf] * eval[valueOf, toString]
t0[prototype, toString] = relu(return[prototype, toString]) + Function[toString]
pinf[prototype] = max[toString] where(t0[prototype, toString] > 0, t0[prototype, toString], -inf)
a0[prototype, toString] = where(arguments[prototype, toString] != 0, 1, 0)
Math[prototype, toString] = a0[prototype, toString] * t0[prototype, toString] + prototype
user_ptr[hasOwnProperty] = sum[__defineGetter__] Math[__defineGetter__, hasOwnProperty] * arguments[__defineGetter__, hasOwnProperty]
output pinf, Math, user_ptr
`;

/** Every name of HOSTILE_PROGRAM (dims, tensors, axes). */
export const HOSTILE_PROGRAM_NAMES = [
  'constructor', '__proto__', 'this', 'eval', 'Function', 'arguments', 'return', 'prototype', 'toString', 'valueOf',
  't0', 'pinf', 'a0', 'Math', 'user_ptr', 'hasOwnProperty', '__defineGetter__',
];

/** A file name a user could give: quotes, a newline, a closing script tag, comment and template syntax. */
export const HOSTILE_FILE = 'evil"\'\n</script>*/${globalThis.pwned=1}`.pit';

/** Names no language identifier can be, each of which would run code if spliced into source. */
export const HOSTILE_STRINGS = [
  '"); globalThis.pwned = 1; ("',
  "'); globalThis.pwned = 1; ('",
  '*/ globalThis.pwned = 1; /*',
  '\u2028globalThis.pwned = 1 //',
  '${globalThis.pwned = 1}',
  '`; globalThis.pwned = 1; `',
  '</script><script>globalThis.pwned = 1</script>',
  '\n}; globalThis.pwned = 1; function f() {\n',
  'this.thread.x',
  'π名前',
  '',
  ' ',
  '0',
  'a0 + 1',
];

/** Replaces, anywhere in a plain-data value, every string equal to a key of `names`. */
export function renameDeep<T>(value: T, names: ReadonlyMap<string, string>): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return names.get(v) ?? v;
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = visit(x);
      return out;
    }
    return v;
  };
  return visit(value) as T;
}

/**
 * The program with every tensor, axis and dim name replaced by a hostile string. The original
 * names must be distinctive (no IR keyword such as 'sum' or 'f32'), as they are in the caller.
 */
export function renameEverything(program: LoweredProgram, names: readonly string[]): { program: LoweredProgram; names: Map<string, string> } {
  const map = new Map<string, string>();
  names.forEach((n, i) => map.set(n, `${HOSTILE_STRINGS[i % HOSTILE_STRINGS.length] as string}#${i}`));
  return { program: renameDeep(program, map), names: map };
}

export function renameInputs(inputs: ReadonlyMap<string, HostTensor>, names: ReadonlyMap<string, string>): Map<string, HostTensor> {
  return new Map([...inputs].map(([k, v]) => [names.get(k) ?? k, v]));
}

export function renameDims(dims: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): Map<string, number> {
  return new Map([...dims].map(([k, v]) => [names.get(k) ?? k, v]));
}

/**
 * Throws unless a kernel source is made of generated names, numbers, punctuation and a fixed
 * vocabulary only: no string, template, comment, regular expression or any other word.
 */
export function checkKernelVocabulary(source: string): void {
  const WORDS = new Set(['function', 'const', 'let', 'for', 'if', 'return', 'this', 'thread', 'x', 'y', 'z', 'Math', 'floor', 'min', 'max', 'exp', 'log', 'sqrt', 'tanh', 'abs', 'ptr', 'crd', 'inv', 'pinf']);
  const GENERATED = /^(t|a|v|r|h|q|u|s|f|p|w|c|i|lo)\d+$/;
  if (!/^[A-Za-z0-9_\s(){}[\];,.+\-*/<>=!?:]*$/.test(source)) throw new Error(`kernel source has a character outside the emitter's alphabet:\n${source}`);
  if (source.includes('//') || source.includes('/*')) throw new Error(`kernel source has a comment:\n${source}`);
  for (const token of source.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z_]\w*/g) ?? []) {
    if (/^\d/.test(token)) continue;
    if (!WORDS.has(token) && !GENERATED.test(token)) throw new Error(`kernel source has the word '${token}':\n${source}`);
  }
}
