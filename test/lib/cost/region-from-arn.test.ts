import { describe, expect, it } from 'vitest';
import { ArnRegionError, regionFromArn } from '@/lib/cost/region-from-arn';

describe('regionFromArn: the fourth field of a Step Functions ARN (docs/aws-behaviour.md#arns-and-names)', () => {
  it.each([
    ['arn:aws:states:eu-west-3:123456789012:stateMachine:orders', 'eu-west-3'],
    ['arn:aws:states:eu-west-3:123456789012:stateMachine:orders:1', 'eu-west-3'],
    ['arn:aws:states:us-east-1:123456789012:execution:orders:run-1', 'us-east-1'],
    ['arn:aws:states:us-east-1:123456789012:execution:orders/Map:child-1', 'us-east-1'],
    ['arn:aws:states:eu-central-1:123456789012:express:Wf:cli-test-run:4135929f-8d60-4ea5-b3c3-b243bec43271', 'eu-central-1'],
    ['arn:aws:states:ap-south-1:123456789012:mapRun:orders/Map:5c3b0f4e', 'ap-south-1'],
    ['arn:aws-cn:states:cn-north-1:123456789012:stateMachine:x', 'cn-north-1'],
    ['arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:x', 'us-gov-west-1'],
    ['arn:aws-iso-b:states:us-isob-east-1:123456789012:stateMachine:x', 'us-isob-east-1'],
    ['arn:aws:states:us-east-1::stateMachine:no-account', 'us-east-1'],
    ['  arn:aws:states:sa-east-1:123456789012:stateMachine:padded\n', 'sa-east-1'],
  ])('reads the region of %s', (arn, region) => {
    expect(regionFromArn(arn)).toBe(region);
  });

  it.each([
    ['orders'],
    [''],
    ['arn:aws:lambda:us-east-1:123456789012:function:f'],
    ['arn:aws:states::123456789012:stateMachine:no-region'],
    ['arn:aws:states:US-EAST-1:123456789012:stateMachine:upper-case'],
    ['arn:other:states:us-east-1:123456789012:stateMachine:unknown-partition'],
    ['arn:aws:states:us-east-1:acct:stateMachine:account-not-digits'],
    ['x arn:aws:states:us-east-1:123456789012:stateMachine:not-at-start'],
  ])('refuses %j with an ArnRegionError quoting it', (arn) => {
    let thrown: unknown;
    try {
      regionFromArn(arn);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArnRegionError);
    expect(thrown).toMatchObject({
      name: 'ArnRegionError',
      message: `'${arn}' is not a Step Functions ARN (expected arn:<partition>:states:<region>:<account>:...)`,
    });
  });
});
