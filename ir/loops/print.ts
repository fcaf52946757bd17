import { printDim } from '../dim-expr.js';
import { printNumber, printScalar } from '../expr/print.js';
import type { Reducer } from '../expr/tensor-expr.js';
import type { TileExtent } from '../index-geometry.js';
import type { LoopExpr, LoopIndex, LoopOp, LoopProgram, LoopRange, LoopStep } from './loop-ir.js';

const tileText = (e: TileExtent): string => (e === 'full' ? '*' : String(e));

const UPDATE: Readonly<Record<Reducer, string>> = {
  sum: '+=',
  prod: '*=',
  max: 'max=',
  min: 'min=',
};

/** Canonical text of a loop program: tensors, indexes, then every op's loop nest. */
export function printLoopProgram(p: LoopProgram): string {
  const lines: string[] = [];
  lines.push(
    `loops (${p.binding.length === 0 ? 'extents as declared' : p.binding.map((b) => `${b.dim} = ${b.value}`).join(', ')})`,
  );
  for (const t of p.tensors)
    lines.push(
      `  tensor ${t.name}: ${t.dtype}[${t.shape.map(printDim).join(', ')}] ${t.role}${t.output ? ', output' : ''}`,
    );
  for (const i of p.indexes) lines.push(`  ${printIndex(i)}`);
  const text = [lines.join('\n'), ...p.ops.map(printLoopOp)];
  return text.join('\n\n') + '\n';
}

function printIndex(i: LoopIndex): string {
  const g = i.grid;
  const strips = g.stripGrid.length === 0 ? '1' : g.stripGrid.map(printDim).join(' x ');
  return (
    `index ${i.key} = microtiles(${i.source}, ${g.microTile.map(tileText).join('x') || '()'}) along dim ${g.gatherDim}, absent = ${printNumber(i.fill)}: ` +
    `strips ${strips} over dims (${g.stripDims.join(', ')}), ${printDim(g.gatherTiles)} tiles each; built by ${i.builtBy}${i.dimsOnly ? ', once per binding of the dims' : ''}`
  );
}

/** One op: its header, axes, buffers, contraction, then the nest. */
export function printLoopOp(op: LoopOp): string {
  const lines: string[] = [];
  const pit = op.pit;
  const form = pit
    ? `${op.form === 'cell' ? 'cell ' : ''}pit: ${printScalar(pit.operand)} micro-tile ${pit.operandMicroTile.map(tileText).join('x')} along ${pit.gather.axis} by ${pit.index}, skips ${pit.scope.kind === 'reduction' ? `reduction $${pit.scope.buffer}` : 'output cells'}`
    : op.fallback
      ? `${op.form}: ${op.fallback}`
      : op.form;
  lines.push(`op ${op.output}: ${op.dtype} [${form}]`);
  lines.push(
    `  axes ${op.axes.map((a) => `${a.name} ${a.var} ${a.role} ${printDim(a.extent)}`).join(', ')}`,
  );
  if (op.reads.length > 0) lines.push(`  reads ${op.reads.join(', ')}`);
  for (const b of op.buffers)
    lines.push(
      `  buffer $${b.name} = ${b.reducer}[${b.axes.join(', ')}] over (${b.over.join(', ')}) : ${b.dtype}${b.given ? ', given' : ''}`,
    );
  const c = op.contraction;
  if (c.kind === 'contraction') {
    const factors = (fs: readonly LoopExpr[]): string => fs.map(printLoopExpr).join(' * ');
    lines.push(
      `  contraction $${c.buffer}: loop (${c.loop.join(', ')}) m (${c.m.join(', ')}) n (${c.n.join(', ')}) k (${c.k.join(', ')}), A = ${factors(c.a)}, B = ${factors(c.b)}` +
        `${c.scale === 1 ? '' : `, scale ${printNumber(c.scale)}`}${c.epilogue ? `, epilogue ${printLoopExpr(c.epilogue)}` : ', plain'}`,
    );
  } else lines.push(`  contraction none: ${c.reason}`);
  for (const w of pit?.spans ?? [])
    lines.push(
      `  runs densely unless dim ${w.operandDim} of ${pit?.operand.tensor} is at most ${w.tile} (a window inside one micro-tile)`,
    );
  if (pit)
    lines.push(
      `  swrite ${pit.swrite.mode}, untouched = ${printNumber(pit.swrite.init)} (${pit.swrite.untouched})`,
    );
  printSteps(op, op.body, 1, lines);
  return lines.join('\n');
}

