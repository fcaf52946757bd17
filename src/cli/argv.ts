import yargs, { type Argv } from 'yargs';
import { DEFAULT_TARGET, describeTargets, TARGET_IDS, targetsHonouring } from '../targets/registry.js';
import { tunableTargets } from '../tune/targets.js';
import { explainUsageError } from './suggest.js';

export const IR_STAGES = ['ast', 'graph', 'normalized', 'rules', 'plan', 'kernel', 'loops', 'cells'] as const;
export type IrStage = (typeof IR_STAGES)[number];

// Numeric options are parsed as strings: yargs would take '0x10', '1e3' or a missing value as a
// number; numbers.ts reads them as plain decimal numbers with a diagnostic for anything else.

/** The parsed command line, or what yargs wants printed (help, version, a usage error). */
export type ParsedArgv =
  | { readonly kind: 'command'; readonly command: string; readonly args: Record<string, unknown> }
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'usage-error'; readonly message: string; readonly command?: string };

/** `--dynamic NAME`: an input (or weight) to treat as dynamically sparse, as @dynamic does. */
const DYNAMIC = { type: 'string', array: true, describe: 'treat an input as dynamically sparse (as @dynamic; ONNX names for a model): --dynamic mask' } as const;

const FILE = { type: 'string', describe: 'the .pit program or .onnx model' } as const;

/** `--target`, its choices and their one-line descriptions from the registry (src/targets/registry.ts). */
function targetOption(what: string, choices: readonly string[] = TARGET_IDS): { type: 'string'; choices: readonly string[]; default: string; describe: string } {
  return { type: 'string', choices, default: DEFAULT_TARGET, describe: `${what}:\n${describeTargets().replace(/^/gm, '  ')}\n` };
}

/** `--exact`: the targets that honour it, named from the registry. */
const EXACT = { type: 'boolean', default: false, describe: `${targetsHonouring('exact').join(', ')}: ops other than GEMMs in float64, bit for bit as the reference (slower)` } as const;

function runOptions(y: Argv): Argv {
  return y
    .positional('file', FILE)
    .option('dynamic', DYNAMIC)
    .option('target', targetOption('where to run'))
    .option('dim', { type: 'string', array: true, describe: 'bind a symbolic dim: --dim T=128' })
    .option('input', { type: 'string', array: true, describe: 'an input or weight from a .npy file, or an array of an .npz: --input x=x.npy, --input x=data.npz:x' })
    .option('cast', { type: 'boolean', default: false, describe: 'convert float64, int64 and uint8 .npy arrays to the dtype the program declares (a note names each conversion)' })
    .option('random', { type: 'string', describe: 'fill inputs and weights not given with seeded random values' })
    .option('density', { type: 'string', array: true, describe: 'zero a tensor down to a density: --density a=0.1' })
    .option('microtile', { type: 'string', array: true, describe: 'granularity of that zero pattern: --microtile a=32x1' })
    .option('out', { type: 'string', describe: 'write every output to DIR/NAME.npy' })
    .option('save-inputs', { type: 'string', describe: 'write every input and weight used to DIR/NAME.npy' })
    .option('check', { type: 'boolean', default: false, describe: 'compare the outputs with the reference interpreter' })
    .option('repeat', { type: 'string', describe: 'time N runs after a warm-up and report medians (default 1)' })
    .option('threads', { type: 'string', describe: 'threads for targets that use them (default: every core)' })
    .option('exact', EXACT)
    .option('json', { type: 'boolean', default: false, describe: 'print one JSON report instead of text (schema pitc.run/1, docs/schemas/)' })
    .option('plot', { type: 'string', describe: 'write SVG pictures to DIR: each PIT op\'s micro-tile pattern, coverage and index, and times dense vs PIT' })
    .option('tuning', { type: 'boolean', default: true, describe: 'use matching tuning records (--no-tuning: the cost model only)' })
    .option('tuning-db', { type: 'string', describe: 'tuning database (default: $PITC_TUNING_DB or ~/.cache/pitc/tuning.jsonl)' });
}

