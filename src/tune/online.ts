/**
 * Online choice (opt-in): a program that holds several tuned variants of one op (its winners at
 * different densities, dense among them) and picks one per call from the density the index build
 * reports for free. Every variant builds the index its plan needs (a dense variant builds one too,
 * then runs dense), so every call observes the density at the running variant's micro-tile; each
 * winner record remembers the density its tuning data had at every candidate micro-tile, and the
 * nearest record on a log scale is preferred. Hysteresis: the program switches only when another
 * variant has been preferred by more than `margin` octaves for `calls` calls in a row, or at once
 * when the gap exceeds `jump` octaves, so noise around a boundary does not make it flip every call.
 */
import type { TensorMap, RunOptions, RunReport } from '../api/program.js';
import { compile, type CompileOptions } from '../api/compile.js';
import { PitcError } from '../api/errors.js';
import { RunQueue } from '../api/run-queue.js';
import { diagnostic } from '../../ir/core/diagnostic.js';
import { runFrontEnd } from '../frontend/index.js';
import { analyse } from '../pipeline.js';
import { canonicalOp, fromCanonChoice } from './canonical-op.js';
import { planId } from './apply.js';
import type { TuningRecord } from './record.js';
import type { ProgramLike } from './trial.js';

export interface OnlineVariant {
  readonly id: string;
  readonly label: string;
  /** The tuned config's plan id (`dense`, `t0/r0/8x1`). */
  readonly plan: string;
  /** Density of its tuning data at each candidate micro-tile, by plan id. */
  readonly observed: Readonly<Record<string, number>>;
  /** The plan id whose index it builds while running (its own; a dense variant watches another). */
  readonly watches: string;
}

export interface Hysteresis {
  /** Consecutive calls another variant must be preferred before switching. */
  readonly calls: number;
  /** How much nearer (octaves of density) the other variant must be to count. */
  readonly margin: number;
  /** A gap (octaves) that switches at once. */
  readonly jump: number;
}

export const DEFAULT_HYSTERESIS: Hysteresis = { calls: 3, margin: 0.5, jump: 3 };

export interface OnlineDecision {
  readonly preferred: OnlineVariant;
  readonly next: OnlineVariant;
  readonly switched: boolean;
}

/** The pure state machine: fed the density each call observed, it says which variant runs next. */
export class OnlineChooser {
  private currentIndex = 0;
  private streak = 0;
  private streakTarget = -1;

  constructor(
    readonly variants: readonly OnlineVariant[],
    private readonly hysteresis: Hysteresis = DEFAULT_HYSTERESIS,
    initial = 0,
  ) {
    if (variants.length === 0) throw new RangeError('OnlineChooser needs at least one variant');
    this.currentIndex = initial;
  }

  get current(): OnlineVariant {
    return this.variants[this.currentIndex] as OnlineVariant;
  }

  /** `density`: what the index build reported for the current variant's watched micro-tile. */
  observe(density: number): OnlineDecision {
    const watched = this.current.watches;
    const distance = (v: OnlineVariant): number => {
      const tuned = v.observed[watched];
      return tuned === undefined ? Infinity : Math.abs(Math.log2(Math.max(density, 1e-6)) - Math.log2(Math.max(tuned, 1e-6)));
    };
    let best = this.currentIndex;
    this.variants.forEach((v, i) => {
      if (distance(v) < distance(this.variants[best] as OnlineVariant)) best = i;
    });
    const gap = distance(this.current) - distance(this.variants[best] as OnlineVariant);
    const preferred = this.variants[best] as OnlineVariant;
    if (best === this.currentIndex || !(gap > this.hysteresis.margin)) {
      this.streak = 0;
      return { preferred, next: this.current, switched: false };
    }
    this.streak = this.streakTarget === best ? this.streak + 1 : 1;
    this.streakTarget = best;
    if (this.streak >= this.hysteresis.calls || gap > this.hysteresis.jump) {
      this.currentIndex = best;
      this.streak = 0;
      return { preferred, next: this.current, switched: true };
    }
    return { preferred, next: this.current, switched: false };
  }
}

/** Variants from the winner records of one op (same op and shapes, different data). */
export function variantsFromRecords(records: readonly TuningRecord[]): OnlineVariant[] {
  const pitPlans = records.map((r) => planId(r.config.plan)).filter((p) => p !== 'dense');
  const common = pitPlans.find((p) => records.every((r) => r.observed?.[p] !== undefined)) ?? pitPlans[0] ?? 'dense';
  return records.map((r) => {
    const plan = planId(r.config.plan);
    return { id: r.id, label: r.label, plan, observed: r.observed ?? {}, watches: plan === 'dense' ? common : plan };
  });
}

