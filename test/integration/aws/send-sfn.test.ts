import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/aws/describe-execution';
import { DataSourceError } from '@/lib/aws/errors';
import { listStateMachines } from '@/lib/aws/list-state-machines';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { findClosedPort } from '../../support/aws/free-port';
import { startStubSfnServer, type StubSfnServer } from '../../support/aws/stub-sfn-server';
import { startTestEmulator, type TestEmulator } from '../../support/aws/test-emulator';

async function captureError(promise: Promise<unknown>): Promise<DataSourceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DataSourceError);
  return error as DataSourceError;
}

describe('adapter calls map real SDK failures to one DataSourceError kind each', () => {
  let restore: (() => void) | undefined;
  let stub: StubSfnServer | undefined;
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await stub?.close();
    stub = undefined;
  });

  it('reports unreachable when nothing listens on the endpoint', async () => {
    const port = await findClosedPort();
    restore = setAwsEnv({
      ...DUMMY_CREDENTIALS,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_MAX_ATTEMPTS: '1',
    });
    const error = await captureError(listStateMachines());
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(`Could not reach Step Functions at http://127.0.0.1:${port} (ECONNREFUSED).`);
  });

  it('reports no-credentials when the environment and shared files hold none', async () => {
    const port = await findClosedPort();
    restore = setAwsEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` });
    const error = await captureError(listStateMachines());
    expect(error.kind).toBe('no-credentials');
    expect(error.hint).toContain('AWS_PROFILE');
  });

  it('reports access-denied from an AccessDeniedException answer', async () => {
    stub = await startStubSfnServer('AccessDeniedException');
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: stub.url });
    const error = await captureError(listStateMachines());
    expect(error.kind).toBe('access-denied');
    expect(error.message).toContain('ListStateMachines');
  });

  it('reports throttled only after the SDK retried with back-off', async () => {
    stub = await startStubSfnServer('ThrottlingException');
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: stub.url, AWS_MAX_ATTEMPTS: '2' });
    const error = await captureError(listStateMachines());
    expect(error.kind).toBe('throttled');
    expect(stub.requests).toEqual(['AWSStepFunctions.ListStateMachines', 'AWSStepFunctions.ListStateMachines']);
  });

  it('reports invalid-input for an expired page token', async () => {
    stub = await startStubSfnServer('InvalidToken');
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: stub.url });
    const error = await captureError(listStateMachines());
    expect(error.kind).toBe('invalid-input');
    expect(error.hint).toContain('first page');
  });

  it('rethrows an unrecognised answer unchanged, as a bug', async () => {
    stub = await startStubSfnServer('SomethingNew');
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: stub.url });
    const error: unknown = await listStateMachines().catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(DataSourceError);
    expect((error as Error).name).toBe('SomethingNew');
  });
});

describe('not-found against the embedded emulator', () => {
  let emulator: TestEmulator | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: emulator.url });
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
  });

  it('reports not-found for an execution ARN that does not exist', async () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:execution:no-such-machine:no-such-execution';
    const error = await captureError(describeExecution(arn));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(`${arn} was not found in us-east-1.`);
  });
});
