import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../ir/core/codes.js';
import { compile } from '../../src/api/compile.js';
import { compile as compileInBrowser } from '../../src/api/compile-browser.js';
import { OnnxGraphBuilder } from '../../src/onnx/graph-builder.js';
import { encodeModel, OnnxDataType, type ModelInit } from '../../src/onnx/proto.js';
import { hasStackTrace, runCli, workspace } from '../cli/cli-harness.js';
import { data } from './onnx-harness.js';

/**
 * Files that are not models pitc can run: every one is a diagnostic with a PIT32xx code (exit
 * 1), located at the file or at the line of the .pit form that names the ONNX node, never a
 * crash or a stack trace. Every PIT32xx code of the catalogue is shown by one of these.
 */

const seen = new Set<string>();

/** `pitc check` on the bytes: exit 1, no stack trace, and the codes reported. */
async function check(bytes: Uint8Array, extra: Readonly<Record<string, Uint8Array | string>> = {}, file = 'model.onnx'): Promise<{ stderr: string; codes: string[] }> {
  const dir = workspace({});
  writeFileSync(join(dir, file), bytes);
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const run = await runCli(['check', file], dir);
  expect(hasStackTrace(run.stderr), run.stderr).toBe(false);
  const codes = [...run.stderr.matchAll(/(?:error|warning) (PIT\d{4})/g)].map((m) => m[1] as string);
  codes.forEach((c) => seen.add(c));
  if (codes.some((c) => CODES[c as keyof typeof CODES].severity === 'error')) expect(run.code, run.stderr).toBe(1);
  return { stderr: run.stderr, codes };
}

/** A small valid model: y = relu(x · w). */
function valid(): Uint8Array {
  const g = new OnnxGraphBuilder('ok');
  const x = g.input('x', 'f32', ['T', 4]);
  g.node('Relu', [g.node('MatMul', [x, g.initializer('w', data('f32', [4, 3], 1))])], {}, 'y');
  g.output('y', 'f32', ['T', 3]);
  return g.toModel();
}

/** One node of `op` between an input and the output, with the given attributes. */
function oneNode(op: string, attributes: Parameters<OnnxGraphBuilder['node']>[2] = {}, options: { opset?: number; irVersion?: number } = {}): Uint8Array {
  const g = new OnnxGraphBuilder('one');
  const x = g.input('x', 'f32', [4, 5]);
  g.node(op, [x], attributes, 'y');
  g.output('y', 'f32', [4, 5]);
  return g.toModel(options);
}

/** A raw ModelInit, for what the builder refuses to write. */
function raw(model: ModelInit): Uint8Array {
  return encodeModel(model);
}

const floatInput = (name: string, dims: (number | string)[]) => ({
  name,
  type: { value: { case: 'tensorType' as const, value: { elemType: OnnxDataType.FLOAT, shape: { dim: dims.map((d) => ({ value: typeof d === 'number' ? { case: 'dimValue' as const, value: BigInt(d) } : { case: 'dimParam' as const, value: d } })) } } } },
});

