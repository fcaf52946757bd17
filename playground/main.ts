/**
 * The playground page: pick a sample or edit a program (diagnostics as you type), set dims and
 * zero patterns, run on wasm or gpu.js, and see in words and pictures what PIT skipped. It uses
 * pitc's browser API (src/browser.ts) and the code the CLI uses for inputs (the same seed gives
 * the same tensors as `pitc run --random`), pictures and reports.
 */
import { compile, formatDiagnostic, PitcError, type Diagnostic, type RunReport, type SourceFile } from '../src/browser.js';
import type { PitProgram } from '../src/api/program.js';
import { OnnxProgram } from '../src/onnx/program.js';
import type { OpRunRecord } from '../codegen/target.js';
import type { Graph } from '../ir/graph/graph.js';
import { webThreadLimit } from '../codegen/wasm/web-pool.js';
import { rulesJson } from '../src/cli/rules-report.js';
import { timedRuns } from '../src/cli/timed-runs.js';
import { indexSources, plainWords, sparsityOf, sparsityPictures, timesPicture } from '../src/pictures/run-pictures.js';
import type { Picture } from '../src/pictures/svg.js';
import { completeInputs } from '../src/runtime/synthetic-inputs.js';
import { PRESETS } from './presets.js';
import { rulesTable } from './rules-table.js';

/** A sample: .pit text, or an ONNX model's bytes (base64), run as they are until its .pit form is edited. */
type Sample = { readonly file: string; readonly text: string } | { readonly file: string; readonly model: string };

/** The ONNX model picked, and the .pit form pitc imports it as (the editor's text while it is not edited). */
let model: { bytes: Uint8Array; text: string } | undefined;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>('source');
const sample = $<HTMLSelectElement>('sample');
const diagnosticsBox = $('diagnostics');
const status = $('status');
const runButton = $<HTMLButtonElement>('run');
/** Timed runs after a warm-up (`?runs=N` in the address: the tests use 1). */
const TIMED_RUNS = Math.max(1, Math.min(20, Number(new URLSearchParams(location.search).get('runs')) || 3));
const RUNS_TEXT = TIMED_RUNS > 1 ? `a warm-up and ${TIMED_RUNS} timed runs` : 'one cold run';

let samples: Sample[] = [];
let checked: { graph: Graph; file: string } | undefined;
let checking = 0;

/** The playground's state for tests and for people poking at it in the console. */
const api = {
  ready: false,
  /** The last run: its words, op records and pictures' names. */
  lastRun: undefined as undefined | { target: string; words: string[]; ops: readonly OpRunRecord[]; dense: readonly OpRunRecord[]; pictures: string[] },
  /** Selects a sample by file name, as the menu does. */
  pick: (file: string) => {
    sample.value = file;
    void loadSample(file);
  },
  run: () => run(),
};
(window as unknown as { pitcPlayground: typeof api }).pitcPlayground = api;

function fileName(): string {
  if (sample.value === '') return 'program.pit';
  // an ONNX model's .pit form, edited, is a .pit program
  return model && !modelUnedited() ? sample.value.replace(/\.onnx$/, '.pit') : sample.value;
}

function modelUnedited(): boolean {
  return model !== undefined && source.value === model.text;
}

/** What compile() is given: the model's bytes while its .pit form is as imported, else the text. */
function programSource(): string | Uint8Array {
  return model && modelUnedited() ? model.bytes : source.value;
}

function showModelNote(): void {
  const note = $('model-note');
  note.hidden = model === undefined;
  if (!model) return;
  note.textContent = modelUnedited()
    ? `${sample.value} is an ONNX model: below is the .pit program pitc imports it as (pitc import writes the same). It runs with the model's weights.`
    : `This is ${sample.value}'s .pit form, edited: it runs as a .pit program, its weights random.`;
}

