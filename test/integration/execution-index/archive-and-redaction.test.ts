import { readFileSync, existsSync } from 'node:fs';
import { DescribeExecutionCommand, ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRedactionRules } from '@/lib/execution-index/redact-payload';
import { syncExecutionIndex } from '@/lib/services/execution-index/sync-execution-index';
import {
  createMachine,
  PASS_MACHINE,
  startExecution,
  startSyncBench,
  waitUntilFinished,
  type SyncBench,
} from '../../support/execution-index/sync-emulator';

let bench: SyncBench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

describe('executions past the source’s retention', () => {
  it('stay in the index marked gone from the source, with their histories, once the emulator has dropped them', async () => {
    bench = await startSyncBench();
    const arn = await createMachine(bench.client, 'sync-retention', PASS_MACHINE);
    const executions = await Promise.all([1, 2, 3].map((n) => startExecution(bench!.client, arn, { order: `ORD-${n}` })));
    for (const execution of executions) await waitUntilFinished(bench.client, execution);
    const store = bench.openStore();
    expect((await syncExecutionIndex({ store })).new).toBe(3);

    // The same emulator (same port, same data) with a retention every closed execution is past.
    await bench.restart({ historyRetentionMs: 1 });
    const first = executions[0]!;
    expect((await bench.client.send(new ListExecutionsCommand({ stateMachineArn: arn }))).executions).toEqual([]);
    await expect(bench.client.send(new DescribeExecutionCommand({ executionArn: first }))).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
      message: `Execution Does Not Exist: '${first}'`,
    });

    const summary = await syncExecutionIndex({ store });
    expect(summary.archived).toBe(3);
    expect(summary.errors).toEqual([]);
    for (const execution of executions) {
      const record = await store.getExecution(bench.emulator.url, execution);
      expect(record).toMatchObject({ status: 'SUCCEEDED', goneFromSource: true });
      const history = await store.getHistory({
        source: bench.emulator.url,
        executionArn: execution,
        startedAt: record!.startedAt,
        redriveCount: 0,
      });
      expect(history?.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    }
    // Archived once: the next sync asks nothing about them again.
    const again = await syncExecutionIndex({ store });
    expect(again.archived).toBe(0);
    expect(again.apiCalls.byAction.DescribeExecution ?? 0).toBe(0);
  }, 60_000);
});

describe('redaction', () => {
  it('keeps redacted values out of the SQLite file and its WAL, histories included', async () => {
    bench = await startSyncBench();
    const arn = await createMachine(bench.client, 'sync-secrets', {
      StartAt: 'Charge',
      States: { Charge: { Type: 'Pass', Parameters: { 'card.$': '$.payment.cardNumber', 'order.$': '$.order' }, End: true } },
    });
    const secrets = ['hunter2-SECRET-PASSWORD', '4111111111111111'];
    const executions = await Promise.all(
      ['ORD-77821', 'ORD-77822'].map((order) =>
        startExecution(bench!.client, arn, { order, user: { name: 'ada', password: secrets[0] }, payment: { cardNumber: secrets[1] } }),
      ),
    );
    for (const execution of executions) await waitUntilFinished(bench.client, execution);
    const store = bench.openStore();
    const summary = await syncExecutionIndex({ store, redaction: compileRedactionRules(['$..password', '$..cardNumber', '$..card']) });
    expect(summary.new).toBe(2);

    const files = [bench.indexFile, `${bench.indexFile}-wal`].filter((file) => existsSync(file));
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    // The unredacted order id is there (the check would pass on an empty file otherwise)…
    expect(bytes.includes('ORD-77821')).toBe(true);
    // …the secrets are not, in any form.
    for (const secret of secrets) expect(bytes.includes(secret), secret).toBe(false);
    const record = await store.getExecution(bench.emulator.url, executions[0]!);
    expect(JSON.parse(record?.input?.text ?? '{}')).toMatchObject({
      user: { password: '[redacted]' },
      payment: { cardNumber: '[redacted]' },
    });
    const history = await store.getHistory({
      source: bench.emulator.url,
      executionArn: executions[0]!,
      startedAt: record!.startedAt,
      redriveCount: 0,
    });
    const historyText = JSON.stringify(history?.events);
    expect(historyText).toContain('ORD-7782');
    for (const secret of secrets) expect(historyText).not.toContain(secret);
  }, 60_000);
});
