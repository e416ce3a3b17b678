import { describe, expect, it } from 'vitest';
import { parseMapRunArn } from '@/lib/map-runs/parse-map-run-arn';

const ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:order-fulfilment/FulfilOrders:0f5e8f36-3f7b-4c0b-9b8e-6a2a0e2c1d11';

describe('parseMapRunArn', () => {
  it('reads the region, account, state machine, label and run id of a Map Run ARN', () => {
    expect(parseMapRunArn(ARN)).toEqual({
      ok: true,
      parts: {
        partition: 'aws',
        region: 'us-east-1',
        accountId: '123456789012',
        stateMachineName: 'order-fulfilment',
        label: 'FulfilOrders',
        runId: '0f5e8f36-3f7b-4c0b-9b8e-6a2a0e2c1d11',
      },
    });
  });

  it.each([
    ['', 'it is empty'],
    ['arn:aws:states:us-east-1:123456789012:execution:order-fulfilment:run-1', "its resource type is 'execution', not 'mapRun'"],
    ['arn:aws:lambda:us-east-1:123456789012:mapRun:a/b:c', 'it does not start with arn:aws:states:'],
    ['arn:aws:states:us-east-1:12345:mapRun:a/b:c', 'its account is not 12 digits'],
    [
      'arn:aws:states:us-east-1:123456789012:mapRun:order-fulfilment:c',
      'it does not name the state machine and the Map state as MACHINE/LABEL',
    ],
    ['arn:aws:states:us-east-1:123456789012:mapRun:a/b', 'it has 7 colon-separated fields, not 8'],
    ['arn:aws:states:us-east-1:123456789012:mapRun:a/b:c:d', 'it has 9 colon-separated fields, not 8'],
    ['arn:aws:states:US_EAST:123456789012:mapRun:a/b:c', 'its region is missing or malformed'],
  ])('refuses %j, saying %s', (arn, why) => {
    expect(parseMapRunArn(arn)).toEqual({
      ok: false,
      message: `Not a Map Run ARN: ${why}. Expected arn:aws:states:REGION:ACCOUNT:mapRun:STATE_MACHINE/LABEL:ID.`,
    });
  });

  it('refuses an ARN longer than the API allows', () => {
    const result = parseMapRunArn(`${ARN}${'x'.repeat(2000)}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('more than 2000');
  });
});
