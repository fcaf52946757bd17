import { resolve } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../../ir/core/diagnostic.js';
import type { TargetId } from '../../targets/registry.js';
import { exportRecords, parseExport } from '../../tune/db.js';
import { fileDb, type FileTuningDb } from '../../tune/db-file.js';
import { machineId } from '../../tune/machine-id.js';
import { progressLines, progressPrinter } from '../../tune/progress.js';
import { recordsTable, resultToJson, winnersTable } from '../../tune/report.js';
import type { StrategyName } from '../../tune/strategy.js';
import { tuneProgram } from '../../tune/tuner.js';
import { fraction, parseAssignments, path, positiveInteger, shape } from '../assignments.js';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { assembleInputs } from '../run-inputs.js';
import { describeFsError, isFsError, readFilePrefix, writeFileAtomic, type FilePrefix } from '../../runtime/files.js';
import { externalDataReader } from '../../onnx/external-files.js';
import { loadProgramFile } from '../program-file.js';
import { jsonText, printable } from '../../../ir/core/printable.js';

export interface TuneArgs {
  readonly file?: string;
  readonly target: TargetId;
  readonly dim?: string[];
  readonly input?: string[];
  readonly random?: number;
  readonly density?: string[];
  readonly microtile?: string[];
  /** Seconds for the whole search. */
  readonly budget: number;
  readonly strategy: StrategyName;
  /** Most threads a candidate may use (the CLI passes every core when not given). */
  readonly threads: number;
  /** The database file (the CLI resolves $PITC_TUNING_DB and the default). */
  readonly tuningDb: string;
  readonly show: boolean;
  readonly all: boolean;
  readonly export?: string;
  readonly import?: string;
  readonly compact: boolean;
  readonly json: boolean;
  /** 'bar' redraws one line (a terminal), 'lines' writes plain lines (a log), 'none' nothing (default 'lines'). */
  readonly progress?: 'bar' | 'lines' | 'none';
  /** Convert float64, int64 and uint8 .npy inputs to the declared dtypes. */
  readonly cast?: boolean;
  readonly dynamic?: string[];
}

/**
 * `pitc tune FILE --target T [--dim ...] [--density ...] [--budget SECONDS]`: search, show a
 * progress bar on stderr, print the winners, store every record. `pitc tune --show | --export FILE
 * | --import FILE | --compact` manage the database.
 */
export async function tuneCommand(args: TuneArgs, io: CliIo): Promise<number> {
  const db = fileDb(resolve(io.cwd, args.tuningDb));
  // with --json, stdout holds one JSON document (schema pitc.tune/1); the sentences go to stderr
  const report: Record<string, unknown> = { schema: 'pitc.tune/1', database: args.tuningDb };
  const say = (text: string): void => (args.json ? io.stderr(text) : io.stdout(text));
  try {
    if (args.import !== undefined) {
      const code = importRecords(db, args.import, io, say, report);
      if (code !== EXIT_OK) return code;
    }
    if (args.file !== undefined) {
      const code = await tuneFile(args, args.file, db, io, report);
      if (code !== EXIT_OK && code !== EXIT_INTERNAL_ERROR) return code;
      if (code === EXIT_INTERNAL_ERROR) {
        if (args.json) io.stdout(`${jsonText(report)}\n`);
        return code;
      }
    }
    if (args.compact) {
      const r = db.compact();
      report['compacted'] = r.compacted ? { kept: r.kept, dropped: r.dropped } : { reason: r.reason };
      say(r.compacted ? `compacted ${printable(args.tuningDb)}: kept ${r.kept} records, dropped ${r.dropped}\n` : `not compacted: ${r.reason}\n`);
    }
    if (args.export !== undefined) {
      const { records } = db.read();
      try {
        writeFileAtomic(resolve(io.cwd, args.export), exportRecords(records));
      } catch (err) {
        return fail(io, [diagnostic('PIT6016', `cannot write the export '${printable(args.export)}': ${describeFsError(err)}`)]);
      }
      report['exported'] = { file: args.export, records: records.length };
      say(`exported ${records.length} records to ${printable(args.export)}\n`);
    }
    if (args.show) showRecords(db, args, io, report);
    if (args.json) io.stdout(`${jsonText(report)}\n`);
    return EXIT_OK;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (typeof code !== 'string') throw err;
    // tuning into a database that cannot be written would lose the results: stop (run only warns)
    printDiagnostics(io, [diagnostic('PIT6016', `cannot use the tuning database '${printable(args.tuningDb)}': ${describeFsError(err)}`)]);
    return EXIT_USER_ERROR;
  }
}

