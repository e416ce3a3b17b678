import {
  CreateStateMachineCommand,
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
} from '@aws-sdk/client-sfn';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { startEmulatorServer, type RunningEmulator } from '@/lib/emulator/server/start-emulator-server';
import { fakeEngine, noTasks } from './support/fake-engine';
import { makeDataDir, ROLE_ARN } from './support/start-test-emulator';


/** The real SDK client; every send gives up after 3 s, so a request the emulator never answers fails fast. */
function impatientClient(emulator: RunningEmulator): { send: SFNClient['send'] } {
  const client = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return { send: ((command: Parameters<SFNClient['send']>[0]) => client.send(command, { abortSignal: AbortSignal.timeout(3_000) })) as SFNClient['send'] };
}

async function failureOf(promise: Promise<unknown>): Promise<SFNServiceException> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SFNServiceException);
  return error as SFNServiceException;
}

describe('an unexpected failure inside a request', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: { send: SFNClient['send'] };
  // The validator throws what no action expects, after the request body has been read.
  const explodingEngine: EmulatorEngine = {
    ...fakeEngine,
    validateDefinition(definition) {
      if (definition.includes('explode')) throw new TypeError('the validator exploded');
      return fakeEngine.validateDefinition(definition);
    },
  };

  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, dataDir: data.dir }, explodingEngine, noTasks);
    sfn = impatientClient(emulator);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('is answered with HTTP 500 InternalFailure, which the SDK raises as a server fault, and logged with the request id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const definition = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Comment: 'explode', End: true } } });
    const error = await failureOf(sfn.send(new CreateStateMachineCommand({ name: 'boom', definition, roleArn: ROLE_ARN })));
    expect(error.name).toBe('InternalFailure');
    expect(error.$fault).toBe('server');
    expect(error.$metadata.httpStatusCode).toBe(500);
    const requestId = error.$metadata.requestId!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`The emulator failed to handle the request (request id ${requestId}): the validator exploded`);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toBe(`statescope emulator: request ${requestId} failed:`);
    expect(logged.mock.calls[0]![1]).toBeInstanceOf(TypeError);
  });

  it('sends the AWS JSON 1.0 error shape and keeps serving', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.CreateStateMachine' },
      body: JSON.stringify({ name: 'boom', definition: '{"explode":1}', roleArn: ROLE_ARN }),
      signal: AbortSignal.timeout(3_000),
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-errortype')).toBe('InternalFailure');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      __type: 'com.amazon.coral.service#InternalFailure',
      message: `The emulator failed to handle the request (request id ${response.headers.get('x-amzn-requestid')}): the validator exploded`,
    });
    await expect(sfn.send(new ListStateMachinesCommand({}))).resolves.toMatchObject({ stateMachines: [] });
  });

  it('uses one request id for the header of every answer, success or error', async () => {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.DescribeExecution' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
