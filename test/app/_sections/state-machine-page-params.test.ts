import { notFound } from 'next/navigation';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageDataSourceError } from '@/app/_sections/fail-page';
import { existingStateMachineArn, stateMachineArnParam, stateMachineNameOf } from '@/app/_sections/state-machine-page-params';
import { DataSourceError } from '@/lib/aws/errors';
import type { StateMachineDetail } from '@/lib/domain';

// DescribeStateMachine is replaced by a fake: this file tests what the page makes of its answer.
const fakes = vi.hoisted(() => ({ describeStateMachine: vi.fn<(arn: string) => Promise<StateMachineDetail>>() }));
vi.mock('@/lib/aws/describe-state-machine', () => ({ describeStateMachine: fakes.describeStateMachine }));

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const params = (arn: string) => ({ params: Promise.resolve({ arn }) });

const NOT_FOUND_DIGEST = (() => {
  try {
    notFound();
  } catch (error) {
    return (error as { digest?: unknown }).digest;
  }
})();

beforeEach(() => {
  fakes.describeStateMachine.mockReset();
});

describe('stateMachineArnParam', () => {
  it.each([
    ['an encoded segment', encodeURIComponent(ARN), ARN],
    ['a segment Next.js already decoded', ARN, ARN],
    ['a segment that is not valid percent-encoding', 'arn%E0%A4%A', 'arn%E0%A4%A'],
  ])('reads the ARN from %s', async (_, segment, arn) => {
    expect(await stateMachineArnParam(params(segment))).toBe(arn);
  });
});

describe('stateMachineNameOf', () => {
  it.each([
    [ARN, 'order-workflow'],
    ['arn:aws:states:eu-west-1:123456789012:stateMachine:with-dashes_and_underscores', 'with-dashes_and_underscores'],
    ['no-colons', 'no-colons'],
    ['ends-with-colon:', ''],
    ['', ''],
  ])('names %j as %j', (arn, name) => {
    expect(stateMachineNameOf(arn)).toBe(name);
  });
});

describe('existingStateMachineArn', () => {
  it('returns the decoded ARN once DescribeStateMachine found the state machine', async () => {
    fakes.describeStateMachine.mockResolvedValue({
      arn: ARN,
      name: 'order-workflow',
      type: 'STANDARD',
      createdAt: new Date(0),
      definition: '{}',
      roleArn: '',
    });
    expect(await existingStateMachineArn(params(encodeURIComponent(ARN)))).toBe(ARN);
    expect(fakes.describeStateMachine).toHaveBeenCalledWith(ARN);
  });

  it('is a 404 when the state machine does not exist', async () => {
    fakes.describeStateMachine.mockRejectedValue(new DataSourceError('not-found', `${ARN} was not found.`, 'Check the ARN.'));
    await expect(existingStateMachineArn(params(encodeURIComponent(ARN)))).rejects.toMatchObject({ digest: NOT_FOUND_DIGEST });
  });

  it('is a 500 with the problem when the data source cannot be reached', async () => {
    fakes.describeStateMachine.mockRejectedValue(
      new DataSourceError('unreachable', 'Could not reach Step Functions (ECONNREFUSED).', 'Start it.'),
    );
    const rejection = existingStateMachineArn(params(encodeURIComponent(ARN)));
    await expect(rejection).rejects.toBeInstanceOf(PageDataSourceError);
    await expect(rejection).rejects.toThrow('unreachable: Could not reach Step Functions (ECONNREFUSED).');
  });

  it('lets any other error through as it is', async () => {
    const bug = new TypeError('not a data-source error');
    fakes.describeStateMachine.mockRejectedValue(bug);
    await expect(existingStateMachineArn(params(encodeURIComponent(ARN)))).rejects.toBe(bug);
  });
});
