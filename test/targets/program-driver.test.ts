import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import type { Graph } from '../../ir/graph/graph.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { DimsCache, dimsKey } from '../../codegen/run/dims-cache.js';
import { guardMessage } from '../../codegen/run/guards.js';
import { pitDetail } from '../../codegen/run/pit-detail.js';
import {
  runProgram,
  type DriverTarget,
  type OpForm,
  type RunContext,
} from '../../codegen/run/program-driver.js';
import type { IndexRequest } from '../../codegen/run/run-indexes.js';
import type { LoweredProgram, RuntimeServices } from '../../codegen/target.js';
import { createIndexService } from '../../src/runtime/index-service.js';

/**
 * The program driver (codegen/run/program-driver.ts) with a fake target: each op computes its
 * output from the values before it, PIT ops name an index, and the target logs every form it was
 * asked to run, so the tests see what the driver decided (rerun, reuse, crossover) and what the
 * records say, with no real kernel in the way.
 */

interface FakeOp {
  readonly name: string;
  readonly index?: IndexRequest;
  /** The output: `pit` says whether the PIT form ran (a guarded op gives -inf in its PIT form). */
  compute(values: ReadonlyMap<string, HostTensor>, pit: boolean): HostTensor;
}

interface Call {
  readonly op: string;
  readonly form: OpForm['kind'];
  readonly rerun: boolean;
}

/** A 4×4 f32 tensor with `present` of its 16 cells non-zero (row-major from cell 0). */
function tensorWith(present: number): HostTensor {
  const t = makeTensor('f32', [4, 4]);
  for (let i = 0; i < present; i++) t.data[i] = i + 1;
  return t;
}

/** An index over `source`, one cell per micro-tile: its density is the share of non-zero cells. */
function cellIndex(key: string, source: string): IndexRequest {
  return { key, source, fill: 0, gatherDim: 1, microTile: [1, 1] };
}

function copyOf(name: string): FakeOp['compute'] {
  return (values) => {
    const t = values.get(name);
    if (!t) throw new Error(`no ${name}`);
    return makeTensor(t.dtype, t.shape, t.data.slice());
  };
}

/** -inf everywhere in its PIT form (a fully masked row's max), 1 in its dense form. */
const maskedMax: FakeOp['compute'] = (_values, pit) => {
  const t = makeTensor('f32', [2]);
  t.data.fill(pit ? -Infinity : 1);
  return t;
};

function program(guards: LoweredProgram['guards'] = []): LoweredProgram {
  // the driver reads only the guards; the graph and kernels are the target's business
  return { name: 'fake', graph: {} as Graph, kernels: [], guards };
}

/** Counts the index builds per key (the runtime's real builder does the work). */
function countingServices(): RuntimeServices & { readonly builds: Map<string, number> } {
  const real = createIndexService();
  const builds = new Map<string, number>();
  return {
    builds,
    buildIndex(tensor, microTile, gatherDim, fill, slot) {
      builds.set(slot, (builds.get(slot) ?? 0) + 1);
      return real.buildIndex(tensor, microTile, gatherDim, fill, slot);
    },
  };
}

function fakeTarget(
  calls: Call[],
  options: { denseCrossover?: number; derived?: Map<string, number> } = {},
): DriverTarget<FakeOp> {
  return {
    id: 'fake',
    ...(options.denseCrossover !== undefined ? { denseCrossover: options.denseCrossover } : {}),
    outputOf: (op) => op.name,
    pitIndex: (op) => op.index,
    runOp(op: FakeOp, form: OpForm, run: RunContext) {
      calls.push({ op: op.name, form: form.kind, rerun: run.rerun });
      if (form.kind === 'dense') return { value: op.compute(run.values, false), form: 'dense' };
      // what a target derives from an index is made once per run, whichever op asks first
      form.index.derived('arguments', () => {
        options.derived?.set(form.index.key, (options.derived.get(form.index.key) ?? 0) + 1);
        return form.index.index.coords.slice();
      });
      return {
        value: op.compute(run.values, form.kind === 'pit'),
        form: form.kind === 'pit' ? 'pit' : 'dense',
        detail: {
          form: form.kind,
          ...pitDetail('fake rule', form.index.key, form.index.index, form.index.reused),
        },
      };
    },
  };
}

