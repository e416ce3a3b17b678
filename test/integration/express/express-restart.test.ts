import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { createLoggedMachine } from '../../support/express/express-emulator';

const WAIT = { StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 3600, End: true } } };
const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-express-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function clients(url: string) {
  const common = { endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 't', secretAccessKey: 't' }, maxAttempts: 1 };
  return { sfn: new SFNClient({ ...common, disableHostPrefix: true }), logs: new CloudWatchLogsClient(common) };
}

describe('an Express execution cut off by the emulator closing', () => {
  it('ends in its log group with the interrupted-execution ExecutionFailed', async () => {
    const first = await startEmulator({ port: 0, host: '127.0.0.1', dataDir });
    const a = clients(first.url);
    const machine = await createLoggedMachine(a.sfn, 'long-wait', WAIT, {
      level: 'ALL',
      includeExecutionData: false,
      logGroupName: 'restart-group',
    });
    const { executionArn } = await a.sfn.send(new StartExecutionCommand({ stateMachineArn: machine, name: 'held' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.sfn.destroy();
    a.logs.destroy();
    await first.close();

    const second = await startEmulator({ port: 0, host: '127.0.0.1', dataDir });
    const b = clients(second.url);
    try {
      const out = await b.logs.send(new FilterLogEventsCommand({ logGroupName: 'restart-group' }));
      const records = (out.events ?? []).map(
        (e) => JSON.parse(e.message!) as { type: string; execution_arn: string; details: Record<string, unknown> },
      );
      expect(records.map((r) => r.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionFailed']);
      expect(records.at(-1)).toMatchObject({ execution_arn: executionArn, details: { error: 'States.Runtime' } });
    } finally {
      b.sfn.destroy();
      b.logs.destroy();
      await second.close();
    }
  });
});
