import { describe, expect, it } from 'vitest';
import { DataSourceError, toDataSourceError } from '@/lib/aws/errors';

/** An error shaped like the SDK's ServiceException, without needing a service to throw it. */
function sdkError(name: string, message = `${name} happened`, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
  });
}

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

const context = {
  operation: 'DescribeExecution',
  resource: 'arn:aws:states:us-east-1:1:execution:m:e',
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
};

describe('toDataSourceError', () => {
  it.each([
    ['CredentialsProviderError', 'no-credentials'],
    ['AccessDeniedException', 'access-denied'],
    ['UnrecognizedClientException', 'access-denied'],
    ['ExecutionDoesNotExist', 'not-found'],
    ['StateMachineDoesNotExist', 'not-found'],
    ['InvalidArn', 'not-found'],
    ['ThrottlingException', 'throttled'],
    ['InvalidToken', 'invalid-input'],
    ['ValidationException', 'invalid-input'],
    ['TimeoutError', 'unreachable'],
  ] as const)('maps an SDK %s to kind %s', (name, kind) => {
    const mapped = toDataSourceError(sdkError(name), context);
    expect(mapped).toBeInstanceOf(DataSourceError);
    expect(mapped?.kind).toBe(kind);
    expect(mapped?.hint.length).toBeGreaterThan(10);
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET'])('maps a network %s to unreachable, naming the endpoint', (code) => {
    const mapped = toDataSourceError(networkError(code), context);
    expect(mapped?.kind).toBe('unreachable');
    expect(mapped?.message).toBe(`Could not reach Step Functions at http://127.0.0.1:9 (${code}).`);
  });

  it('finds the network code inside an AggregateError from dual-stack connects', () => {
    const aggregate = new AggregateError([networkError('ECONNREFUSED'), networkError('ECONNREFUSED')], 'connect failed');
    expect(toDataSourceError(aggregate, context)?.kind).toBe('unreachable');
  });

  it('names the missing resource and region in a not-found message', () => {
    expect(toDataSourceError(sdkError('ExecutionDoesNotExist'), context)?.message).toBe(
      'arn:aws:states:us-east-1:1:execution:m:e was not found in us-east-1.',
    );
  });

  it('reports a 5xx answer as the service being unavailable', () => {
    const mapped = toDataSourceError(sdkError('InternalFailure', 'boom', 500), context);
    expect(mapped?.kind).toBe('unreachable');
    expect(mapped?.message).toContain('server error');
  });

  it('explains that Express machines have no ListExecutions', () => {
    const mapped = toDataSourceError(sdkError('StateMachineTypeNotSupported'), context);
    expect(mapped?.kind).toBe('invalid-input');
    expect(mapped?.hint).toContain('CloudWatch Logs');
  });

  it("never repeats the session token that AWS's signature errors quote from the canonical request", () => {
    const token = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';
    const message =
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.' +
      `\n\nThe Canonical String for this request should have been\n'POST\n/\n\nhost:states.us-east-1.amazonaws.com\nx-amz-security-token:${token}\n'` +
      "\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n...'";
    const mapped = toDataSourceError(sdkError('InvalidSignatureException', message), context);
    expect(mapped?.kind).toBe('access-denied');
    expect(mapped?.message).toContain('The request signature we calculated does not match');
    expect(mapped?.message).not.toContain(token);
    expect(mapped?.message).not.toContain('Canonical String');
    expect(toDataSourceError(sdkError('ValidationException', `bad X-Amz-Security-Token=${token}&x=1`), context)?.message).not.toContain(
      token,
    );
  });

  it('leaves bugs alone: an unrecognised error maps to nothing', () => {
    expect(toDataSourceError(new TypeError('x is not a function'), context)).toBeUndefined();
    expect(toDataSourceError('a string', context)).toBeUndefined();
  });

  it('reduces an error to plain data for components', () => {
    const problem = toDataSourceError(sdkError('ThrottlingException'), context)?.toProblem();
    expect(problem).toEqual({
      kind: 'throttled',
      message: 'Step Functions at http://127.0.0.1:9 is throttling requests in us-east-1, even after retrying with back-off.',
      hint: expect.stringContaining('Wait a few seconds') as unknown as string,
    });
  });
});
