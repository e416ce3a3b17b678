import { describe, expect, it } from 'vitest';
import { readCompareQuery } from '@/lib/compare/read-compare-query';

const A = 'arn:aws:states:us-east-1:123456789012:execution:orders:declined-1';
const B = 'arn:aws:states:us-east-1:123456789012:express:orders:run-1:abc';

describe('readCompareQuery', () => {
  it('is empty without ARNs (the form), valid with two', () => {
    expect(readCompareQuery(undefined, undefined)).toEqual({ kind: 'empty' });
    expect(readCompareQuery(A, B)).toEqual({ kind: 'valid', a: A, b: B });
  });

  it('says which ARN is missing or malformed, keeping what was given for the form', () => {
    expect(readCompareQuery(A, undefined)).toEqual({
      kind: 'invalid',
      a: A,
      message: 'Execution B is missing: give two execution ARNs (?a=…&b=…).',
    });
    expect(readCompareQuery('arn:aws:states:us-east-1:123456789012:stateMachine:orders', B)).toMatchObject({
      kind: 'invalid',
      message: 'Execution A is not an execution ARN: "arn:aws:states:us-east-1:123456789012:stateMachine:orders".',
    });
  });
});
