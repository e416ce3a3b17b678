import { ListExecutionsCommand, ListStateMachinesCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { seedDemo, type DemoSummary } from '@/lib/demo/seed-demo';
import type { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { syncExecutionIndex, type SyncProgress } from '@/lib/services/execution-index/sync-execution-index';
import {
  createMachine,
  PASS_MACHINE,
  startExecution,
  startSyncBench,
  waitUntilFinished,
  type SyncBench,
} from '../../support/execution-index/sync-emulator';

// The demo's executions in the emulator, synced through the real SDK (Standard through the paced
// caller, Express from the emulator's CloudWatch Logs), as `statescope sync` does.
let bench: SyncBench;
let store: SqliteExecutionIndexStore;
let demo: DemoSummary;
let standardArns: string[];
let standardMachineArns: string[];

async function listedArns(stateMachineArn: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await bench.client.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000, nextToken }));
    arns.push(...(page.executions ?? []).map((e) => e.executionArn ?? ''));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

async function sync(options: { full?: boolean } = {}) {
  const caller = createCostSfnCaller({ region: 'us-east-1' });
  const progress: SyncProgress[] = [];
  try {
    const summary = await syncExecutionIndex({ store, caller, onProgress: (p) => progress.push(p), ...options });
    return { summary, progress, calls: caller.stats.byAction };
  } finally {
    caller.close();
  }
}

beforeAll(async () => {
  bench = await startSyncBench();
  demo = await seedDemo({ endpoint: bench.emulator.url, region: 'us-east-1', expressCount: 20 });
  const machines = (await bench.client.send(new ListStateMachinesCommand({}))).stateMachines ?? [];
  standardMachineArns = machines.filter((m) => m.type === 'STANDARD').map((m) => m.stateMachineArn ?? '');
  standardArns = (await Promise.all(standardMachineArns.map((arn) => listedArns(arn)))).flat();
  store = bench.openStore();
}, 180_000);

afterAll(async () => {
  await bench?.close();
});

