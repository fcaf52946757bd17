import { printDim, type DimExpr } from '../dim-expr.js';
import { printScalar } from '../expr/print.js';
import type { AccessExpr } from '../expr/tensor-expr.js';
import { indexGrid, stripDimsOf, type TileExtent } from '../index-geometry.js';
import {
  walkLoopExpr,
  walkSteps,
  type LoopExpr,
  type LoopIndex,
  type LoopOp,
  type LoopProgram,
  type LoopStep,
  type LoopTensor,
} from './loop-ir.js';

/**
 * Structural invariants of the loop IR. A violation is a pitc bug (the lowering produced bad
 * IR), so problems come back as plain strings for an InternalError. Checked: every loop binds an
 * axis of its op at most once on any path, over the axis's extent; every axis an expression
 * uses is bound; extents are positive (or symbolic; 0 only where a bound dim is 0); every index
 * agrees with ir/index-geometry.ts for its source's shape, and the PIT form's gather and strips
 * follow its dimensions; strip and listed ranges sit inside their loops; buffers are started
 * before they accumulate and accumulated before they are read; SRead and SWrite name existing
 * tensors; a contraction's axes partition the op's axes. The per-cell form: loops over the
 * spatial axes outermost, in order, over their whole extents, around one cell's steps that end
 * in its one store; every buffer per point (over nothing) but given ones, which no step computes.
 */
export function verifyLoopProgram(p: LoopProgram): string[] {
  const problems: string[] = [];
  const tensors = new Map<string, LoopTensor>();
  for (const t of p.tensors) {
    if (tensors.has(t.name)) problems.push(`tensor '${t.name}' listed twice`);
    tensors.set(t.name, t);
    t.shape.forEach((d, i) => checkExtent(d, p, `tensor '${t.name}' dimension ${i}`, problems));
  }
  const indexes = new Map<string, LoopIndex>();
  for (const i of p.indexes) {
    if (indexes.has(i.key)) problems.push(`index '${i.key}' listed twice`);
    indexes.set(i.key, i);
    problems.push(...verifyIndex(i, tensors, p));
  }
  for (const op of p.ops)
    problems.push(...verifyOp(op, tensors, indexes, p).map((m) => `op '${op.output}': ${m}`));
  return problems;
}

/** Extents are integers: positive when declared, ≥ 0 once the dims are bound (a dim may be bound to 0). */
function checkExtent(d: DimExpr, p: LoopProgram, what: string, problems: string[]): void {
  if (d.kind !== 'const') return;
  const min = p.binding.length === 0 ? 1 : 0;
  if (!Number.isSafeInteger(d.value) || d.value < min)
    problems.push(`${what} has extent ${d.value}`);
}

const sameDim = (a: DimExpr, b: DimExpr): boolean => printDim(a) === printDim(b);
const sameTile = (a: TileExtent | undefined, b: TileExtent | undefined): boolean => a === b;

