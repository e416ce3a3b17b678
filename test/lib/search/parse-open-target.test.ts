import { describe, expect, it } from 'vitest';
import { describeRegionMismatch, OPEN_TARGET_EXPECTED, parseOpenTarget } from '@/lib/search/parse-open-target';

const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:daycare-registration:daycare-age-too-young-1';
const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:daycare-registration';

describe('parseOpenTarget', () => {
  it.each([
    ['a Standard execution ARN', EXECUTION, { kind: 'execution', arn: EXECUTION, region: 'us-east-1', express: false }],
    [
      'an execution ARN with spaces and quotes around it',
      `  "${EXECUTION}"\n`,
      { kind: 'execution', arn: EXECUTION, region: 'us-east-1', express: false },
    ],
    [
      'a Distributed Map child execution ARN',
      'arn:aws:states:us-east-1:123456789012:execution:batch/MapLabel:0c5a2c9e-1111-2222-3333-444455556666',
      {
        kind: 'execution',
        arn: 'arn:aws:states:us-east-1:123456789012:execution:batch/MapLabel:0c5a2c9e-1111-2222-3333-444455556666',
        region: 'us-east-1',
        express: false,
      },
    ],
    [
      'an Express execution ARN',
      'arn:aws:states:eu-west-1:123456789012:express:orders:run-7:5f0d7e2a-aaaa-bbbb-cccc-000011112222',
      {
        kind: 'execution',
        arn: 'arn:aws:states:eu-west-1:123456789012:express:orders:run-7:5f0d7e2a-aaaa-bbbb-cccc-000011112222',
        region: 'eu-west-1',
        express: true,
      },
    ],
    ['a state machine ARN', MACHINE, { kind: 'state-machine', arn: MACHINE, region: 'us-east-1' }],
    ['a state machine version ARN', `${MACHINE}:3`, { kind: 'state-machine', arn: `${MACHINE}:3`, region: 'us-east-1' }],
    [
      'a GovCloud state machine ARN',
      'arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:m',
      {
        kind: 'state-machine',
        arn: 'arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:m',
        region: 'us-gov-west-1',
      },
    ],
    [
      'a percent-encoded execution ARN',
      encodeURIComponent(EXECUTION),
      { kind: 'execution', arn: EXECUTION, region: 'us-east-1', express: false },
    ],
  ])('opens %s', (_, input, expected) => {
    expect(parseOpenTarget(input)).toEqual(expected);
  });

  it.each([
    [
      'the v2 console execution URL',
      `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${EXECUTION}`,
    ],
    ['the older console execution URL', `https://console.aws.amazon.com/states/home?region=us-east-1#/executions/details/${EXECUTION}`],
    [
      'a console URL with the ARN percent-encoded',
      `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${encodeURIComponent(EXECUTION)}`,
    ],
    [
      'a console URL with a query after the ARN',
      `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${EXECUTION}?type=standard`,
    ],
  ])('opens the execution from %s', (_, url) => {
    expect(parseOpenTarget(url)).toEqual({ kind: 'execution', arn: EXECUTION, region: 'us-east-1', express: false });
  });

  it('opens the state machine from a console state machine URL', () => {
    expect(parseOpenTarget(`https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/statemachines/view/${MACHINE}`)).toEqual(
      {
        kind: 'state-machine',
        arn: MACHINE,
        region: 'us-east-1',
      },
    );
  });

  it.each([
    ['empty input', '   ', 'The search box was empty.'],
    ['a plain word', 'daycare', '"daycare" is not an ARN.'],
    [
      'an ARN of another service',
      'arn:aws:lambda:us-east-1:123456789012:function:checkAgeRange',
      'is an ARN, but not a Step Functions one',
    ],
    [
      'an activity ARN',
      'arn:aws:states:us-east-1:123456789012:activity:approve',
      'Step Functions activity ARN, which Statescope cannot open',
    ],
    ['an execution ARN without its name', 'arn:aws:states:us-east-1:123456789012:execution:daycare-registration', 'wrong number of parts'],
    [
      'a URL that is not the AWS console',
      `https://example.com/#/v2/executions/details/${EXECUTION}`,
      '"example.com" is not an AWS console address.',
    ],
    [
      'a console URL of another service',
      'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions',
      'does not point at a Step Functions execution',
    ],
  ])('rejects %s with a message saying what was expected', (_, input, reason) => {
    const target = parseOpenTarget(input);
    expect(target.kind).toBe('invalid');
    if (target.kind !== 'invalid') return;
    expect(target.message).toContain(reason);
    expect(target.message).toContain(OPEN_TARGET_EXPECTED);
  });
});

describe('describeRegionMismatch', () => {
  it('says nothing when the ARN is in the region Statescope reads', () => {
    expect(describeRegionMismatch(parseOpenTarget(EXECUTION), 'us-east-1')).toBeUndefined();
  });
  it('names both regions and the setting to change when they differ', () => {
    expect(describeRegionMismatch(parseOpenTarget(EXECUTION), 'eu-west-1')).toBe(
      'This execution is in us-east-1, but Statescope reads Step Functions in eu-west-1. Start Statescope with AWS_REGION=us-east-1 to open it.',
    );
    expect(describeRegionMismatch(parseOpenTarget(MACHINE), 'eu-west-1')).toContain('This state machine is in us-east-1');
  });
  it('has nothing to add to invalid input', () => {
    expect(describeRegionMismatch(parseOpenTarget('nope'), 'us-east-1')).toBeUndefined();
  });
});
