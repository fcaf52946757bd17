import { appendFileSync, existsSync, linkSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRecords, memoryDb, parseExport } from '../../src/tune/db.js';
import { fileDb } from '../../src/tune/db-file.js';
import { parseRecord } from '../../src/tune/record.js';
import { sampleRecord } from './records.js';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'pitc-db-')), 'sub', 'tuning.jsonl');

describe('records', () => {
  it('accepts a well-formed record and rejects a tampered one', () => {
    const r = sampleRecord('a');
    expect(parseRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(parseRecord({ ...r, key: { ...r.key, shape: 'other' } })).toMatch(/keyHash/);
    expect(parseRecord({ ...r, format: 'x' })).toMatch(/format/);
    expect(parseRecord({ ...r, status: 'ok', measurement: undefined })).toMatch(/measurement/);
    expect(parseRecord({ ...r, config: { plan: { mode: 'pit', operand: 't0', axis: 'r0', microTile: [0] }, knobs: {} } })).toMatch(/config/);
  });
});

describe('the JSON-lines database', () => {
  it('creates its folder, appends and reads back in order', () => {
    const db = fileDb(tempDb());
    expect(db.read()).toEqual({ records: [], skipped: 0 });
    db.append([sampleRecord('a'), sampleRecord('b')]);
    db.append([sampleRecord('c')]);
    expect(db.read().records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips a torn line (a write cut short) and keeps the records after it', () => {
    const path = tempDb();
    const db = fileDb(path);
    db.append([sampleRecord('a')]);
    const line = JSON.stringify(sampleRecord('torn'));
    appendFileSync(path, `\n${line.slice(0, line.length / 2)}`); // a crash in the middle of a write
    db.append([sampleRecord('b')]);
    const snap = db.read();
    expect(snap.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(snap.skipped).toBe(1);
  });

  it('reads a record written twice (a retried write) once', () => {
    const path = tempDb();
    const db = fileDb(path);
    db.append([sampleRecord('a')]);
    db.append([sampleRecord('a')]);
    expect(db.read().records).toHaveLength(1);
  });

  it('compacts: drops torn lines and duplicates, optionally trials, and keeps appending', () => {
    const path = tempDb();
    const db = fileDb(path);
    db.append([sampleRecord('a'), sampleRecord('w', { kind: 'winner' }), sampleRecord('f', { status: 'failed', measurement: undefined, reason: 'wrong' })]);
    appendFileSync(path, '\n{"format": "pitc-tu');
    db.append([sampleRecord('a')]);
    expect(db.compact()).toEqual({ compacted: true, kept: 3, dropped: 1 });
    expect(db.read()).toEqual({ records: expect.any(Array), skipped: 0 });
    expect(db.compact({ dropTrials: true })).toEqual({ compacted: true, kept: 2, dropped: 1 });
    expect(db.read().records.map((r) => r.id)).toEqual(['w', 'f']);
    db.append([sampleRecord('z')]);
    expect(db.read().records.map((r) => r.id)).toEqual(['w', 'f', 'z']);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('after a compactor died mid-way, readers still see every record and the next compaction cleans up', () => {
    const path = tempDb();
    const db = fileDb(path);
    db.append([sampleRecord('a')]);
    // state after a kill between the rename and the merge: the old file survives as a link
    linkSync(path, `${path}.old-999999-dead`);
    writeFileSync(`${path}.tmp`, `${JSON.stringify(sampleRecord('b'))}\n`);
    renameSync(`${path}.tmp`, path);
    appendFileSync(`${path}.old-999999-dead`, `\n${JSON.stringify(sampleRecord('late'))}\n`);
    writeFileSync(`${path}.lock`, '999999\n'); // its lock, held by a process that is gone
    expect(db.read().records.map((r) => r.id).sort()).toEqual(['a', 'b', 'late']);
    expect(db.compact()).toMatchObject({ compacted: true, kept: 3 });
    expect(existsSync(`${path}.old-999999-dead`)).toBe(false);
    expect(db.read().records.map((r) => r.id).sort()).toEqual(['a', 'b', 'late']);
  });

  it('does not compact while another live process holds the lock', () => {
    const path = tempDb();
    const db = fileDb(path);
    db.append([sampleRecord('a')]);
    writeFileSync(`${path}.lock`, `${process.pid}\n`);
    expect(db.compact()).toEqual({ compacted: false, reason: expect.stringMatching(/another compaction is running/) });
  });
});

describe('export and import', () => {
  it('round-trips every record through JSON', () => {
    const records = [sampleRecord('a'), sampleRecord('b', { kind: 'winner', observed: { 't0/r0/8x1': 0.25 } })];
    const text = exportRecords(records);
    const back = parseExport(text);
    expect(back).toEqual({ records, skipped: 0 });
    const db = memoryDb();
    db.append((back as { records: typeof records }).records);
    expect(db.read().records).toEqual(records);
    const file = fileDb(tempDb());
    file.append(records);
    expect(parseExport(exportRecords(file.read().records))).toEqual({ records, skipped: 0 });
  });

  it('reports what is not an export, and skips invalid entries of one', () => {
    expect(parseExport('nope')).toEqual({ error: expect.stringMatching(/not JSON/) });
    expect(parseExport('{"records": []}')).toEqual({ error: expect.stringMatching(/not a pitc tuning export/) });
    const text = JSON.stringify({ format: 'pitc-tuning-export/1', records: [sampleRecord('a'), { id: 'junk' }] });
    expect(parseExport(text)).toMatchObject({ skipped: 1, records: [{ id: 'a' }] });
  });
});
