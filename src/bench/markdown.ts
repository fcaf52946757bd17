/** Benchmark records as a Markdown table. */
import type { BenchColumn, BenchRecord, BenchValue } from './types.js';

function cell(value: BenchValue | undefined, digits: number | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && digits !== undefined && Number.isFinite(value)) return value.toFixed(digits);
  return String(value);
}

export function markdownTable(columns: readonly BenchColumn[], records: readonly BenchRecord[]): string {
  const lines = [`| ${columns.map((c) => c.header).join(' | ')} |`, `|${columns.map(() => ' --- |').join('')}`];
  for (const r of records) lines.push(`| ${columns.map((c) => cell(r[c.key], c.digits)).join(' | ')} |`);
  return lines.join('\n');
}