const inputs = (present = 8): Map<string, HostTensor> => new Map([['x', tensorWith(present)]]);

describe('program driver: guards', () => {
  const guard = { tensor: 'g', why: 'a max over masked scores' };
  const ops: FakeOp[] = [
    { name: 'a', index: cellIndex('ix', 'x'), compute: copyOf('x') },
    { name: 'g', index: cellIndex('ix', 'x'), compute: maskedMax },
    { name: 'c', compute: copyOf('g') },
  ];

  it('a failed guard stops the PIT pass and reruns every op densely, each record naming the guard', async () => {
    const calls: Call[] = [];
    const result = await runProgram(
      program([guard]),
      ops,
      inputs(),
      countingServices(),
      fakeTarget(calls),
    );
    expect(calls).toEqual([
      { op: 'a', form: 'pit', rerun: false },
      { op: 'g', form: 'pit', rerun: false },
      // the PIT pass stopped at g: c never ran in it
      { op: 'a', form: 'dense', rerun: true },
      { op: 'g', form: 'dense', rerun: true },
      { op: 'c', form: 'dense', rerun: true },
    ]);
    expect(result.ops.map((o) => o.name)).toEqual(['a', 'g', 'c']);
    for (const record of result.ops) {
      expect(record.detail?.['guard']).toBe(guardMessage(guard));
      expect(record.target).toBe('fake');
      // the dense rerun built no index and reports no index time
      expect(record.indexMs).toBeUndefined();
    }
    // the values are the dense program's, c included
    expect([...(result.values.get('g')?.data ?? [])]).toEqual([1, 1]);
    expect([...(result.values.get('c')?.data ?? [])]).toEqual([1, 1]);
    expect(result).not.toHaveProperty('guardFailure');
  });

  it("a target's per-pass state starts afresh in the rerun", async () => {
    const passes: number[] = [];
    const base = fakeTarget([]);
    const target: DriverTarget<FakeOp> = {
      ...base,
      runOp(op, form, run) {
        // what the target uploaded in the PIT pass is not there for the rerun
        const seen = run.memo('ops seen', () => (passes.push(passes.length), [] as string[]));
        seen.push(op.name);
        return base.runOp(op, form, run);
      },
    };
    await runProgram(program([guard]), ops, inputs(), countingServices(), target);
    expect(passes).toEqual([0, 1]);
  });

  it('a guard that holds runs the program once, with no guard in the records', async () => {
    const calls: Call[] = [];
    const holds: FakeOp[] = [ops[0] as FakeOp, { name: 'g', compute: copyOf('x') }];
    const result = await runProgram(
      program([guard]),
      holds,
      inputs(),
      countingServices(),
      fakeTarget(calls),
    );
    expect(calls.map((c) => c.rerun)).toEqual([false, false]);
    for (const record of result.ops) expect(record.detail?.['guard']).toBeUndefined();
  });

  it('a guarded tensor that is not finite in the dense program too runs the rerun to its end, once', async () => {
    const calls: Call[] = [];
    const nan = (): HostTensor => makeTensor('f32', [1], new Float32Array([NaN]));
    const alwaysNaN: FakeOp[] = [
      { name: 'g', compute: nan },
      { name: 'c', compute: copyOf('g') },
    ];
    const result = await runProgram(
      program([guard]),
      alwaysNaN,
      inputs(),
      countingServices(),
      fakeTarget(calls),
    );
    expect(calls).toEqual([
      { op: 'g', form: 'dense', rerun: false },
      { op: 'g', form: 'dense', rerun: true },
      { op: 'c', form: 'dense', rerun: true },
    ]);
    expect(result.ops.map((o) => o.detail)).toEqual([
      { guard: guardMessage(guard) },
      { guard: guardMessage(guard) },
    ]);
  });

  it('an unguarded tensor that is not finite is a result, not a reason to rerun', async () => {
    const calls: Call[] = [];
    await runProgram(program([]), ops, inputs(), countingServices(), fakeTarget(calls));
    expect(calls.every((c) => !c.rerun)).toBe(true);
    expect(calls).toHaveLength(3);
  });
});