function decodeBase64(text: string): Uint8Array {
  const raw = atob(text);
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

function setStatus(state: 'idle' | 'running' | 'done' | 'error', text: string): void {
  status.dataset['state'] = state;
  status.textContent = text;
}

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

function showDiagnostics(diagnostics: readonly Diagnostic[], text: string, file: string, sourceFile: SourceFile): void {
  diagnosticsBox.replaceChildren();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  source.setAttribute('aria-invalid', errors > 0 ? 'true' : 'false');
  if (diagnostics.length === 0) {
    const ok = document.createElement('p');
    ok.className = 'ok';
    ok.textContent = 'No problems found.';
    diagnosticsBox.append(ok);
    return;
  }
  const heading = document.createElement('p');
  heading.textContent = `${errors} error${errors === 1 ? '' : 's'}, ${diagnostics.length - errors} other`;
  const ul = document.createElement('ul');
  for (const d of diagnostics) {
    const li = document.createElement('li');
    li.className = d.severity;
    li.dataset['code'] = d.code;
    const button = document.createElement('button');
    button.type = 'button';
    const pre = document.createElement('pre');
    pre.style.margin = '0';
    pre.textContent = formatDiagnostic(d, (f) => (f === sourceFile.name ? sourceFile : undefined));
    button.append(pre);
    const span = d.span;
    if (span && span.file === file) {
      const at = position(text, span.start);
      button.setAttribute('aria-label', `line ${at.line}, column ${at.col}: ${d.severity} ${d.code}: ${d.message}. Go there.`);
      button.addEventListener('click', () => {
        source.focus();
        source.setSelectionRange(span.start, Math.max(span.start + 1, span.end));
      });
    }
    li.append(button);
    ul.append(li);
  }
  diagnosticsBox.append(heading, ul);
}

/** Front end, rules and plan of the text as it is (on the reference target: nothing is compiled to code). */
async function check(): Promise<void> {
  const ticket = ++checking;
  const text = source.value;
  const file = fileName();
  const hints = microTileHints();
  showModelNote();
  const result = await compile(programSource(), { file, target: 'ref', microTiles: hints });
  if (ticket !== checking) {
    await result.program?.dispose();
    return;
  }
  showDiagnostics(result.diagnostics, text, file, result.source);
  if (result.program) {
    const program = result.program;
    checked = { graph: program.graph, file };
    $('rules-table').replaceChildren(rulesTable(rulesJson(program.analysis.graph, program.analysis) as never));
    refreshFields(program.graph);
    await program.dispose();
    // a new program's fields may bring the micro-tile hints the plan depends on: check again with them
    if (JSON.stringify(microTileHints()) !== JSON.stringify(hints)) {
      await check();
      return;
    }
  } else {
    checked = undefined;
  }
  runButton.disabled = checked === undefined;
}

function field(container: HTMLElement, id: string, label: string, value: string, kind: 'number' | 'text', attrs: Record<string, string> = {}): void {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const input = document.createElement('input');
  input.id = id;
  input.type = kind;
  input.value = value;
  for (const [k, v] of Object.entries(attrs)) input.setAttribute(k, v);
  wrap.append(l, input);
  container.append(wrap);
}

/** Current values of the generated fields, so that a re-check keeps what the user typed. */
function currentValue(id: string): string | undefined {
  const el = document.getElementById(id) as HTMLInputElement | null;
  return el ? el.value : undefined;
}

let presetFor = '';

/** Dims and zero-pattern fields for the program's dims and dynamic inputs. */
function refreshFields(graph: Graph): void {
  const preset = PRESETS[sample.value];
  const fresh = presetFor !== sample.value;
  presetFor = sample.value;
  const dims = $('dims-fields');
  const dimValues = graph.dims.map((d) => [d.name, (!fresh ? currentValue(`dim-${d.name}`) : undefined) ?? String(preset?.dims[d.name] ?? d.default ?? 16)] as const);
  dims.replaceChildren();
  for (const [name, value] of dimValues) field(dims, `dim-${name}`, name, value, 'number', { min: '1', step: '1' });
  const sparsity = $('sparsity-fields');
  const dynamic = graph.tensors.filter((t) => t.role !== 'intermediate' && t.dynamic);
  const hinted = graph.tensors.filter((t) => t.role === 'intermediate' && preset?.microTile[t.name] !== undefined);
  const values = [...dynamic, ...hinted].map((t) => ({
    t,
    density: (!fresh ? currentValue(`density-${t.name}`) : undefined) ?? (preset?.density[t.name] !== undefined ? String(preset.density[t.name]) : t.role === 'intermediate' ? '' : '0.5'),
    tile: (!fresh ? currentValue(`tile-${t.name}`) : undefined) ?? preset?.microTile[t.name] ?? '',
  }));
  sparsity.replaceChildren();
  for (const { t, density, tile } of values) {
    if (t.role !== 'intermediate') field(sparsity, `density-${t.name}`, `${t.name} density`, density, 'number', { min: '0', max: '1', step: '0.01' });
    field(sparsity, `tile-${t.name}`, `${t.name} micro-tile`, tile, 'text', { placeholder: t.shape.map(() => '1').join('x'), pattern: '[0-9]+(x[0-9]+)*' });
  }
  if (values.length === 0) sparsity.textContent = 'This program has no dynamic inputs.';
}

function microTileHints(): Record<string, number[]> {
  const hints: Record<string, number[]> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>('input[id^="tile-"]')) {
    const value = input.value.trim();
    if (/^[0-9]+(x[0-9]+)*$/.test(value)) hints[input.id.slice(5)] = value.split('x').map(Number);
  }
  return hints;
}

