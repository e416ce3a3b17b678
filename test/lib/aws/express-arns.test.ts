import { describe, expect, it } from 'vitest';
import { isExpressExecutionArn, parseExpressExecutionArn } from '@/lib/aws/express-arns';

describe('parseExpressExecutionArn', () => {
  it('gives the state machine ARN, its name and the execution name', () => {
    expect(parseExpressExecutionArn('arn:aws:states:eu-west-1:123456789012:express:odd-even:run-1:4f1c-9a')).toEqual({
      stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:odd-even',
      stateMachineName: 'odd-even',
      name: 'run-1',
    });
  });

  it('keeps the partition', () => {
    expect(parseExpressExecutionArn('arn:aws-cn:states:cn-north-1:123456789012:express:M:e:u')?.stateMachineArn).toBe(
      'arn:aws-cn:states:cn-north-1:123456789012:stateMachine:M',
    );
  });

  it.each([
    'arn:aws:states:us-east-1:123456789012:execution:M:e',
    'arn:aws:states:us-east-1:123456789012:express:M:e',
    'arn:aws:states:us-east-1:123456789012:express:M:e:u:extra',
    'arn:aws:states:us-east-1:12345:express:M:e:u',
    'arn:aws:states::123456789012:express:M:e:u',
    'arn:aws:states:us-east-1:123456789012:express:M::u',
    '',
  ])('is undefined for %j, which is no Express execution ARN', (arn) => {
    expect(parseExpressExecutionArn(arn)).toBeUndefined();
    expect(isExpressExecutionArn(arn)).toBe(false);
  });

  it('agrees with isExpressExecutionArn', () => {
    expect(isExpressExecutionArn('arn:aws:states:us-east-1:123456789012:express:M:e:u')).toBe(true);
  });
});
