import { describe, expect, it } from 'vitest';
import { functionArn, functionNameOf, parseTaskResource, type TaskResource } from '@/lib/emulator/engine/task-resource';

describe('parseTaskResource', () => {
  it.each<[string, TaskResource]>([
    [
      'arn:aws:lambda:us-east-1:123456789012:function:fn',
      { kind: 'lambda-function', arn: 'arn:aws:lambda:us-east-1:123456789012:function:fn', functionName: 'fn' },
    ],
    [
      'arn:aws:lambda:us-east-1:123456789012:function:fn:prod',
      { kind: 'lambda-function', arn: 'arn:aws:lambda:us-east-1:123456789012:function:fn:prod', functionName: 'fn' },
    ],
    [
      'arn:aws-cn:lambda:cn-north-1:123456789012:function:fn:$LATEST',
      { kind: 'lambda-function', arn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:fn:$LATEST', functionName: 'fn' },
    ],
    ['arn:aws:states:::lambda:invoke', { kind: 'service', service: 'lambda', action: 'invoke', pattern: '' }],
    [
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      { kind: 'service', service: 'lambda', action: 'invoke', pattern: 'waitForTaskToken' },
    ],
    ['arn:aws:states:::states:startExecution.sync', { kind: 'service', service: 'states', action: 'startExecution', pattern: 'sync' }],
    ['arn:aws:states:::states:startExecution.sync:2', { kind: 'service', service: 'states', action: 'startExecution', pattern: 'sync:2' }],
    ['arn:aws:states:::sqs:sendMessage', { kind: 'service', service: 'sqs', action: 'sendMessage', pattern: '' }],
    ['arn:aws:states:::aws-sdk:s3:getObject', { kind: 'service', service: 'aws-sdk', action: 's3:getObject', pattern: '' }],
    [
      'arn:aws:states:us-east-1:123456789012:activity:approve',
      { kind: 'activity', arn: 'arn:aws:states:us-east-1:123456789012:activity:approve' },
    ],
    ['arn:aws:states:::lambda:invoke.async', { kind: 'unknown', resource: 'arn:aws:states:::lambda:invoke.async' }],
    [
      'arn:aws:lambda:us-east-1:123456789012:function:fn:1:2',
      { kind: 'unknown', resource: 'arn:aws:lambda:us-east-1:123456789012:function:fn:1:2' },
    ],
    ['fn', { kind: 'unknown', resource: 'fn' }],
    ['', { kind: 'unknown', resource: '' }],
  ])('%s', (resource, expected) => {
    expect(parseTaskResource(resource)).toEqual(expected);
  });
});

describe('functionNameOf', () => {
  it.each([
    ['fn', 'fn'],
    ['fn:prod', 'fn'],
    ['123456789012:function:fn', 'fn'],
    ['123456789012:function:fn:prod', 'fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn', 'fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST', 'fn'],
    ['', ''],
  ])('%j -> %j', (functionName, expected) => {
    expect(functionNameOf(functionName)).toBe(expected);
  });
});

describe('functionArn', () => {
  it.each([
    ['fn', 'arn:aws:lambda:eu-west-1:111122223333:function:fn'],
    ['fn:prod', 'arn:aws:lambda:eu-west-1:111122223333:function:fn'],
    ['123456789012:function:fn', 'arn:aws:lambda:eu-west-1:111122223333:function:fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn', 'arn:aws:lambda:us-east-1:123456789012:function:fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn:prod', 'arn:aws:lambda:us-east-1:123456789012:function:fn'],
  ])('%j -> %j (unqualified)', (functionName, expected) => {
    expect(functionArn(functionName, 'eu-west-1', '111122223333')).toBe(expected);
  });
});
