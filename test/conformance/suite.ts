import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionResult, OpRunRecord, RuntimeServices } from '../../codegen/target.js';
import type { HostTensor } from '../../ir/tensor.js';
import { LimitExceeded } from '../../ir/core/errors.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { targetEntry, type TargetEntry, type TargetId } from '../../src/targets/registry.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { forgetfulBuildIndex, runProgram } from '../helpers/pit-harness.js';
import { naiveBuildIndex } from '../helpers/naive-index.js';
import { disagreement, TOLERANCE } from './agreement.js';
import { conformanceCases, type ConformanceCase, type Family } from './cases.js';
import { DRIVERS, variantsOf, type Driver } from './drivers.js';
import type { InputSet } from './inputs.js';

/**
 * The conformance suite on one target (one test file per target, so targets run side by side):
 * every case of cases.ts that the target's capabilities admit, on every input set, on every
 * variant the registry implies (threads, exact), compared with the reference (agreement.ts).
 *
 * Gating, all from the registry entry: rule-form cases run only where the target runs the op
 * kinds they force in PIT forms (`pitForms`); targets with `device: 'gpu'` run here on emulators
 * (CUDA on the CPU, WebGPU on SwiftShader), which are slow, so they take every GPU_SHARE-th
 * rule-form case; forgetful-index runs need a driver that takes the runtime's index builder.
 */

const GPU_SHARE = 8;
const RULE_FORMS_PER_TEST = 25;

/**
 * Target bugs the suite found and nobody has fixed yet: these cases are expected to fail on that
 * target (`it.fails`), so the suite stays green and a fix shows up as an unexpected pass.
 */
export const KNOWN_BUGS: readonly {
  readonly targets: readonly TargetId[];
  readonly caseId: string;
  readonly bug: string;
}[] = [];

/** The cases a target runs (the same list for each of its variants). */
export function casesFor(entry: TargetEntry): ConformanceCase[] {
  let ruleForm = 0;
  const emulated = entry.capabilities.device === 'gpu';
  return conformanceCases()
    .filter((c) => {
      if (emulated && c.cpuOnly) return false;
      if (c.family !== 'rule form') return true;
      if (!c.pitKinds.every((k) => (entry.capabilities.pitForms as readonly string[]).includes(k)))
        return false;
      return !emulated || ruleForm++ % GPU_SHARE === 0;
    })
    .map((c) => (emulated ? { ...c, inputs: c.inputs.filter((i) => !i.cpuOnly) } : c));
}

const NAIVE: RuntimeServices = { buildIndex: naiveBuildIndex };
const FORGETFUL: RuntimeServices = { buildIndex: forgetfulBuildIndex };

/**
 * Ran the whole program densely (a guard failed), fell back for this op, or says why it did not
 * use the PIT form (a window dim inside a partial micro-tile; a PIT sum that f32 would round
 * differently): its form is not the question.
 */
function excused(record: OpRunRecord | undefined): boolean {
  const d = record?.detail ?? {};
  return 'guard' in d || 'fallback' in d || /^PIT form not used: /.test(String(d['note'] ?? ''));
}

interface Oracle {
  readonly values: ReadonlyMap<string, HostTensor>;
  /** The reference executor's run of the same program (rule forms), for the form check. */
  readonly run?: ExecutionResult;
}

const oracles = new WeakMap<InputSet, Promise<Oracle>>();

function oracleOf(c: ConformanceCase, inputs: InputSet): Promise<Oracle> {
  let o = oracles.get(inputs);
  if (!o) {
    o =
      c.oracle === 'dense'
        ? Promise.resolve({ values: evaluateGraph(c.program.graph, inputs.values, c.dims) })
        : runProgram(c.program, inputs.values, c.dims, inputs.forgetful ? FORGETFUL : NAIVE).then(
            (run) => ({ values: run.values, run }),
          );
    oracles.set(inputs, o);
  }
  return o;
}