describe('program driver: indexes', () => {
  it('ops sharing a key build one index per run; the next run builds it again', async () => {
    const ops: FakeOp[] = [
      { name: 'a', index: cellIndex('ix', 'x'), compute: copyOf('x') },
      { name: 'b', index: cellIndex('ix', 'x'), compute: copyOf('x') },
      { name: 'c', index: cellIndex('other', 'x'), compute: copyOf('x') },
    ];
    const services = countingServices();
    const derived = new Map<string, number>();
    const target = fakeTarget([], { derived });
    for (let run = 1; run <= 2; run++) {
      const result = await runProgram(program(), ops, inputs(), services, target);
      expect(result.ops.map((o) => o.detail?.['indexReused'])).toEqual([false, true, false]);
      expect(services.builds).toEqual(
        new Map([
          ['ix', run],
          ['other', run],
        ]),
      );
      expect(derived).toEqual(
        new Map([
          ['ix', run],
          ['other', run],
        ]),
      );
    }
  });

  it('each run indexes the data it is given, not the last run’s', async () => {
    const ops: FakeOp[] = [{ name: 'a', index: cellIndex('ix', 'x'), compute: copyOf('x') }];
    const target = fakeTarget([]);
    const services = countingServices();
    const sparse = await runProgram(program(), ops, inputs(4), services, target);
    const dense = await runProgram(program(), ops, inputs(16), services, target);
    expect(sparse.ops[0]?.detail?.['density']).toBe(0.25);
    expect(dense.ops[0]?.detail?.['density']).toBe(1);
  });

  it('an index built from an op output sees that output', async () => {
    // y = first 2 cells of x only; the index over y must see y, not x
    const half: FakeOp['compute'] = (values) => {
      const t = tensorWith(0);
      t.data.set((values.get('x') as HostTensor).data.subarray(0, 2));
      return t;
    };
    const ops: FakeOp[] = [
      { name: 'y', compute: half },
      { name: 'z', index: cellIndex('iy', 'y'), compute: copyOf('y') },
    ];
    const result = await runProgram(program(), ops, inputs(16), countingServices(), fakeTarget([]));
    expect(result.ops[1]?.detail?.['microTilesListed']).toBe(2);
    expect(result.ops[1]?.detail?.['microTilesSkipped']).toBe(14);
  });

  it('an index whose source has no value is an internal error naming the target', async () => {
    const ops: FakeOp[] = [{ name: 'a', index: cellIndex('ix', 'missing'), compute: copyOf('x') }];
    const run = runProgram(program(), ops, inputs(), countingServices(), fakeTarget([]));
    await expect(run).rejects.toBeInstanceOf(InternalError);
    await expect(
      runProgram(program(), ops, inputs(), countingServices(), fakeTarget([])),
    ).rejects.toMatchObject({
      stage: 'fake',
      message: expect.stringContaining("index source 'missing'"),
    });
  });

  it("the target's index check sees the built index and its source, and its error stops the run", async () => {
    const ops: FakeOp[] = [{ name: 'a', index: cellIndex('ix', 'x'), compute: copyOf('x') }];
    const seen: number[][] = [];
    const target: DriverTarget<FakeOp> = {
      ...fakeTarget([]),
      checkIndex(index, request, source) {
        seen.push([...index.shape, ...source.shape, request.gatherDim]);
        throw new InternalError('fake', 'wrong geometry');
      },
    };
    await expect(runProgram(program(), ops, inputs(), countingServices(), target)).rejects.toThrow(
      'wrong geometry',
    );
    expect(seen).toEqual([[4, 4, 4, 4, 1]]);
  });
});

