import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES } from '../../ir/core/codes.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { CompileOptions } from '../../src/api/compile.js';
import { PitcError } from '../../src/api/errors.js';
import type { PitProgram } from '../../src/api/program.js';
import { tensor } from '../../src/api/tensor.js';
import { compareTensors } from '../helpers/compare.js';
import { API_TARGETS, compileOn, MASKED, programOn, within } from './api-targets.js';
import { cpuTargetIds } from '../../src/targets/registry.js';

/**
 * Random junk thrown at the API: compile() must answer with diagnostics (never throw), run() and
 * execute() must resolve or reject with a PitcError (never another exception), nothing may hang
 * (every call has a deadline), and a run's arguments are judged the same on every target: all
 * targets reject them with identical diagnostics, or all run them and agree with the reference.
 * Seeds are fixed so a failure reproduces; the run counts keep the file at a few seconds.
 */

const MATMUL = `dim M, K = 8, N = 4
input  a : f32[M, K] @dynamic
weight b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;
const PROGRAMS = [MATMUL, MASKED];
const CALL_MS = 15_000;

type Outcome = { readonly ok: Record<string, HostTensor> } | { readonly rejected: PitcError };

/** Settles a call within the deadline; any exception but a PitcError fails the property. */
async function outcome(call: () => Promise<Record<string, HostTensor>>, what: string): Promise<Outcome> {
  const settled = await within(
    call().then(
      (ok) => ({ ok }),
      (e: unknown) => ({ error: e }),
    ),
    CALL_MS,
    what,
  );
  if ('ok' in settled) return settled;
  const e = settled.error;
  if (!(e instanceof PitcError)) throw new Error(`${what} threw ${e instanceof Error ? `${e.name}: ${e.stack}` : String(e)}`);
  expect(e.diagnostics.length).toBeGreaterThan(0);
  for (const d of e.diagnostics) expect(Object.hasOwn(CODES, d.code), d.code).toBe(true);
  return { rejected: e };
}

// --- tensors: mostly well formed (so runs happen), some with one thing wrong, some pure junk

const ARRAYS = {
  Float32Array: (n: number) => new Float32Array(n),
  Int32Array: (n: number) => new Int32Array(n),
  Uint8Array: (n: number) => new Uint8Array(n),
  Float64Array: (n: number) => new Float64Array(n),
  Int8Array: (n: number) => new Int8Array(n),
  Uint8ClampedArray: (n: number) => new Uint8ClampedArray(n),
  Array: (n: number) => new Array<number>(n).fill(0),
} as const;
const KIND_OF = { f32: 'Float32Array', i32: 'Int32Array', bool: 'Uint8Array' } as const;

// moderate finite values: the numerics are tested elsewhere, here only agreement matters (and a PIT
// form that skips a zero of `a` differs from the dense form when it meets inf or NaN in `b`, while
// targets pick PIT or dense by their own crossovers)
const values = fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, 1, -0)), { maxLength: 8 });

const wellFormed = fc
  .record({
    dtype: fc.constantFrom('f32', 'i32', 'bool'),
    shape: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 3 }),
    values,
  })
  .map(({ dtype, shape, values: v }) => {
    const count = shape.reduce((a, b) => a * b, 1);
    const data = ARRAYS[KIND_OF[dtype as keyof typeof KIND_OF]](count);
    for (let i = 0; i < count; i++) data[i] = dtype === 'bool' ? Math.abs(Math.trunc(v[i % Math.max(1, v.length)] ?? 0)) % 2 : (v[i % Math.max(1, v.length)] ?? 0);
    return { dtype, shape, data } as Record<string, unknown>;
  });

const junkExtent = fc.oneof(fc.constantFrom(-1, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, '3', null, undefined, -0), fc.anything());
const mutated = fc
  .tuple(
    wellFormed,
    fc.oneof(
      fc.record({ field: fc.constant('dtype'), value: fc.oneof(fc.constantFrom('f64', 'F32', '', 'int32', undefined), fc.anything()) }),
      fc.record({ field: fc.constant('shape'), value: fc.oneof(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), junkExtent), { maxLength: 4 }), fc.anything()) }),
      fc.record({
        field: fc.constant('data'),
        value: fc.oneof(
          fc.tuple(fc.constantFrom(...(Object.keys(ARRAYS) as (keyof typeof ARRAYS)[])), fc.integer({ min: 0, max: 40 })).map(([kind, n]) => ARRAYS[kind](n) as unknown),
          fc.anything(),
        ),
      }),
      fc.record({ field: fc.constant('bool2'), value: fc.constant(undefined) }),
    ),
  )
  .map(([t, { field, value }]) => {
    if (field === 'bool2') return t['dtype'] === 'bool' && (t['data'] as Uint8Array).length > 0 ? { ...t, data: Uint8Array.from(t['data'] as Uint8Array, () => 2) } : t;
    if (value === undefined) {
      const { [field]: _, ...rest } = t;
      return rest;
    }
    return { ...t, [field]: value };
  });

const tensorLike = fc.oneof({ weight: 5, arbitrary: wellFormed }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.anything({ withTypedArray: true, withMap: true }) });

/** The inputs each program declares: dtype and shape, 'S' standing for its symbolic dim. */
const DECLARED: readonly Readonly<Record<string, readonly [string, readonly (number | 'S')[]]>>[] = [
  { a: ['f32', ['S', 8]], b: ['f32', [8, 4]] },
  { x: ['f32', ['S', 4]], m: ['bool', ['S', 4]], k: ['i32', [4]] },
];

/** Inputs that fit the program (the symbolic dim 1..5), with random values. */
function fittingInputs(which: number) {
  const declared = DECLARED[which] as (typeof DECLARED)[number];
  return fc.record({ size: fc.integer({ min: 1, max: 5 }), values }).map(({ size, values: v }) => {
    const out: Record<string, unknown> = {};
    for (const [name, [dtype, shape]] of Object.entries(declared)) {
      const concrete = shape.map((e) => (e === 'S' ? size : e));
      const count = concrete.reduce((a, b) => a * b, 1);
      const data = ARRAYS[KIND_OF[dtype as keyof typeof KIND_OF]](count);
      for (let i = 0; i < count; i++) {
        const x = v.length > 0 ? (v[(i * 7) % v.length] as number) : i;
        data[i] = dtype === 'bool' ? Math.abs(Math.trunc(Number.isFinite(x) ? x : 1)) % 2 : x;
      }
      out[name] = { dtype, shape: concrete, data };
    }
    return out;
  });
}

const NAMES = ['a', 'b', 'c', 'x', 'm', 'k', 'y', 'zz', 'constructor', 'toString'];

/** Mostly fitting inputs (so runs happen) with one thing changed now and then, some junk. */
function inputsFor(which: number) {
  const fitting = fittingInputs(which);
  const names = Object.keys(DECLARED[which] as object);
  return fc.oneof(
    { weight: 9, arbitrary: fitting },
    { weight: 3, arbitrary: fc.tuple(fitting, fc.constantFrom(...names), tensorLike).map(([ins, name, t]) => ({ ...ins, [name]: t })) },
    { weight: 1, arbitrary: fc.tuple(fitting, fc.constantFrom(...names)).map(([ins, name]) => Object.fromEntries(Object.entries(ins).filter(([n]) => n !== name))) },
    { weight: 1, arbitrary: fc.tuple(fitting, fc.constantFrom(...NAMES), tensorLike).map(([ins, name, t]) => ({ ...ins, [name]: t })) },
    { weight: 1, arbitrary: fitting.map((ins) => new Map(Object.entries(ins))) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...NAMES), tensorLike, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.anything()), tensorLike), { maxLength: 4 }).map((e) => new Map(e)) },
    { weight: 1, arbitrary: fc.anything({ withTypedArray: true, withMap: true, withSet: true }) },
  );
}
const DIMS = ['M', 'K', 'N', 'T', 'Q'];
const dimValue = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: junkExtent });
const optionsArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.record(
      { dims: fc.oneof(fc.dictionary(fc.constantFrom(...DIMS), dimValue, { maxKeys: 3 }), fc.array(fc.tuple(fc.constantFrom(...DIMS), dimValue)).map((e) => new Map(e)), fc.anything()), originOf: fc.anything() },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);

const tally = { ran: 0, rejected: 0 };

describe('fuzzing run() and execute()', () => {
  const programs = new Map<string, PitProgram[]>();
  beforeAll(async () => {
    for (const target of API_TARGETS) programs.set(target.name, await Promise.all(PROGRAMS.map((p) => programOn(target, p))));
  });
  afterAll(async () => {
    await Promise.all([...programs.values()].flat().map((p) => p.dispose()));
  });

  it('every target accepts or rejects the same arguments the same way, and agrees with the reference', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: PROGRAMS.length - 1 }).chain((which) => fc.tuple(fc.constant(which), inputsFor(which))),
        optionsArb,
        fc.boolean(),
        async ([which, inputs], options, viaExecute) => {
        const outcomes: [string, Outcome][] = [];
        for (const target of API_TARGETS) {
          const program = (programs.get(target.name) as PitProgram[])[which] as PitProgram;
          const call = viaExecute
            ? () => program.execute(inputs as never, options as never).then((r) => Object.fromEntries(r.outputs))
            : () => program.run(inputs as never, options as never);
          outcomes.push([target.name, await outcome(call, `${target.name} run()`)]);
        }
        const [refName, ref] = outcomes[0] as [string, Outcome];
        tally[('ok' in ref ? 'ran' : 'rejected')]++;
        for (const [name, o] of outcomes.slice(1)) {
          if ('rejected' in ref) {
            expect('rejected' in o, `${name} ran what ${refName} rejected: ${ref.rejected.message}`).toBe(true);
            if ('rejected' in o) expect(o.rejected.diagnostics, name).toEqual(ref.rejected.diagnostics);
          } else {
            expect('ok' in o, `${name} rejected what ${refName} ran: ${'rejected' in o ? o.rejected.message : ''}`).toBe(true);
            if (!('ok' in o)) continue;
            for (const [out, want] of Object.entries(ref.ok)) {
              const got = o.ok[out] as HostTensor;
              const m = compareTensors(got, want, { rtol: 1e-4, atol: 1e-2, nanEqual: true });
              expect(m?.message, `${name}: output ${out}`).toBeUndefined();
            }
          }
        }
      },
      ),
      { seed: 20250210, numRuns: 160, endOnFailure: true },
    );
    // the generators must make both kinds of call, or the property proves little
    expect(tally.ran).toBeGreaterThan(30);
    expect(tally.rejected).toBeGreaterThan(40);
  });
});

// --- compile(): sources and options

const optionValue = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withMap: true, withTypedArray: true }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -2, max: 300 }), fc.double(), fc.constantFrom(0, 1, 2, 256, 257, 1e9, Number.NaN)) },
);
const optionsOf = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.anything({ withMap: true }) },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        file: fc.oneof(fc.string(), optionValue),
        target: fc.oneof(fc.constantFrom(...cpuTargetIds(), 'tpu', 'wsam', ''), optionValue),
        threads: fc.oneof(fc.integer({ min: 1, max: 4 }), optionValue),
        dense: fc.oneof(fc.boolean(), optionValue),
        denseCrossover: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), optionValue),
        blocking: fc.oneof(fc.record({ kc: fc.integer({ min: -8, max: 512 }), mc: fc.integer({ min: -8, max: 512 }), nc: fc.integer({ min: -8, max: 512 }) }), optionValue),
        microTiles: fc.oneof(fc.dictionary(fc.constantFrom('a', 'b', 'x', 'm', 'q'), fc.oneof(fc.array(fc.oneof(fc.integer({ min: 0, max: 64 }), junkExtent), { maxLength: 3 }), optionValue)), optionValue),
        plan: fc.oneof(
          fc.dictionary(
            fc.constantFrom('c', 'y', 'q'),
            fc.oneof(
              fc.constant({ mode: 'dense' }),
              fc.record({ mode: fc.constantFrom('pit', 'dense', 'x'), operand: fc.oneof(fc.constantFrom('a', 'b', 'x', 'm'), optionValue), axis: fc.oneof(fc.constantFrom('k', 'm', 'n', 't', 'j'), optionValue), microTile: fc.oneof(fc.array(fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constant('full'), junkExtent), { maxLength: 3 }), optionValue) }, { requiredKeys: ['mode'] }),
              optionValue,
            ),
          ),
          optionValue,
        ),
        extra: optionValue,
      },
      { requiredKeys: [] },
    ),
  },
);
const sourceOf = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROGRAMS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PROGRAMS), fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([p, i, j, s]) => p.slice(0, i % p.length) + s + p.slice(j % p.length)) },
  { weight: 1, arbitrary: fc.anything({ withMap: true, withTypedArray: true }) },
);

const compiled = { programs: 0, refused: 0 };

describe('fuzzing compile()', () => {
  it('returns diagnostics for any source and options, never throws, never hangs', async () => {
    await fc.assert(
      fc.asyncProperty(sourceOf, optionsOf, fc.constantFrom(...API_TARGETS), async (source, options, target) => {
        // the random options replace the target's own where they name one
        const result = await within(compileOn(target, source as string, options as CompileOptions), CALL_MS, 'compile()');
        expect(Array.isArray(result.diagnostics)).toBe(true);
        expect(typeof result.formatted).toBe('string');
        for (const d of result.diagnostics) expect(Object.hasOwn(CODES, d.code), d.code).toBe(true);
        expect(result.program === undefined, result.formatted).toBe(result.diagnostics.some((d) => d.severity === 'error'));
        compiled[result.program ? 'programs' : 'refused']++;
        if (result.program) {
          // a program that compiled must run its own well-formed inputs or say why not
          await outcome(() => (result.program as PitProgram).run({}), 'run() of a fuzzed program');
          await within(result.program.dispose(), CALL_MS, 'dispose()');
        }
      }),
      { seed: 20250211, numRuns: 200, endOnFailure: true },
    );
    expect(compiled.programs).toBeGreaterThan(10);
    expect(compiled.refused).toBeGreaterThan(50);
  });

  it('tensor() throws only PitcErrors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('f32', 'i32', 'bool'), fc.anything()), fc.oneof(fc.array(junkExtent, { maxLength: 3 }), fc.anything()), fc.anything({ withTypedArray: true }), (dtype, shape, data) => {
        try {
          tensor(dtype as never, shape as never, data as never);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(PitcError);
        }
      }),
      { seed: 20250212, numRuns: 300 },
    );
  });
});
