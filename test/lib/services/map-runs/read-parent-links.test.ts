import { afterEach, describe, expect, it } from 'vitest';
import { readParentLinks } from '@/lib/services/map-runs/read-parent-links';
import { awsError, fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const MAP_RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1';
const PARENT = 'arn:aws:states:us-east-1:123456789012:execution:parcel-audit:audit-1';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('readParentLinks', () => {
  it('finds a Distributed Map child’s Map Run and, through DescribeMapRun, its parent execution', async () => {
    fake = fakeAwsClients({ sfn: { DescribeMapRun: () => ({ mapRunArn: MAP_RUN, executionArn: PARENT, status: 'FAILED' }) } });
    expect(await readParentLinks({ mapRunArn: MAP_RUN, input: '{"items":[1]}' })).toEqual({
      mapRun: { arn: MAP_RUN, executionArn: PARENT },
    });
  });

  it('keeps the Map Run link with the reason when the Map Run cannot be described', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeMapRun: () => {
          throw awsError('AccessDeniedException', 'no states:DescribeMapRun');
        },
      },
    });
    const links = await readParentLinks({ mapRunArn: MAP_RUN });
    expect(links.mapRun).toMatchObject({ arn: MAP_RUN, problem: expect.stringContaining('no states:DescribeMapRun') });
    expect(links.mapRun?.executionArn).toBeUndefined();
  });

  it('finds the parent a nested execution names in its input, without calling AWS', async () => {
    fake = fakeAwsClients({ sfn: {} });
    expect(await readParentLinks({ input: JSON.stringify({ AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: PARENT }) })).toEqual({
      startedBy: PARENT,
    });
    expect(await readParentLinks({ input: '{}' })).toEqual({});
    expect(fake.calls).toEqual([]);
  });
});
