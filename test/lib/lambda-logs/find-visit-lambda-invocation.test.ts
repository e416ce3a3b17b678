import { describe, expect, it } from 'vitest';
import { findVisitLambdaInvocation } from '@/lib/lambda-logs/find-visit-lambda-invocation';
import { atMs, historyEvent as ev } from '../../support/history/history-events';

const FIRST_ID = '11111111-2222-4333-8444-555555555555';
const SECOND_ID = '66666666-7777-4888-9999-000000000000';
const cause = (requestId: string) => JSON.stringify({ errorMessage: 'declined', errorType: 'Declined', requestId, stackTrace: [] });
const RESOURCE = 'arn:aws:lambda:us-east-1:123456789012:function:VerifyPaymentFunction';

// A Lambda task retried once: each attempt is its own invocation with its own request id.
const HISTORY = [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }, 0),
  ev(2, 0, 'TaskStateEntered', { name: 'VerifyPayment', input: '{}' }, 10),
  ev(3, 2, 'LambdaFunctionScheduled', { resource: RESOURCE, input: '{}' }, 20),
  ev(4, 3, 'LambdaFunctionStarted', undefined, 30),
  ev(5, 4, 'LambdaFunctionFailed', { error: 'Declined', cause: cause(FIRST_ID) }, 40),
  ev(6, 5, 'LambdaFunctionScheduled', { resource: RESOURCE, input: '{}' }, 1_050),
  ev(7, 6, 'LambdaFunctionStarted', undefined, 1_060),
  ev(8, 7, 'LambdaFunctionFailed', { error: 'Declined', cause: cause(SECOND_ID) }, 1_090),
  ev(9, 8, 'ExecutionFailed', { error: 'Declined', cause: cause(SECOND_ID) }, 1_100),
];

describe('findVisitLambdaInvocation', () => {
  it("reads the function and the request id of the visit's last attempt, windowed from its start to its end", () => {
    expect(findVisitLambdaInvocation(HISTORY, 2)).toEqual({
      functionName: 'VerifyPaymentFunction',
      logGroupName: '/aws/lambda/VerifyPaymentFunction',
      region: 'us-east-1',
      requestId: SECOND_ID,
      startMs: atMs(1_060).getTime() - 5_000,
      endMs: atMs(1_090).getTime() + 5_000,
    });
  });

  it('is undefined for an event id that enters no visit', () => {
    expect(findVisitLambdaInvocation(HISTORY, 3)).toBeUndefined();
    expect(findVisitLambdaInvocation(HISTORY, 99)).toBeUndefined();
  });
});
