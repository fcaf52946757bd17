import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

/** A function a chain's slot may call: its parameter count (all i32), and which one takes the thread's scratch. */
export interface ChainCallee {
  readonly fn: string;
  readonly params: number;
  readonly scratchAt?: number;
}

/** i32 fields of one call record: which callee of the slot (0: none), then its arguments. */
export const CALL_FIELDS = 11;

/**
 * `name(table, values, counter, scratch)`: each thread claims values v one at a time from the
 * i32 at byte `counter` (zero before the dispatch; atomically on a shared memory) and runs every
 * slot's call for v, in order, from the call records at table + 4·CALL_FIELDS·(v·slots + s):
 * field 0 picks the slot's callee (1-based; 0 runs nothing) and fields 1.. are its arguments, but
 * for the one that takes `scratch`. So one dispatch runs a loop chain (loop-chains.ts) with each
 * value's ops back to back on one thread, while its data is in that core's cache.
 */
export function emitChainFunction(
  w: WasmModuleBuilder,
  name: string,
  slots: readonly (readonly ChainCallee[])[],
): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32']);
  const [table, values, counter, scratch] = [0, 1, 2, 3];
  const get = (i: number): Expr => w.get(scope, i);
  const claimed = scope.local('i32');
  const claims = scope.local('i32');
  const record = scope.local('i32');
  const kind = scope.local('i32');
  const field = (i: number): Expr => w.i32.load(4 * i, get(record));
  const runSlots: Expr[] = [];
  slots.forEach((callees, s) => {
    runSlots.push(
      w.set(
        record,
        w.i32.add(
          get(table),
          w.i32.mul(
            w.i32.add(w.i32.mul(get(claimed), w.i32.const(slots.length)), w.i32.const(s)),
            w.i32.const(4 * CALL_FIELDS),
          ),
        ),
      ),
    );
    runSlots.push(w.set(kind, field(0)));
    callees.forEach((c, k) => {
      const args = Array.from({ length: c.params }, (_, i) =>
        i === c.scratchAt ? get(scratch) : field(1 + i),
      );
      runSlots.push(
        w.ifThen(w.i32.eq(get(kind), w.i32.const(k + 1)), [w.call(c.fn, args, 'none')]),
      );
    });
  });
  // at most `values` claims; a claim past the last value ends the loop
  const claim = [
    ...w.fetchAdd(scope, claimed, counter, 1),
    w.ifThen(w.i32.geS(get(claimed), get(values)), [w.set(claims, get(values))], runSlots),
  ];
  w.addFunction(name, scope, 'none', [
    w.forLoop(scope, claims, w.i32.const(0), get(values), 1, claim),
  ]);
  w.exportFunction(name);
}