describe('bad ONNX files are located diagnostics', () => {
  it('random bytes, an empty file and a truncated model: PIT3201 at the file', async () => {
    const bytes = new Uint8Array(4096);
    let s = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    const random = await check(bytes);
    expect(random.codes).toEqual(['PIT3201']);
    expect(random.stderr).toMatch(/^model\.onnx: error PIT3201: not an ONNX model/m);
    expect((await check(new Uint8Array(0))).codes).toEqual(['PIT3201']);
    const model = valid();
    for (const cut of [1, 7, Math.floor(model.length / 2), model.length - 3]) {
      const truncated = await check(model.slice(0, cut));
      expect(truncated.codes, `cut at ${cut}`).toEqual(['PIT3201']);
    }
    // a .pit file is not a model either
    expect((await check(new TextEncoder().encode('dim T\ninput x : f32[T]\ny[i] = x[i]\n'))).codes).toEqual(['PIT3201']);
  });

  it('IR versions and operator sets outside 7–10 and 13–21: PIT3202', async () => {
    expect((await check(oneNode('Relu', {}, { irVersion: 6 }))).codes).toEqual(['PIT3202']);
    expect((await check(oneNode('Relu', {}, { irVersion: 11 }))).codes).toEqual(['PIT3202']);
    expect((await check(oneNode('Relu', {}, { opset: 12 }))).codes).toEqual(['PIT3202']);
    const opset22 = await check(oneNode('Relu', {}, { opset: 22 }));
    expect(opset22.codes).toEqual(['PIT3202']);
    expect(opset22.stderr).toContain('operator set 22 is not supported');
  });

  it('an unsupported operator and a NonZero: PIT3203 at the node, naming it, its op and position', async () => {
    const conv = await check(oneNode('LpNormalization'));
    expect(conv.codes).toEqual(['PIT3203']);
    expect(conv.stderr).toMatch(/model\.onnx:\d+:1: error PIT3203: node 0 'LpNormalization_0' \(LpNormalization\): operator LpNormalization is not supported/);
    expect(conv.stderr).toMatch(/\n\s+\d+ \| # node 0 'LpNormalization_0' \(LpNormalization\): not lowered/);
    expect(conv.stderr).toMatch(/\n\s+\| \^~~/);

    const g = new OnnxGraphBuilder('nonzero');
    const x = g.input('x', 'f32', [4, 5]);
    const nz = g.node('NonZero', [x]);
    g.node('Cast', [nz], { to: { int: 1 } }, 'y');
    g.output('y', 'f32', [2, 'N']);
    const nonzero = await check(g.toModel());
    expect(nonzero.codes).toEqual(['PIT3203']);
    expect(nonzero.stderr).toContain("node 0 'NonZero_0' (NonZero): operator NonZero is not supported (its output shape depends on the data");

    const g2 = new OnnxGraphBuilder('domain');
    g2.input('x', 'f32', [4]);
    const model = raw({
      irVersion: 10n,
      opsetImport: [{ domain: '', version: 21n }, { domain: 'com.microsoft', version: 1n }],
      graph: { name: 'g', input: [floatInput('x', [4])], output: [floatInput('y', [4])], node: [{ name: 'fast', opType: 'FastGelu', domain: 'com.microsoft', input: ['x'], output: ['y'] }] },
    });
    const domain = await check(model);
    expect(domain.codes).toEqual(['PIT3203']);
    expect(domain.stderr).toContain("node 0 'fast' (com.microsoft.FastGelu): operators of domain 'com.microsoft' are not supported");
  });

  it('unsupported attributes and forms: PIT3204', async () => {
    const attr = await check(oneNode('Softmax', { axis: { int: 1 }, foo: { int: 1 } }));
    expect(attr.codes).toEqual(['PIT3204']);
    expect(attr.stderr).toContain("attribute 'foo' is not supported");
    expect((await check(oneNode('Gelu', { approximate: { string: 'fast' } }, { opset: 20 }))).codes).toEqual(['PIT3204']);

    // TopK whose indices are used on their own (not the MoE scatter)
    const g = new OnnxGraphBuilder('topk');
    const x = g.input('x', 'f32', [4, 6]);
    const [values] = g.nodeWithOutputs('TopK', [x, g.int64s('k', [2])], {}, ['v', 'ix']);
    g.node('Relu', [values as string], {}, 'y');
    g.output('y', 'f32', [4, 2]);
    const topk = await check(g.toModel());
    expect(topk.codes).toEqual(['PIT3204']);
    expect(topk.stderr).toContain('pitc lowers TopK only when its values are scattered back');
  });

  it('shapes known only at run time (a Reshape to a shape computed from an input): PIT3205', async () => {
    const g = new OnnxGraphBuilder('dynamic-reshape');
    const x = g.input('x', 'f32', [4, 6]);
    const shape = g.input('shape', 'i64', [2]);
    g.node('Reshape', [x, shape], {}, 'y');
    g.output('y', 'f32', [6, 4]);
    const dyn = await check(g.toModel());
    expect(dyn.codes).toEqual(['PIT3205']);
    expect(dyn.stderr).toContain("node 0 'Reshape_0' (Reshape): the shape (input 1 'shape') is computed at run time");

    const h = new OnnxGraphBuilder('regroup');
    const y = h.input('x', 'f32', [2, 3, 4]);
    h.node('Reshape', [y, h.int64s('s', [4, 6])], {}, 'z');
    h.output('z', 'f32', [4, 6]);
    const regroup = await check(h.toModel());
    expect(regroup.codes).toEqual(['PIT3205']);
    expect(regroup.stderr).toContain('regroup elements across the old ones');
  });

  it('element types pitc does not compute in (double inputs and initializers): PIT3206', async () => {
    const model = raw({
      irVersion: 10n,
      opsetImport: [{ domain: '', version: 21n }],
      graph: {
        name: 'double',
        input: [{ name: 'x', type: { value: { case: 'tensorType', value: { elemType: OnnxDataType.DOUBLE, shape: { dim: [{ value: { case: 'dimValue', value: 3n } }] } } } } }],
        output: [floatInput('y', [3])],
        node: [{ name: 'n', opType: 'Relu', input: ['x'], output: ['y'] }],
      },
    });
    const double = await check(model);
    expect(double.codes).toEqual(['PIT3206']);
    expect(double.stderr).toContain("graph input 'x' has type DOUBLE");

    const init = raw({
      irVersion: 10n,
      opsetImport: [{ domain: '', version: 21n }],
      graph: {
        name: 'double-init',
        input: [floatInput('x', [3])],
        output: [floatInput('y', [3])],
        initializer: [{ name: 'w', dims: [3n], dataType: OnnxDataType.DOUBLE, rawData: new Uint8Array(24) }],
        node: [{ name: 'n', opType: 'Add', input: ['x', 'w'], output: ['y'] }],
      },
    });
    const unusedOk = await check(raw({ irVersion: 10n, opsetImport: [{ domain: '', version: 21n }], graph: { name: 'u', input: [floatInput('x', [3])], output: [floatInput('y', [3])], initializer: [{ name: 'w', dims: [3n], dataType: OnnxDataType.DOUBLE, rawData: new Uint8Array(24) }], node: [{ name: 'n', opType: 'Relu', input: ['x'], output: ['y'] }] } }));
    expect(unusedOk.codes).toEqual([]); // an initializer nothing reads is no problem
    const used = await check(init);
    expect(used.codes).toContain('PIT3206');
    expect(used.stderr).toContain("initializer 'w' has element type DOUBLE");
  });

  it('malformed models (a node reading an undefined value, tensor data of the wrong size): PIT3207', async () => {
    const undefinedInput = raw({
      irVersion: 10n,
      opsetImport: [{ domain: '', version: 21n }],
      graph: { name: 'm', input: [floatInput('x', [3])], output: [floatInput('y', [3])], node: [{ name: 'add', opType: 'Add', input: ['x', 'ghost'], output: ['y'] }] },
    });
    const ghost = await check(undefinedInput);
    expect(ghost.codes).toEqual(['PIT3207']);
    expect(ghost.stderr).toContain("node 0 'add' (Add) reads 'ghost', which no graph input, initializer or other node defines");

    const shortData = raw({
      irVersion: 10n,
      opsetImport: [{ domain: '', version: 21n }],
      graph: {
        name: 'm',
        input: [floatInput('x', [3])],
        output: [floatInput('y', [3])],
        initializer: [{ name: 'w', dims: [3n], dataType: OnnxDataType.FLOAT, rawData: new Uint8Array(8) }],
        node: [{ name: 'add', opType: 'Add', input: ['x', 'w'], output: ['y'] }],
      },
    });
    const short = await check(shortData);
    expect(short.codes).toEqual(['PIT3207']);
    expect(short.stderr).toContain("initializer 'w' has 8 bytes of data, but its shape [3] of FLOAT needs 12");
  });

  describe('external data: read beside the model, never outside its folder (PIT3208)', () => {
    const external = (location: string, offset = 0): Uint8Array =>
      raw({
        irVersion: 10n,
        opsetImport: [{ domain: '', version: 21n }],
        graph: {
          name: 'ext',
          input: [floatInput('x', [2, 4])],
          output: [floatInput('y', [2, 3])],
          initializer: [
            {
              name: 'w',
              dims: [4n, 3n],
              dataType: OnnxDataType.FLOAT,
              dataLocation: 1,
              externalData: [
                { key: 'location', value: location },
                { key: 'offset', value: String(offset) },
                { key: 'length', value: '48' },
              ],
            },
          ],
          node: [{ name: 'mm', opType: 'MatMul', input: ['x', 'w'], output: ['y'] }],
        },
      });
    const weights = new Uint8Array(Float32Array.from({ length: 12 }, (_, i) => i / 4 - 1).buffer);

    it('reads a tensor from its file (at an offset), and runs like the same model with the weights inline', async () => {
      const padded = new Uint8Array(16 + 48);
      padded.set(weights, 16);
      expect((await check(external('weights/w.bin', 16), { 'weights/w.bin': padded })).codes).toEqual([]);
      const dir = workspace({});
      mkdirSync(join(dir, 'weights'));
      writeFileSync(join(dir, 'weights', 'w.bin'), padded);
      writeFileSync(join(dir, 'model.onnx'), external('weights/w.bin', 16));
      const x = { dtype: 'f32' as const, shape: [2, 4], data: Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]) };
      const viaApi = await compile(external('weights/w.bin', 16), { target: 'ref', modelDir: dir });
      const withoutDir = await compile(external('weights/w.bin', 16), { target: 'ref' });
      expect(withoutDir.diagnostics.map((d) => d.code)).toEqual(['PIT3208']);
      // the browser build's compile() reads no files, even given a folder: the tensor says why
      const inPage = await compileInBrowser(external('weights/w.bin', 16), { target: 'ref', modelDir: dir });
      expect(inPage.program).toBeUndefined();
      expect(inPage.diagnostics.map((d) => d.code)).toEqual(['PIT3208']);
      expect(inPage.formatted).toContain("stored in the external file 'weights/w.bin', which this build of pitc cannot read (it has no file access: a browser)");
      const y = (await viaApi.program!.run({ x }))['y'];
      await viaApi.program!.dispose();
      const w = new Float32Array(weights.buffer);
      const want = [0, 1].flatMap((r) => [0, 1, 2].map((c) => [0, 1, 2, 3].reduce((s, k) => s + (x.data[r * 4 + k] as number) * (w[k * 3 + c] as number), 0)));
      expect([...(y?.data ?? [])]).toEqual(want.map(Math.fround));
    });

    it('a missing file, a path that leaves the folder, an absolute path, a link out, a short file', async () => {
      const missing = await check(external('nope.bin'));
      expect(missing.codes).toEqual(['PIT3208']);
      expect(missing.stderr).toContain("cannot read the external-data file");
      const escape = await check(external('../secret.bin'), { '../secret.bin': weights });
      expect(escape.codes).toEqual(['PIT3208']);
      expect(escape.stderr).toContain("external-data location '../secret.bin' leaves the folder");
      expect((await check(external('/etc/passwd'))).stderr).toContain('is an absolute path');
      const dir = workspace({});
      writeFileSync(join(dir, 'model.onnx'), external('link.bin'));
      writeFileSync(join(dir, '..', `outside-${process.pid}.bin`), weights);
      symlinkSync(join(dir, '..', `outside-${process.pid}.bin`), join(dir, 'link.bin'));
      const link = await runCli(['check', 'model.onnx'], dir);
      expect(link.code).toBe(1);
      expect(link.stderr).toContain('is a link that leads out of the folder');
      const short = await check(external('short.bin'), { 'short.bin': weights.slice(0, 20) });
      expect(short.codes).toEqual(['PIT3208']);
      expect(short.stderr).toContain('has 20 bytes, but the tensor is at bytes 0 to 48');
    });
  });

  it('shapes that do not match (MatMul, broadcasting): PIT3209', async () => {
    const g = new OnnxGraphBuilder('mismatch');
    const a = g.input('a', 'f32', [3, 4]);
    const b = g.input('b', 'f32', [5, 6]);
    g.node('MatMul', [a, b], {}, 'y');
    g.node('Add', [a, b], {}, 'z');
    g.output('y', 'f32', [3, 6]);
    g.output('z', 'f32', [3, 4]);
    const run = await check(g.toModel());
    expect(run.codes).toEqual(['PIT3209', 'PIT3209']);
    expect(run.stderr).toContain('the contracted dims differ: 4 in A and 5 in B');
    expect(run.stderr).toContain('cannot be broadcast together');
  });

  it('an int64 constant out of the i32 range where a tensor holds it: PIT3210', async () => {
    const g = new OnnxGraphBuilder('big');
    const i = g.input('i', 'i64', [3]);
    g.node('Add', [i, g.int64s('big', [1, 2, 2 ** 40])], {}, 'y');
    g.output('y', 'i64', [3]);
    const run = await check(g.toModel());
    expect(run.codes).toEqual(['PIT3210']);
    expect(run.stderr).toContain('int64 value 1099511627776 (element 2) does not fit in i32');
  });

  it('an output declared with another shape than it computes: a PIT3211 warning, and the program still checks', async () => {
    const g = new OnnxGraphBuilder('declared');
    const x = g.input('x', 'f32', [3, 4]);
    g.node('Relu', [x], {}, 'y');
    g.output('y', 'f32', [4, 3]);
    const run = await check(g.toModel());
    expect(run.codes).toEqual(['PIT3211']);
    expect(run.stderr).toContain("graph output 'y' is declared [4, 3] but computes [3, 4]");
  });

  it('every PIT32xx code of the catalogue is shown above', () => {
    const onnxCodes = Object.keys(CODES).filter((c) => c.startsWith('PIT32'));
    expect(onnxCodes.length).toBe(11);
    expect(onnxCodes.filter((c) => !seen.has(c))).toEqual([]);
  });
});