function printSteps(op: LoopOp, steps: readonly LoopStep[], depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  for (const s of steps) {
    switch (s.kind) {
      case 'loop':
        out.push(`${pad}for ${s.axis} in ${printRange(s.range)}:`);
        break;
      case 'strips':
        out.push(
          op.form === 'cell'
            ? `${pad}for $s in strips(${s.index}) holding the cell:  $u[d]: the tile coordinate of strip $s along source dim d`
            : `${pad}for $s in strips(${s.index}):  $u[d]: the tile coordinate of strip $s along source dim d`,
        );
        break;
      case 'listed':
        out.push(
          `${pad}for $p in listed(${s.index}, $s)${op.form === 'cell' ? ' holding the cell' : ''}:  $c = coords[$p]`,
        );
        break;
      case 'sread':
        out.push(`${pad}sread ${s.mode} ${s.accesses.map(printScalar).join(', ') || s.tensor}`);
        break;
      case 'fill':
        out.push(
          `${pad}fill ${s.tensor} = ${printNumber(s.value)}${s.unread ? '  (never read: may stay unwritten)' : ''}`,
        );
        break;
      case 'init':
        out.push(`${pad}init $${s.buffer} = ${printNumber(s.value)}`);
        break;
      case 'update': {
        const b = op.buffers.find((x) => x.name === s.buffer);
        const slot = b && b.over.length > 0 ? `$${s.buffer}[${b.over.join(', ')}]` : `$${s.buffer}`;
        out.push(`${pad}update ${slot} ${b ? UPDATE[b.reducer] : '?='} ${printLoopExpr(s.value)}`);
        break;
      }
      case 'store':
        out.push(
          `${pad}store ${s.write} ${s.tensor}[${op.axes
            .filter((a) => a.role === 'spatial')
            .map((a) => a.name)
            .join(', ')}] = ${printLoopExpr(s.value)}`,
        );
        break;
    }
    if (s.kind === 'loop' || s.kind === 'strips' || s.kind === 'listed')
      printSteps(op, s.body, depth + 1, out);
  }
}

function printRange(r: LoopRange): string {
  switch (r.kind) {
    case 'full':
      return `[0, ${printDim(r.extent)})`;
    case 'strip': {
      if (r.tile === 'full')
        return `[0, ${printDim(r.extent)})  (strip of ${r.index} spans dim ${r.sourceDim})`;
      const lo = r.tile === 1 ? `$u[${r.sourceDim}]` : `$u[${r.sourceDim}]*${r.tile}`;
      return `[${lo}, min(${lo} + ${r.tile}, ${printDim(r.extent)}))`;
    }
    case 'listed': {
      if (r.width === 'full') return `[0, ${printDim(r.extent)})  (listed tile spans the dim)`;
      const lo = r.width === 1 ? '$c' : `$c*${r.width}`;
      return `[${lo}, min(${lo} + ${r.width}, ${printDim(r.extent)}))`;
    }
  }
}

/**
 * Canonical, fully parenthesised text of a loop expression (a buffer read prints as `$r0[t, d]`). Names the lowering makes (buffers,
 * the strip, slot and coordinate variables) print with a `$`, which no .pit name has.
 */
export function printLoopExpr(e: LoopExpr): string {
  switch (e.kind) {
    case 'const':
    case 'access':
    case 'axis':
      return printScalar(e);
    case 'buffer':
      return e.at.length === 0 ? `$${e.buffer}` : `$${e.buffer}[${e.at.join(', ')}]`;
    case 'unary':
      return e.op === 'neg' ? `(-${printLoopExpr(e.arg)})` : `${e.op}(${printLoopExpr(e.arg)})`;
    case 'binary':
      return e.op === 'max' || e.op === 'min'
        ? `${e.op}(${printLoopExpr(e.lhs)}, ${printLoopExpr(e.rhs)})`
        : `(${printLoopExpr(e.lhs)} ${e.op} ${printLoopExpr(e.rhs)})`;
    case 'where':
      return `where(${printLoopExpr(e.cond)}, ${printLoopExpr(e.then)}, ${printLoopExpr(e.else)})`;
  }
}
