import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import {
  createMachine,
  PASS_MACHINE,
  startExecution,
  startSyncBench,
  waitUntilFinished,
  type SyncBench,
} from '../../support/execution-index/sync-emulator';

// `statescope sync` as a user runs it: bin/statescope.js under plain node, from a folder that is not the repo.
const BIN = join(process.cwd(), 'bin', 'statescope.js');

interface CliRun {
  output: () => string;
  stdout: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function runCli(args: string[], cwd: string, env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output: () => output, stdout: () => stdout, exited, kill: (signal) => child.kill(signal) };
}

let bench: SyncBench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function allArns(stateMachineArn: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await bench!.client.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000, nextToken }));
    arns.push(...(page.executions ?? []).map((e) => e.executionArn ?? ''));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

describe('statescope sync', () => {
  it('killed with SIGKILL part-way, a second run indexes every execution exactly once and leaves the cursors right', async () => {
    bench = await startSyncBench();
    const machines = await Promise.all(['kill-a', 'kill-b'].map((name) => createMachine(bench!.client, name, PASS_MACHINE)));
    for (const arn of machines) {
      for (let n = 0; n < 200; n += 20) {
        await Promise.all(Array.from({ length: 20 }, (_, i) => startExecution(bench!.client, arn, { n: n + i })));
      }
    }
    await bench.emulator.whenIdle();
    const work = join(bench.dir, 'work');
    mkdirSync(work);

    const first = runCli(['sync', '--index', 'kill.db', '--concurrency', '1'], work, bench.env);
    const deadline = Date.now() + 60_000;
    while (!/sync: \d+ executions indexed/.test(first.output())) {
      if (Date.now() > deadline) throw new Error(`no progress line:\n${first.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const indexFile = join(work, 'kill.db');
    const store = new SqliteExecutionIndexStore(indexFile);
    const before = (await store.stats()).executions;
    await store.close();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(400);
    console.log(`sync killed after ${before} of 400 executions were committed`);

    const second = runCli(['sync', '--index', 'kill.db', '--json'], work, bench.env);
    expect(await second.exited, second.output()).toBe(0);
    const summary = JSON.parse(second.stdout()) as { new: number; updated: number; indexFile: string; errors: unknown[] };
    expect(summary.indexFile).toBe(indexFile);
    expect(summary.errors).toEqual([]);
    // Nothing counted twice: the second run adds exactly what the first had not committed.
    expect(summary.new).toBe(400 - before);
    expect(summary.updated).toBe(0);

    const after = new SqliteExecutionIndexStore(indexFile);
    expect((await after.stats(bench.emulator.url)).executions).toBe(400);
    for (const arn of machines) {
      const listed = await allArns(arn);
      const page = await after.search({ source: bench.emulator.url, stateMachineArns: [arn], limit: 500 });
      expect(page.total).toBe(200);
      expect(new Set(page.hits.map((h) => h.execution.executionArn))).toEqual(new Set(listed));
      const starts = page.hits.map((h) => h.execution.startedAt.getTime());
      const cursor = await after.getSyncCursor(bench.emulator.url, arn);
      expect(cursor?.resumeToken).toBeUndefined();
      expect(cursor?.newestStartedAt?.getTime()).toBe(Math.max(...starts));
      expect(cursor?.oldestStartedAt?.getTime()).toBe(Math.min(...starts));
    }
    await after.close();
  }, 120_000);

  it('says which flag or variable is wrong and exits 2, before touching the data source', async () => {
    bench = await startSyncBench();
    const bad = runCli(['sync', '--retention-days', 'soon'], bench.dir, bench.env);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain("statescope sync: option --retention-days must be a whole number of days of at least 1, got 'soon'");
    const badRule = runCli(['sync', '--redact', '$..[', '--index', 'x.db'], bench.dir, bench.env);
    expect(await badRule.exited).toBe(2);
    expect(badRule.output()).toContain("option --redact '$..['");
    const badEnv = runCli(['sync'], bench.dir, { ...bench.env, STATESCOPE_PAYLOAD_CAP: '-1' });
    expect(await badEnv.exited).toBe(2);
    expect(badEnv.output()).toContain("STATESCOPE_PAYLOAD_CAP must be a whole number of bytes of at least 1, got '-1'");
  }, 60_000);

  it('exits 1 with a clear message when the data source cannot be reached', async () => {
    bench = await startSyncBench();
    const run = runCli(['sync', '--index', 'down.db'], bench.dir, { ...bench.env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('statescope sync: Could not reach Step Functions at http://127.0.0.1:9 (ECONNREFUSED).');
    expect(run.output()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('prints the index path and a per-machine summary', async () => {
    bench = await startSyncBench();
    const arn = await createMachine(bench.client, 'summary-machine', PASS_MACHINE);
    await waitUntilFinished(bench.client, await startExecution(bench.client, arn, { a: 1 }));
    const run = runCli(['sync', '--index', 'sub/summary.db'], bench.dir, bench.env);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toContain(`Index: ${join(bench.dir, 'sub', 'summary.db')}`);
    expect(run.stdout()).toContain('1 new, 0 updated, 0 archived (gone from the source), 0 deleted by retention');
    expect(run.stdout()).toMatch(/summary-machine\s+Standard\s+1 new, 0 updated, 0 archived; oldest \d{4}-/);
  }, 60_000);
});