function verifyIndex(
  i: LoopIndex,
  tensors: ReadonlyMap<string, LoopTensor>,
  p: LoopProgram,
): string[] {
  const problems: string[] = [];
  const source = tensors.get(i.source);
  if (!source) return [`index '${i.key}' reads unknown tensor '${i.source}'`];
  const g = i.grid;
  const rank = source.shape.length;
  if (g.shape.length !== rank || !g.shape.every((d, k) => sameDim(d, source.shape[k] as DimExpr)))
    problems.push(
      `index '${i.key}' has shape [${g.shape.map(printDim).join(', ')}], its source [${source.shape.map(printDim).join(', ')}]`,
    );
  if (g.microTile.length !== rank)
    problems.push(`index '${i.key}' micro-tile has ${g.microTile.length} extents for rank ${rank}`);
  for (const e of g.microTile)
    if (e !== 'full' && (!Number.isSafeInteger(e) || e < 1))
      problems.push(`index '${i.key}' micro-tile extent ${e}`);
  if (!Number.isInteger(g.gatherDim) || g.gatherDim < 0 || g.gatherDim >= Math.max(rank, 1))
    problems.push(`index '${i.key}' gathers along dim ${g.gatherDim} of rank ${rank}`);
  const want = indexGrid(source.shape, g.microTile, g.gatherDim);
  if (want.stripDims.join() !== g.stripDims.join())
    problems.push(
      `index '${i.key}' strip dims (${g.stripDims.join(', ')}), want (${want.stripDims.join(', ')})`,
    );
  if (
    want.stripGrid.length !== g.stripGrid.length ||
    !want.stripGrid.every((d, k) => sameDim(d, g.stripGrid[k] as DimExpr)) ||
    !sameDim(want.gatherTiles, g.gatherTiles)
  ) {
    problems.push(`index '${i.key}' grid disagrees with ir/index-geometry.ts`);
  }
  const first = p.ops.find((o) => o.pit?.index === i.key);
  if (first?.output !== i.builtBy)
    problems.push(
      `index '${i.key}' built by '${i.builtBy}', first read by '${first?.output ?? 'nobody'}'`,
    );
  return problems;
}

/** What is in scope at a step: bound axes, and the strip / listed loops around it. */
interface Scope {
  readonly bound: ReadonlySet<string>;
  readonly strips?: string;
  readonly listed?: string;
}

