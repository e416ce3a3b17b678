import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { runTimelineCommand } from '@/lib/cli/commands/timeline';
import { AWS_HISTORY_CASES_DIR, TIMELINE_INVARIANTS_CHECKER } from '../../support/corpus/shared-corpus';

// The CI hook runs `statescope timeline CASE --json` and then this checker on every recorded case.
// Here the command runs in-process and the unmodified checker script runs on its own thread with its
// own argv (its process.exit ends only that thread): the same check, without 419 Node start-ups.
const CASES = AWS_HISTORY_CASES_DIR;
const CHECKER = TIMELINE_INVARIANTS_CHECKER;
const available = existsSync(CASES) && existsSync(CHECKER);
const CONCURRENCY = 2;

function runChecker(casePath: string, outPath: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECKER, { argv: [casePath, outPath], stdout: true, stderr: true });
    let output = '';
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.on('error', reject);
    // Let the thread's last stdout chunk arrive before reading it.
    worker.on('exit', (code) => setImmediate(() => resolve({ code, output: output.trim() })));
  });
}

describe.skipIf(!available)('statescope timeline --json on every recorded AWS history', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-timeline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and satisfies ../shared/checks/timeline-invariants.mjs for each case', async () => {
    const files = readdirSync(CASES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files.length).toBeGreaterThan(400);
    const failures: string[] = [];
    let next = 0;
    const worker = async (slot: number) => {
      const outPath = path.join(dir, `out-${slot}.json`);
      while (next < files.length) {
        const file = files[next++]!;
        const casePath = path.join(CASES, file);
        let stdout = '';
        let stderr = '';
        const code = await runTimelineCommand([casePath, '--json'], {
          stdout: (t) => (stdout += t),
          stderr: (t) => (stderr += t),
        });
        if (code !== 0) {
          failures.push(`${file}: exit ${code} ${stderr.trim()}`);
          continue;
        }
        writeFileSync(outPath, stdout);
        const check = await runChecker(casePath, outPath);
        if (check.code !== 0) failures.push(`${file}: ${check.output}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
    expect(failures).toEqual([]);
  }, 180_000);
});