describe('program driver: the dense crossover', () => {
  const ops: FakeOp[] = [{ name: 'a', index: cellIndex('ix', 'x'), compute: copyOf('x') }];
  // 8 of 16 cells present: density 0.5
  const formAt = async (
    denseCrossover?: number,
  ): Promise<{ form: string; recorded: string; indexMs: unknown; density: unknown }> => {
    const calls: Call[] = [];
    const options = denseCrossover === undefined ? {} : { denseCrossover };
    const result = await runProgram(
      program(),
      ops,
      inputs(8),
      countingServices(),
      fakeTarget(calls, options),
    );
    const record = result.ops[0];
    return {
      form: calls[0]?.form ?? '?',
      recorded: record?.form ?? '?',
      indexMs: record?.indexMs,
      density: record?.detail?.['density'],
    };
  };

  it('runs the PIT form at or below the crossover, the dense form above it', async () => {
    expect((await formAt(0.51)).form).toBe('pit');
    expect((await formAt(0.5)).form).toBe('pit');
    expect((await formAt(0.49)).form).toBe('crossover');
    expect((await formAt(0)).form).toBe('crossover');
  });

  it("records the form the target says ran: the crossover's dense form is `dense`", async () => {
    expect((await formAt(0.5)).recorded).toBe('pit');
    expect((await formAt(0.49)).recorded).toBe('dense');
  });

  it('a target without a crossover always runs the PIT form, even fully dense', async () => {
    expect((await formAt()).form).toBe('pit');
    const calls: Call[] = [];
    await runProgram(program(), ops, inputs(16), countingServices(), fakeTarget(calls));
    expect(calls[0]?.form).toBe('pit');
  });

  it('records index time only when the PIT form ran, and the density either way', async () => {
    const pit = await formAt(0.5);
    expect(pit.indexMs).toBeTypeOf('number');
    expect(pit.density).toBe(0.5);
    const dense = await formAt(0.25);
    expect(dense.indexMs).toBeUndefined();
    expect(dense.density).toBe(0.5);
  });
});

describe('dims cache', () => {
  const dims = (entries: Record<string, number>): Map<string, number> =>
    new Map(Object.entries(entries));

  it('keeps the most recently used bindings and evicts the least recently used', () => {
    const made: string[] = [];
    const evicted: string[] = [];
    const cache = new DimsCache<string>(2, (value) => evicted.push(value));
    const get = (n: number): string =>
      cache.obtain(dims({ N: n }), () => (made.push(`N=${n}`), `code ${n}`));
    expect(get(1)).toBe('code 1');
    get(2);
    get(1); // 1 is now the most recent: 2 goes first
    get(3);
    expect(evicted).toEqual(['code 2']);
    expect(cache.size).toBe(2);
    get(1);
    get(3);
    expect(made).toEqual(['N=1', 'N=2', 'N=3']);
    get(2); // made again: it was evicted (and 1, now the least recent, goes)
    expect(made).toEqual(['N=1', 'N=2', 'N=3', 'N=2']);
    expect(evicted).toEqual(['code 2', 'code 1']);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(evicted).toHaveLength(4);
  });

  it('keys a binding whatever the order of its dims, apart from its variants and from other names', () => {
    expect(dimsKey(dims({ M: 2, N: 3 }))).toBe(dimsKey(dims({ N: 3, M: 2 })));
    expect(dimsKey(dims({ M: 2, N: 3 }))).not.toBe(dimsKey(dims({ M: 3, N: 2 })));
    expect(dimsKey(dims({ M: 2 }), 'unshared')).not.toBe(dimsKey(dims({ M: 2 })));
    // a name holding the separators cannot pose as two dims
    expect(dimsKey(dims({ 'A=1,B': 2 }))).not.toBe(dimsKey(dims({ A: 1, B: 2 })));
  });

  it('forgets a build that failed, so the next run builds again, and keeps one that succeeded', async () => {
    const cache = new DimsCache<Promise<string>>(4);
    let builds = 0;
    const build = (fail: boolean) => (): Promise<string> => {
      builds++;
      return fail ? Promise.reject(new Error('nvcc failed')) : Promise.resolve('binary');
    };
    await expect(cache.obtain(dims({ N: 1 }), build(true))).rejects.toThrow('nvcc failed');
    expect(cache.size).toBe(0);
    await expect(cache.obtain(dims({ N: 1 }), build(false))).resolves.toBe('binary');
    await expect(cache.obtain(dims({ N: 1 }), build(false))).resolves.toBe('binary');
    expect(builds).toBe(2);
    expect(cache.size).toBe(1);
  });
});
