/**
 * The tuning database as an interface: a set of records that only grows (by `append`). The CLI
 * keeps it in a JSON-lines file (db-file.ts); a browser or a test keeps it in memory and moves
 * records in and out as JSON (`exportRecords`, `parseExport`).
 */
import { parseRecord, type TuningRecord } from './record.js';

export interface DbSnapshot {
  /** Every valid record, once each (by id), in the order written. */
  readonly records: readonly TuningRecord[];
  /** Lines or entries that were not valid records (a write torn by a crash, a foreign edit). */
  readonly skipped: number;
}

export interface TuningDb {
  /** Where it lives, for messages: a path, or `memory`. */
  readonly location: string;
  read(): DbSnapshot;
  append(records: readonly TuningRecord[]): void;
}

/** A database in memory (browsers, tests, benchmarks). */
export function memoryDb(initial: readonly TuningRecord[] = []): TuningDb {
  const records = dedupe(initial);
  return {
    location: 'memory',
    read: () => ({ records: [...records], skipped: 0 }),
    append(more) {
      const known = new Set(records.map((r) => r.id));
      for (const r of more) if (!known.has(r.id)) records.push(r);
    },
  };
}

/** Keeps the first record of each id. */
export function dedupe(records: readonly TuningRecord[]): TuningRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

export const EXPORT_FORMAT = 'pitc-tuning-export/1';

/** Records as one JSON document another machine or a browser can load. */
export function exportRecords(records: readonly TuningRecord[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, records }, null, 1)}\n`;
}

/** Records from an export; invalid entries are counted, not trusted. */
export function parseExport(text: string): { readonly records: TuningRecord[]; readonly skipped: number } | { readonly error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const d = doc as { format?: unknown; records?: unknown };
  if (typeof doc !== 'object' || doc === null || d.format !== EXPORT_FORMAT || !Array.isArray(d.records)) {
    return { error: `not a pitc tuning export (expected {"format": "${EXPORT_FORMAT}", "records": [...]})` };
  }
  const records: TuningRecord[] = [];
  let skipped = 0;
  for (const entry of d.records) {
    const r = parseRecord(entry);
    if (typeof r === 'string') skipped++;
    else records.push(r);
  }
  return { records: dedupe(records), skipped };
}
