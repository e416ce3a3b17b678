import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestListener } from '@/lib/emulator/create-request-listener';
import type { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import { TokenBucketThrottle, type ThrottleConfig } from '@/lib/emulator/server/token-bucket-throttle';
import {
  createActionTestContext,
  PASS_DEFINITION,
  ROLE_ARN,
  type ActionTestContext,
} from '../../support/emulator-actions/action-test-context';

/** What the listener wrote back: status, headers, body; `done` settles when it ended or destroyed the response. */
class RecordedResponse {
  status: number | undefined;
  headers: Record<string, string> = {};
  body = '';
  headersSent = false;
  destroyed = false;
  writableEnded = false;
  socket: { destroyed: boolean } | null = { destroyed: false };
  readonly done: Promise<void>;
  private settle!: () => void;

  constructor() {
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  writeHead(status: number, headers: Record<string, string>): this {
    this.status = status;
    this.headers = headers;
    this.headersSent = true;
    return this;
  }

  end(body: string): void {
    this.body = body;
    this.writableEnded = true;
    this.settle();
  }

  destroy(): void {
    this.destroyed = true;
    this.settle();
  }

  json(): Record<string, unknown> {
    return JSON.parse(this.body) as Record<string, unknown>;
  }
}

const SFN = 'AWSStepFunctions.';
const EU_AUTHORIZATION = 'AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=x';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

function listen(options: { throttle?: ThrottleConfig; store?: EmulatorStore } = {}) {
  // A region given here is not used: the listener takes each request's own.
  const context = { ...t.context, region: 'never-used', ...(options.store ? { store: options.store } : {}) };
  return createRequestListener({
    context,
    throttle: new TokenBucketThrottle(options.throttle ?? {}),
  });
}

/** Sends one request through the listener and waits for its answer. */
async function send(
  listener: ReturnType<typeof listen>,
  request: { method?: string; url?: string; target?: string; body?: string; headers?: Record<string, string> },
): Promise<RecordedResponse> {
  const stream = new PassThrough();
  Object.assign(stream, {
    method: request.method ?? 'POST',
    url: request.url ?? '/',
    headers: { ...(request.target ? { 'x-amz-target': request.target } : {}), ...request.headers },
  });
  const response = new RecordedResponse();
  listener(stream as unknown as IncomingMessage, response as unknown as ServerResponse);
  stream.end(request.body ?? '');
  await response.done;
  return response;
}

describe('createRequestListener', () => {
  it.each(['/', '/health'])('answers GET %s with what the emulator is', async (url) => {
    const response = await send(listen(), { method: 'GET', url });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ service: 'statescope-emulator', protocol: 'awsJson1_0', targetPrefix: 'AWSStepFunctions' });
    expect(response.headers['Content-Type']).toBe('application/x-amz-json-1.0');
    expect(response.headers['x-amzn-RequestId']).toMatch(UUID);
  });

  it('runs the Step Functions action named by X-Amz-Target in the region of the request’s credential scope', async () => {
    const response = await send(listen(), {
      target: `${SFN}CreateStateMachine`,
      body: JSON.stringify({ name: 'M', definition: PASS_DEFINITION, roleArn: ROLE_ARN }),
      headers: { authorization: EU_AUTHORIZATION },
    });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:M',
      creationDate: 1_700_000_000,
    });
    expect(response.headers['Content-Length']).toBe(String(Buffer.byteLength(response.body)));
  });

  it('uses us-east-1 for an unsigned request', async () => {
    const response = await send(listen(), {
      target: `${SFN}CreateStateMachine`,
      body: JSON.stringify({ name: 'M', definition: PASS_DEFINITION, roleArn: ROLE_ARN }),
    });
    expect(response.json().stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:M');
  });

  it('reads an empty body as {}', async () => {
    const response = await send(listen(), { target: `${SFN}ListStateMachines` });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ stateMachines: [] });
  });

  it('serves CloudWatch Logs operations on the same listener', async () => {
    const listener = listen();
    expect((await send(listener, { target: 'Logs_20140328.CreateLogGroup', body: '{"logGroupName":"g"}' })).status).toBe(200);
    const described = await send(listener, { target: 'Logs_20140328.DescribeLogGroups', body: '{}' });
    expect((described.json().logGroups as Array<{ logGroupName: string }>).map((g) => g.logGroupName)).toEqual(['g']);
  });

  it('sends raw JSON results as they are', async () => {
    const listener = listen();
    const created = await send(listener, {
      target: `${SFN}CreateStateMachine`,
      body: JSON.stringify({ name: 'M', definition: PASS_DEFINITION, roleArn: ROLE_ARN }),
    });
    const stateMachineArn = created.json().stateMachineArn as string;
    const started = await send(listener, { target: `${SFN}StartExecution`, body: JSON.stringify({ stateMachineArn, name: 'e' }) });
    await t.context.runner.whenIdle();
    const history = await send(listener, {
      target: `${SFN}GetExecutionHistory`,
      body: JSON.stringify({ executionArn: started.json().executionArn }),
    });
    expect(history.body.startsWith('{"events":[{"timestamp":')).toBe(true);
  });

  it('answers an API error as AWS does: its status, __type, message and x-amzn-ErrorType', async () => {
    const response = await send(listen(), { target: `${SFN}DescribeStateMachine`, body: '{"stateMachineArn":"nope"}' });
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({ __type: 'com.amazonaws.sfn#InvalidArn', message: "Invalid Arn: 'Invalid ARN prefix: nope'" });
    expect(response.headers['x-amzn-ErrorType']).toBe('InvalidArn');
  });

  it('refuses an operation it does not serve, listing those it does', async () => {
    const response = await send(listen(), { target: `${SFN}SendTaskSuccess`, body: '{}' });
    expect(response.status).toBe(400);
    expect(response.json().__type).toBe('com.amazon.coral.service#UnknownOperationException');
    expect(response.json().message).toBe(
      "The Statescope emulator does not support the operation 'SendTaskSuccess'. Supported: CreateStateMachine, DescribeStateMachine, ListStateMachines, UpdateStateMachine, DeleteStateMachine, StartExecution, StartSyncExecution, StopExecution, DescribeExecution, ListExecutions, GetExecutionHistory, DescribeStateMachineForExecution, ListMapRuns, DescribeMapRun, UpdateMapRun, RedriveExecution, TestState",
    );
  });

  it('does not take an inherited property name for an operation', async () => {
    const response = await send(listen(), { target: `${SFN}toString`, body: '{}' });
    expect(response.json().__type).toBe('com.amazon.coral.service#UnknownOperationException');
  });

  it.each([
    ['a POST without X-Amz-Target', { method: 'POST' }, "got POST with ''"],
    ['a GET of another path', { method: 'GET', url: '/other' }, "got GET with ''"],
    ['a target of another service', { target: 'DynamoDB_20120810.ListTables' }, "got POST with 'DynamoDB_20120810.ListTables'"],
    [
      'a PUT with a valid target',
      { method: 'PUT', target: `${SFN}ListStateMachines` },
      "got PUT with 'AWSStepFunctions.ListStateMachines'",
    ],
  ])('refuses %s as UnknownOperationException', async (_what, request, ending) => {
    const response = await send(listen(), request);
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({
      __type: 'com.amazon.coral.service#UnknownOperationException',
      message: `Expected POST / with an X-Amz-Target header of the form AWSStepFunctions.<Operation> or Logs_20140328.<Operation>, ${ending}`,
    });
  });

  it('refuses a body that is not a JSON object as SerializationException', async () => {
    const response = await send(listen(), { target: `${SFN}ListStateMachines`, body: '[1]' });
    expect(response.json()).toEqual({
      __type: 'com.amazon.coral.service#SerializationException',
      message: 'The request body must be a JSON object',
    });
  });

  it('throttles an operation whose bucket is empty with ThrottlingException (no namespace)', async () => {
    const listener = listen({ throttle: { ListStateMachines: { bucket: 1, refillPerSecond: 0.001 } } });
    expect((await send(listener, { target: `${SFN}ListStateMachines` })).status).toBe(200);
    const throttled = await send(listener, { target: `${SFN}ListStateMachines` });
    expect(throttled.status).toBe(400);
    expect(throttled.json()).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
    expect(throttled.headers['x-amzn-ErrorType']).toBe('ThrottlingException');
  });

  it('answers an unexpected failure with HTTP 500 InternalFailure naming the request id, and logs it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const broken = {
        getStateMachine: () => {
          throw new Error('disk on fire');
        },
        whenCommitted: () => Promise.resolve(),
      } as unknown as EmulatorStore;
      const response = await send(listen({ store: broken }), {
        target: `${SFN}DescribeStateMachine`,
        body: '{"stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:M"}',
      });
      const requestId = response.headers['x-amzn-RequestId'];
      expect(response.status).toBe(500);
      expect(response.json()).toEqual({
        __type: 'com.amazon.coral.service#InternalFailure',
        message: `The emulator failed to handle the request (request id ${requestId}): disk on fire`,
      });
      expect(error).toHaveBeenCalledWith(`statescope emulator: request ${requestId} failed:`, expect.any(Error));
    } finally {
      error.mockRestore();
    }
  });

  it('says "nested too deeply" for a stack overflow instead of V8’s message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const broken = {
        getStateMachine: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
        whenCommitted: () => Promise.resolve(),
      } as unknown as EmulatorStore;
      const response = await send(listen({ store: broken }), {
        target: `${SFN}DescribeStateMachine`,
        body: '{"stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:M"}',
      });
      expect(response.json().message).toMatch(/: the request data is nested too deeply to process$/);
    } finally {
      error.mockRestore();
    }
  });

  it('answers nothing to a client that closed the connection mid-body', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const stream = new PassThrough();
      Object.assign(stream, { method: 'POST', url: '/', headers: { 'x-amz-target': `${SFN}ListStateMachines` } });
      const response = new RecordedResponse();
      createRequestListener({ context: t.context, throttle: new TokenBucketThrottle({}) })(
        stream as unknown as IncomingMessage,
        response as unknown as ServerResponse,
      );
      stream.write('{"maxRes');
      stream.destroy();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(response.status).toBeUndefined();
      expect(response.destroyed).toBe(false);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
