import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The `@/` alias and every data path must resolve from the repo, not from where the user stands.
const BIN = join(process.cwd(), 'bin', 'statescope.js');
const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'history', 'order-payment-caught.json');
const elsewhere = mkdtempSync(join(tmpdir(), 'statescope-elsewhere-'));

afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

function runFromElsewhere(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: elsewhere, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('every command from a directory other than the repo', () => {
  it('--help prints the usage', () => {
    const run = runFromElsewhere(['--help']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('statescope timeline');
  }, 60_000);

  it('timeline reads a history file given by absolute and by relative path', () => {
    const absolute = runFromElsewhere(['timeline', FIXTURE]);
    expect(absolute.stderr).toBe('');
    expect(absolute.status).toBe(0);
    expect(absolute.stdout).toContain('Execution');

    writeFileSync(join(elsewhere, 'history.json'), spawnSync('cat', [FIXTURE], { encoding: 'utf8' }).stdout);
    const relative = runFromElsewhere(['timeline', 'history.json', '--json']);
    expect(relative.stderr).toBe('');
    expect(relative.status).toBe(0);
    expect(JSON.parse(relative.stdout)).toHaveProperty('status');
  }, 60_000);

  it('cost reads a history file', () => {
    const run = runFromElsewhere(['cost', FIXTURE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toBeTypeOf('object');
  }, 60_000);

  it('a missing file is named, relative to where the user stands', () => {
    const run = runFromElsewhere(['timeline', 'no-such-history.json']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no-such-history.json');
    expect(run.stderr).not.toContain('Cannot find package');
  }, 60_000);
});
