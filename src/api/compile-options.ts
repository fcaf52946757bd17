import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { Graph } from '../../ir/graph/graph.js';
import { MAX_THREAD_SPIN_MS, MAX_THREADS } from '../../codegen/target.js';
import type { OpChoice } from '../../rules/plan.js';
import type { OpRules } from '../../rules/rule.js';
import { describeValue } from '../runtime/tensor-check.js';

/**
 * The arguments of `compile()`, checked before they are used. They come from JavaScript callers,
 * so their types are not trusted: a wrong kind or an out-of-range value is a PIT5004 diagnostic
 * (returned, never thrown), and a micro-tile hint that is not an array a PIT4001 like any other
 * bad hint. The plan's names are checked once the program is known (`checkPlan`).
 */
export interface CheckedCompileArguments {
  readonly diagnostics: readonly Diagnostic[];
  /** Micro-tile hints and plan choices by name, when well formed. */
  readonly hints: ReadonlyMap<string, readonly number[]>;
  readonly choices: ReadonlyMap<string, OpChoice>;
}

const OPTION_NAMES = ['file', 'target', 'microTiles', 'dense', 'threads', 'threadSpinMs', 'denseCrossover', 'plan', 'blocking', 'exact', 'dynamic', 'modelDir'];

export function checkCompileArguments(text: unknown, options: unknown): CheckedCompileArguments {
  const out: Diagnostic[] = [];
  const bad = (message: string): void => void out.push(diagnostic('PIT5004', message));
  const empty = { hints: new Map(), choices: new Map() };
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) bad(`compile() takes the program's source text as a string, or an ONNX model's bytes as a Uint8Array, not ${describeValue(text)}`);
  if (options === undefined) return { diagnostics: out, ...empty };
  if (!isRecord(options)) {
    bad(`compile()'s options must be an object, not ${describeValue(options)}`);
    return { diagnostics: out, ...empty };
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_NAMES.includes(key)) bad(`unknown compile option '${key}' (options: ${OPTION_NAMES.join(', ')})`);
  }
  if (o['file'] !== undefined && typeof o['file'] !== 'string') bad(`option 'file' must be a string, not ${describeValue(o['file'])}`);
  if (o['target'] !== undefined && typeof o['target'] !== 'string') bad(`option 'target' must be a target name such as 'wasm', not ${describeValue(o['target'])}`);
  for (const flag of ['dense', 'exact']) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean') bad(`option '${flag}' must be true or false, not ${describeValue(o[flag])}`);
  }
  const dynamic = o['dynamic'];
  if (dynamic !== undefined && !(Array.isArray(dynamic) && dynamic.every((n) => typeof n === 'string'))) bad(`option 'dynamic' must be an array of input names, not ${describeValue(dynamic)}`);
  if (o['modelDir'] !== undefined && typeof o['modelDir'] !== 'string') bad(`option 'modelDir' must be a folder path, not ${describeValue(o['modelDir'])}`);
  const threads = o['threads'];
  if (threads !== undefined && !(typeof threads === 'number' && Number.isInteger(threads) && threads >= 1 && threads <= MAX_THREADS)) {
    bad(`option 'threads' must be an integer from 1 to ${MAX_THREADS}, not ${describeValue(threads)}`);
  }
  const spin = o['threadSpinMs'];
  if (spin !== undefined && !(typeof spin === 'number' && Number.isFinite(spin) && spin >= 0 && spin <= MAX_THREAD_SPIN_MS)) {
    bad(`option 'threadSpinMs' must be a number of milliseconds from 0 to ${MAX_THREAD_SPIN_MS}, not ${describeValue(spin)}`);
  }
  const crossover = o['denseCrossover'];
  if (crossover !== undefined && !(typeof crossover === 'number' && crossover >= 0 && crossover <= 1)) {
    bad(`option 'denseCrossover' must be a density from 0 to 1 (PIT runs at index densities up to it), not ${describeValue(crossover)}`);
  }
  if (o['blocking'] !== undefined) {
    const problem = blockingProblem(o['blocking']);
    if (problem) bad(problem);
  }
  const hints = entriesOf(o['microTiles'], 'microTiles', bad);
  const goodHints = new Map<string, readonly number[]>();
  for (const [name, tile] of hints) {
    const positive = (e: unknown): boolean => typeof e === 'number' && Number.isSafeInteger(e) && e >= 1;
    if (Array.isArray(tile) && tile.every(positive)) goodHints.set(name, tile as number[]);
    else if (Array.isArray(tile) && tile.every((e) => typeof e === 'number')) {
      // the wording of rules/hint-check.ts, which sees only well-formed hints
      out.push(diagnostic('PIT4001', `micro-tile hint ${tile.join('x')} for '${name}': every extent must be a positive integer`));
    } else out.push(diagnostic('PIT4001', `micro-tile hint for '${name}' must be an array of positive integer extents such as [32, 1], not ${describeTile(tile)}`));
  }
  const choices = new Map<string, OpChoice>();
  for (const [op, choice] of entriesOf(o['plan'], 'plan', bad)) {
    const problem = choiceProblem(choice);
    if (problem) bad(`plan for op '${op}': ${problem}`);
    else choices.set(op, choice as OpChoice);
  }
  return { diagnostics: out, hints: goodHints, choices };
}