export interface OnlineRunReport extends RunReport {
  /** The variant that ran this call, and whether the next call will run another. */
  readonly variant: string;
  readonly switched: boolean;
}

/**
 * A program that runs one op through the variant the chooser picks. Variants compile lazily and
 * stay compiled (switching back costs nothing). Other ops run as `base` compiles them. Calls are
 * queued like a PitProgram's: each sees the chooser as the calls before it left it, so
 * overlapping calls decide and compute exactly as sequential ones.
 */
export class OnlineProgram {
  private readonly programs = new Map<string, Promise<ProgramLike>>();
  private readonly queue = new RunQueue();
  private disposal: Promise<void> | undefined;

  private constructor(
    private readonly text: string,
    private readonly fallback: CompileOptions,
    private readonly op: string,
    private readonly records: ReadonlyMap<string, TuningRecord>,
    private readonly toOptions: (r: TuningRecord, v: OnlineVariant) => CompileOptions | undefined,
    readonly chooser: OnlineChooser,
  ) {}

  /** `records`: winners of `op` (one workload family); they must name rules of this program's op. */
  static create(text: string, base: CompileOptions, op: string, records: readonly TuningRecord[], hysteresis: Hysteresis = DEFAULT_HYSTERESIS): OnlineProgram {
    const front = runFrontEnd(text, base.file ?? '<input>');
    if (!front.graph) throw new PitcError(front.diagnostics, front.source);
    const analysis = analyse(front.graph);
    const graph = analysis.graph;
    const node = graph.ops.find((o) => o.expr.output === op);
    if (!node) throw new PitcError([diagnostic('PIT4003', `no op '${op}' in this program (ops: ${graph.ops.map((o) => o.expr.output).join(', ')})`)], front.source);
    const canonical = canonicalOp(node.expr, graph, analysis.facts, analysis.rules.find((r) => r.op === op));
    const variants = variantsFromRecords(records);
    const byPlanId = new Map(records.map((r) => [planId(r.config.plan), r]));
    const toOptions = (r: TuningRecord, v: OnlineVariant): CompileOptions | undefined => {
      // a dense variant still builds the index of the plan it watches, then runs dense (crossover 0: dense at any density above 0)
      const source = v.plan === 'dense' ? byPlanId.get(v.watches) : r;
      const choice = source ? fromCanonChoice(source.config.plan, canonical) : undefined;
      if (!choice) return undefined;
      const k = r.config.knobs;
      return {
        ...base,
        plan: new Map([[op, choice]]),
        ...(k['kc'] !== undefined && k['mc'] !== undefined && k['nc'] !== undefined ? { blocking: { kc: k['kc'], mc: k['mc'], nc: k['nc'] } } : {}),
        ...(k['threads'] !== undefined ? { threads: Math.min(k['threads'], base.threads ?? k['threads']) } : {}),
        denseCrossover: v.plan === 'dense' ? 0 : 1,
      };
    };
    return new OnlineProgram(text, base, op, new Map(records.map((r) => [r.id, r])), toOptions, new OnlineChooser(variants, hysteresis));
  }

  async execute(inputs: TensorMap, options: RunOptions = {}): Promise<OnlineRunReport> {
    if (this.disposal) throw new PitcError([diagnostic('PIT6020', 'this online program has been disposed: create it again to run it')]);
    return this.queue.run(() => this.executeNow(inputs, options));
  }

  /** Runs already queued finish first; later calls reject with PIT6020. */
  dispose(): Promise<void> {
    this.disposal ??= this.queue.idle().then(async () => {
      const all = await Promise.allSettled(this.programs.values());
      this.programs.clear();
      for (const p of all) if (p.status === 'fulfilled') await p.value.dispose();
    });
    return this.disposal;
  }

  private async executeNow(inputs: TensorMap, options: RunOptions): Promise<OnlineRunReport> {
    const variant = this.chooser.current;
    const program = await this.programFor(variant);
    const report = await program.execute(inputs, options);
    const density = report.ops.find((o) => o.name === this.op)?.detail?.['density'];
    const decision = typeof density === 'number' ? this.chooser.observe(density) : undefined;
    return { ...report, variant: variant.id, switched: decision?.switched ?? false };
  }

  private programFor(v: OnlineVariant): Promise<ProgramLike> {
    const known = this.programs.get(v.id);
    if (known) return known;
    const record = this.records.get(v.id) as TuningRecord;
    const options = this.toOptions(record, v) ?? this.fallback;
    const compiling = compile(this.text, options).then((compiled) => {
      if (!compiled.program) throw new PitcError(compiled.diagnostics, compiled.source);
      return compiled.program;
    });
    this.programs.set(v.id, compiling);
    // a variant that failed to compile is tried again by the next call that picks it
    compiling.catch(() => this.programs.delete(v.id));
    return compiling;
  }
}
