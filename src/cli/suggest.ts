/**
 * "Did you mean": a mistyped command or option gets the closest known one, when one is close
 * (a few edits, or a prefix of it). yargs says only "Unknown argument: trget"; this names what
 * the user probably meant.
 */
import { printable } from '../../ir/core/printable.js';
import { closest } from '../diagnostics/closest.js';

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