function verifyOp(
  op: LoopOp,
  tensors: ReadonlyMap<string, LoopTensor>,
  indexes: ReadonlyMap<string, LoopIndex>,
  p: LoopProgram,
): string[] {
  const problems: string[] = [];
  const out = tensors.get(op.output);
  const spatial = op.axes.filter((a) => a.role === 'spatial').map((a) => a.name);
  if (!out) problems.push('defines an unknown tensor');
  else {
    if (out.role !== 'intermediate') problems.push(`overwrites ${out.role} '${op.output}'`);
    if (out.dtype !== op.dtype) problems.push(`dtype ${op.dtype}, tensor has ${out.dtype}`);
    if (out.shape.length !== spatial.length)
      problems.push(`${spatial.length} spatial axes for rank ${out.shape.length}`);
  }
  const axes = new Map(op.axes.map((a) => [a.name, a]));
  if (axes.size !== op.axes.length) problems.push('an axis is listed twice');
  if (new Set(op.axes.map((a) => a.var)).size !== op.axes.length)
    problems.push('two axes share a loop variable');
  op.axes.forEach((a, i) => {
    checkExtent(a.extent, p, `axis '${a.name}'`, problems);
    if (i < spatial.length && a.role !== 'spatial') problems.push('spatial axes must come first');
  });
  for (const t of op.reads) if (!tensors.has(t)) problems.push(`reads unknown tensor '${t}'`);
  const buffers = new Map(op.buffers.map((b) => [b.name, b]));
  if (buffers.size !== op.buffers.length) problems.push('a buffer is declared twice');
  for (const b of op.buffers) {
    for (const a of b.axes)
      if (axes.get(a)?.role !== 'reduce')
        problems.push(`buffer ${b.name} reduces over '${a}', no reduce axis`);
    for (const a of b.over)
      if (!axes.has(a) || b.axes.includes(a)) problems.push(`buffer ${b.name} is kept over '${a}'`);
    if (b.given && op.form !== 'cell')
      problems.push(`buffer ${b.name} is given in a ${op.form} form`);
    if (op.form === 'cell' && !b.given && b.over.length > 0)
      problems.push(`buffer ${b.name} is kept over (${b.over.join(', ')}) inside a cell`);
    if (b.given && b.over.some((a) => !spatial.includes(a)))
      problems.push(`given buffer ${b.name} is kept over a reduce axis`);
  }
  const index = op.pit ? indexes.get(op.pit.index) : undefined;
  if (op.form === 'pit' && !op.pit) problems.push('a PIT form without its PIT facts');
  if (op.form === 'dense' && op.pit) problems.push('a dense form with PIT facts');
  if (op.form === 'cell') problems.push(...verifyCellNest(op.body, spatial));
  if (op.pit && !index) problems.push(`reads unknown index '${op.pit.index}'`);
  if (op.pit && index) problems.push(...verifyPit(op, index, tensors));

  // a given buffer is computed before the op runs
  const given = op.buffers.filter((b) => b.given).map((b) => b.name);
  const started = new Set<string>(given);
  const accumulated = new Set<string>(given);
  let stores = 0;
  const checkExpr = (e: LoopExpr, scope: Scope, where: string): void => {
    walkLoopExpr(e, (n) => {
      if (n.kind === 'access')
        checkAccess(n, scope, tensors, `${where}: ${printScalar(n)}`, problems);
      else if (n.kind === 'axis' && !scope.bound.has(n.axis))
        problems.push(`${where}: axis '${n.axis}' used unbound`);
      else if (n.kind === 'buffer') {
        const b = buffers.get(n.buffer);
        if (!b) problems.push(`${where}: reads unknown buffer ${n.buffer}`);
        else {
          if (!accumulated.has(b.name))
            problems.push(`${where}: reads ${b.name} before it is accumulated`);
          if (n.at.join() !== b.over.join())
            problems.push(
              `${where}: reads ${b.name} at (${n.at.join(', ')}), kept over (${b.over.join(', ')})`,
            );
        }
        for (const a of n.at)
          if (!scope.bound.has(a)) problems.push(`${where}: reads ${n.buffer} with '${a}' unbound`);
      }
    });
  };
  const visit = (steps: readonly LoopStep[], scope: Scope): void => {
    for (const s of steps) {
      switch (s.kind) {
        case 'loop': {
          const axis = axes.get(s.axis);
          if (!axis) problems.push(`loops over '${s.axis}', no axis of the op`);
          else if (!sameDim(axis.extent, s.range.extent))
            problems.push(
              `loop over '${s.axis}' has extent ${printDim(s.range.extent)}, the axis ${printDim(axis.extent)}`,
            );
          if (scope.bound.has(s.axis)) problems.push(`'${s.axis}' is bound twice`);
          if (s.range.kind === 'strip') {
            if (scope.strips !== s.range.index)
              problems.push(
                `'${s.axis}' ranges over a strip of ${s.range.index} outside its strip loop`,
              );
            if (index && !index.grid.stripDims.includes(s.range.sourceDim))
              problems.push(
                `'${s.axis}' follows dim ${s.range.sourceDim}, no strip dim of ${index.key}`,
              );
            if (index && !sameTile(index.grid.microTile[s.range.sourceDim], s.range.tile))
              problems.push(
                `'${s.axis}' strip tile ${s.range.tile}, the index's ${index.grid.microTile[s.range.sourceDim]}`,
              );
            if (
              op.pit &&
              !op.pit.strips.some(
                (x) =>
                  x.axis === s.axis && x.sourceDim === (s.range as { sourceDim: number }).sourceDim,
              )
            )
              problems.push(`'${s.axis}' is no strip axis of the PIT form`);
          }
          if (s.range.kind === 'listed') {
            if (scope.listed !== s.range.index)
              problems.push(
                `'${s.axis}' ranges over a listed micro-tile of ${s.range.index} outside its listed loop`,
              );
            if (op.pit?.gather.axis !== s.axis)
              problems.push(
                `'${s.axis}' ranges over listed micro-tiles but the gather axis is '${op.pit?.gather.axis}'`,
              );
            if (index && !sameTile(index.grid.microTile[index.grid.gatherDim], s.range.width))
              problems.push(
                `'${s.axis}' listed width ${s.range.width}, the index's ${index.grid.microTile[index.grid.gatherDim]}`,
              );
          }
          visit(s.body, { ...scope, bound: new Set([...scope.bound, s.axis]) });
          break;
        }
        case 'strips':
          if (!op.pit || s.index !== op.pit.index)
            problems.push(`strip loop over index '${s.index}', the op reads '${op.pit?.index}'`);
          if (scope.strips !== undefined) problems.push('a strip loop inside a strip loop');
          visit(s.body, { ...scope, strips: s.index });
          break;
        case 'listed':
          if (scope.strips !== s.index)
            problems.push(`listed loop of '${s.index}' outside its strip loop`);
          if (scope.listed !== undefined) problems.push('a listed loop inside a listed loop');
          visit(s.body, { ...scope, listed: s.index });
          break;
        case 'sread':
          if (!tensors.has(s.tensor)) problems.push(`sread of unknown tensor '${s.tensor}'`);
          if (!op.reads.includes(s.tensor))
            problems.push(`sread of '${s.tensor}', which the op does not read`);
          if (scope.listed === undefined)
            problems.push(`sread of '${s.tensor}' outside a listed loop`);
          for (const a of s.accesses)
            if (a.tensor !== s.tensor)
              problems.push(`sread of '${s.tensor}' lists ${printScalar(a)}`);
          if (s.mode === 'packed' && op.pit && s.tensor !== op.pit.operand.tensor)
            problems.push(`packed sread of '${s.tensor}', not the operand`);
          break;
        case 'fill':
          if (s.tensor !== op.output) problems.push(`fills '${s.tensor}', not its output`);
          if (op.pit?.scope.kind !== 'output')
            problems.push('a fill outside an output-scope PIT form');
          break;
        case 'init': {
          const b = buffers.get(s.buffer);
          if (!b) problems.push(`init of unknown buffer ${s.buffer}`);
          else if (b.given) problems.push(`init of given buffer ${b.name}`);
          else {
            const bound = b.over.filter((a) => scope.bound.has(a)).length;
            if (bound !== 0 && bound !== b.over.length)
              problems.push(`init of ${b.name} with some of (${b.over.join(', ')}) bound`);
            for (const a of b.axes)
              if (scope.bound.has(a)) problems.push(`init of ${b.name} inside its own axis '${a}'`);
          }
          started.add(s.buffer);
          break;
        }
        case 'update': {
          const b = buffers.get(s.buffer);
          if (!b) problems.push(`update of unknown buffer ${s.buffer}`);
          else if (b.given) problems.push(`update of given buffer ${b.name}`);
          else {
            if (!started.has(b.name)) problems.push(`${b.name} accumulates before its init`);
            for (const a of [...b.over, ...b.axes])
              if (!scope.bound.has(a)) problems.push(`update of ${b.name} with '${a}' unbound`);
          }
          checkExpr(s.value, scope, `update ${s.buffer}`);
          accumulated.add(s.buffer);
          break;
        }
        case 'store':
          stores++;
          if (s.tensor !== op.output) problems.push(`stores into '${s.tensor}', not its output`);
          for (const a of spatial)
            if (!scope.bound.has(a)) problems.push(`store with '${a}' unbound`);
          if (op.pit ? s.write !== op.pit.swrite.mode : s.write !== 'dense')
            problems.push(`store ${s.write} in a ${op.form} form`);
          checkExpr(s.value, scope, 'store');
          break;
      }
    }
  };
  visit(op.body, { bound: new Set() });
  if (stores === 0) problems.push('never stores its output');
  problems.push(...verifyContraction(op, buffers, spatial));
  return problems;
}

