import { resolve } from 'node:path';
import { diagnostic } from '../../../ir/core/diagnostic.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';

export interface BenchArgs {
  readonly only: readonly string[];
  readonly quick: boolean;
  readonly out: string;
}

/** `pitc bench [--only NAME] [--quick] [--out DIR]`: the same report as `npm run bench`. */
export async function benchCommand(args: BenchArgs, io: CliIo): Promise<number> {
  // the benchmarks (and what they load) are imported only when asked for
  const { BENCHMARKS, runBenchmarks } = await import('../../bench/main.js');
  const only = args.only.flatMap((name) => name.split(',')).filter((name) => name !== '');
  const known = BENCHMARKS.map((b) => b.name);
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    printDiagnostics(io, [diagnostic('PIT7002', `--only ${unknown.join(', ')}: no such benchmark (known: ${known.join(', ')})`)]);
    return EXIT_USER_ERROR;
  }
  await runBenchmarks({ only, quick: args.quick, outDir: resolve(io.cwd, args.out) }, io.stdout, io.stderr);
  return EXIT_OK;
}