async function check(
  driver: Driver,
  entry: TargetEntry,
  c: ConformanceCase,
  declined: string[],
): Promise<string[]> {
  const failures: string[] = [];
  for (const inputs of c.inputs) {
    // a test builder reaches the kernels only where the runtime's builder makes every index
    if (inputs.forgetful && entry.capabilities.indexes !== 'runtime') continue;
    const where = `${c.id}\n  on ${inputs.label}${inputs.forgetful ? ' (forgetful index)' : ''}`;
    const oracle = await oracleOf(c, inputs);
    const services = inputs.forgetful
      ? FORGETFUL
      : c.oracle === 'program'
        ? NAIVE
        : createIndexService();
    let got: ExecutionResult;
    try {
      got = await driver.run(c, inputs, services);
    } catch (e) {
      // a limit of the device reached, said with its diagnostic (storage buffers per shader):
      // not a wrong answer; counted and printed
      if (e instanceof LimitExceeded) {
        declined.push(
          `${c.id.split('\n')[0]} on ${inputs.label}: ${e.diagnostic.code} ${e.message}`,
        );
        continue;
      }
      failures.push(`${where}: threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      continue;
    }
    const bad =
      disagreement(c.program.graph, got, oracle.values, TOLERANCE[entry.capabilities.numerics]) ??
      driver.checkRun?.(c, inputs, got);
    if (bad) failures.push(`${where}: ${bad}`);
    // the PIT kernels really ran (where the target's records say a form)
    for (const k of c.program.kernels) {
      if (k.kind !== 'pit') continue;
      const ours = got.ops.find((o) => o.name === k.expr.output);
      const form = ours?.form;
      if (form === undefined || excused(ours)) continue;
      const refRecord = oracle.run?.ops.find((o) => o.name === k.expr.output);
      if (refRecord && 'guard' in (refRecord.detail ?? {})) continue;
      // where the reference ran the PIT form, so did the target, and the other way round
      const refPit = !refRecord || !excused(refRecord);
      if ((form === 'pit') !== refPit)
        failures.push(
          `${where}: '${k.expr.output}' ran its ${form} form where the reference ran ${refPit ? 'its PIT form' : 'densely'} (${JSON.stringify(ours?.detail)})`,
        );
    }
  }
  return failures;
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Defines the suite for one target: a describe per variant, a test per sample and construct, rule forms in groups. */
export function defineConformance(id: TargetId): void {
  const entry = targetEntry(id);
  const cases = casesFor(entry);
  for (const variant of variantsOf(entry)) {
    for (const driver of DRIVERS[id](variant)) {
      describe(`conformance on ${driver.label}`, () => {
        let why: string | undefined;
        const declined: string[] = [];
        beforeAll(async () => {
          why = await driver.open(cases);
        }, 600_000);
        afterAll(async () => {
          await driver.close();
          console.log(
            why
              ? `conformance on ${driver.label} skipped: ${why}`
              : `conformance on ${driver.label}: ${cases.length} cases${declined.length ? `; declined with a limit diagnostic:\n  ${declined.join('\n  ')}` : ''}`,
          );
        });
        const byFamily = (f: Family): ConformanceCase[] => cases.filter((c) => c.family === f);
        const groups: [string, ConformanceCase[]][] = [
          ...[...byFamily('sample'), ...byFamily('construct')].map(
            (c): [string, ConformanceCase[]] => [c.id, [c]],
          ),
          ...chunks(byFamily('rule form'), RULE_FORMS_PER_TEST).map(
            (g, i, all): [string, ConformanceCase[]] => [
              `rule forms, part ${i + 1} of ${all.length}`,
              g,
            ],
          ),
        ];
        const known = (name: string): string | undefined =>
          KNOWN_BUGS.find((b) => b.targets.includes(id) && b.caseId === name)?.bug;
        for (const [name, group] of groups) {
          const body = async (ctx: { skip: (note?: string) => void }): Promise<void> => {
            if (why) return ctx.skip(why);
            const failures: string[] = [];
            for (const c of group) failures.push(...(await check(driver, entry, c, declined)));
            expect(failures.slice(0, 5).join('\n\n')).toBe('');
          };
          const bug = known(name);
          if (bug) it.fails(`${name} (known bug: ${bug})`, body);
          else it(name, body);
        }
      });
    }
  }
}
