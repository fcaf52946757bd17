import type { Artifact } from '../target.js';
import type { GpujsProgram } from './kernel-spec.js';

/**
 * The compiled program as files: `NAME.gpujs.json` (the data) and `NAME.gpujs.js`, an ES module
 * whose default export is the same data, for a page to `import`. Names from the program appear
 * only inside JSON strings; U+2028/U+2029 are escaped too, so the text is the same value as
 * JSON and as JavaScript in every engine.
 */
export function programArtifacts(name: string, program: GpujsProgram): Artifact[] {
  const json = jsonText(program);
  return [
    { name: `${name}.gpujs.json`, contents: `${json}\n` },
    { name: `${name}.gpujs.js`, contents: `// pitc gpu.js kernels: generated data, see docs/gpujs.md\nexport default ${json};\n` },
  ];
}

export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
