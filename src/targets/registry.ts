/**
 * Every target pitc knows, as data: the one list the CLI (choices, help), compile() (its target
 * check and did-you-mean), the tuner, the docs test and the tests that loop over targets read.
 * Nothing here builds a target: `node.ts` and `browser.ts` do, for the builds an entry names
 * (their tables are typed by this list, so an entry without its factory does not compile), and
 * `src/tune/targets.ts` holds the tuners of the entries marked tunable. Adding a target: an entry
 * here, its folder `codegen/<id>/`, one line in each factory table of a build it is in.
 */
import { DEFAULT_DENSE_CROSSOVER as GPUJS_CROSSOVER } from '../../codegen/gpujs/target.js';
import type { TargetOptions } from '../../codegen/target.js';
import { DEFAULT_DENSE_CROSSOVER as WASM_CROSSOVER } from '../../codegen/wasm/target.js';
import { DEFAULT_DENSE_CROSSOVER as WEBGPU_CROSSOVER } from '../../codegen/webgpu/crossover.js';
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { closest } from '../diagnostics/closest.js';

/** The builds of pitc: Node (src/index.ts) and the browser (src/browser.ts). */
export type Build = 'node' | 'browser';

/** Kinds of op a target may run in PIT forms (the others it runs densely). */
export type PitOpKind = 'contraction' | 'pointwise' | 'reduction';

/** How a target uses one of the TargetOptions it honours. */
export interface OptionUse {
  /**
   * `code`: the option changes the code the target generates, so it is part of what the target's
   * compile cache is keyed by (a different value compiles anew); `run`: read when running only.
   */
  readonly enters: 'code' | 'run';
  /** What it does on this target, in words (CLI help and docs). */
  readonly note: string;
}

export interface TargetCapabilities {
  /** `cpu`: runs wherever pitc runs; `gpu`: runs only where its device (and toolchain) exist. */
  readonly device: 'cpu' | 'gpu';
  /** What it needs beyond pitc to run programs (emit works without it), if anything. */
  readonly needs?: string;
  /** Uses worker threads (the `threads` option). */
  readonly threads: boolean;
  /** Files `pitc compile` writes; NAME is the program's name. */
  readonly artifacts: readonly string[];
  /**
   * Against the reference: `definition` (it is the reference), `exact-option` (within tolerance;
   * bit for bit with the `exact` option, GEMMs aside), `tolerance` (within the dtype's tolerance).
   */
  readonly numerics: 'definition' | 'exact-option' | 'tolerance';
  /** The op kinds it runs in PIT forms. */
  readonly pitForms: readonly PitOpKind[];
  /**
   * Who builds the online index of a PIT op: `runtime`, the runtime's builder
   * (RuntimeServices.buildIndex, on the host) for every index; `target`, the target's own
   * builder where it has one (wasm: SIMD code in its memory, the runtime's for the rest; cuda:
   * kernels on the device), which a builder handed in through RuntimeServices does not reach.
   */
  readonly indexes: 'runtime' | 'target';
  /** The builds it is part of. */
  readonly builds: readonly Build[];
}

export interface TargetEntry {
  readonly id: string;
  /** One line, for CLI help and the docs. */
  readonly description: string;
  readonly capabilities: TargetCapabilities;
  /** Index density above which a PIT op runs densely by default (undefined: it never switches). */
  readonly denseCrossover?: number;
  /** The TargetOptions it honours and how; it ignores the others. */
  readonly options: { readonly [K in keyof TargetOptions]?: OptionUse };
  /** Tunable (a tuner in src/tune/targets.ts), or why not. */
  readonly tuning: 'tunable' | { readonly untuned: string };
}

const DIMS_FOR_CODE: OptionUse = {
  enters: 'code',
  note: 'bound dims: code is specialised to shapes',
};

