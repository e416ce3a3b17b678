import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStateMachine } from '@/lib/demo/ensure-state-machine';
import { toExecutionArn } from '@/lib/demo/start-scenario-execution';
import { startEmulator } from '@/lib/emulator/start-emulator';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;
let client: SFNClient;

const definition = (result: string) => JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', Result: result, End: true } } });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-ensure-'));
  emulator = await startEmulator({ port: 0, dataDir });
  client = new SFNClient({ endpoint: emulator.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});

afterAll(async () => {
  client?.destroy();
  await emulator?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('ensureStateMachine', () => {
  it('creates the state machine once, leaves it alone when unchanged and updates it in place when the definition changed', async () => {
    const created = await ensureStateMachine(client, { name: 'greeting', definition: definition('hello') });
    expect(created).toEqual({ arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:greeting', outcome: 'created' });
    expect(await ensureStateMachine(client, { name: 'greeting', definition: definition('hello') })).toEqual({
      arn: created.arn,
      outcome: 'unchanged',
    });
    expect(await ensureStateMachine(client, { name: 'greeting', definition: definition('bonjour') })).toEqual({
      arn: created.arn,
      outcome: 'updated',
    });

    const described = await client.send(new DescribeStateMachineCommand({ stateMachineArn: created.arn }));
    expect(described.definition).toBe(definition('bonjour'));
    const listed = await client.send(new ListStateMachinesCommand({}));
    expect(listed.stateMachines?.filter((machine) => machine.name === 'greeting')).toHaveLength(1);
  });
});

describe('toExecutionArn', () => {
  it('derives the execution ARN from the state machine ARN and the name', () => {
    expect(toExecutionArn('arn:aws:states:us-east-1:123456789012:stateMachine:odd-even', 'odd-even-odd-1')).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:odd-even:odd-even-odd-1',
    );
  });
});