export const COMMAND_NAMES = ['check', 'ir', 'rules', 'compile', 'run', 'tune', 'bench', 'import', 'playground'];

export const TUNE_STRATEGIES = ['auto', 'exhaustive', 'beam'] as const;

function tuneOptions(y: Argv): Argv {
  return y
    .positional('file', { type: 'string', describe: 'the .pit program or .onnx model to tune (optional with --show, --export, --import, --compact)' })
    .option('dynamic', DYNAMIC)
    .option('target', { type: 'string', choices: TARGET_IDS, default: DEFAULT_TARGET, describe: `which target to tune for (tunable: ${tunableTargets().join(', ')})` })
    .option('dim', { type: 'string', array: true, describe: 'bind a symbolic dim: --dim T=128' })
    .option('input', { type: 'string', array: true, describe: 'tune on this data: --input x=x.npy, --input x=data.npz:x' })
    .option('cast', { type: 'boolean', default: false, describe: 'convert float64, int64 and uint8 .npy arrays to the declared dtype' })
    .option('random', { type: 'string', describe: 'seed for the inputs not given (default 1)' })
    .option('density', { type: 'string', array: true, describe: 'zero a tensor down to a density: --density a=0.1' })
    .option('microtile', { type: 'string', array: true, describe: 'granularity of that zero pattern: --microtile a=32x1' })
    .option('budget', { type: 'string', describe: 'seconds for the whole search (default 60)' })
    .option('strategy', { type: 'string', choices: TUNE_STRATEGIES, default: 'auto', describe: 'exhaustive (small spaces), beam (guided by the cost model), or auto' })
    .option('threads', { type: 'string', describe: 'most threads a candidate may use (default: every core)' })
    .option('tuning-db', { type: 'string', describe: 'tuning database (default: $PITC_TUNING_DB or ~/.cache/pitc/tuning.jsonl)' })
    .option('show', { type: 'boolean', default: false, describe: 'list the records of the database' })
    .option('all', { type: 'boolean', default: false, describe: 'with --show: every trial, not only the winners' })
    .option('export', { type: 'string', describe: 'write every record to FILE as JSON (for another machine or a browser)' })
    .option('import', { type: 'string', describe: 'add the records of a JSON export to the database' })
    .option('compact', { type: 'boolean', default: false, describe: 'rewrite the database without torn lines and duplicates' })
    .option('json', { type: 'boolean', default: false, describe: 'print the result (or --show\'s records) as JSON instead of a table' })
    .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr (a bar on a terminal, plain lines otherwise; --no-progress: none)' })
    .check((a) => {
      if (a['file'] === undefined && !a['show'] && a['export'] === undefined && a['import'] === undefined && !a['compact']) {
        throw new Error('give a FILE to tune, or one of --show, --export FILE, --import FILE, --compact');
      }
      return true;
    });
}

