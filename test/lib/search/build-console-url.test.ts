import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConsoleUrl, CONSOLE_PARTITIONS, toConsoleOrigin, toPartition } from '@/lib/search/build-console-url';
import { parseOpenTarget, parseStatesArn } from '@/lib/search/parse-open-target';

const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:daycare-registration:daycare-age-too-young-1';
const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:daycare-registration';

// Names as Step Functions allows them: no whitespace, no ":" "/" "#" "%" "?" "&" and friends.
const name = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/);
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1');
const account = fc.stringMatching(/^\d{12}$/);
const statesArn = fc
  .tuple(fc.constantFrom(...CONSOLE_PARTITIONS), region, account, name, name, fc.uuid())
  .chain(([p, r, a, m, n, id]) =>
    fc.constantFrom(
      `arn:${p}:states:${r}:${a}:execution:${m}:${n}`,
      `arn:${p}:states:${r}:${a}:express:${m}:${n}:${id}`,
      `arn:${p}:states:${r}:${a}:stateMachine:${m}`,
      `arn:${p}:states:${r}:${a}:stateMachine:${m}:${n}`,
    ),
  );

describe('buildConsoleUrl', () => {
  it('links an execution to its v2 details page and a state machine to its view page', () => {
    expect(buildConsoleUrl(EXECUTION)).toBe(
      `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${EXECUTION}`,
    );
    expect(buildConsoleUrl(MACHINE)).toBe(
      `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/statemachines/view/${MACHINE}`,
    );
  });

  it.each([
    ['aws-cn', 'cn-north-1', 'https://cn-north-1.console.amazonaws.cn'],
    ['aws-us-gov', 'us-gov-west-1', 'https://us-gov-west-1.console.amazonaws-us-gov.com'],
  ] as const)('uses the %s console host', (partition, regionName, origin) => {
    expect(buildConsoleUrl(`arn:${partition}:states:${regionName}:123456789012:stateMachine:m`)?.startsWith(`${origin}/states/home`)).toBe(
      true,
    );
    expect(toConsoleOrigin(partition, regionName)).toBe(origin);
    expect(toPartition(regionName)).toBe(partition);
  });

  it.each([
    ['not an ARN', 'hello'],
    ['a Lambda ARN', 'arn:aws:lambda:us-east-1:123456789012:function:F'],
    ['an ISO partition, which has no public console', 'arn:aws-iso:states:us-iso-east-1:123456789012:stateMachine:m'],
  ])('builds nothing for %s', (_what, arn) => {
    expect(buildConsoleUrl(arn)).toBeUndefined();
  });

  it('round-trips through the header box parser for every partition: parse(build(arn)) = parse(arn)', () => {
    fc.assert(
      fc.property(statesArn, (arn) => {
        const url = buildConsoleUrl(arn);
        expect(url).toBeDefined();
        expect(parseOpenTarget(url ?? '')).toEqual(parseStatesArn(arn));
      }),
      { numRuns: 500 },
    );
  });
});
