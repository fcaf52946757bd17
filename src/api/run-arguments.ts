import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { OriginOf } from '../runtime/bind.js';
import { describeValue } from '../runtime/tensor-check.js';
import { isRecord } from './compile-options.js';

/**
 * The containers of a `run()` call, read once when it is called: inputs by name (an object or a
 * Map), and the options object with its `dims` (an object or a Map) and `originOf`. Anything
 * else is PIT6019. The values inside (tensors, dim sizes) are checked when the run starts
 * (runtime/bind.ts), so a mistake there is reported in the same place on every target.
 */
export interface RunArguments {
  readonly inputs: ReadonlyMap<string, unknown>;
  readonly dims: ReadonlyMap<string, unknown>;
  readonly originOf?: OriginOf;
  readonly diagnostics: readonly Diagnostic[];
}

export function readRunArguments(inputs: unknown, options: unknown): RunArguments {
  const diagnostics: Diagnostic[] = [];
  const bad = (message: string): void => void diagnostics.push(diagnostic('PIT6019', message));
  const given = byName(inputs, (what) => bad(`run() takes its inputs as an object or a Map from tensor names to tensors, not ${what}`));
  let dims = new Map<string, unknown>();
  let originOf: OriginOf | undefined;
  if (options !== undefined && !isRecord(options)) {
    bad(`run()'s options must be an object such as { dims: { T: 128 } }, not ${describeValue(options)}`);
  } else if (options !== undefined) {
    const o = options as { dims?: unknown; originOf?: unknown };
    if (o.dims !== undefined) dims = byName(o.dims, (what) => bad(`option 'dims' must be an object or a Map from dim names to sizes, not ${what}`));
    if (typeof o.originOf === 'function') originOf = o.originOf as OriginOf;
    else if (o.originOf !== undefined) bad(`option 'originOf' must be a function, not ${describeValue(o.originOf)}`);
  }
  return { inputs: given, dims, ...(originOf ? { originOf: safeOrigin(originOf) } : {}), diagnostics };
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
