import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { hasStackTrace, workspace } from './cli-harness.js';

describe('internal errors', () => {
  it('are reported as PIT9001 naming the stage, exit status 2, without a stack trace', async () => {
    let stderr = '';
    const dir = workspace({ 'ok.pit': 'input x: f32[4]\ny[i] = relu(x[i])\noutput y\n' });
    // a bug surfacing anywhere below main(): here, the report printer throws
    const io: CliIo = {
      stdout: () => {
        throw new InternalError('report', 'the printer broke');
      },
      stderr: (t) => (stderr += t),
      cwd: dir,
    };
    const code = await main(['check', 'ok.pit'], io);
    expect(code).toBe(2);
    expect(stderr).toBe("pitc: error PIT9001: internal error in stage 'report': the printer broke (a bug in pitc, not in your program: please report it with the input)\n");
    expect(hasStackTrace(stderr)).toBe(false);
  });
});
