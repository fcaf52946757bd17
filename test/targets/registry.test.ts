import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Artifact, TargetOptions } from '../../codegen/target.js';
import { compile, guardsOf } from '../../src/api/compile.js';
import { compile as compileInBrowser } from '../../src/api/compile-browser.js';
import { browserTargets } from '../../src/targets/browser.js';
import { allTargets } from '../../src/targets/node.js';
import {
  cpuTargetIds,
  DEFAULT_TARGET,
  TARGET_IDS,
  TARGET_REGISTRY,
  targetsIn,
  type TargetId,
} from '../../src/targets/registry.js';
import { analyse } from '../../src/pipeline.js';
import { loadProgram } from '../../src/program-source.js';
import { tunableTargets, tunerFor } from '../../src/tune/targets.js';
import { API_TARGETS } from '../api/api-targets.js';
import { runCli, workspace } from '../cli/cli-harness.js';

/**
 * The target registry (src/targets/registry.ts) is the one list of targets: every entry must be
 * reachable everywhere a user names a target (CLI help and choices, compile(), the docs), built
 * by the builds it names and no others, and tuned exactly when it says so.
 */
const ROOT = join(import.meta.dirname, '../..');
const VEC = `input x : f32[4]
y[i] = relu(x[i])
output y
`;

describe('target registry', () => {
  it('has unique ids, a default among them, and a folder codegen/<id>/ for each', () => {
    expect(new Set(TARGET_IDS).size).toBe(TARGET_IDS.length);
    expect(TARGET_IDS).toContain(DEFAULT_TARGET);
    for (const id of TARGET_IDS)
      expect(existsSync(join(ROOT, 'codegen', id, 'target.ts')), id).toBe(true);
  });

  it('keeps each description to one help line', () => {
    for (const t of TARGET_REGISTRY)
      expect(`${t.id}: ${t.description}`.length, t.id).toBeLessThanOrEqual(84);
  });

  it('is what each build makes, in registry order, and the browser build makes no Node-only target', () => {
    expect([...allTargets().keys()]).toEqual(targetsIn('node').map((t) => t.id));
    expect([...browserTargets().keys()]).toEqual(targetsIn('browser').map((t) => t.id));
    for (const [id, target] of [...allTargets(), ...browserTargets()]) expect(target.id).toBe(id);
    expect([...browserTargets().keys()]).not.toContain('cuda');
  });

  it('has a tuner exactly for the entries marked tunable', () => {
    for (const id of TARGET_IDS)
      expect(tunerFor(id) !== undefined, id).toBe(tunableTargets().includes(id));
    for (const id of tunableTargets()) expect(tunerFor(id)?.target).toBe(id);
  });

  it('names every target in `pitc run`, `pitc compile` and `pitc tune` help, with its description', async () => {
    const dir = workspace({});
    for (const command of ['run', 'compile', 'tune']) {
      const help = await runCli([command, '--help'], dir);
      expect(help.code, help.stderr).toBe(0);
      for (const id of TARGET_IDS)
        expect(help.stdout, `${command} --help: ${id}`).toContain(`"${id}"`);
      if (command !== 'tune')
        for (const t of TARGET_REGISTRY)
          expect(help.stdout.replace(/\s+/g, ' '), `${command}: ${t.id}`).toContain(
            `${t.id}: ${t.description}`,
          );
    }
  });

  it('every target is accepted by compile(): the cpu ones compile and run, a gpu one at worst is unavailable here (PIT5002)', async () => {
    for (const t of TARGET_REGISTRY) {
      const result = await compile(VEC, { target: t.id });
      expect(
        result.diagnostics.map((d) => d.code),
        t.id,
      ).not.toContain('PIT5001');
      if (t.capabilities.device === 'cpu') {
        expect(result.program, `${t.id}: ${result.formatted}`).toBeDefined();
        const out = await result.program?.run({
          x: { dtype: 'f32', shape: [4], data: new Float32Array([-1, 2, -3, 4]) },
        });
        expect([...(out?.['y']?.data ?? [])], t.id).toEqual([0, 2, 0, 4]);
        await result.program?.dispose();
      } else if (!result.program) {
        expect(
          result.diagnostics.map((d) => d.code),
          `${t.id}: ${result.formatted}`,
        ).toEqual(['PIT5002']);
      } else {
        await result.program.dispose();
      }
    }
  });

  it('the browser compile() refuses the targets not in its build by name (PIT5001, not available), and suggests for a typo', async () => {
    for (const t of TARGET_REGISTRY.filter(
      (e) => !(e.capabilities.builds as readonly string[]).includes('browser'),
    )) {
      const result = await compileInBrowser(VEC, { target: t.id });
      expect(result.formatted).toContain(
        `error PIT5001: target '${t.id}' is not available in this build of pitc`,
      );
    }
    const typo = await compile(VEC, { target: 'wsam' as TargetId });
    expect(typo.formatted).toContain(
      `error PIT5001: unknown target "wsam" (did you mean 'wasm'? known: ${TARGET_IDS.join(', ')})`,
    );
    const far = await compile(VEC, { target: 'tpu' as TargetId });
    expect(far.formatted).toContain(
      `error PIT5001: unknown target "tpu" (known: ${TARGET_IDS.join(', ')})`,
    );
  });

  it('warns (PIT5011) when an option is given to a target that ignores it, and only then', async () => {
    for (const t of TARGET_REGISTRY.filter((e) => e.capabilities.device === 'cpu')) {
      const result = await compile(VEC, {
        target: t.id,
        exact: true,
        blocking: { kc: 64, mc: 16, nc: 128 },
      });
      const warned = result.diagnostics.filter((d) => d.code === 'PIT5011').map((d) => d.message);
      const ignored = (['exact', 'blocking'] as const).filter(
        (o) => !(o in t.options) && !(o === 'exact' && t.capabilities.numerics === 'definition'),
      );
      expect(warned, t.id).toEqual(
        ignored.map((o) =>
          expect.stringContaining(`option '${o}' has no effect on target '${t.id}'`),
        ),
      );
      await result.program?.dispose();
    }
  });

  it('pitc run and pitc compile print PIT5011 for --exact on a target without it, and exit 0', async () => {
    const dir = workspace({ 'v.pit': VEC });
    for (const t of TARGET_REGISTRY) {
      const warns = !('exact' in t.options) && t.capabilities.numerics !== 'definition';
      const compiled = await runCli(
        ['compile', 'v.pit', '--target', t.id, '--exact', '-o', `out-${t.id}`],
        dir,
      );
      expect(compiled.code, `${t.id}: ${compiled.stderr}`).toBe(0);
      expect(
        compiled.stderr.includes(
          `warning PIT5011: option 'exact' has no effect on target '${t.id}'`,
        ),
        t.id,
      ).toBe(warns);
      if (t.capabilities.device !== 'cpu') continue;
      const ran = await runCli(['run', 'v.pit', '--target', t.id, '--exact', '--random', '1'], dir);
      expect(ran.code, `${t.id}: ${ran.stderr}`).toBe(0);
      expect(ran.stderr.includes('PIT5011'), t.id).toBe(warns);
    }
  });

  it("is what the docs list: README's --target, and PIT5001's fix in docs/diagnostics.md", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const listed = /`--target ([a-z|]+)`/.exec(readme)?.[1]?.split('|') ?? [];
    expect([...listed].sort()).toEqual([...TARGET_IDS].sort());
    const diagnostics = readFileSync(join(ROOT, 'docs', 'diagnostics.md'), 'utf8');
    const fix = /### PIT5001[\s\S]*?\*\*Fix:\*\*([^\n]*\n[^\n]*)/.exec(diagnostics)?.[1] ?? '';
    for (const id of TARGET_IDS) expect(fix, id).toContain(`\`${id}\``);
    // docs/architecture.md's table of targets: one row per entry, starting with its id
    const architecture = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const rows = [...architecture.matchAll(/^\| `([a-z0-9]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual([...TARGET_IDS]);
  });

  it('the API tests cover every target that runs here', () => {
    const covered = new Set(API_TARGETS.map((t) => t.options.target));
    for (const id of cpuTargetIds()) expect(covered.has(id), id).toBe(true);
  });

  it("says truly which options enter a target's code: emitting with two values differs exactly for those", async () => {
    const front = loadProgram(GEMM_THEN_POINTWISE, 'gp.pit');
    const analysis = analyse(front.graph as NonNullable<typeof front.graph>, {});
    const program = {
      name: 'gp',
      graph: analysis.graph,
      kernels: analysis.kernels,
      guards: guardsOf(analysis),
    };
    const dims = new Map([
      ['M', 64],
      ['K', 64],
      ['N', 64],
    ]);
    const text = (artifacts: readonly Artifact[] | undefined): string =>
      (artifacts ?? [])
        .map(
          (a) =>
            `${a.name}\n${typeof a.contents === 'string' ? a.contents : Buffer.from(a.contents).toString('hex')}`,
        )
        .join('\n');
    const checked: string[] = [];
    for (const [id, target] of allTargets()) {
      const entry = TARGET_REGISTRY.find((t) => t.id === id) as (typeof TARGET_REGISTRY)[number];
      for (const [option, use] of Object.entries(entry.options) as [
        keyof TargetOptions,
        { enters: string },
      ][]) {
        const [a, b] = TWO_VALUES[option];
        const emit = async (o: TargetOptions): Promise<string> => {
          const out = await target.emit(program, { dims, ...o });
          expect(out.diagnostics, `${id} ${option}`).toEqual([]);
          return text(out.value);
        };
        const differs = (await emit(a)) !== (await emit(b));
        expect(differs, `${id}: option '${option}' enters ${use.enters}`).toBe(
          use.enters === 'code',
        );
        checked.push(`${id}.${option}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'wasm.threads',
        'wasm.blocking',
        'wasm.exact',
        'gpujs.threads',
        'cuda.dims',
      ]),
    );
  });
});

/** A GEMM over a dynamic operand, then a pointwise op: every option has something to change. */
const GEMM_THEN_POINTWISE = `dim M, K, N
input  a : f32[M, K] @dynamic
weight b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
d[m, n] = exp(c[m, n]) + 1
output d
`;

/** Two values of each target option (on top of dims M = K = N = 64). */
const TWO_VALUES: {
  readonly [K in keyof Required<TargetOptions>]: readonly [TargetOptions, TargetOptions];
} = {
  threads: [{ threads: 1 }, { threads: 2 }],
  threadSpinMs: [{ threadSpinMs: 2 }, { threadSpinMs: 50 }],
  denseCrossover: [{ denseCrossover: 0.2 }, { denseCrossover: 0.8 }],
  dims: [
    {},
    {
      dims: new Map([
        ['M', 32],
        ['K', 64],
        ['N', 64],
      ]),
    },
  ],
  blocking: [{ blocking: { kc: 16, mc: 16, nc: 16 } }, { blocking: { kc: 32, mc: 32, nc: 32 } }],
  exact: [{}, { exact: true }],
};