describe('syncExecutionIndex against the emulator', () => {
  it('a first sync indexes every demo execution once, Standard and Express, with histories and cursors', async () => {
    const { summary, progress, calls } = await sync();
    expect(summary.errors).toEqual([]);
    expect(summary.source).toBe(bench.emulator.url);
    // Express: every run of the ALL-level machine, and the failures the ERROR-level copy logged.
    const oddEven = summary.machines.find((m) => m.stateMachineArn === demo.express?.stateMachineArn);
    expect(oddEven?.new).toBe(demo.express?.executions);
    const errorsOnly = summary.machines.find((m) => m.stateMachineArn === demo.express?.errorsOnly.stateMachineArn);
    expect(errorsOnly?.new).toBeGreaterThan(0);
    const expressCount = (oddEven?.new ?? 0) + (errorsOnly?.new ?? 0);
    expect(summary.new).toBe(standardArns.length + expressCount);
    expect(summary.updated).toBe(0);
    expect((await store.stats(bench.emulator.url)).executions).toBe(standardArns.length + expressCount);
    // A finished execution costs one history read (the history says all DescribeExecution would);
    // only the running ones are described. Nothing is read twice.
    const running = (await Promise.all(standardArns.map((arn) => store.getExecution(bench.emulator.url, arn)))).filter(
      (record) => record?.status === 'RUNNING',
    ).length;
    expect(running).toBeGreaterThan(0);
    expect(calls.DescribeExecution).toBe(running);
    // (At least: a history of over 1,000 events takes a call per page.)
    expect(calls.GetExecutionHistory).toBeGreaterThanOrEqual(standardArns.length - running);
    for (const arn of standardArns) {
      const record = await store.getExecution(bench.emulator.url, arn);
      expect(record?.executionArn).toBe(arn);
      if (record && record.status !== 'RUNNING') {
        const history = await store.getHistory({
          source: bench.emulator.url,
          executionArn: arn,
          startedAt: record.startedAt,
          redriveCount: 0,
        });
        expect(history?.includesData, arn).toBe(true);
        expect(history?.events[0]?.type).toBe('ExecutionStarted');
      }
    }
    for (const arn of standardMachineArns) {
      const cursor = await store.getSyncCursor(bench.emulator.url, arn);
      expect(cursor?.resumeToken, arn).toBeUndefined();
      expect(cursor?.newestStartedAt, arn).toBeInstanceOf(Date);
    }
    expect(progress.at(-1)?.indexed).toBe(summary.new);
    expect(progress.at(-1)?.oldestStartedAt).toBeInstanceOf(Date);
  }, 120_000);

  it('a second sync reads only the new executions, counted in API calls', async () => {
    expect(await store.listUnfinished(bench.emulator.url)).not.toEqual([]);
    const passArn = await createMachine(bench.client, 'sync-second-pass', PASS_MACHINE);
    const fresh = await Promise.all([1, 2, 3].map((n) => startExecution(bench.client, passArn, { n })));
    for (const arn of fresh) await waitUntilFinished(bench.client, arn);

    const { summary, calls } = await sync();
    expect(summary.new).toBe(3);
    expect(summary.errors).toEqual([]);
    // The three new ones and nothing else (the demo's running executions are listed as still running);
    // finished, so their histories alone.
    expect(calls.DescribeExecution ?? 0).toBe(0);
    expect(calls.GetExecutionHistory).toBe(3);
    // One listing page per Standard machine (each fits in a page and passes the cursor).
    expect(calls.ListExecutions).toBe(standardMachineArns.length + 1);
    for (const arn of fresh) expect((await store.getExecution(bench.emulator.url, arn))?.status).toBe('SUCCEEDED');
  }, 60_000);

  it('indexes a running execution as RUNNING, and reads it again once it has ended', async () => {
    const waitArn = await createMachine(bench.client, 'sync-long-wait', {
      StartAt: 'Wait',
      States: { Wait: { Type: 'Wait', Seconds: 3600, Next: 'Done' }, Done: { Type: 'Pass', End: true } },
    });
    const executionArn = await startExecution(bench.client, waitArn, { order: 'ORD-1' });
    await sync();
    expect((await store.getExecution(bench.emulator.url, executionArn))?.status).toBe('RUNNING');
    expect(await store.listUnfinished(bench.emulator.url, waitArn)).toEqual([executionArn]);

    await bench.client.send(new StopExecutionCommand({ executionArn, error: 'Operator.Stop', cause: 'stopped by the test' }));
    await waitUntilFinished(bench.client, executionArn);
    const { summary } = await sync();
    expect(summary.updated).toBeGreaterThanOrEqual(1);
    const record = await store.getExecution(bench.emulator.url, executionArn);
    expect(record).toMatchObject({ status: 'ABORTED', error: 'Operator.Stop' });
    expect(await store.listUnfinished(bench.emulator.url, waitArn)).toEqual([]);
    const history = await store.getHistory({ source: bench.emulator.url, executionArn, startedAt: record!.startedAt, redriveCount: 0 });
    expect(history?.events.at(-1)?.type).toBe('ExecutionAborted');
  }, 60_000);

  it('stops after the page under way when aborted, and the next sync resumes from the cursor', async () => {
    const arn = await createMachine(bench.client, 'sync-interrupted', PASS_MACHINE);
    const started = await Promise.all(Array.from({ length: 25 }, (_, n) => startExecution(bench.client, arn, { n })));
    for (const execution of started) await waitUntilFinished(bench.client, execution);
    const stop = new AbortController();
    const caller = createCostSfnCaller({ region: 'us-east-1' });
    const first = await syncExecutionIndex({
      store,
      caller,
      pageSize: 10,
      stateMachineArns: [arn],
      signal: stop.signal,
      onProgress: () => stop.abort(),
    });
    caller.close();
    expect(first.interrupted).toBe(true);
    expect(first.new).toBe(10);
    const cursor = await store.getSyncCursor(bench.emulator.url, arn);
    expect(cursor?.resumeToken).toBeDefined();
    expect(cursor?.newestStartedAt).toBeUndefined();

    const second = await syncExecutionIndex({ store, pageSize: 10, stateMachineArns: [arn] });
    expect(second.new).toBe(15);
    expect(second.interrupted).toBe(false);
    const done = await store.getSyncCursor(bench.emulator.url, arn);
    expect(done?.resumeToken).toBeUndefined();
    expect((await store.search({ source: bench.emulator.url, stateMachineArns: [arn], limit: 100 })).total).toBe(25);
  }, 60_000);
});
