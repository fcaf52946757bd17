import { claimingName } from './claim-jobs.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

/**
 * `fn_claim(records, count, chunk, counter, ...rest)`: runs the range function
 * `fn(records + start·recordBytes, n, ...rest)` over chunks of `chunk` records claimed from the
 * i32 at byte `counter` (zero before the dispatch; atomically on a shared memory) until none is
 * left. Every thread of a dispatch calls it with the same arguments but its own `rest` (its
 * scratch), so a thread that starts late (a worker is woken by message) or is descheduled on a
 * busy host takes fewer chunks, where a static split waits for the slowest. Each record still
 * runs whole on one thread, so results do not depend on which thread took it. Calling `fn` once
 * per chunk also lets V8 swap in its optimized code during a first, long run.
 */
export function emitClaimLoop(
  w: WasmModuleBuilder,
  fn: string,
  recordBytes: number,
  rest: number,
): void {
  const scope = new FunctionScope(Array.from({ length: 4 + rest }, () => 'i32' as const));
  const [records, count, chunk, counter] = [0, 1, 2, 3];
  const get = (i: number): Expr => w.get(scope, i);
  const claimed = scope.local('i32');
  const claims = scope.local('i32');
  const start = scope.local('i32');
  // thunks: each use builds its own expression (a binaryen node has one parent)
  const min = (a: () => Expr, b: () => Expr): Expr => w.select(w.i32.ltS(a(), b()), a(), b());
  const runChunk = [
    w.call(
      fn,
      [
        w.i32.add(get(records), w.i32.mul(get(start), w.i32.const(recordBytes))),
        min(
          () => get(chunk),
          () => w.i32.sub(get(count), get(start)),
        ),
        ...Array.from({ length: rest }, (_, i) => get(4 + i)),
      ],
      'none',
    ),
  ];
  // at most `count` claims (chunk ≥ 1); a claim past the last record ends the loop
  const claim = [
    ...w.fetchAdd(scope, claimed, counter, 1),
    w.set(start, w.i32.mul(get(claimed), get(chunk))),
    w.ifThen(w.i32.geS(get(start), get(count)), [w.set(claims, get(count))], runChunk),
  ];
  w.addFunction(claimingName(fn), scope, 'none', [
    w.forLoop(scope, claims, w.i32.const(0), get(count), 1, claim),
  ]);
  w.exportFunction(claimingName(fn));
}
