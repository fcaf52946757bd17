import { describe, expect, it } from 'vitest';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { createWasmTarget } from '../../codegen/wasm/target.js';
import { webThreadLimit } from '../../codegen/wasm/web-pool.js';
import { compileWithTargets } from '../../src/api/compile.js';
import { tensor } from '../../src/api/tensor.js';
import { refTarget } from '../../codegen/ref/target.js';
import { MATH } from '../../codegen/wasm/instance.js';
import { MATH_IMPORTS } from '../../codegen/wasm/scalar-emit.js';
import { WORKER_HANDLER } from '../../codegen/wasm/thread-pool.js';

/**
 * The wasm target is made for a platform (its pool, and how many threads it can have): where
 * fewer threads than asked can run (a page without cross-origin isolation), it runs on those with
 * a PIT5010 warning, and the results are the same.
 */
const MM = `dim M = 40
input a: f32[M, 64] @dynamic
input b: f32[64, 48]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

describe('the wasm target on a platform', () => {
  it('caps the threads at the platform limit with a warning, and computes the same', async () => {
    let pools = 0;
    const capped = createWasmTarget({
      createPool: (size, memory) => {
        pools++;
        return createNodePool(size, memory);
      },
      threadLimit: () => ({ max: 1, why: 'the page is not cross-origin isolated' }),
    });
    const targets = new Map([['wasm', capped], ['ref', refTarget]] as const);
    const one = await compileWithTargets(MM, { target: 'wasm', threads: 4 }, targets);
    expect(one.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual(['warning PIT5010: 4 threads were asked for, 1 will run: the page is not cross-origin isolated']);
    const ref = await compileWithTargets(MM, { target: 'ref' }, targets);
    const a = tensor('f32', [40, 64], Float32Array.from({ length: 2560 }, (_, i) => (i % 5 === 0 ? 0 : Math.sin(i))));
    const b = tensor('f32', [64, 48], Float32Array.from({ length: 3072 }, (_, i) => Math.cos(i)));
    const got = (await one.program?.run({ a, b }))?.['c'];
    const want = (await ref.program?.run({ a, b }))?.['c'];
    got?.data.forEach((v, i) => expect(v).toBeCloseTo(want?.data[i] as number, 4));
    expect(pools, 'one thread needs no pool').toBe(0);
    await one.program?.dispose();
    await ref.program?.dispose();
    // within the limit: no warning
    const roomy = createWasmTarget({ createPool: createNodePool, threadLimit: () => ({ max: 8, why: '8 cores' }) });
    const two = await compileWithTargets(MM, { target: 'wasm', threads: 2 }, new Map([['wasm', roomy]]));
    expect(two.diagnostics).toEqual([]);
    await two.program?.dispose();
  });

  it("passes threadSpinMs to the platform's pool, and checks it", async () => {
    const spins: (number | undefined)[] = [];
    const target = createWasmTarget({
      createPool: (size, memory, pollMs) => {
        spins.push(pollMs);
        return createNodePool(size, memory, pollMs);
      },
    });
    const targets = new Map([['wasm', target]] as const);
    const a = tensor('f32', [40, 64], Float32Array.from({ length: 2560 }, (_, i) => Math.sin(i)));
    const b = tensor('f32', [64, 48], Float32Array.from({ length: 3072 }, (_, i) => Math.cos(i)));
    for (const options of [{ threadSpinMs: 25 }, {}]) {
      const compiled = await compileWithTargets(MM, { target: 'wasm', threads: 2, ...options }, targets);
      expect(compiled.diagnostics).toEqual([]);
      expect((await compiled.program?.run({ a, b }))?.['c']?.data.length).toBe(40 * 48);
      await compiled.program?.dispose();
    }
    expect(spins).toEqual([25, undefined]);
    for (const bad of [-1, 10_001, Number.NaN, '5', Infinity]) {
      const compiled = await compileWithTargets(MM, { target: 'wasm', threads: 2, threadSpinMs: bad as number }, targets);
      expect(compiled.program).toBeUndefined();
      expect(compiled.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
        `PIT5004: option 'threadSpinMs' must be a number of milliseconds from 0 to 10000, not ${typeof bad === 'string' ? '"5"' : String(bad)}`,
      ]);
    }
  });

  it('in Node there are no Web Workers: the web limit is one thread, and says why', () => {
    expect(webThreadLimit()).toEqual({ max: 1, why: 'this environment has no Web Workers' });
  });

  it('workers import the same math as the main thread: every function a module imports', () => {
    const math = new Function(`${WORKER_HANDLER}\nreturn math;`)() as Record<string, unknown>;
    expect(Object.keys(math).sort()).toEqual([...MATH_IMPORTS].sort());
    expect(Object.keys(MATH).sort()).toEqual([...MATH_IMPORTS].sort());
    for (const name of MATH_IMPORTS) expect(math[name], name).toBe(MATH[name]);
  });
});
