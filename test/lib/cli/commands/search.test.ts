import { describe, expect, it } from 'vitest';
import { runSearchCommand } from '@/lib/cli/commands/search';

// Argument handling only; searching a real index file is in test/integration/execution-index-cli/.
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runSearchCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('statescope search arguments', () => {
  it('prints the usage for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: statescope search QUERY \[--index FILE\] \[--limit N\] \[--json\]/);
  });

  it('needs a query and knows its options', async () => {
    expect(await run([])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^statescope search: missing a QUERY\nusage:/) as unknown,
    });
    expect(await run(['x', '--color'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^statescope search: unknown option --color/) as unknown,
    });
    expect(await run(['x', '--limit', '501'])).toMatchObject({ code: 2, stderr: expect.stringContaining('from 1 to 500') as unknown });
  });

  it('points at the column of a bad query before opening any index', async () => {
    const { code, stderr } = await run(['status:done', '--index', '/nonexistent/index.db']);
    expect(code).toBe(2);
    expect(stderr).toContain("bad query: at column 8: unknown status 'done'");
    expect(stderr).toContain('  status:done\n         ^');
  });
});
