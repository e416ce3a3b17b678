import { describe, expect, it } from 'vitest';
import { runErrorsCommand } from '@/lib/cli/commands/errors';

// Argument handling only; grouping a real index file is in test/integration/execution-index-cli/.
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runErrorsCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('statescope errors arguments', () => {
  it('prints the usage for --help', async () => {
    expect(await run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^usage: statescope errors \[--index FILE\]/) as unknown,
    });
  });

  it('refuses positionals, a future --since and a missing index with clear words', async () => {
    expect(await run(['extra'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^statescope errors: unexpected argument 'extra'/) as unknown,
    });
    expect(await run(['--since', '2999-01-01'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("option --since must be in the past, got '2999-01-01'") as unknown,
    });
    expect(await run(['--index', '/nonexistent/statescope/index.db'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'statescope errors: no index at /nonexistent/statescope/index.db; run `statescope sync` first (or pass --index FILE)\n',
    });
  });
});
