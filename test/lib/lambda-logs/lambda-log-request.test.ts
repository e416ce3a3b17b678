import { describe, expect, it } from 'vitest';
import { parseLambdaLogSearchParams, toLambdaLogSearchParams } from '@/lib/lambda-logs/lambda-log-request';

const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-payment-declined';

describe('lambda log request parameters', () => {
  it('round-trips an execution ARN and a visit id', () => {
    const request = { executionArn: EXECUTION, enteredEventId: 2 };
    expect(parseLambdaLogSearchParams(toLambdaLogSearchParams(request))).toEqual(request);
  });

  it.each([
    ['a state machine ARN', { execution: 'arn:aws:states:us-east-1:123456789012:stateMachine:m', visit: '2' }, /execution ARN/],
    ['no execution', { visit: '2' }, /execution ARN/],
    ['a visit that is not a positive integer', { execution: EXECUTION, visit: '1.5' }, /positive integer/],
    ['no visit', { execution: EXECUTION }, /positive integer/],
  ])('names the wrong parameter for %s', (_what, params, message) => {
    const parsed = parseLambdaLogSearchParams(new URLSearchParams(params));
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
