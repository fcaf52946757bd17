import type { HostTensor } from '../../ir/tensor.js';
import type { OpRunRecord } from '../../codegen/target.js';
import type { TargetId } from '../targets/registry.js';
import { checksum, formatShape } from '../runtime/tensor-utils.js';
import type { PlanSource } from '../tune/apply.js';
import type { DensityReport } from './run-inputs.js';
import { printable } from '../../ir/core/printable.js';

/** The outcome of `pitc run`, printed as text or as one JSON object (`--json`). */
export interface RunSummary {
  readonly file: string;
  readonly target: TargetId;
  readonly dims: ReadonlyMap<string, number>;
  readonly outputs: ReadonlyMap<string, HostTensor>;
  /** Per op, kernel and index ms are medians over the same runs as `timings`. */
  readonly ops: readonly OpRunRecord[];
  readonly inputs: ReadonlyMap<string, string>;
  readonly densities: ReadonlyMap<string, DensityReport>;
  readonly repeat: number;
  /**
   * Medians over the timed runs (one cold run when `repeat` is 1): `totalMs` is the wall time of
   * the whole call as an API caller pays it, `kernelMs` and `indexMs` the per-run sums over ops.
   */
  readonly timings: { readonly compileMs: number; readonly indexMs: number; readonly kernelMs: number; readonly totalMs: number };
  readonly check?: ReadonlyMap<string, { readonly ok: boolean; readonly maxScaledError: number; readonly reason?: string }>;
  readonly written: readonly string[];
  /** Per op: a tuning record's plan, or the cost model's (targets that are tuned). */
  readonly plans?: readonly PlanSource[];
  /** With --plot: the run in plain words, and the same program's times run densely. */
  readonly words?: readonly string[];
  readonly dense?: { readonly kernelMs: number; readonly indexMs: number; readonly totalMs: number };
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

export function summaryToJson(s: RunSummary): unknown {
  return {
    schema: 'pitc.run/1',
    file: s.file,
    target: s.target,
    dims: Object.fromEntries(s.dims),
    outputs: Object.fromEntries(
      [...s.outputs].map(([name, t]) => [name, { dtype: t.dtype, shape: [...t.shape], checksum: checksum(t) }]),
    ),
    ops: s.ops.map((o) => ({
      name: o.name,
      target: o.target,
      form: o.form,
      kernelMs: round(o.kernelMs),
      ...(o.indexMs !== undefined ? { indexMs: round(o.indexMs) } : {}),
      ...(o.detail ?? {}),
      ...planJson(s.plans?.find((p) => p.op === o.name)),
    })),
    inputs: Object.fromEntries(
      [...s.inputs].map(([name, origin]) => {
        const d = s.densities.get(name);
        return [name, { source: origin, ...(d ? { density: round(d.measured, 4), microTile: [...d.microTile] } : {}) }];
      }),
    ),
    repeat: s.repeat,
    timings: {
      compileMs: round(s.timings.compileMs),
      indexMs: round(s.timings.indexMs),
      kernelMs: round(s.timings.kernelMs),
      totalMs: round(s.timings.totalMs),
    },
    ...(s.check ? { check: Object.fromEntries(s.check) } : {}),
    ...(s.dense ? { dense: { indexMs: round(s.dense.indexMs), kernelMs: round(s.dense.kernelMs), totalMs: round(s.dense.totalMs) } } : {}),
    ...(s.words ? { words: [...s.words] } : {}),
    ...(s.written.length > 0 ? { written: [...s.written] } : {}),
  };
}

export function summaryToText(s: RunSummary): string {
  const dims = [...s.dims].map(([k, v]) => `${k}=${v}`).join(', ');
  const lines = [`${printable(s.file)}: ran on ${s.target}${dims ? ` with ${dims}` : ''}`];
  for (const [name, d] of s.densities) {
    const asked = d.requested !== undefined ? ` (asked ${d.requested})` : '';
    lines.push(`  ${name}: density ${d.measured.toFixed(4)} at micro-tile ${d.microTile.join('x')}${asked}`);
  }
  // per-op plan lines only when some record is near (used, or kept out for other data);
  // a program nobody tuned gets one line
  const tuned = s.plans?.some((p) => p.source === 'tuned' || !p.why.startsWith('no tuning record')) ?? false;
  if (s.plans && s.plans.length > 0 && !tuned) lines.push('  plans: cost model (no tuning records for these ops and shapes; `pitc tune` makes some)');
  // a failed guard reran the whole program densely: every op's record carries the same message
  const guard = s.ops.map((o) => o.detail?.['guard']).find((g) => g !== undefined);
  if (guard !== undefined) lines.push(`  guard failed: ${String(guard)}`);
  for (const op of s.ops) {
    const line = opLine(op);
    if (line) lines.push(`  op ${op.name}: ${line}`);
    const plan = tuned ? s.plans?.find((p) => p.op === op.name) : undefined;
    if (plan) lines.push(`  op ${op.name}: plan: ${plan.source} (${plan.why})`);
  }
  const width = Math.max(...[...s.outputs.keys()].map((n) => n.length), 1);
  for (const [name, t] of s.outputs) {
    lines.push(`  ${name.padEnd(width)}  ${t.dtype}${formatShape(t.shape)}  checksum ${checksum(t)}`);
  }
  for (const [name, c] of s.check ?? []) {
    lines.push(`  check ${name}: ${c.ok ? 'ok' : 'MISMATCH'} (max error ${c.maxScaledError.toExponential(2)} of the largest value)${c.reason ? `: ${c.reason}` : ''}`);
  }
  const t = s.timings;
  const median = s.repeat > 1 ? ` (median of ${s.repeat} runs after a warm-up)` : '';
  lines.push(`  time: compile ${t.compileMs.toFixed(1)} ms, index ${t.indexMs.toFixed(1)} ms, kernels ${t.kernelMs.toFixed(1)} ms, total ${t.totalMs.toFixed(1)} ms${median}`);
  if (s.ops.length > 0) lines.push(`  time per op (kernel + index ms): ${s.ops.map(opTime).join(', ')}`);
  for (const words of s.words ?? []) lines.push(`  in words: ${words}`);
  for (const file of s.written) lines.push(`  wrote ${printable(file)}`);
  return lines.join('\n') + '\n';
}

function opTime(op: OpRunRecord): string {
  const into = op.detail?.['fusedInto'];
  if (typeof into === 'string') return `${op.name} (in ${into})`;
  const time = `${op.name} ${op.kernelMs.toFixed(1)}${op.indexMs ? ` + ${op.indexMs.toFixed(1)}` : ''}`;
  // a loop chain's ops ran in one dispatch, timed in its first op (docs/wasm.md, "Loop chains")
  const chain = op.detail?.['chain'] as { ops?: string[]; timedIn?: string; strips?: { rows: number } } | undefined;
  if (chain?.timedIn === undefined || !chain.ops) return time;
  const strips = chain.strips ? `, in strips of ${chain.strips.rows} rows` : '';
  return chain.timedIn === op.name ? `${time} (loop chain ${chain.ops.join(', ')}${strips})` : `${time} (in the loop chain of ${chain.timedIn})`;
}

function planJson(p: PlanSource | undefined): Record<string, unknown> {
  return p ? { plan: { source: p.source, why: p.why, ...(p.record ? { record: p.record.id } : {}) } } : {};
}

/** One line per op that did something worth reporting: its PIT form, or why it ran dense. */
function opLine(op: OpRunRecord): string | undefined {
  const d = op.detail;
  if (!d) return undefined;
  const pct = (x: unknown): string => `${(Number(x) * 100).toFixed(1)}%`;
  if (d['fallback']) return `dense (${String(d['fallback'])})`;
  if (d['note']) return `dense (${String(d['note'])})`;
  if (!d['rule']) return undefined;
  const mode = d['mode'] && d['mode'] !== 'pit' ? ` -> ran ${String(d['mode'])}` : '';
  const fused = Array.isArray(d['fused']) ? `, fused with ${(d['fused'] as string[]).filter((o) => o !== op.name).join(', ')}` : '';
  const unwritten = Array.isArray(d['untouchedUnwritten']) ? `, untouched cells of ${(d['untouchedUnwritten'] as string[]).join(', ')} never written` : '';
  return (
    `PIT ${String(d['rule'])}, micro-tile ${(d['microTile'] as number[]).join('x')}, density ${pct(d['density'])}, ` +
    `${String(d['microTilesSkipped'])} micro-tiles skipped${d['coverageWaste'] !== undefined ? `, coverage waste ${pct(d['coverageWaste'])}` : ''}${d['indexReused'] ? ', index reused' : ''}${fused}${unwritten}${mode}`
  );
}
