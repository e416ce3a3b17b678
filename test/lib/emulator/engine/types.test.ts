import { describe, expect, it } from 'vitest';
import { executionStartedDetails, FunctionNotFound, TaskFailure } from '@/lib/emulator/engine/types';

describe('TaskFailure', () => {
  it('carries the Step Functions error name and cause', () => {
    const failure = new TaskFailure('PaymentDeclined', '{"errorMessage":"no"}');
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'TaskFailure', error: 'PaymentDeclined', causeText: '{"errorMessage":"no"}' });
    expect(failure.message).toBe('PaymentDeclined: {"errorMessage":"no"}');
  });
});

describe('FunctionNotFound', () => {
  it('names the missing function', () => {
    const error = new FunctionNotFound('ghost');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'FunctionNotFound', functionName: 'ghost', message: 'Function not found: ghost' });
  });
});

describe('executionStartedDetails', () => {
  it('keeps the input text as sent, untruncated, with the role', () => {
    expect(executionStartedDetails('{ "a" : 1 }', 'arn:aws:iam::1:role/R')).toEqual({
      input: '{ "a" : 1 }',
      inputDetails: { truncated: false },
      roleArn: 'arn:aws:iam::1:role/R',
    });
  });
});
