/** The tuner's progress as one line of text: a bar, counts, time, and the best so far. */
import type { TuneProgress } from './tuner.js';

export const BAR_WIDTH = 24;

/** `tune c [#########---------------]  38%  12/33 tried, 0 failed  7.4/20.0 s  best 0.201 ms: a along m, 1x64; ...` */
export function renderProgress(p: TuneProgress, width = BAR_WIDTH): string {
  const byTime = p.budgetMs > 0 ? p.elapsedMs / p.budgetMs : 1;
  const byCount = p.planned ? p.tried / p.planned : 0;
  const fraction = p.phase === 'done' ? 1 : Math.max(0, Math.min(1, Math.max(byTime, byCount)));
  const filled = Math.round(fraction * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const count = `${p.tried}${p.planned !== undefined ? `/${p.planned}` : ''} tried, ${p.failed} failed`;
  const time = `${(p.elapsedMs / 1000).toFixed(1)}/${(p.budgetMs / 1000).toFixed(1)} s`;
  const best = p.best ? `best ${p.best.ms.toFixed(3)} ms: ${p.best.label}` : 'best: none yet';
  const phase = p.phase === 'confirm' ? ' confirming finalists' : '';
  return `tune ${p.op} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${count}  ${time}  ${best}${phase}`;
}

/**
 * Throttles progress lines for a terminal: each update rewrites the line (`\r`), at most every
 * `intervalMs`; a finished op ends its line. Phase changes always print.
 */
export function progressPrinter(write: (text: string) => void, intervalMs = 250, clock: () => number = () => performance.now()): (p: TuneProgress) => void {
  let last = -Infinity;
  let lastPhase = '';
  let width = 0;
  return (p) => {
    const now = clock();
    const phaseChanged = `${p.op}:${p.phase}` !== lastPhase;
    if (!phaseChanged && now - last < intervalMs) return;
    last = now;
    lastPhase = `${p.op}:${p.phase}`;
    const line = renderProgress(p);
    const padded = line.padEnd(width);
    width = line.length;
    write(`\r${padded}${p.phase === 'done' ? '\n' : ''}`);
    if (p.phase === 'done') width = 0;
  };
}

/**
 * Progress for a log or a pipe: plain lines, no carriage returns. A line when an op starts a
 * phase and when it is done, and at most one every `intervalMs` in between.
 */
export function progressLines(write: (text: string) => void, intervalMs = 10_000, clock: () => number = () => performance.now()): (p: TuneProgress) => void {
  let last = -Infinity;
  let lastPhase = '';
  return (p) => {
    const now = clock();
    const phase = `${p.op}:${p.phase}`;
    if (phase === lastPhase && now - last < intervalMs) return;
    last = now;
    lastPhase = phase;
    write(`${renderProgress(p)}\n`);
  };
}
