import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { diagnostic, hasErrors } from '../../../ir/core/diagnostic.js';
import { externalDataReader } from '../../onnx/external-files.js';
import { runOnnxFrontEnd } from '../../onnx/front-end.js';
import { writeNpyFile } from '../../runtime/npy-file.js';
import { EXIT_OK, EXIT_USER_ERROR, type CliIo } from '../io.js';
import { printDiagnostics } from '../print.js';
import { describeFsError } from '../../runtime/files.js';
import { readProgramFile } from '../source.js';
import { PITC_VERSION } from '../../version.js';

export interface ImportArgs {
  readonly file: string;
  readonly out: string;
  readonly dynamic: readonly string[];
}

/**
 * `pitc import model.onnx -o DIR`: writes DIR/model.pit, the program pitc compiles the model as
 * (one statement per op, comments naming the ONNX nodes), and one DIR/NAME.npy per weight it
 * reads; its last line says how to run it. The program is checked before anything is written.
 */
export async function importCommand(args: ImportArgs, io: CliIo): Promise<number> {
  if (!/\.onnx$/i.test(args.file)) {
    printDiagnostics(io, [diagnostic('PIT7002', `pitc import reads an ONNX model (a .onnx file), not '${args.file}'`)]);
    return EXIT_USER_ERROR;
  }
  const read = readProgramFile(args.file, io.cwd);
  if (!(read.source instanceof Uint8Array)) {
    printDiagnostics(io, read.diagnostics);
    return EXIT_USER_ERROR;
  }
  const front = runOnnxFrontEnd(read.source, args.file, {
    dynamic: args.dynamic,
    producedBy: `pitc ${PITC_VERSION} (pitc import)`,
    ...(read.modelDir ? { external: externalDataReader(read.modelDir) } : {}),
  });
  const unknown = front.graph ? args.dynamic.filter((n) => !front.graph?.tensors.some((t) => t.name === n && t.role !== 'intermediate')) : [];
  const diagnostics = [...front.diagnostics, ...unknown.map((n) => diagnostic('PIT7002', `--dynamic names '${n}', which is no input or weight of the model`))];
  printDiagnostics(io, diagnostics, front.source);
  const lowered = front.lowered;
  if (!lowered || !front.graph || hasErrors(diagnostics)) return EXIT_USER_ERROR;

  const stem = basename(args.file).replace(/\.onnx$/i, '') || 'model';
  const pitFile = join(args.out, `${stem}.pit`);
  const weightFiles = [...lowered.weights.keys()].map((name) => ({ name, file: join(args.out, `${name}.npy`) }));
  const runLine = ['# run:', 'pitc run', pitFile, ...weightFiles.map((w) => `--input ${w.name}=${w.file}`), '--random 1'].join(' ');
  // last, so every line keeps the number diagnostics give it
  const text = `${lowered.text}${runLine}\n`;
  const dir = resolve(io.cwd, args.out);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(io.cwd, pitFile), text);
  } catch (err) {
    printDiagnostics(io, [diagnostic('PIT6016', `cannot write '${pitFile}': ${describeFsError(err)}`)]);
    return EXIT_USER_ERROR;
  }
  io.stdout(`wrote ${pitFile}\n`);
  for (const w of weightFiles) {
    const problems = writeNpyFile(resolve(io.cwd, w.file), lowered.weights.get(w.name) as NonNullable<ReturnType<typeof lowered.weights.get>>);
    if (problems.length > 0) {
      printDiagnostics(io, problems);
      return EXIT_USER_ERROR;
    }
  }
  if (weightFiles.length > 0) io.stdout(`wrote ${weightFiles.length} weight${weightFiles.length === 1 ? '' : 's'} as .npy in ${args.out}\n`);
  return EXIT_OK;
}