/**
 * The per-cell nest: whole-extent loops over the spatial axes in order, then one cell's steps
 * ending in its one store (inside the strip and listed loops of an output-scope PIT form).
 */
function verifyCellNest(body: readonly LoopStep[], spatial: readonly string[]): string[] {
  let steps = body;
  for (const axis of spatial) {
    const loop = steps[0];
    if (steps.length !== 1 || loop?.kind !== 'loop' || loop.axis !== axis)
      return [
        `a per-cell form whose loops are not the spatial axes (${spatial.join(', ')}) in order`,
      ];
    if (loop.range.kind !== 'full') return [`a per-cell form with a ${loop.range.kind} range`];
    steps = loop.body;
  }
  const problems: string[] = [];
  let stores = 0;
  walkSteps(steps, (s) => {
    if (s.kind === 'store') stores++;
    if (s.kind === 'loop' && spatial.includes(s.axis))
      problems.push(`a cell loops over spatial axis '${s.axis}'`);
  });
  // the store ends the cell, or (an output scope) the listed micro-tile that covers it
  let last = steps[steps.length - 1];
  while (last && (last.kind === 'strips' || last.kind === 'listed'))
    last = last.body[last.body.length - 1];
  if (stores !== 1 || last?.kind !== 'store') problems.push('a cell does not end in its one store');
  return problems;
}

