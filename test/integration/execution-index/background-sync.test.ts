import { afterEach, describe, expect, it } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { startBackgroundSync } from '@/lib/services/execution-index/background-sync';
import { readIndexSettings } from '@/lib/services/execution-index/index-settings';
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

describe('startBackgroundSync (serve and demo)', () => {
  it('syncs at once, again after the interval, logs what changed, and stops cleanly', async () => {
    bench = await startSyncBench();
    const arn = await createMachine(bench.client, 'background', PASS_MACHINE);
    await waitUntilFinished(bench.client, await startExecution(bench.client, arn, { n: 1 }));
    const lines: string[] = [];
    const settings = readIndexSettings({ index: bench.indexFile, syncInterval: '0.2' }, {}, bench.dir);
    const sync = startBackgroundSync({ settings, log: (line) => lines.push(line) });
    try {
      expect((await sync.firstSync)?.new).toBe(1);
      await waitUntilFinished(bench.client, await startExecution(bench.client, arn, { n: 2 }));
      const deadline = Date.now() + 10_000;
      while (lines.filter((line) => line.startsWith('index: 1 new')).length < 2) {
        if (Date.now() > deadline) throw new Error(`no second sync logged:\n${lines.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await sync.stop();
    }
    const store = new SqliteExecutionIndexStore(bench.indexFile);
    expect((await store.stats()).executions).toBe(2);
    await store.close();
  }, 30_000);

  it('logs a data-source error instead of failing, and keeps going', async () => {
    bench = await startSyncBench();
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
    (await import('@/lib/aws/clients')).resetAwsClients();
    const lines: string[] = [];
    const sync = startBackgroundSync({
      settings: readIndexSettings({ index: bench.indexFile }, {}, bench.dir),
      log: (line) => lines.push(line),
    });
    try {
      expect(await sync.firstSync).toBeUndefined();
      expect(lines).toEqual([
        'index sync failed: Could not reach Step Functions at http://127.0.0.1:9 (ECONNREFUSED). Check that the endpoint is running and reachable, or unset AWS_ENDPOINT_URL to use AWS itself.',
      ]);
    } finally {
      await sync.stop();
      process.env.AWS_ENDPOINT_URL = saved;
    }
  }, 30_000);
});
