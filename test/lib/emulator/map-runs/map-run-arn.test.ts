import { describe, expect, it } from 'vitest';
import { checkMapRunArn } from '@/lib/emulator/map-runs/map-run-arn';

describe('checkMapRunArn', () => {
  it('accepts a Map Run ARN and refuses other ARNs with AWS’s InvalidArn messages', () => {
    expect(() => checkMapRunArn('arn:aws:states:us-east-1:123456789012:mapRun:m/label:0b0e6c1e-1111-4f4f-9a9a-123456789abc')).not.toThrow();
    expect(() => checkMapRunArn('nope')).toThrow("Invalid Arn: 'Invalid ARN prefix: nope'");
    expect(() => checkMapRunArn('arn:aws:states:us-east-1:123456789012:execution:m:e')).toThrow(
      "Invalid Arn: 'Resource type not valid in this context: execution'",
    );
    expect(() => checkMapRunArn('arn:aws:states:us-east-1:123456789012:mapRun:m:x')).toThrow(/^Invalid Arn: 'arn:/);
  });
});
