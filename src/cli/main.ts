import { availableParallelism, homedir } from 'node:os';
import { diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError } from '../../ir/core/errors.js';
import { printable } from '../../ir/core/printable.js';
import { parseArgv, type IrStage } from './argv.js';
import { benchCommand } from './commands/bench.js';
import { checkCommand } from './commands/check.js';
import { importCommand } from './commands/import.js';
import { irCommand } from './commands/ir.js';
import { compileCommand, type CompileArgs } from './commands/compile.js';
import { rulesCommand } from './commands/rules.js';
import { runCommand, type RunArgs } from './commands/run.js';
import { tuneCommand, type TuneArgs } from './commands/tune.js';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, processIo, terminalSafeIo, type CliIo } from './io.js';
import { numberOptions, type NumberOption } from './numbers.js';
import { printDiagnostics } from './print.js';
import { parseAssignments, positiveInteger } from './assignments.js';
import { defaultTuningDbPath } from '../tune/db-location.js';
import { PITC_VERSION } from '../version.js';

/**
 * The `pitc` command line as a function: parses argv, runs one command, returns the exit code
 * (0 ok, 1 user error, 2 internal error). Never exits the process and never lets a stack
 * trace reach the user for a user mistake.
 */
export async function main(argv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  const io = terminalSafeIo(rawIo);
  try {
    const parsed = await parseArgv(argv, PITC_VERSION);
    if (parsed.kind === 'output') {
      io.stdout(parsed.text.endsWith('\n') ? parsed.text : parsed.text + '\n');
      return EXIT_OK;
    }
    if (parsed.kind === 'usage-error') {
      const help = parsed.command ? `pitc ${parsed.command} --help` : 'pitc --help';
      printDiagnostics(io, [diagnostic('PIT7001', `${parsed.message} (see '${help}')`)]);
      return EXIT_USER_ERROR;
    }
    return await dispatch(parsed.command, parsed.args, io);
  } catch (err) {
    const what = err instanceof InternalError ? err.message : `internal error in stage 'unknown': ${err instanceof Error ? err.message : String(err)}`;
    printDiagnostics(io, [diagnostic('PIT9001', `${what} (a bug in pitc, not in your program: please report it with the input)`)]);
    // the stack is for whoever fixes it, on request
    if (process.env['PITC_DEBUG'] && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

/** The numeric options of each command (numbers.ts reads them). */
const NUMERIC: Readonly<Record<string, readonly NumberOption[]>> = {
  compile: ['threads', 'random'],
  run: ['repeat', 'threads', 'random'],
  tune: ['budget', 'threads', 'random'],
  playground: ['port'],
};

async function dispatch(command: string, args: Record<string, unknown>, io: CliIo): Promise<number> {
  const file = String(args['file']);
  // the environment is read here, at the edge, and nowhere below
  const tuningDb = args['tuningDb'] === undefined ? defaultTuningDbPath(process.env, homedir()) : String(args['tuningDb']);
  const numbers = numberOptions(args, NUMERIC[command] ?? []);
  if (numbers.diagnostics.length > 0) {
    printDiagnostics(io, numbers.diagnostics);
    return EXIT_USER_ERROR;
  }
  const n = numbers.values;
  switch (command) {
    case 'check':
      return checkCommand(file, io, stringList(args['dynamic']) ?? []);
    case 'ir': {
      const dims = parseAssignments('dim', stringList(args['dim']), positiveInteger, 'T=128');
      if (dims.diagnostics.length > 0) {
        printDiagnostics(io, dims.diagnostics);
        return EXIT_USER_ERROR;
      }
      return irCommand(file, args['stage'] as IrStage, io, stringList(args['dynamic']) ?? [], dims.values);
    }
    case 'import':
      return importCommand({ file, out: String(args['out']), dynamic: stringList(args['dynamic']) ?? [] }, io);
    case 'compile':
      return compileCommand(
        {
          file,
          target: args['target'] as CompileArgs['target'],
          out: String(args['out']),
          exact: Boolean(args['exact']),
          ...dataOptions(args, n.random),
          ...optional('threads', n.threads),
          tuning: args['tuning'] !== false,
          tuningDb,
        },
        io,
      );
    case 'rules':
      return rulesCommand(file, Boolean(args['json']), io, stringList(args['dynamic']) ?? []);
    case 'run':
      return runCommand(
        {
          file,
          target: args['target'] as RunArgs['target'],
          check: Boolean(args['check']),
          exact: Boolean(args['exact']),
          repeat: n.repeat ?? 1,
          json: Boolean(args['json']),
          ...dataOptions(args, n.random),
          ...optional('threads', n.threads),
          ...optional('out', args['out'] === undefined ? undefined : String(args['out'])),
          ...optional('saveInputs', args['saveInputs'] === undefined ? undefined : String(args['saveInputs'])),
          ...optional('plot', args['plot'] === undefined ? undefined : String(args['plot'])),
          tuning: args['tuning'] !== false,
          tuningDb,
        },
        io,
      );
    case 'bench':
      return benchCommand({ only: stringList(args['only']) ?? [], quick: Boolean(args['quick']), out: String(args['out']) }, io);
    case 'tune':
      return tuneCommand(
        {
          ...optional('file', args['file'] === undefined ? undefined : file),
          target: args['target'] as TuneArgs['target'],
          budget: n.budget ?? 60,
          strategy: args['strategy'] as TuneArgs['strategy'],
          threads: n.threads ?? availableParallelism(),
          tuningDb,
          show: Boolean(args['show']),
          all: Boolean(args['all']),
          compact: Boolean(args['compact']),
          json: Boolean(args['json']),
          progress: args['progress'] === false ? 'none' : io.interactive ? 'bar' : 'lines',
          ...dataOptions(args, n.random),
          ...optional('export', args['export'] === undefined ? undefined : String(args['export'])),
          ...optional('import', args['import'] === undefined ? undefined : String(args['import'])),
        },
        io,
      );
    case 'playground': {
      // the server (node:http) loads only when asked for
      const { playgroundCommand } = await import('./commands/playground.js');
      return playgroundCommand({ port: n.port ?? 8080 }, io);
    }
    default:
      printDiagnostics(io, [diagnostic('PIT7001', `unknown command '${printable(command)}' (see 'pitc --help')`)]);
      return EXIT_USER_ERROR;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** --dim, --input, --density, --microtile and --random: how run, tune and compile take data. */
function dataOptions(args: Record<string, unknown>, random: number | undefined) {
  return {
    ...optional('dim', stringList(args['dim'])),
    ...optional('input', stringList(args['input'])),
    ...optional('density', stringList(args['density'])),
    ...optional('microtile', stringList(args['microtile'])),
    ...optional('random', random),
    ...(args['cast'] === true ? { cast: true } : {}),
    ...optional('dynamic', stringList(args['dynamic'])),
  };
}