async function tuneFile(args: TuneArgs, file: string, db: FileTuningDb, io: CliIo, report: Record<string, unknown>): Promise<number> {
  const program = loadProgramFile(file, io.cwd, args.dynamic);
  if (!('loaded' in program)) return fail(io, program.diagnostics);
  const options = parseTuneOptions(args);
  if (hasErrors(options.diagnostics)) return fail(io, options.diagnostics);
  const front = program.loaded;
  printDiagnostics(io, program.diagnostics, front.source);
  if (!front.graph || hasErrors(program.diagnostics)) return EXIT_USER_ERROR;
  // tuning needs data: inputs not given come from a seed (1 unless --random says otherwise)
  const inputs = assembleInputs(front.graph, { ...options, given: front.weights, random: args.random ?? 1, cast: args.cast === true }, io.cwd);
  printDiagnostics(io, inputs.diagnostics, front.source);
  if (hasErrors(inputs.diagnostics)) return EXIT_USER_ERROR;
  warnSkipped(db, io);
  const dynamic = args.dynamic && args.dynamic.length > 0 ? { dynamic: args.dynamic } : {};
  const result = await tuneProgram({
    text: program.source,
    file,
    sourceOptions: { ...dynamic, ...(program.modelDir ? { modelDir: program.modelDir } : {}) },
    ...(program.modelDir ? { external: externalDataReader(program.modelDir) } : {}),
    target: args.target,
    dims: inputs.dims,
    inputs: inputs.values,
    maxThreads: args.threads,
    budgetMs: args.budget * 1000,
    strategy: args.strategy,
    db,
    machine: machineId(),
    ...(options.microTile.size > 0 ? { hints: options.microTile } : {}),
    ...(args.progress === 'none' ? {} : { onProgress: args.progress === 'bar' ? progressPrinter(io.stderr) : progressLines(io.stderr) }),
  });
  printDiagnostics(io, result.diagnostics, result.source);
  if (hasErrors(result.diagnostics) && result.ops.length === 0) return EXIT_USER_ERROR;
  for (const op of result.ops) {
    if (op.stoppedBy === 'budget') printDiagnostics(io, [diagnostic('PIT8008', `op '${op.op}': the budget ran out after ${op.trials.length} of up to ${op.spaceSize ?? '?'} candidates (${op.strategy}); give more --budget to search further`)]);
  }
  if (args.json) report['tuned'] = resultToJson(result);
  else {
    io.stdout(winnersTable(result));
    io.stdout(`stored ${result.records.length} records (${result.records.filter((r) => r.kind === 'winner').length} winners) in ${printable(args.tuningDb)}\n`);
  }
  return result.diagnostics.some((d) => d.code === 'PIT8006') ? EXIT_INTERNAL_ERROR : EXIT_OK;
}

function parseTuneOptions(args: TuneArgs) {
  const dims = parseAssignments('dim', args.dim, positiveInteger, 'T=128');
  const files = parseAssignments('input', args.input, path, 'x=x.npy');
  const density = parseAssignments('density', args.density, fraction, 'a=0.1');
  const microTile = parseAssignments('microtile', args.microtile, shape, 'a=32x1');
  // --budget, --threads and --random were read (and checked) by numbers.ts
  const diagnostics: Diagnostic[] = [...dims.diagnostics, ...files.diagnostics, ...density.diagnostics, ...microTile.diagnostics];
  return { dims: dims.values, files: files.values, density: density.values, microTile: microTile.values, diagnostics };
}

/** An export holds a few kilobytes per record; anything larger is not one (and is not read to its end). */
const MAX_EXPORT_BYTES = 256 * 2 ** 20;

function importRecords(db: FileTuningDb, file: string, io: CliIo, say: (text: string) => void, report: Record<string, unknown>): number {
  let read: FilePrefix;
  try {
    read = readFilePrefix(resolve(io.cwd, file), MAX_EXPORT_BYTES);
  } catch (err) {
    if (!isFsError(err)) throw err;
    return fail(io, [diagnostic('PIT6016', `cannot read '${printable(file)}': ${describeFsError(err)}`)]);
  }
  if (!read.complete) return fail(io, [diagnostic('PIT8007', `'${printable(file)}' is larger than ${MAX_EXPORT_BYTES / 2 ** 20} MiB: not a pitc tuning export`)]);
  const parsed = parseExport(new TextDecoder().decode(read.bytes));
  if ('error' in parsed) return fail(io, [diagnostic('PIT8007', `'${printable(file)}' is ${parsed.error}`)]);
  const known = new Set(db.read().records.map((r) => r.id));
  const fresh = parsed.records.filter((r) => !known.has(r.id));
  db.append(fresh);
  const skipped = parsed.skipped > 0 ? `, skipped ${parsed.skipped} invalid` : '';
  report['imported'] = { file, records: fresh.length, alreadyThere: parsed.records.length - fresh.length, skipped: parsed.skipped };
  say(`imported ${fresh.length} records from ${printable(file)} (${parsed.records.length - fresh.length} already there${skipped})\n`);
  return EXIT_OK;
}

function showRecords(db: FileTuningDb, args: TuneArgs, io: CliIo, report: Record<string, unknown>): void {
  const { records, skipped } = db.read();
  if (skipped > 0) warnSkipped(db, io, skipped);
  if (args.json) {
    report['shown'] = { records: records.filter((r) => args.all || r.kind === 'winner'), total: records.length, skipped };
    return;
  }
  io.stdout(recordsTable(records, args.all));
  const winners = records.filter((r) => r.kind === 'winner').length;
  io.stdout(`${records.length} records (${winners} winners${args.all ? '' : '; --all shows trials too'}) in ${printable(args.tuningDb)}\n`);
}

function warnSkipped(db: FileTuningDb, io: CliIo, known?: number): void {
  const skipped = known ?? db.read().skipped;
  if (skipped > 0) printDiagnostics(io, [diagnostic('PIT8004', `${skipped} line${skipped === 1 ? '' : 's'} of the tuning database ${skipped === 1 ? 'is' : 'are'} not valid records (a write cut short by a crash?) and ${skipped === 1 ? 'was' : 'were'} skipped; 'pitc tune --compact' removes them`)]);
}

function fail(io: CliIo, diagnostics: readonly Diagnostic[]): number {
  printDiagnostics(io, diagnostics);
  return EXIT_USER_ERROR;
}