function checkAccess(
  a: AccessExpr,
  scope: Scope,
  tensors: ReadonlyMap<string, LoopTensor>,
  where: string,
  problems: string[],
): void {
  const t = tensors.get(a.tensor);
  if (!t) problems.push(`${where}: unknown tensor`);
  else if (t.shape.length !== a.indices.length)
    problems.push(`${where}: ${a.indices.length} indices for rank ${t.shape.length}`);
  for (const ix of a.indices)
    for (const term of ix.terms)
      if (!scope.bound.has(term.axis)) problems.push(`${where}: axis '${term.axis}' used unbound`);
}

/** The PIT facts agree with the index: the gather axis follows its gather dimension, strips its strip dimensions. */
function verifyPit(
  op: LoopOp,
  index: LoopIndex,
  tensors: ReadonlyMap<string, LoopTensor>,
): string[] {
  const pit = op.pit;
  if (!pit) return [];
  const problems: string[] = [];
  const g = index.grid;
  const operand = tensors.get(pit.operand.tensor);
  const rank = pit.operand.indices.length;
  if (!operand) problems.push(`operand '${pit.operand.tensor}' is no tensor`);
  else if (operand.shape.length !== rank)
    problems.push(`operand ${printScalar(pit.operand)} has rank ${operand.shape.length}`);
  if (pit.operandMicroTile.length !== rank)
    problems.push(`operand micro-tile has ${pit.operandMicroTile.length} extents for rank ${rank}`);
  if (pit.dimToSource.length !== rank)
    problems.push(`operand dimension map has ${pit.dimToSource.length} entries for rank ${rank}`);
  if (!op.axes.some((a) => a.name === pit.gather.axis))
    problems.push(`gather axis '${pit.gather.axis}' is no axis of the op`);
  if (pit.dimToSource[pit.gather.operandDim] !== g.gatherDim)
    problems.push(
      `the gather axis follows source dim ${pit.dimToSource[pit.gather.operandDim]}, the index gathers along ${g.gatherDim}`,
    );
  const ix = pit.operand.indices[pit.gather.operandDim];
  if (!ix || ix.terms.length !== 1 || ix.terms[0]?.axis !== pit.gather.axis)
    problems.push(
      `operand dimension ${pit.gather.operandDim} is not indexed by '${pit.gather.axis}'`,
    );
  const used = new Set<number>();
  for (const s of pit.strips) {
    if (s.sourceDim !== (pit.dimToSource[s.operandDim] ?? null))
      problems.push(
        `strip axis '${s.axis}' follows source dim ${s.sourceDim}, the operand map says ${pit.dimToSource[s.operandDim]}`,
      );
    if (s.sourceDim === null) continue;
    if (!g.stripDims.includes(s.sourceDim))
      problems.push(
        `strip axis '${s.axis}' follows dim ${s.sourceDim}, no strip dim of ${index.key}`,
      );
    if (used.has(s.sourceDim)) problems.push(`two strip axes follow source dim ${s.sourceDim}`);
    used.add(s.sourceDim);
  }
  if (index.source === pit.operand.tensor && pit.dimToSource.every((d, k) => d === k)) {
    pit.operandMicroTile.forEach((e, d) => {
      if (!sameTile(e, g.microTile[d]))
        problems.push(
          `operand micro-tile ${pit.operandMicroTile.join('x')} differs from its own index's ${g.microTile.join('x')}`,
        );
    });
  }
  for (const w of pit.spans) {
    const ix = pit.operand.indices[w.operandDim];
    if (!ix || (ix.terms.length === 1 && ix.terms[0]?.coef === 1 && ix.constant === 0))
      problems.push(`span check on operand dim ${w.operandDim}, which is no window`);
    if (!Number.isSafeInteger(w.tile) || w.tile < 1)
      problems.push(`span check with tile ${w.tile}`);
  }
  if (stripDimsOf(g.shape.length, g.gatherDim).join() !== g.stripDims.join())
    problems.push('index strip dims are not every dim but the gather dim');
  const fills = op.body.filter((s) => s.kind === 'fill');
  if (pit.scope.kind === 'output' && pit.swrite.untouched === 'none')
    problems.push('an output scope leaves no untouched cells');
  if (fills.some((f) => f.kind === 'fill' && f.unread !== (pit.swrite.untouched === 'unread')))
    problems.push(
      `a fill marked ${fills.map((f) => (f.kind === 'fill' && f.unread ? 'unread' : 'read')).join()} for untouched cells '${pit.swrite.untouched}'`,
    );
  if (pit.scope.kind === 'reduction') {
    const b = op.buffers.find((x) => x.name === (pit.scope as { buffer: string }).buffer);
    if (!b || b.axes.join() !== pit.scope.axes.join())
      problems.push(
        `skipped reduction ${pit.scope.buffer} is not a reduction over (${pit.scope.axes.join(', ')})`,
      );
  }
  return problems;
}

