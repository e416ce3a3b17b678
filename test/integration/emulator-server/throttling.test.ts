import { ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeClient, makeDataDir, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

describe('throttling', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startFakeEmulator({
      dataDir: data.dir,
      throttle: { ListStateMachines: { bucket: 2, refillPerSecond: 0.001 } },
    });
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('returns ThrottlingException once the action bucket is empty, and leaves other actions alone', async () => {
    const sfn = makeClient(emulator, 'us-east-1', 1);
    await sfn.send(new ListStateMachinesCommand({}));
    await sfn.send(new ListStateMachinesCommand({}));
    const error = await sfn.send(new ListStateMachinesCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });

    const raw = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'X-Amz-Target': 'AWSStepFunctions.ListStateMachines' },
      body: '{}',
    });
    expect(raw.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(await raw.json()).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });

    const other = await fetch(emulator.url, { method: 'POST', headers: { 'X-Amz-Target': 'AWSStepFunctions.ListExecutions' }, body: '{}' });
    expect(((await other.json()) as { __type: string }).__type).not.toBe('ThrottlingException');
  });

  it('lets the SDK retry a throttled call with backoff', async () => {
    const sfn = makeClient(emulator, 'us-east-1', 2);
    const error = await sfn.send(new ListStateMachinesCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ThrottlingException', $metadata: { attempts: 2 } });
  });
});
