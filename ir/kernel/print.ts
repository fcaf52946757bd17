import { printDim } from '../dim-expr.js';
import { printAffine, printNumber, printScalar, printTensorExpr } from '../expr/print.js';
import type { KernelExtent, KernelIR, PitKernel } from './kernel-ir.js';

const extentText = (e: KernelExtent): string => (e === 'full' ? '*' : String(e));

/** Canonical text of a kernel: the loop structure of its PIT form, SReads and SWrite. */
export function printKernel(k: KernelIR): string {
  if (k.kind === 'dense') return `kernel ${k.expr.output} [dense]\n  ${printTensorExpr(k.expr)}\n`;
  return printPit(k);
}

function printPit(k: PitKernel): string {
  const op = k.expr;
  const access = k.operand.access;
  const lines: string[] = [];
  const scope = k.scope.kind === 'reduction' ? `reduction over ${k.scope.axes.join(', ')}` : 'output cells';
  lines.push(`kernel ${op.output} [pit: ${printScalar(access)} along ${k.gather.axis}, ${k.swrite.mode}, skips ${scope}]`);
  lines.push(`  ${printTensorExpr(op)}`);
  lines.push(
    `  index I = microtiles(${k.index.source}, ${k.index.microTile.map(extentText).join('x')}) along dim ${k.index.gatherDim}, absent = ${printNumber(k.index.fill)}, ordered${k.index.dimsOnly ? ', once per binding of the dims' : ''}`,
  );
  const extentOf = (axis: string): string => {
    const a = [...op.spatial, ...op.reduce].find((x) => x.name === axis);
    return a ? printDim(a.extent) : '?';
  };
  const stripText = k.strips.map((s) => (s.extent === 'full' ? `${s.axis} ∈ [0, ${extentOf(s.axis)})` : `${s.axis} ∈ strip·${s.extent} + [0, ${s.extent})`));
  lines.push(`  for strip in I.strips:${stripText.length > 0 ? '  ' + stripText.join(', ') : ''}`);
  lines.push(`    for slot in I.listed(strip):  ${k.gather.axis} ∈ I.coord[slot]·${k.gather.width} + [0, ${k.gather.width})`);
  for (const r of k.sreads) {
    lines.push(`      sread ${r.mode.padEnd(6)} ${r.tensor}${r.tensor === access.tensor ? `[${access.indices.map(printAffine).join(', ')}]` : ''}`);
  }
  const acc = k.scope.kind === 'reduction' ? `acc (${k.scope.axes.join(', ')} reduced over listed slots)` : `${op.output} cells of listed micro-tiles`;
  lines.push(`      compute ${acc}`);
  lines.push(`    swrite ${k.swrite.mode} ${op.output}, untouched = ${printNumber(k.swrite.init)}${k.swrite.untouchedUnread ? ' (never read: may stay unwritten)' : ''}`);
  return lines.join('\n') + '\n';
}
