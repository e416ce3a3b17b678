import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeDataDir, ROLE_ARN, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });

describe('AWS JSON 1.0 wire protocol', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;

  async function call(target: string | undefined, body: string, extraHeaders: Record<string, string> = {}) {
    const headers: Record<string, string> = { 'Content-Type': 'application/x-amz-json-1.0', ...extraHeaders };
    if (target) headers['X-Amz-Target'] = target;
    const response = await fetch(`${emulator.url}/`, { method: 'POST', headers, body });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    emulator = await startFakeEmulator({ dataDir: data.dir });
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('answers with the AWS JSON 1.0 content type and epoch-second timestamps', async () => {
    const created = await call(
      'AWSStepFunctions.CreateStateMachine',
      JSON.stringify({ name: 'Wire', definition: PASS, roleArn: ROLE_ARN }),
    );
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(created.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const creationDate = created.json.creationDate as number;
    expect(typeof creationDate).toBe('number');
    expect(Math.abs(creationDate - Date.now() / 1000)).toBeLessThan(60);
  });

  it('sends errors as HTTP 400 with a namespaced __type, a message and x-amzn-ErrorType', async () => {
    const missing = await call(
      'AWSStepFunctions.DescribeExecution',
      JSON.stringify({ executionArn: 'arn:aws:states:us-east-1:123456789012:execution:a:b' }),
    );
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      __type: 'com.amazonaws.sfn#ExecutionDoesNotExist',
      message: "Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:a:b'",
    });
    expect(missing.headers.get('x-amzn-errortype')).toBe('ExecutionDoesNotExist');
  });

  it('names an unsupported operation in UnknownOperationException', async () => {
    const unknown = await call('AWSStepFunctions.CreateActivity', '{}');
    expect(unknown.status).toBe(400);
    expect(unknown.json.__type).toBe('com.amazon.coral.service#UnknownOperationException');
    expect(unknown.json.message).toContain("'CreateActivity'");
    const noTarget = await call(undefined, '{}');
    expect(noTarget.json.__type).toBe('com.amazon.coral.service#UnknownOperationException');
    expect(noTarget.json.message).toContain('X-Amz-Target');
  });

  it('explains a malformed body instead of failing', async () => {
    const broken = await call('AWSStepFunctions.ListStateMachines', '{"maxResults": ');
    expect(broken.status).toBe(400);
    expect(broken.json.__type).toBe('com.amazon.coral.service#SerializationException');
    expect(broken.json.message).toMatch(/^The request body is not valid JSON/);
    const array = await call('AWSStepFunctions.ListStateMachines', '[1,2]');
    expect(array.json.message).toBe('The request body must be a JSON object');
    const wrongType = await call('AWSStepFunctions.ListStateMachines', '{"maxResults":"ten"}');
    expect(wrongType.json).toMatchObject({ __type: 'com.amazonaws.sfn#ValidationException' });
    expect(wrongType.json.message).toContain("'maxResults'");
    // The server is still serving.
    const fine = await call('AWSStepFunctions.ListStateMachines', '');
    expect(fine.status).toBe(200);
  });

  it('refuses oversized bodies and prototype names as operations, and keeps serving', async () => {
    const huge = await call('AWSStepFunctions.ListStateMachines', JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.json.message).toMatch(/larger than/);
    for (const operation of ['constructor', '__proto__', 'toString']) {
      const weird = await call(`AWSStepFunctions.${operation}`, '{}');
      expect(weird.json.__type).toBe('com.amazon.coral.service#UnknownOperationException');
    }
    expect((await call('AWSStepFunctions.ListStateMachines', '{}')).status).toBe(200);
  });

  it('reads the region from the SigV4 credential scope', async () => {
    const created = await call(
      'AWSStepFunctions.CreateStateMachine',
      JSON.stringify({ name: 'Tokyo', definition: PASS, roleArn: ROLE_ARN }),
      {
        Authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/ap-northeast-1/states/aws4_request, SignedHeaders=host, Signature=abc',
      },
    );
    expect(created.json.stateMachineArn).toBe('arn:aws:states:ap-northeast-1:123456789012:stateMachine:Tokyo');
  });

  it('answers a plain GET / so that readiness checks can poll it', async () => {
    const response = await fetch(`${emulator.url}/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ service: 'statescope-emulator' });
  });
});
