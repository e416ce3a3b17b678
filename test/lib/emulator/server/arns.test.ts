import { describe, expect, it } from 'vitest';
import {
  checkRoleArn,
  parseExecutionArn,
  parseStateMachineArn,
  refuseExpressExecution,
  toExecutionArn,
  toExpressExecutionArn,
  toStateMachineArn,
} from '@/lib/emulator/server/arns';
import { apiErrorOf } from '../../../support/emulator-actions/api-error-of';

describe('ARN builders', () => {
  it('writes state machine, execution and Express execution ARNs in AWS’s form', () => {
    expect(toStateMachineArn('eu-west-1', '111122223333', 'orders')).toBe('arn:aws:states:eu-west-1:111122223333:stateMachine:orders');
    expect(toExecutionArn('eu-west-1', '111122223333', 'orders', 'run-1')).toBe(
      'arn:aws:states:eu-west-1:111122223333:execution:orders:run-1',
    );
    expect(toExpressExecutionArn('eu-west-1', '111122223333', 'orders', 'run-1', 'abcd-ef')).toBe(
      'arn:aws:states:eu-west-1:111122223333:express:orders:run-1:abcd-ef',
    );
  });
});

describe('parseStateMachineArn', () => {
  it.each([
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M', { name: 'M', qualifier: undefined, region: 'us-east-1' }],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M:3', { name: 'M', qualifier: '3' }],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M:PROD', { name: 'M', qualifier: 'PROD' }],
    ['arn:aws-cn:states:cn-north-1:123456789012:stateMachine:M', { name: 'M', region: 'cn-north-1' }],
    ['arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:M', { name: 'M', region: 'us-gov-west-1' }],
  ])('reads %s', (arn, expected) => {
    expect(parseStateMachineArn(arn)).toMatchObject({ accountId: '123456789012', resourceType: 'stateMachine', ...expected });
  });

  it.each([
    ['', "Invalid Arn: 'Invalid ARN prefix: '"],
    ['not an arn', "Invalid Arn: 'Invalid ARN prefix: not an arn'"],
    [
      'arn:aws:states:us-east-1:123456789012:stateMachine',
      "Invalid Arn: 'Invalid ARN prefix: arn:aws:states:us-east-1:123456789012:stateMachine'",
    ],
    [
      'arn:aws:lambda:us-east-1:123456789012:stateMachine:M',
      "Invalid Arn: 'Invalid ARN prefix: arn:aws:lambda:us-east-1:123456789012:stateMachine:M'",
    ],
    [
      'arn:azure:states:us-east-1:123456789012:stateMachine:M',
      "Invalid Arn: 'Invalid ARN prefix: arn:azure:states:us-east-1:123456789012:stateMachine:M'",
    ],
    ['arn:aws:states::123456789012:stateMachine:M', "Invalid Arn: 'arn:aws:states::123456789012:stateMachine:M'"],
    ['arn:aws:states:us-east-1:12345:stateMachine:M', "Invalid Arn: 'arn:aws:states:us-east-1:12345:stateMachine:M'"],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:', "Invalid Arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:'"],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M:', "Invalid Arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M:'"],
    ['arn:aws:states:us-east-1:123456789012:activity:A', "Invalid Arn: 'Resource type not valid in this context: activity'"],
    ['arn:aws:states:us-east-1:123456789012:execution:M:e', "Invalid Arn: 'Resource type not valid in this context: execution'"],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M:1:2', "Invalid Arn: 'Resource type not valid in this context: stateMachine'"],
  ])('refuses %j with InvalidArn', (arn, message) => {
    expect(apiErrorOf(() => parseStateMachineArn(arn))).toEqual(['InvalidArn', message]);
  });
});

describe('parseExecutionArn', () => {
  it('tells Standard executions from Express ones', () => {
    expect(parseExecutionArn('arn:aws:states:us-east-1:123456789012:execution:M:e')).toEqual({
      region: 'us-east-1',
      accountId: '123456789012',
      resourceType: 'execution',
      resource: ['M', 'e'],
      express: false,
    });
    expect(parseExecutionArn('arn:aws:states:us-east-1:123456789012:express:M:e:uuid')).toMatchObject({
      resourceType: 'express',
      resource: ['M', 'e', 'uuid'],
      express: true,
    });
  });

  it.each([
    ['arn:aws:states:us-east-1:123456789012:execution:M', 'execution'],
    ['arn:aws:states:us-east-1:123456789012:execution:M:e:extra', 'execution'],
    ['arn:aws:states:us-east-1:123456789012:express:M:e', 'express'],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:M', 'stateMachine'],
  ])('refuses %s: wrong number of parts for its type', (arn, type) => {
    expect(apiErrorOf(() => parseExecutionArn(arn))).toEqual([
      'InvalidArn',
      `Invalid Arn: 'Resource type not valid in this context: ${type}'`,
    ]);
  });
});

describe('refuseExpressExecution', () => {
  it('lets Standard execution ARNs through and refuses Express ones as AWS does', () => {
    expect(() => refuseExpressExecution('arn:aws:states:us-east-1:123456789012:execution:M:e')).not.toThrow();
    expect(apiErrorOf(() => refuseExpressExecution('arn:aws:states:us-east-1:123456789012:express:M:e:u'))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: express'",
    ]);
  });

  it('still refuses what is no execution ARN at all', () => {
    expect(apiErrorOf(() => refuseExpressExecution('nope'))).toEqual(['InvalidArn', "Invalid Arn: 'Invalid ARN prefix: nope'"]);
  });
});

describe('checkRoleArn', () => {
  it.each([
    'arn:aws:iam::123456789012:role/R',
    'arn:aws:iam::123456789012:role/service-role/StatescopeDemoStepFunctionsRole',
    'arn:aws-cn:iam::123456789012:role/a+b=c,d.e@f-g',
  ])('accepts %s', (arn) => {
    expect(() => checkRoleArn(arn)).not.toThrow();
  });

  it.each([
    'arn:aws:iam::123456789012:user/R',
    'arn:aws:iam:us-east-1:123456789012:role/R',
    'arn:aws:iam::12345678901:role/R',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/has space',
    'role/R',
  ])('refuses %j with InvalidArn', (arn) => {
    expect(apiErrorOf(() => checkRoleArn(arn))).toEqual(['InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${arn}'`]);
  });
});
