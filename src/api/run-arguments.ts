import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { OriginOf } from '../runtime/bind.js';
import { describeValue } from '../runtime/tensor-check.js';
import { isRecord } from './compile-options.js';

/**
 * The containers of a `run()` call, read once when it is called: inputs by name (an object or a
 * Map), and the options object with its `dims` (an object or a Map), `originOf`, `outputs`
 * ('copy' or 'view') and `into` (an object or a Map from output names to arrays). Anything else
 * is PIT6019. The values inside (tensors, dim sizes, arrays) are checked when the run is bound
 * (runtime/bind.ts, output-buffers.ts), so a mistake there is reported in the same place on every
 * target.
 */
export interface RunArguments {
  readonly inputs: ReadonlyMap<string, unknown>;
  readonly dims: ReadonlyMap<string, unknown>;
  readonly originOf?: OriginOf;
  readonly outputs: 'copy' | 'view';
  readonly into: ReadonlyMap<string, unknown>;
  /** Tensors to return besides the outputs (intermediates), by name. */
  readonly keep: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const RUN_OPTIONS: readonly string[] = ['dims', 'outputs', 'into', 'originOf', 'keep'];

/** `method` names the call in messages (run(), setWeights(), inputView()); `allowed` are its options. */
export function readRunArguments(inputs: unknown, options: unknown, method = 'run()', allowed: readonly string[] = RUN_OPTIONS): RunArguments {
  const diagnostics: Diagnostic[] = [];
  const bad = (message: string): void => void diagnostics.push(diagnostic('PIT6019', message));
  const what = method === 'setWeights()' ? 'weights' : 'inputs';
  const given = byName(inputs, (v) => bad(`${method} takes its ${what} as an object or a Map from tensor names to tensors, not ${v}`));
  let dims = new Map<string, unknown>();
  let into = new Map<string, unknown>();
  let outputs: 'copy' | 'view' = 'copy';
  let originOf: OriginOf | undefined;
  let keep: string[] = [];
  if (options !== undefined && !isRecord(options)) {
    bad(`${method}'s options must be an object such as { dims: { T: 128 } }, not ${describeValue(options)}`);
  } else if (options !== undefined) {
    const o = options as { dims?: unknown; originOf?: unknown; outputs?: unknown; into?: unknown; keep?: unknown };
    for (const key of Object.keys(o)) {
      if (!allowed.includes(key)) bad(`${method} has no option ${JSON.stringify(key)} (its options: ${allowed.join(', ')})`);
    }
    if (o.dims !== undefined) dims = byName(o.dims, (v) => bad(`option 'dims' must be an object or a Map from dim names to sizes, not ${v}`));
    if (typeof o.originOf === 'function') originOf = o.originOf as OriginOf;
    else if (o.originOf !== undefined) bad(`option 'originOf' must be a function, not ${describeValue(o.originOf)}`);
    if (o.outputs === 'copy' || o.outputs === 'view') outputs = o.outputs;
    else if (o.outputs !== undefined) bad(`option 'outputs' must be 'copy' or 'view', not ${describeValue(o.outputs)}`);
    if (o.into !== undefined) into = byName(o.into, (v) => bad(`option 'into' must be an object or a Map from output names to typed arrays, not ${v}`));
    if (Array.isArray(o.keep) && o.keep.every((k) => typeof k === 'string')) keep = [...new Set(o.keep as string[])];
    else if (o.keep !== undefined) bad(`option 'keep' must be an array of tensor names, not ${describeValue(o.keep)}`);
  }
  return { inputs: given, dims, ...(originOf ? { originOf: safeOrigin(originOf) } : {}), outputs, into, keep, diagnostics };
}

/** Entries of a Map or a plain object, keyed by name; a key that is not a string is reported. */
function byName(value: unknown, bad: (what: string) => void): Map<string, unknown> {
  if (value instanceof Map) {
    const out = new Map<string, unknown>();
    for (const [k, v] of value as Map<unknown, unknown>) {
      if (typeof k === 'string') out.set(k, v);
      else bad(`a Map with the key ${describeValue(k)} (keys are names)`);
    }
    return out;
  }
  if (!isRecord(value)) {
    bad(describeValue(value));
    return new Map();
  }
  return new Map(Object.entries(value as Record<string, unknown>));
}

/** `originOf` names values in messages; a name it does not give as a string (or throws on) is used as is. */
function safeOrigin(originOf: OriginOf): OriginOf {
  return (name) => {
    try {
      const origin = originOf(name);
      return typeof origin === 'string' ? origin : undefined;
    } catch {
      return undefined;
    }
  };
}
