import { describe, expect, it } from 'vitest';
import { formatLambdaErrorCause, toLambdaErrorPayload, toLambdaErrorType } from '@/lib/emulator/handlers/lambda-error-cause';

describe('toLambdaErrorType', () => {
  it('prefers an explicit name, then the class name, then "Error"', () => {
    class PaymentDeclinedError extends Error {}
    class Renamed extends Error {
      override name = 'CustomName';
    }
    expect(toLambdaErrorType(new PaymentDeclinedError('x'))).toBe('PaymentDeclinedError');
    expect(toLambdaErrorType(new Renamed('x'))).toBe('CustomName');
    expect(toLambdaErrorType(new TypeError('x'))).toBe('TypeError');
    expect(toLambdaErrorType(new Error('x'))).toBe('Error');
  });

  it('names thrown non-errors the way the Node.js runtime does', () => {
    expect(toLambdaErrorType('just a string')).toBe('string');
    expect(toLambdaErrorType({ name: 'Shaped', message: 'like an error' })).toBe('Shaped');
    expect(toLambdaErrorType(42)).toBe('Error');
  });
});

describe('formatLambdaErrorCause', () => {
  const payload = {
    errorMessage: 'Café closed',
    errorType: 'ClosedError',
    requestId: '11111111-2222-4333-8444-555555555555',
    stackTrace: ['at a', 'at b'],
  };

  it('writes Python json.dumps spacing and ASCII escapes for direct Lambda ARNs', () => {
    expect(formatLambdaErrorCause(payload, 'spaced')).toBe(
      '{"errorMessage": "Caf\\u00e9 closed", "errorType": "ClosedError", "requestId": "11111111-2222-4333-8444-555555555555", "stackTrace": ["at a", "at b"]}',
    );
  });

  it('writes compact JSON for lambda:invoke', () => {
    expect(formatLambdaErrorCause(payload, 'compact')).toBe(
      '{"errorMessage":"Café closed","errorType":"ClosedError","requestId":"11111111-2222-4333-8444-555555555555","stackTrace":["at a","at b"]}',
    );
  });

  it('keeps a thrown string as the message with no stack', () => {
    expect(toLambdaErrorPayload('nope', 'id')).toEqual({ errorMessage: 'nope', errorType: 'string', requestId: 'id', stackTrace: [] });
  });
});