/**
 * Plan choices against the program (PIT4003): the op must exist, and a PIT choice must name one
 * of the op's rules (`pitc rules` lists them) with a micro-tile of the operand's rank.
 */
export function checkPlan(graph: Graph, rules: readonly OpRules[], choices: ReadonlyMap<string, OpChoice>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [op, choice] of choices) {
    if (!graph.ops.some((o) => o.expr.output === op)) {
      const ops = graph.ops.map((o) => o.expr.output).join(', ');
      out.push(diagnostic('PIT4003', `the plan names op '${op}', which this program does not define (ops: ${ops})`));
      continue;
    }
    if (choice.mode !== 'pit') continue;
    const opRules = rules.find((r) => r.op === op)?.rules ?? [];
    const rule = opRules.find((r) => r.operand === choice.operand && r.axis === choice.axis);
    if (!rule) {
      const known = opRules.map((r) => `${r.operand} along ${r.axis}`).join(', ') || 'none: it can only run densely';
      out.push(diagnostic('PIT4003', `the plan for op '${op}' asks for the PIT rule '${choice.operand} along ${choice.axis}', which it does not have (its rules: ${known})`));
    } else if (choice.microTile && choice.microTile.length !== rule.microTile.length) {
      out.push(
        diagnostic('PIT4003', `the plan for op '${op}' gives micro-tile ${choice.microTile.join('x')} for '${choice.operand}', which has rank ${rule.microTile.length}: give one extent per dimension`),
      );
    }
  }
  return out;
}

function choiceProblem(choice: unknown): string | undefined {
  if (!isRecord(choice)) return `a choice is { mode: 'dense' } or { mode: 'pit', operand, axis, microTile? }, not ${describeValue(choice)}`;
  const c = choice as Record<string, unknown>;
  if (c['mode'] === 'dense') return undefined;
  if (c['mode'] !== 'pit') return `mode must be 'dense' or 'pit', not ${describeValue(c['mode'])}`;
  if (typeof c['operand'] !== 'string') return `a 'pit' choice names its operand (a tensor name), not ${describeValue(c['operand'])}`;
  if (typeof c['axis'] !== 'string') return `a 'pit' choice names its axis (an index name), not ${describeValue(c['axis'])}`;
  const tile = c['microTile'];
  if (tile === undefined) return undefined;
  const extent = (e: unknown): boolean => e === 'full' || (typeof e === 'number' && Number.isSafeInteger(e) && e >= 1);
  if (!Array.isArray(tile) || !tile.every(extent)) return `microTile must be an array of positive integers or 'full', not ${describeValue(tile)}`;
  return undefined;
}

/** What the wasm GEMM accepts is its own check (codegen/wasm/target.ts); here only the form. */
function blockingProblem(blocking: unknown): string | undefined {
  if (!isRecord(blocking)) return `option 'blocking' must be { kc, mc, nc } (elements), not ${describeValue(blocking)}`;
  const b = blocking as Record<string, unknown>;
  for (const key of ['kc', 'mc', 'nc'] as const) {
    const v = b[key];
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1 << 16)) return `option 'blocking': ${key} must be an integer from 1 to 65536, not ${describeValue(v)}`;
  }
  return undefined;
}

/** The entries of an option given as a Map or a plain object. */
function entriesOf(value: unknown, option: string, bad: (message: string) => void): [string, unknown][] {
  if (value === undefined) return [];
  if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>)];
    const keys = entries.filter(([k]) => typeof k !== 'string');
    if (keys.length > 0) bad(`option '${option}' is keyed by names (strings), not ${describeValue(keys[0]?.[0])}`);
    return entries.filter((e): e is [string, unknown] => typeof e[0] === 'string');
  }
  if (!isRecord(value)) {
    bad(`option '${option}' must be an object or a Map by name, not ${describeValue(value)}`);
    return [];
  }
  return Object.entries(value as Record<string, unknown>);
}

function describeTile(tile: unknown): string {
  if (!Array.isArray(tile) || tile.length > 8) return describeValue(tile);
  return `[${tile.map((e) => (typeof e === 'number' ? String(e) : describeValue(e))).join(', ')}]`;
}

/** A plain object (not null, not an array, not a typed array). */
export function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}
