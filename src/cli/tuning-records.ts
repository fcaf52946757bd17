import { resolve } from 'node:path';
import { diagnostic } from '../../ir/core/diagnostic.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { TargetId } from '../targets/registry.js';
import { resolveTuning, type TuningResolution } from '../tune/apply.js';
import { fileDb } from '../tune/db-file.js';
import { machineId } from '../tune/machine-id.js';
import type { TuningRecord } from '../tune/record.js';
import type { CliIo } from './io.js';
import { printDiagnostics } from './print.js';
import { describeFsError } from '../runtime/files.js';
import type { AssembledInputs } from './run-inputs.js';
import { printable } from '../../ir/core/printable.js';

/** Every record of the database; one that cannot be read is a warning (the cost model goes on). */
export function readTuningRecords(dbPath: string, io: CliIo): readonly TuningRecord[] {
  try {
    const snapshot = fileDb(resolve(io.cwd, dbPath)).read();
    if (snapshot.skipped > 0) printDiagnostics(io, [diagnostic('PIT8004', `${snapshot.skipped} invalid line(s) in the tuning database '${printable(dbPath)}' were skipped`)]);
    return snapshot.records;
  } catch (err) {
    printDiagnostics(io, [diagnostic('PIT8003', `cannot read the tuning database '${printable(dbPath)}' (${describeFsError(err)}); using the cost model`)]);
    return [];
  }
}

export interface TuningLookup {
  readonly graph: Graph;
  readonly target: TargetId;
  readonly inputs: AssembledInputs;
  readonly threads: number;
  readonly hints: ReadonlyMap<string, readonly number[]>;
  readonly dbPath: string;
}

/** The best records matching this program on this data, this machine and this target. */
export async function lookUpTuning(req: TuningLookup, io: CliIo): Promise<TuningResolution> {
  const resolution = await resolveTuning({
    graph: req.graph,
    target: req.target,
    dims: req.inputs.dims,
    inputs: req.inputs.values,
    maxThreads: req.threads,
    records: readTuningRecords(req.dbPath, io),
    machine: machineId(),
    hints: req.hints,
  });
  // a record that cannot be used is skipped like a torn line: a warning, and the cost model plans that op
  printDiagnostics(io, resolution.skipped.map((why) => diagnostic('PIT8004', why)));
  return resolution;
}
