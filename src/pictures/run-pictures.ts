/**
 * The pictures and the plain words of one run, shared by `pitc run --plot DIR`, the playground
 * and the README: for every PIT op, the pattern, coverage and index of the tensor its index is
 * built from; the per-op times of the run against the same program run densely; and a sentence
 * ("skipped 29,471 of 32,768 micro-tiles; 5.1 ms vs 38 ms dense").
 */
import type { KernelIR, PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { HostTensor } from '../../ir/tensor.js';
import { concreteTile } from '../../codegen/run/micro-tile.js';
import { pitRule } from '../../codegen/run/pit-detail.js';
import type { OpRunRecord } from '../../codegen/target.js';
import { barChart } from './charts.js';
import { coverageSvg, indexSvg, patternSvg, type SourceInfo } from './sparsity-pictures.js';
import { grouped, ms, percent, type Picture } from './svg.js';
import { tileMap, type TileMap } from './tile-map.js';

/** What one PIT op's index sees. */
export interface OpSparsity extends SourceInfo {
  readonly map: TileMap;
}

/** The tensors a run's PIT ops build their indexes from (inputs, and intermediates such as a relu output). */
export function indexSources(kernels: readonly KernelIR[]): string[] {
  return [...new Set(kernels.filter((k): k is PitKernel => k.kind === 'pit').map((k) => k.index.source))];
}

/** The micro-tile counts of every PIT op's index source; `values` holds the tensors `indexSources` names. */
export function sparsityOf(kernels: readonly KernelIR[], values: ReadonlyMap<string, HostTensor>): OpSparsity[] {
  const out: OpSparsity[] = [];
  for (const k of kernels) {
    if (k.kind !== 'pit') continue;
    const source = values.get(k.index.source);
    if (!source) continue;
    const microTile = concreteTile(k.index.microTile, source.shape);
    const map = tileMap(source, { microTile, fill: k.index.fill, gatherDim: k.index.gatherDim });
    out.push({ op: k.expr.output, tensor: k.index.source, rule: pitRule(k), map });
  }
  return out;
}

/** Pattern, coverage and index pictures of every PIT op. */
export function sparsityPictures(ops: readonly OpSparsity[]): Picture[] {
  return ops.flatMap((o) => [patternSvg(o.map, o), coverageSvg(o.map, o), indexSvg(o.map, o)]);
}

/** Per-op times: PIT (kernel, then index build stacked) against dense. */
export function timesPicture(pit: readonly OpRunRecord[], dense: readonly OpRunRecord[] | undefined, label: string): Picture {
  const groups = pit.map((op) => {
    const d = dense?.find((o) => o.name === op.name);
    const ranDense = op.form === 'dense' && op.detail?.['rule'] !== undefined;
    const series = op.detail?.['rule'] === undefined ? 'as planned (dense op)' : ranDense ? 'PIT op, ran dense' : 'PIT';
    return {
      label: op.name,
      bars: [
        { series, value: op.kernelMs, ...(op.indexMs ? { stacked: { label: 'index', value: op.indexMs } } : {}) },
        ...(d ? [{ series: 'dense (pitc, no PIT)', value: d.kernelMs }] : []),
      ],
    };
  });
  const pitTotal = total(pit);
  const denseTotal = dense ? total(dense) : undefined;
  return barChart({
    name: 'times.svg',
    title: `Time per op: ${ms(pitTotal)}${denseTotal !== undefined ? ` with PIT vs ${ms(denseTotal)} dense` : ''}`,
    subtitle: label,
    unit: 'ms',
    groups,
    format: ms,
    data: { 'data-pit-ms': Number(pitTotal.toFixed(4)), ...(denseTotal !== undefined ? { 'data-dense-ms': Number(denseTotal.toFixed(4)) } : {}) },
  });
}

/** Kernel plus index time of every op. */
export function total(ops: readonly OpRunRecord[]): number {
  return ops.reduce((s, o) => s + o.kernelMs + (o.indexMs ?? 0), 0);
}

/**
 * The run in plain words: per PIT op what it skipped (as its record reports it) and how fast,
 * then the whole run against dense.
 */
export function plainWords(pit: readonly OpRunRecord[], dense: readonly OpRunRecord[] | undefined): string[] {
  const lines: string[] = [];
  let skipped = 0;
  let tiles = 0;
  // ops that had an index but ran densely (its density above the crossover) skipped nothing
  let ranDense = 0;
  const seen = new Set<string>();
  for (const op of pit) {
    const d = op.detail;
    if (!d || d['microTilesSkipped'] === undefined) continue;
    const s = Number(d['microTilesSkipped']);
    const listed = Number(d['microTilesListed'] ?? 0);
    const key = String(d['index'] ?? op.name);
    // why it ran dense, where the record says (`dense (density above the crossover)`)
    const mode = typeof d['mode'] === 'string' && d['mode'] !== 'pit' ? d['mode'] : 'dense';
    const denseOp = dense?.find((o) => o.name === op.name);
    const time = `${ms(op.kernelMs)}${op.indexMs ? ` + ${ms(op.indexMs)} index` : ''}${denseOp ? ` vs ${ms(denseOp.kernelMs)} dense` : ''}`;
    const share = `${grouped(s)} of ${grouped(s + listed)} micro-tiles (${percent(s + listed === 0 ? 0 : s / (s + listed))})`;
    const reused = d['indexReused'] ? ', the same index as before' : '';
    if (op.form === 'dense') {
      ranDense++;
      lines.push(`op ${op.name}: ${share} were absent${reused}, but it ran dense (${mode.replace(/^dense \((.*)\)$/, '$1')}); ${time}`);
      continue;
    }
    if (!seen.has(key)) {
      seen.add(key);
      skipped += s;
      tiles += s + listed;
    }
    lines.push(`op ${op.name}: skipped ${share}${reused}; ${time}`);
  }
  const overall =
    tiles > 0
      ? `skipped ${grouped(skipped)} of ${grouped(tiles)} micro-tiles`
      : ranDense > 0
        ? `no op skipped anything (${ranDense === 1 ? 'the op with an index' : `the ${ranDense} ops with an index`} ran dense: too few micro-tiles were absent)`
        : 'no op skipped anything (no PIT rule applies, or nothing was absent)';
  const times = dense ? `; ${ms(total(pit))} vs ${ms(total(dense))} dense` : `; ${ms(total(pit))}`;
  return [`${overall}${times}`, ...lines];
}
