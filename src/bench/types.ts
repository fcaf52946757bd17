/** What a benchmark is to the driver (main.ts): a name, a run that returns JSON-able records. */

export type BenchValue = string | number | boolean | null;
export type BenchRecord = Readonly<Record<string, BenchValue>>;

export interface BenchContext {
  /** Smaller sizes and fewer runs: a smoke run, not a measurement. */
  readonly quick: boolean;
  /** Only the cases whose name contains one of these (`--case TEXT`, for benchmarks with named cases). */
  readonly cases?: readonly string[];
  /** Progress to stderr (stdout is the Markdown report). */
  log(message: string): void;
}

export interface BenchColumn {
  readonly key: string;
  readonly header: string;
  /** Digits after the point for numbers (default: as is). */
  readonly digits?: number;
}

import type { Picture } from '../pictures/svg.js';

export interface Benchmark {
  readonly name: string;
  readonly title: string;
  /** Columns of the Markdown table, in order. */
  readonly columns: readonly BenchColumn[];
  run(ctx: BenchContext): BenchRecord[] | Promise<BenchRecord[]>;
  /** SVG pictures of the records (written beside the JSON as NAME-PICTURE.svg); `label` says where they were measured. */
  plots?(records: readonly BenchRecord[], label: string): Picture[];
}