function readNumbers(prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[id^="${prefix}"]`)) {
    if (input.value.trim() === '') continue;
    out.set(input.id.slice(prefix.length), Number(input.value));
  }
  return out;
}

function target(): 'wasm' | 'gpujs' {
  return (document.querySelector<HTMLInputElement>('input[name="target"]:checked')?.value as 'wasm' | 'gpujs') ?? 'wasm';
}

function threadsForWasm(): number {
  return Math.min(4, webThreadLimit().max);
}

async function timeProgram(program: PitProgram, inputs: ReturnType<typeof completeInputs>, keep: string[]) {
  return timedRuns(() => program.execute(inputs.values, { dims: inputs.dims, keep }), TIMED_RUNS);
}

async function run(): Promise<void> {
  if (runButton.disabled && status.dataset['state'] === 'running') return;
  const text = programSource();
  const file = fileName();
  const chosen = target();
  runButton.disabled = true;
  setStatus('running', `Compiling for ${chosen === 'wasm' ? 'WebAssembly' : 'gpu.js (WebGL2)'}…`);
  const programs: PitProgram[] = [];
  try {
    const options = { file, target: chosen, microTiles: microTileHints(), ...(chosen === 'wasm' ? { threads: threadsForWasm() } : {}) };
    const compiled = await compile(text, options);
    if (!compiled.program) throw new PitcError(compiled.diagnostics);
    programs.push(compiled.program);
    const program = compiled.program;
    // an ONNX model's weights are its initializers (as pitc run gives them); the rest is random
    const weights = program instanceof OnnxProgram ? program.initializers : new Map();
    const inputs = completeInputs(program.graph, weights, new Map([...weights.keys()].map((n) => [n, 'the model (initializer)'])), { random: Number(($<HTMLInputElement>('seed')).value) || 0, dims: readNumbers('dim-'), density: readNumbers('density-'), microTile: new Map(Object.entries(microTileHints())) });
    if (inputs.diagnostics.some((d) => d.severity === 'error')) throw new PitcError(inputs.diagnostics);
    const keep = indexSources(program.analysis.kernels).filter((name) => !inputs.values.has(name));
    setStatus('running', `Running with PIT: ${RUNS_TEXT}…`);
    const pit = await timeProgram(program, inputs, keep);
    setStatus('running', `Running the same program densely (no PIT): ${RUNS_TEXT}…`);
    const dense = await compile(text, { ...options, dense: true });
    if (!dense.program) throw new PitcError(dense.diagnostics);
    programs.push(dense.program);
    const denseRuns = await timeProgram(dense.program, inputs, []);
    show(program, pit.report, pit.ops, denseRuns.ops, new Map([...inputs.values, ...pit.report.kept]), chosen);
    setStatus('done', `Ran on ${chosen === 'wasm' ? `WebAssembly (${threadsForWasm()} thread${threadsForWasm() === 1 ? '' : 's'})` : 'gpu.js (WebGL2)'}: ${TIMED_RUNS > 1 ? `medians of ${TIMED_RUNS} runs after a warm-up` : 'one cold run'}.`);
  } catch (err) {
    const message = err instanceof PitcError ? err.message : `pitc failed: ${err instanceof Error ? err.message : String(err)}`;
    setStatus('error', message);
  } finally {
    for (const p of programs) await p.dispose();
    runButton.disabled = checked === undefined;
  }
}

function show(program: PitProgram, report: RunReport, ops: readonly OpRunRecord[], dense: readonly OpRunRecord[], values: ReadonlyMap<string, never> | ReadonlyMap<string, import('../ir/tensor.js').HostTensor>, chosen: string): void {
  const words = plainWords(ops, dense);
  $('summary').textContent = `${words[0]?.replace(/^./, (c) => c.toUpperCase()) ?? ''}.`;
  const list = $('words');
  list.replaceChildren(
    ...words.slice(1).map((w) => {
      const li = document.createElement('li');
      li.textContent = w;
      return li;
    }),
  );
  const dims = [...report.dims].map(([k, v]) => `${k}=${v}`).join(', ');
  const times = timesPicture(ops, dense, `${program.source.name} on ${chosen}${dims ? ` with ${dims}` : ''}, ${TIMED_RUNS > 1 ? `medians of ${TIMED_RUNS} runs` : 'one cold run'}`);
  $('times').replaceChildren(figure(times, 'Per-op times: PIT (kernel, then the index build) against the same program run densely.'));
  const pictures = sparsityPictures(sparsityOf(program.analysis.kernels, values as ReadonlyMap<string, import('../ir/tensor.js').HostTensor>));
  const box = $('pictures-list');
  box.replaceChildren();
  if (pictures.length === 0) {
    const p = document.createElement('p');
    p.textContent = 'No op of this program has a PIT form: there is nothing to skip, so there is no pattern to draw.';
    box.append(p);
  }
  for (let i = 0; i < pictures.length; i += 3) {
    const group = document.createElement('div');
    group.className = 'pictures-op';
    for (const picture of pictures.slice(i, i + 3)) group.append(figure(picture, captionOf(picture)));
    box.append(group);
  }
  api.lastRun = { target: chosen, words, ops, dense, pictures: [times, ...pictures].map((p) => p.name) };
}

function captionOf(picture: Picture): string {
  if (picture.name.endsWith('-pattern.svg')) return 'Micro-tiles of the index source: dark ones are listed and computed, light ones skipped.';
  if (picture.name.endsWith('-coverage.svg')) return 'Coverage: present values, absent values computed because they share a listed micro-tile, and skipped values.';
  return 'The index: micro-tiles listed per strip, and the first strips\u2019 lists.';
}

/** A figure holding an SVG made by src/pictures (its text is escaped there). */
function figure(picture: Picture, caption: string): HTMLElement {
  const fig = document.createElement('figure');
  fig.dataset['picture'] = picture.name;
  const holder = document.createElement('div');
  holder.innerHTML = picture.svg.replace(/^<\?xml[^>]*>\s*/, '');
  const svg = holder.querySelector('svg');
  if (svg) {
    svg.setAttribute('aria-label', svg.querySelector('title')?.textContent ?? picture.name);
    fig.append(svg);
  }
  const cap = document.createElement('figcaption');
  cap.textContent = caption;
  fig.append(cap);
  return fig;
}

let loading = 0;

async function loadSample(file: string): Promise<void> {
  const found = samples.find((s) => s.file === file);
  if (!found) return;
  const ticket = ++loading;
  if ('model' in found) {
    const bytes = decodeBase64(found.model);
    // the .pit form the model is imported as: what the editor shows, and what diagnostics point into
    const imported = await compile(bytes, { file, target: 'ref' });
    await imported.program?.dispose();
    // another sample was picked meanwhile: it wins
    if (ticket !== loading) return;
    model = { bytes, text: imported.source.text };
    source.value = model.text;
  } else {
    model = undefined;
    source.value = found.text;
  }
  presetFor = '';
  // the last program's fields (and their micro-tile hints) do not apply to this one
  $('dims-fields').replaceChildren();
  $('sparsity-fields').replaceChildren();
  void check();
}

let debounce: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => void check(), 200);
});
source.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void run();
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target !== source) {
    e.preventDefault();
    void run();
  }
});
sample.addEventListener('change', () => void loadSample(sample.value));
runButton.addEventListener('click', () => void run());
$('sparsity-fields').addEventListener('change', () => void check());

async function start(): Promise<void> {
  const limit = webThreadLimit();
  $('threads').textContent = limit.max > 1 ? `(${Math.min(4, limit.max)} threads: Web Workers over shared memory)` : `(1 thread: ${limit.why})`;
  samples = (await (await fetch('/samples.json')).json()) as Sample[];
  for (const s of samples) {
    const option = document.createElement('option');
    option.value = s.file;
    option.textContent = s.file;
    sample.append(option);
  }
  sample.value = samples.some((s) => s.file === 'matmul.pit') ? 'matmul.pit' : (samples[0]?.file ?? '');
  await loadSample(sample.value);
  api.ready = true;
}

void start();
