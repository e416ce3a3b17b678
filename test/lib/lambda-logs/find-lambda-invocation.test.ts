import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLambdaInvocation, findLambdaRequestId, toFunctionName } from '@/lib/lambda-logs/find-lambda-invocation';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';

const ID = '0f1e2d3c-4b5a-4968-8776-655443322110';
const TIMES = { startMs: 100_000, endMs: 103_000 };

describe('toFunctionName', () => {
  it.each([
    ['a name', 'F', { name: 'F' }],
    ['a name with an alias', 'F:prod', { name: 'F' }],
    ['a partial ARN', '123456789012:function:F', { name: 'F' }],
    ['a full ARN with a version', 'arn:aws:lambda:eu-west-1:123456789012:function:F:7', { name: 'F', region: 'eu-west-1' }],
  ])('reads %s', (_what, input, expected) => {
    expect(toFunctionName(input)).toEqual(expected);
  });

  it('refuses what cannot be a function name', () => {
    expect(toFunctionName('../etc/passwd')).toBeUndefined();
  });
});

describe('findLambdaInvocation', () => {
  it('reads a direct function ARN, the request id of its error cause and pads the window by 5 s', () => {
    const query = findLambdaInvocation({
      resource: 'arn:aws:lambda:us-east-1:123456789012:function:VerifyPaymentFunction',
      cause: JSON.stringify({ errorMessage: 'declined', errorType: 'E', requestId: ID, stackTrace: [] }),
      ...TIMES,
    });
    expect(query).toEqual({
      functionName: 'VerifyPaymentFunction',
      logGroupName: '/aws/lambda/VerifyPaymentFunction',
      region: 'us-east-1',
      requestId: ID,
      startMs: 95_000,
      endMs: 108_000,
    });
  });

  it("reads lambda:invoke's FunctionName and the SdkResponseMetadata request id of a full response", () => {
    const query = findLambdaInvocation({
      resource: 'invoke',
      resourceType: 'lambda',
      parameters: JSON.stringify({ FunctionName: 'F:live', Payload: {} }),
      output: JSON.stringify({ Payload: 1, SdkResponseMetadata: { RequestId: ID }, StatusCode: 200 }),
      startMs: 1_000,
      endMs: null,
    });
    expect(query).toEqual({
      functionName: 'F',
      logGroupName: '/aws/lambda/F',
      requestId: ID,
      startMs: -4_000,
      endMs: 1_000 + 15 * 60_000 + 5_000,
    });
  });

  it('falls back to the time window when the error carries no request id (a timeout, a service error)', () => {
    const query = findLambdaInvocation({ resource: 'arn:aws:lambda:us-east-1:123456789012:function:F', cause: 'Task timed out', ...TIMES });
    expect(query?.requestId).toBeUndefined();
  });

  it.each([
    ['another service', { resource: 'arn:aws:states:::dynamodb:putItem', resourceType: 'dynamodb', ...TIMES }],
    ['a visit that never started', { resource: 'arn:aws:lambda:us-east-1:123456789012:function:F', startMs: null, endMs: null }],
    ['lambda:invoke without a FunctionName', { resourceType: 'lambda', parameters: '{}', ...TIMES }],
  ])('is undefined for %s', (_what, task) => {
    expect(findLambdaInvocation(task)).toBeUndefined();
  });
});

interface RecordedEvent {
  type: string;
  [details: string]: unknown;
}

describe.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))('findLambdaRequestId on the recorded AWS histories', () => {
  // The corpus stores causes and outputs as parsed JSON and anonymises ids as <uuid:N>.
  const toText = (value: unknown) => JSON.stringify(value).replace(/<uuid:\d+>/g, ID);
  const lambdaFailures: string[] = [];
  const fullResponses: string[] = [];
  const serviceErrors: string[] = [];
  if (existsSync(AWS_HISTORY_CASES_DIR)) {
    for (const file of readdirSync(AWS_HISTORY_CASES_DIR)) {
      const events = (JSON.parse(readFileSync(join(AWS_HISTORY_CASES_DIR, file), 'utf8')) as { events: RecordedEvent[] }).events;
      for (const event of events) {
        const details = (event.lambdaFunctionFailedEventDetails ?? event.taskFailedEventDetails ?? event.taskSucceededEventDetails) as
          { cause?: unknown; output?: unknown; resourceType?: string } | undefined;
        const isLambda = event.type.startsWith('LambdaFunction') || details?.resourceType === 'lambda';
        if (!details || !isLambda) continue;
        if (typeof details.cause === 'object' && details.cause !== null) lambdaFailures.push(toText(details.cause));
        else if (typeof details.cause === 'string') serviceErrors.push(details.cause);
        // Some recordings replaced the id with the word "RequestId"; only the anonymised real ids count.
        const output = JSON.stringify(details.output ?? null);
        if (/"SdkResponseMetadata":\{"RequestId":"<uuid:\d+>"/.test(output)) fullResponses.push(toText(details.output));
      }
    }
  }

  it('finds the requestId of every Lambda error payload', () => {
    expect(lambdaFailures.length).toBeGreaterThan(30);
    for (const cause of lambdaFailures) expect(findLambdaRequestId(cause)).toBe(ID);
  });

  it('finds SdkResponseMetadata.RequestId in every full lambda:invoke response', () => {
    expect(fullResponses.length).toBeGreaterThan(1);
    for (const output of fullResponses) expect(findLambdaRequestId(null, output)).toBe(ID);
  });

  it('takes no id from a service error text (its "Request ID" is the API call, not an invocation)', () => {
    expect(serviceErrors.length).toBeGreaterThan(0);
    for (const cause of serviceErrors) expect(findLambdaRequestId(cause)).toBeUndefined();
  });
});
