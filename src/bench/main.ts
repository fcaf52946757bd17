/**
 * The benchmark driver: `node dist/src/bench/main.js [--only NAME]... [--case TEXT]... [--quick]`.
 * Runs the registered benchmarks, writes bench-results/<name>.json (machine + records) and
 * prints a Markdown report on stdout. Register new benchmarks in BENCHMARKS.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexBuildBenchmark } from './index-build.js';
import { crossoverBenchmark } from './crossover.js';
import { ffnBenchmark } from './ffn.js';
import { inPlaceBenchmark } from './in-place.js';
import { matmulGridBenchmark } from './matmul-grid.js';
import { pointwiseBenchmark, pointwiseThreadsBenchmark } from './pointwise.js';
import { tuningBenchmark } from './tuning.js';
import { sddmmBenchmark } from './sddmm.js';
import { gpuBenchmark } from './gpu-kernels.js';
import { layersBenchmark } from './layers/layers-benchmark.js';
import { enableWasmFeatures } from '../engine-flags.js';
import { writeFileAtomic } from '../runtime/files.js';
import { describeMachine, machineInfo } from './machine.js';
import { markdownTable } from './markdown.js';
import type { BenchContext, Benchmark, BenchRecord } from './types.js';

export const BENCHMARKS: readonly Benchmark[] = [indexBuildBenchmark, matmulGridBenchmark, ffnBenchmark, crossoverBenchmark, tuningBenchmark, pointwiseBenchmark, pointwiseThreadsBenchmark, layersBenchmark, inPlaceBenchmark, sddmmBenchmark, gpuBenchmark];

export interface DriverArgs {
  readonly only: readonly string[];
  readonly cases?: readonly string[];
  readonly quick: boolean;
  readonly outDir: string;
}

/** Parses the flags; returns a message for bad ones. */
export function parseArgs(argv: readonly string[]): DriverArgs | string {
  const only: string[] = [];
  const cases: string[] = [];
  let quick = false;
  let outDir = 'bench-results';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick') quick = true;
    else if (arg === '--only' || arg === '--out' || arg === '--case') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--only') only.push(...value.split(','));
      else if (arg === '--case') cases.push(value);
      else outDir = value;
    } else return `unknown argument '${arg}' (flags: --only NAME, --case TEXT, --quick, --out DIR)`;
  }
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) return `unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`;
  return { only, quick, outDir, ...(cases.length > 0 ? { cases } : {}) };
}

/** Runs the selected benchmarks: the Markdown report on `out`, progress on `log`, JSON files in outDir. */
export async function runBenchmarks(args: DriverArgs, out: (text: string) => void, log: (text: string) => void): Promise<void> {
  const machine = machineInfo();
  const ctx: BenchContext = { quick: args.quick, ...(args.cases ? { cases: args.cases } : {}), log: (m) => log(`${m}\n`) };
  const selected = BENCHMARKS.filter((b) => args.only.length === 0 || args.only.includes(b.name));
  mkdirSync(args.outDir, { recursive: true });
  out(`# pitc benchmarks\n\nMachine: ${describeMachine(machine)}${args.quick ? ' (--quick)' : ''}\n`);
  for (const bench of selected) {
    const records = await bench.run(ctx);
    const file = join(args.outDir, `${bench.name}.json`);
    const result = { name: bench.name, title: bench.title, date: new Date().toISOString(), quick: args.quick, machine, records };
    writeFileAtomic(file, `${JSON.stringify(result, null, 2)}\n`);
    const pictures = writePlots(bench, records, args.outDir, `${describeMachine(machine)}${args.quick ? ', --quick' : ''}`);
    out(`\n## ${bench.title}\n\n${markdownTable(bench.columns, records)}\n\n(${[file, ...pictures].join(', ')})\n`);
  }
}

/** A benchmark's pictures, written as DIR/NAME-PICTURE.svg; the files written. */
export function writePlots(bench: Benchmark, records: readonly BenchRecord[], outDir: string, label: string): string[] {
  return (bench.plots?.(records, label) ?? []).map((picture) => {
    const file = join(outDir, `${bench.name}-${picture.name}`);
    writeFileAtomic(file, picture.svg);
    return file;
  });
}

async function main(): Promise<number> {
  enableWasmFeatures();
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`bench: ${args}\n`);
    return 2;
  }
  await runBenchmarks(args, (t) => process.stdout.write(t), (t) => process.stderr.write(t));
  return 0;
}

// run only as the entry point, so that importing the registry (e.g. from a test) runs nothing
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
