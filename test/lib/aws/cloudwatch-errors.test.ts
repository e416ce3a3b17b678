import { describe, expect, it } from 'vitest';
import { toMetricsFailure } from '@/lib/aws/cloudwatch-errors';

const sdkError = (name: string, message = `${name} message`, httpStatusCode = 400) =>
  Object.assign(new Error(message), { name, $fault: httpStatusCode >= 500 ? 'server' : 'client', $metadata: { httpStatusCode } });

describe('toMetricsFailure', () => {
  it.each([
    ['AccessDenied', 'denied', 'access-denied'],
    ['AccessDeniedException', 'denied', 'access-denied'],
    ['UnrecognizedClientException', 'denied', 'access-denied'],
    ['Throttling', 'throttled', 'throttled'],
    ['LimitExceededException', 'throttled', 'throttled'],
    ['InvalidParameterValueException', 'invalid', 'invalid-input'],
    ['InvalidParameterCombinationException', 'invalid', 'invalid-input'],
    ['InvalidNextToken', 'invalid', 'invalid-input'],
    ['UnknownOperationException', 'unsupported', 'unreachable'],
    ['InvalidAction', 'unsupported', 'unreachable'],
    ['CredentialsProviderError', 'no-credentials', 'no-credentials'],
  ])('reads %s as %s', (name, reason, kind) => {
    expect(toMetricsFailure(sdkError(name), 'http://127.0.0.1:8083')).toMatchObject({ reason, problem: { kind } });
  });

  it('reads an answer of 404 as an endpoint without CloudWatch', () => {
    expect(toMetricsFailure(sdkError('UnknownError', 'Not Found', 404))).toMatchObject({
      reason: 'unsupported',
      problem: { message: 'The endpoint does not serve CloudWatch metrics (UnknownError).' },
    });
  });

  it('turns a server fault or anything unexpected into a reason with its name, never a throw', () => {
    expect(toMetricsFailure(sdkError('InternalServiceError', 'boom', 500), 'https://monitoring.us-east-1.amazonaws.com')).toEqual({
      reason: 'unreachable',
      problem: {
        kind: 'unreachable',
        message: 'Could not read CloudWatch at https://monitoring.us-east-1.amazonaws.com (InternalServiceError: boom)',
        hint: 'Check that the endpoint is running and serves CloudWatch.',
      },
    });
    expect(toMetricsFailure('not even an error')).toMatchObject({
      reason: 'unreachable',
      problem: { message: 'Could not read CloudWatch (Error)' },
    });
  });

  it('says the endpoint could not be reached, with the network code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(toMetricsFailure(refused, 'http://127.0.0.1:9')).toMatchObject({
      reason: 'unreachable',
      problem: { message: 'Could not read CloudWatch at http://127.0.0.1:9 (ECONNREFUSED).' },
    });
  });
});
