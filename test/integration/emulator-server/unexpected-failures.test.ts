import {
  CreateStateMachineCommand,
  InvalidDefinition,
  InvalidExecutionInput,
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_DEPTH } from '@/lib/emulator/asl/json-depth';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { startEmulatorServer, type RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { fakeEngine, noTasks } from '../../support/emulator-server/fake-engine';
import { makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepPass = (levels: number) => `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":${nested(levels)},"End":true}}}`;
const TOO_DEEP = `more than ${MAX_JSON_DEPTH} levels of objects and arrays`;

/** The real SDK client; every send gives up after 3 s, so a request the emulator never answers fails fast. */
function impatientClient(emulator: RunningEmulator): { send: SFNClient['send'] } {
  const client = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return {
    send: ((command: Parameters<SFNClient['send']>[0]) =>
      client.send(command, { abortSignal: AbortSignal.timeout(3_000) })) as SFNClient['send'],
  };
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

describe('deeply nested JSON through the real engine', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: { send: SFNClient['send'] };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir, timeScale: 0 });
    sfn = impatientClient(emulator);
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('refuses a definition nested 5,000 levels deep as InvalidDefinition, saying so', async () => {
    const error = await failureOf(
      sfn.send(new CreateStateMachineCommand({ name: 'deep', definition: deepPass(5_000), roleArn: ROLE_ARN })),
    );
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect(error.message).toBe(
      `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: The definition is nested too deeply: ${TOO_DEEP}'`,
    );
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'shallow', definition: PASS, roleArn: ROLE_ARN }));
    const update = await failureOf(sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: deepPass(5_000) })));
    expect(update).toBeInstanceOf(InvalidDefinition);
  });

  it('accepts and runs a definition just inside the limit', async () => {
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({ name: 'deep-enough', definition: deepPass(MAX_JSON_DEPTH - 3), roleArn: ROLE_ARN }),
    );
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await emulator.whenIdle();
    expect(executionArn).toContain('deep-enough');
  });

  it('refuses an execution input nested too deeply as InvalidExecutionInput', async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'plain', definition: PASS, roleArn: ROLE_ARN }));
    const error = await failureOf(sfn.send(new StartExecutionCommand({ stateMachineArn, input: nested(5_000) })));
    expect(error).toBeInstanceOf(InvalidExecutionInput);
    expect(error.message).toBe(`Invalid State Machine Execution Input: 'The input is nested too deeply: ${TOO_DEEP}'`);
  });

  it('refuses a request body nested too deeply as SerializationException', async () => {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.CreateStateMachine' },
      body: `{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
      signal: AbortSignal.timeout(3_000),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      __type: 'com.amazon.coral.service#SerializationException',
      message: `The request body is nested too deeply: ${TOO_DEEP}`,
    });
  });

  it('reports a validator message once, in AWS’s wording', async () => {
    const error = await failureOf(
      sfn.send(
        new CreateStateMachineCommand({
          name: 'broken',
          definition: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":"yes"}}}',
          roleArn: ROLE_ARN,
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect(error.message).toBe(
      "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: must be equal to one of the allowed values at /States/A/End'",
    );
  });
});