export const TARGET_REGISTRY = [
  {
    id: 'ref',
    description: 'the reference interpreter (float64, bounds-checked): defines correctness',
    capabilities: {
      device: 'cpu',
      threads: false,
      artifacts: ['NAME.graph.txt', 'NAME.kernels.txt'],
      numerics: 'definition',
      pitForms: ['contraction', 'pointwise', 'reduction'],
      indexes: 'runtime',
      builds: ['node', 'browser'],
    },
    options: {},
    tuning: {
      untuned: 'ref is the reference interpreter: it defines correctness and is not tuned',
    },
  },
  {
    id: 'wasm',
    description: 'WebAssembly SIMD: f32x4 GEMMs, index-driven gathers, threads (fast CPU path)',
    capabilities: {
      device: 'cpu',
      threads: true,
      artifacts: ['NAME.wasm', 'NAME.wat'],
      numerics: 'exact-option',
      pitForms: ['contraction', 'pointwise', 'reduction'],
      indexes: 'target',
      builds: ['node', 'browser'],
    },
    denseCrossover: WASM_CROSSOVER,
    options: {
      threads: {
        enters: 'code',
        note: 'worker threads over one shared memory (more than 1: a shared memory)',
      },
      threadSpinMs: {
        enters: 'run',
        note: 'ms a worker keeps spinning for its next job before it naps',
      },
      denseCrossover: {
        enters: 'run',
        note: 'index density above which a PIT op runs its dense tasks',
      },
      dims: DIMS_FOR_CODE,
      blocking: { enters: 'code', note: 'GEMM cache blocking kc, mc, nc' },
      exact: {
        enters: 'code',
        note: 'ops other than GEMMs in float64, bit for bit as the reference',
      },
    },
    tuning: 'tunable',
  },
  {
    id: 'gpujs',
    description: 'gpu.js kernels, one per op: cpu and webasm in Node, WebGL2 in browsers',
    capabilities: {
      device: 'cpu',
      threads: true,
      artifacts: ['NAME.gpujs.json', 'NAME.gpujs.js'],
      numerics: 'tolerance',
      pitForms: ['contraction', 'pointwise', 'reduction'],
      indexes: 'runtime',
      builds: ['node', 'browser'],
    },
    denseCrossover: GPUJS_CROSSOVER,
    options: {
      threads: {
        enters: 'run',
        note: "gpu.js's worker threads (1: the single-threaded webasm backend)",
      },
      denseCrossover: {
        enters: 'run',
        note: 'index density above which a PIT op runs its dense kernel',
      },
      dims: DIMS_FOR_CODE,
    },
    tuning: { untuned: "no tuner for target 'gpujs' yet" },
  },
  {
    id: 'cuda',
    description: 'CUDA C++ and a host harness; runs where nvcc and an NVIDIA GPU exist',
    capabilities: {
      device: 'gpu',
      needs: 'nvcc and an NVIDIA GPU',
      threads: false,
      artifacts: ['NAME.cu', 'NAME.launch.json'],
      numerics: 'tolerance',
      pitForms: ['contraction', 'pointwise', 'reduction'],
      indexes: 'target',
      builds: ['node'],
    },
    options: { dims: DIMS_FOR_CODE },
    tuning: { untuned: "no tuner for target 'cuda' yet" },
  },
  {
    id: 'webgpu',
    description: 'WGSL compute shaders on WebGPU: Dawn in Node, else headless Chromium',
    capabilities: {
      device: 'gpu',
      needs: 'a WebGPU adapter (Dawn) or Chromium with WebGPU',
      threads: false,
      artifacts: ['NAME.OP.wgsl', 'NAME.webgpu.json'],
      numerics: 'tolerance',
      pitForms: ['contraction', 'pointwise', 'reduction'],
      indexes: 'runtime',
      builds: ['node'],
    },
    denseCrossover: WEBGPU_CROSSOVER,
    options: {
      denseCrossover: {
        enters: 'run',
        note: 'index density above which a PIT op runs its dense shader',
      },
      dims: DIMS_FOR_CODE,
    },
    tuning: { untuned: "no tuner for target 'webgpu' yet" },
  },
] as const satisfies readonly TargetEntry[];

type Entry = (typeof TARGET_REGISTRY)[number];

/** A target's name, as compile() and the CLI take it. */
export type TargetId = Entry['id'];

/** The ids of the targets in a build. */
export type TargetIdIn<B extends Build> = Entry extends infer E
  ? E extends {
      readonly id: infer I;
      readonly capabilities: { readonly builds: readonly (infer X)[] };
    }
    ? B extends X
      ? I
      : never
    : never
  : never;

/** The ids of the targets with a tuner. */
export type TunableTargetId = Extract<Entry, { readonly tuning: 'tunable' }>['id'];

/** Every target pitc knows by name (a build may leave some out: the browser build has no cuda). */
export const TARGET_IDS: readonly TargetId[] = TARGET_REGISTRY.map((t) => t.id);

/** What `compile()` and `pitc run` use when no target is named: the fast CPU path. */
export const DEFAULT_TARGET: TargetId = 'wasm';

export function isTargetId(name: string): name is TargetId {
  return (TARGET_IDS as readonly string[]).includes(name);
}

export function targetEntry(id: TargetId): TargetEntry {
  return TARGET_REGISTRY.find((t) => t.id === id) as TargetEntry;
}

/** The entries of one build, in registry order. */
export function targetsIn(build: Build): readonly TargetEntry[] {
  return TARGET_REGISTRY.filter((t) => (t.capabilities.builds as readonly Build[]).includes(build));
}

/** Targets that run wherever pitc does (no device or toolchain to find first). */
export function cpuTargetIds(): TargetId[] {
  return TARGET_REGISTRY.filter((t) => t.capabilities.device === 'cpu').map((t) => t.id);
}

/** The ids of the targets honouring an option, e.g. `exact` → ['wasm']. */
export function targetsHonouring(option: keyof TargetOptions): TargetId[] {
  return TARGET_REGISTRY.filter((t) => (t as TargetEntry).options[option] !== undefined).map(
    (t) => t.id,
  );
}

/** Why a name is not a target, with the closest known one: `unknown target "wsam" (did you mean 'wasm'? known: ...)`. */
export function unknownTargetMessage(name: string): string {
  const guess = closest(name, TARGET_IDS);
  return `unknown target ${JSON.stringify(name)} (${guess ? `did you mean '${guess}'? ` : ''}known: ${TARGET_IDS.join(', ')})`;
}

/** `ref: the reference interpreter ...; wasm: ...`: every target in one line each, for help. */
export function describeTargets(ids: readonly TargetId[] = TARGET_IDS): string {
  return ids.map((id) => `${id}: ${targetEntry(id).description}`).join('\n');
}

/**
 * Warnings (PIT5011) for options given that the target does nothing with, so `exact` on gpujs
 * does not pass for an exact run. The reference, exact by definition, is not warned about
 * `exact`. `threads` and `denseCrossover` are left alone: the CLI passes a thread count for every
 * target, and a crossover is only meaningless where nothing switches.
 */
export function ignoredOptions(
  id: TargetId,
  given: { readonly exact: boolean; readonly blocking: boolean },
): Diagnostic[] {
  const entry = targetEntry(id);
  const asked = {
    exact: given.exact && entry.capabilities.numerics !== 'definition',
    blocking: given.blocking,
  };
  return (Object.keys(asked) as (keyof typeof asked)[])
    .filter((name) => asked[name] && entry.options[name] === undefined)
    .map((name) =>
      diagnostic(
        'PIT5011',
        `option '${name}' has no effect on target '${id}' (it applies to ${targetsHonouring(name).join(', ')}); ignored`,
      ),
    );
}
