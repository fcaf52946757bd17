/**
 * "Did you mean": a mistyped command or option gets the closest known one, when one is close
 * (a few edits, or a prefix of it). yargs says only "Unknown argument: trget"; this names what
 * the user probably meant.
 */
import { printable } from '../../ir/core/printable.js';

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known word closest to `typed`, if it is close enough to be what was meant. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(1, Math.floor(word.length / 3));
  if (best.distance <= allowed) return best.word;
  // a clear prefix ('--dens' for '--density') when only one known word starts with it
  const prefixed = known.filter((k) => word.length >= 3 && k.toLowerCase().startsWith(word));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * yargs' usage error in pitc's words: an unknown command or option named, with the closest
 * known one. `command` is the command parsed (undefined when it is not one of pitc's),
 * `options` the option names yargs knows for it.
 */
export function explainUsageError(message: string, argv: readonly string[], command: string | undefined, options: readonly string[], commands: readonly string[] = []): string {
  const first = argv.find((a) => !a.startsWith('-'));
  if (command === undefined && first !== undefined && commands.length > 0 && !commands.includes(first)) {
    const guess = closest(first, commands);
    return `unknown command '${printable(first)}'${guess ? `; did you mean '${guess}'?` : ` (commands: ${commands.join(', ')})`}`;
  }
  if (!/^Unknown arguments?:/.test(message)) return message;
  const spelled = options.filter((o) => !/[A-Z]/.test(o) && o.length > 1);
  const unknown: string[] = [];
  for (const arg of argv) {
    if (!arg.startsWith('-') || arg === '-' || arg === '--') continue;
    const name = arg.replace(/^--?/, '').split('=')[0] as string;
    const bare = name.startsWith('no-') ? name.slice(3) : name;
    if (options.includes(name) || options.includes(bare) || options.includes(camel(name)) || options.includes(camel(bare))) continue;
    const guess = closest(bare, spelled);
    const prefix = name.startsWith('no-') ? 'no-' : '';
    unknown.push(`--${printable(name)}${guess ? ` (did you mean --${prefix}${guess}?)` : ''}`);
  }
  if (unknown.length === 0) return message;
  const extra = message.replace(/^Unknown arguments?: /, '').split(', ').filter((a) => !argv.some((t) => t.startsWith('-') && t.replace(/^--?/, '').split('=')[0] === a) && !argv.some((t) => t.startsWith('-') && camel(t.replace(/^--?/, '').split('=')[0] as string) === a));
  const positional = extra.length > 0 ? `; unexpected argument${extra.length === 1 ? '' : 's'} ${extra.map((e) => `'${printable(e)}'`).join(', ')}` : '';
  return `unknown option${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}${positional}`;
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