/** loop, m, n partition the spatial axes; k is the sum's axes; with them, every axis of the op once. */
function verifyContraction(
  op: LoopOp,
  buffers: ReadonlyMap<string, { readonly reducer: string; readonly axes: readonly string[] }>,
  spatial: readonly string[],
): string[] {
  const c = op.contraction;
  if (c.kind === 'none')
    return c.reason === '' ? ['a contraction without a reason it is none'] : [];
  const problems: string[] = [];
  const b = buffers.get(c.buffer);
  if (!b || b.reducer !== 'sum') problems.push(`contraction over ${c.buffer}, no sum buffer`);
  const all = [...c.loop, ...c.m, ...c.n, ...c.k];
  if (new Set(all).size !== all.length) problems.push('contraction axes overlap');
  if (
    [...all].sort().join() !==
    op.axes
      .map((a) => a.name)
      .sort()
      .join()
  )
    problems.push(`contraction axes (${all.join(', ')}) are not the op's axes`);
  if (b && [...c.k].sort().join() !== [...b.axes].sort().join())
    problems.push(`contraction k (${c.k.join(', ')}) is not the sum's axes`);
  if (c.m.length === 0 || c.a.length === 0 || c.b.length === 0)
    problems.push('contraction without rows, A or B');
  const axesOf = (a: AccessExpr): string[] =>
    a.indices.flatMap((ix) => ix.terms.map((t) => t.axis));
  if (c.a.some((a) => axesOf(a).some((x) => c.n.includes(x))))
    problems.push('an A factor uses an n axis');
  if (c.b.some((a) => !axesOf(a).some((x) => c.n.includes(x))))
    problems.push('a B factor uses no n axis');
  if (c.n.join() !== spatial.slice(spatial.length - c.n.length).join())
    problems.push('n is not a suffix of the output axes');
  return problems;
}
