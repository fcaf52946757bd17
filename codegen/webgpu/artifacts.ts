import type { Artifact } from '../target.js';
import type { ShaderSpec, WebgpuProgram } from './launch-spec.js';

/**
 * The compiled program as files: one `NAME.<op number>.<form>.wgsl` per shader, and
 * `NAME.webgpu.json`, the launch spec (per op: its shaders' file names, bindings, workgroup
 * counts, and for a PIT form the index geometry the host builds and uploads). Names from the
 * program appear only inside the JSON's strings.
 */
export function programArtifacts(name: string, program: WebgpuProgram): Artifact[] {
  const files: Artifact[] = [];
  const spec = (shader: ShaderSpec, file: string): Omit<ShaderSpec, 'code'> & { file: string } => {
    files.push({ name: file, contents: shader.code });
    const { code: _code, ...rest } = shader;
    return { ...rest, file };
  };
  const ops = program.ops.map((op, i) => ({
    ...op,
    dense: spec(op.dense, `${name}.${i}.dense.wgsl`),
    ...(op.pit ? { pit: { ...op.pit, shader: spec(op.pit.shader, `${name}.${i}.pit.wgsl`) } } : {}),
  }));
  const json = JSON.stringify({ ...program, ops }, null, 2)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return [...files, { name: `${name}.webgpu.json`, contents: `${json}\n` }];
}