function buildParser(version: string): Argv {
  return yargs()
    .scriptName('pitc')
    .usage('pitc <command> [options]\n\nCompiler and runtime for dynamically sparse operators (PIT).')
    .exitProcess(false)
    .strict()
    .wrap(100)
    .command('check <file>', 'check a program; print diagnostics; exit 1 if any error', (y) => y.positional('file', FILE).option('dynamic', DYNAMIC))
    .command('ir <file>', 'print one stage of the compiler', (y) =>
      y
        .positional('file', FILE)
        .option('stage', { type: 'string', choices: IR_STAGES, default: 'graph', describe: 'which representation' })
        .option('dim', { type: 'string', array: true, describe: 'bind a symbolic dim for --stage loops or cells: --dim T=128 (default: extents stay symbolic)' })
        .option('dynamic', DYNAMIC),
    )
    .command('rules <file>', 'the PIT rules found for every operator', (y) =>
      y
        .positional('file', FILE)
        .option('json', { type: 'boolean', default: false, describe: 'print JSON instead of a table (schema pitc.rules/1)' })
        .option('dynamic', DYNAMIC),
    )
    .command('import <file>', 'write an ONNX model as a .pit program and its initializers as .npy files', (y) =>
      y
        .positional('file', { type: 'string', describe: 'the .onnx model' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output directory' })
        .option('dynamic', DYNAMIC),
    )
    .command('compile <file>', "write the target's artifacts (wasm module and .wat, CUDA source...)", (y) =>
      y
        .positional('file', FILE)
        .option('dynamic', DYNAMIC)
        .option('target', targetOption('which target'))
        .option('out', { alias: 'o', type: 'string', default: '.', describe: 'output directory' })
        .option('dim', { type: 'string', array: true, describe: 'bind a symbolic dim (targets that specialise to shapes)' })
        .option('microtile', { type: 'string', array: true, describe: 'micro-tile hint for a tensor: --microtile a=32x1' })
        .option('threads', { type: 'string', describe: 'threads the code will run on (wasm: shared memory)' })
        .option('exact', EXACT)
        .option('input', { type: 'string', array: true, describe: 'data to match tuning records: --input x=x.npy' })
        .option('cast', { type: 'boolean', default: false, describe: 'convert float64, int64 and uint8 .npy arrays to the declared dtype' })
        .option('density', { type: 'string', array: true, describe: 'or a zero pattern to match them: --density a=0.1' })
        .option('random', { type: 'string', describe: 'seed for the data not given (matching tuning records)' })
        .option('tuning', { type: 'boolean', default: true, describe: 'use matching tuning records (--no-tuning: the cost model only)' })
        .option('tuning-db', { type: 'string', describe: 'tuning database (default: $PITC_TUNING_DB or ~/.cache/pitc/tuning.jsonl)' }),
    )
    .command('run <file>', 'run a program and report outputs and times', runOptions)
    .command('tune [file]', 'search for the fastest plan of every op and store it for compile and run', tuneOptions)
    .command('bench', 'run the benchmarks and print their report (as npm run bench; minutes)', (y) =>
      y
        .option('only', { type: 'string', array: true, describe: 'only these benchmarks (index-build, matmul-grid, ffn, crossover, tuning, pointwise, pointwise-threads)' })
        .option('quick', { type: 'boolean', default: false, describe: 'small sizes and few runs: a smoke test, not a measurement' })
        .option('out', { type: 'string', default: 'bench-results', describe: 'directory for the JSON records and SVG plots' }),
    )
    .command('playground', 'serve the browser playground on this machine (offline): edit, run and see PIT skip zeros', (y) =>
      y.option('port', { type: 'string', describe: 'port to listen on, on 127.0.0.1 (default 8080; 0: any free port)' }),
    )
    .demandCommand(1, `give a command: ${COMMAND_NAMES.join(', ')}`)
    .help()
    .alias('help', 'h')
    .version(version);
}

/** Parses argv with yargs without letting it print or exit. */
export async function parseArgv(argv: readonly string[], version: string): Promise<ParsedArgv> {
  const parser = buildParser(version);
  return new Promise((resolve) => {
    // the callback answers; what parse() returns besides is of no use here
    void parser.parse([...argv], {}, (err, parsed, output) => {
      const command = String(parsed?._?.[0] ?? '');
      // point at the command's own help only when the command exists
      const known = COMMAND_NAMES.includes(command);
      if (err) {
        // yargs' typings leave out getOptions(): the options of the command parsed last
        const options = (parser as unknown as { getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]> } }).getOptions();
        const message = explainUsageError(err.message, argv, known ? command : undefined, knownOptionNames(options.key, options.alias), COMMAND_NAMES);
        resolve({ kind: 'usage-error', message, ...(known ? { command } : {}) });
      } else if (output) resolve({ kind: 'output', text: output });
      else resolve({ kind: 'command', command, args: parsed as Record<string, unknown> });
    });
  });
}

/** The option names yargs knows for the command parsed last (each spelling, aliases included). */
function knownOptionNames(keys: Readonly<Record<string, unknown>>, aliases: Readonly<Record<string, readonly string[]>>): string[] {
  return [...new Set([...Object.keys(keys), ...Object.values(aliases).flat()])];
}
