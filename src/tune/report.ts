/** Tuning results and records as text tables (the CLI prints these) and as JSON. */
import { printable } from '../../ir/core/printable.js';
import type { TuningRecord } from './record.js';
import { bucketRange } from './signature.js';
import { describeCandidate } from './space.js';
import type { OpTuneResult, TuneResult } from './tuner.js';

/** A table whose cells are single printable lines (records come from files: a label may hold anything). */
export function textTable(headers: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((r) => r.map(printable));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

const ms = (x: number | undefined): string => (x === undefined ? '' : x.toFixed(3));

/** One row per op: its data, the default and what won, by how much, and how the search ended. */
export function winnersTable(result: TuneResult): string {
  const rows = result.ops.map((op) => {
    const data = [...(op.signatures ?? new Map())].map(([t, s]) => `${t} ${s.density.toPrecision(3)} g ${s.granularity}`).join('; ') || '-';
    if (op.status === 'skipped' || !op.winner) return [op.op, data, '', '', `(not tuned: ${op.reason ?? 'no winner'})`, '', '', `${op.trials.length}`, ''];
    const base = op.trials[0];
    const gain = op.winner.baselineMs !== undefined ? `${(op.winner.baselineMs / op.winner.measurement.medianMs).toFixed(2)}x` : '';
    const failed = op.trials.filter((t) => t.status === 'failed').length;
    return [
      op.op,
      data,
      base ? describeCandidate(base.candidate) : '',
      ms(op.winner.baselineMs),
      describeCandidate(op.winner.candidate),
      ms(op.winner.measurement.medianMs),
      gain,
      `${op.trials.length} (${failed} failed)`,
      stopped(op),
    ];
  });
  return textTable(['op', 'data (density, granularity)', 'default', 'default ms', 'tuned', 'tuned ms', 'speed-up', 'trials', 'search'], rows);
}

function stopped(op: OpTuneResult): string {
  const space = op.spaceSize !== undefined ? ` of ${op.spaceSize}` : '';
  return `${op.strategy ?? ''}${space}, ${op.stoppedBy === 'budget' ? 'budget ran out' : 'done'}`;
}

/** The records of a database: winners (or every record with `all`). */
export function recordsTable(records: readonly TuningRecord[], all: boolean): string {
  const shown = records.filter((r) => all || r.kind === 'winner');
  const rows = shown.map((r) => [
    r.id.slice(0, 8),
    r.kind,
    r.opText.split('\n')[0] ?? '',
    r.key.shape.split(' | ')[0] ?? '',
    r.key.density
      .split(' ')
      .map((d) => {
        const [t, b] = d.split(':');
        return b === undefined || b === 'empty' ? d : `${t}:${bucketRange(Number(b))}`;
      })
      .join(' '),
    r.key.granularity,
    r.key.target,
    r.label,
    r.status === 'ok' ? ms(r.measurement?.medianMs) : `${r.status}${r.reason ? `: ${r.reason}` : ''}`,
    ms(r.baselineMs),
    r.createdAt.slice(0, 19).replace('T', ' '),
  ]);
  return textTable(['record', 'kind', 'op', 'shape', 'density', 'granularity', 'target', 'config', 'ms', 'default ms', 'written'], rows);
}

export function resultToJson(result: TuneResult): unknown {
  return {
    ops: result.ops.map((op) => ({
      op: op.op,
      status: op.status,
      ...(op.reason ? { reason: op.reason } : {}),
      ...(op.key ? { key: op.key } : {}),
      ...(op.strategy ? { strategy: op.strategy, spaceSize: op.spaceSize, pruned: op.pruned, stoppedBy: op.stoppedBy } : {}),
      trials: op.trials.map((t) => ({ config: describeCandidate(t.candidate), status: t.status, ...(t.reason ? { reason: t.reason } : {}), ...(t.measurement ? { measurement: t.measurement } : {}) })),
      ...(op.winner ? { winner: { config: describeCandidate(op.winner.candidate), record: op.winner.record.id, measurement: op.winner.measurement, baselineMs: op.winner.baselineMs } } : {}),
    })),
    records: result.records.length,
  };
}
