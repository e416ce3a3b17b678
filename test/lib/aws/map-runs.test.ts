import { afterEach, describe, expect, it } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { describeMapRun, listMapRunExecutions, listMapRuns } from '@/lib/aws/map-runs';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const MAP_RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:2f0c6a9e-1b9f-4c39-9a55-0d5b1b7e1c3a';
const PARENT = 'arn:aws:states:us-east-1:123456789012:execution:parcel-audit:audit-1';
const CHILD = 'arn:aws:states:us-east-1:123456789012:execution:parcel-audit/AuditParcels:6b1e0c8e-9c43-4f1f-8d43-6f0c2a0f7d10';
const counts = { pending: 0, running: 0, succeeded: 95, failed: 4, timedOut: 1, aborted: 0, total: 100, resultsWritten: 100 };

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('describeMapRun', () => {
  it('turns DescribeMapRun’s answer into a MapRunDetail', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeMapRun: () => ({
          mapRunArn: MAP_RUN,
          executionArn: PARENT,
          status: 'SUCCEEDED',
          startDate: new Date(1_000),
          stopDate: new Date(9_000),
          maxConcurrency: 40,
          toleratedFailurePercentage: 10,
          toleratedFailureCount: 0,
          itemCounts: { ...counts, total: 2500, succeeded: 2375, failed: 100, timedOut: 25, resultsWritten: 2500 },
          executionCounts: { ...counts, pendingRedrive: 0, failuresNotRedrivable: 0 },
          redriveCount: 0,
        }),
      },
    });
    expect(await describeMapRun(MAP_RUN)).toEqual({
      arn: MAP_RUN,
      executionArn: PARENT,
      status: 'SUCCEEDED',
      startedAt: new Date(1_000),
      stoppedAt: new Date(9_000),
      maxConcurrency: 40,
      toleratedFailurePercentage: 10,
      toleratedFailureCount: 0,
      itemCounts: { ...counts, total: 2500, succeeded: 2375, failed: 100, timedOut: 25, resultsWritten: 2500 },
      executionCounts: { ...counts, pendingRedrive: 0, failuresNotRedrivable: 0 },
      redriveCount: 0,
    });
    expect(fake.inputsOf('DescribeMapRun')).toEqual([{ mapRunArn: MAP_RUN }]);
  });

  it('fills in what a running run’s answer leaves out, and refuses a status it does not know', async () => {
    fake = fakeAwsClients({ sfn: { DescribeMapRun: () => ({ status: 'RUNNING', startDate: new Date(5) }) } });
    expect(await describeMapRun(MAP_RUN)).toMatchObject({
      arn: MAP_RUN,
      executionArn: '',
      maxConcurrency: 0,
      itemCounts: { pending: 0, total: 0, resultsWritten: 0 },
      redriveCount: 0,
    });
    fake.restore();
    fake = fakeAwsClients({ sfn: { DescribeMapRun: () => ({ status: 'PAUSED' }) } });
    await expect(describeMapRun(MAP_RUN)).rejects.toThrow('Unknown Map Run status from Step Functions: PAUSED');
  });

  it('maps ResourceNotFound to not-found and InvalidArn to not-found, naming the Map Run', async () => {
    for (const code of ['ResourceNotFound', 'InvalidArn']) {
      fake?.restore();
      fake = fakeAwsClients({
        sfn: {
          DescribeMapRun: () => {
            throw awsError(code);
          },
        },
      });
      const error = await describeMapRun(MAP_RUN).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DataSourceError);
      expect(error).toMatchObject({ kind: 'not-found', message: `${MAP_RUN} was not found in us-east-1.` });
    }
  });

  it('maps an access denial with the operation in the message', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeMapRun: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: states:DescribeMapRun');
        },
      },
    });
    await expect(describeMapRun(MAP_RUN)).rejects.toMatchObject({
      kind: 'access-denied',
      message: expect.stringContaining('(DescribeMapRun): not authorized to perform: states:DescribeMapRun'),
    });
  });
});

describe('listMapRuns', () => {
  it('lists one page of an execution’s Map Runs with its token', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListMapRuns: () => ({
          mapRuns: [
            {
              executionArn: PARENT,
              mapRunArn: MAP_RUN,
              stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit/AuditParcels',
              startDate: new Date(1_000),
            },
          ],
          nextToken: 'n1',
        }),
      },
    });
    expect(await listMapRuns(PARENT, { nextToken: 't0', maxResults: 10 })).toEqual({
      mapRuns: [
        {
          arn: MAP_RUN,
          executionArn: PARENT,
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit/AuditParcels',
          startedAt: new Date(1_000),
        },
      ],
      nextToken: 'n1',
    });
    expect(fake.inputsOf('ListMapRuns')).toEqual([{ executionArn: PARENT, nextToken: 't0', maxResults: 10 }]);
  });
});

describe('listMapRunExecutions', () => {
  it('lists a Map Run’s children by status with their item counts', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListExecutions: () => ({
          executions: [
            {
              executionArn: CHILD,
              stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit/AuditParcels',
              name: '6b1e0c8e-9c43-4f1f-8d43-6f0c2a0f7d10',
              status: 'FAILED',
              startDate: new Date(2_000),
              stopDate: new Date(3_000),
              mapRunArn: MAP_RUN,
              itemCount: 25,
            },
          ],
        }),
      },
    });
    expect(await listMapRunExecutions({ mapRunArn: MAP_RUN, statusFilter: 'FAILED', maxResults: 50 })).toEqual({
      executions: [
        {
          arn: CHILD,
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit/AuditParcels',
          name: '6b1e0c8e-9c43-4f1f-8d43-6f0c2a0f7d10',
          status: 'FAILED',
          startedAt: new Date(2_000),
          stoppedAt: new Date(3_000),
          redriveCount: undefined,
          itemCount: 25,
        },
      ],
      nextToken: undefined,
    });
    expect(fake.inputsOf('ListExecutions')).toEqual([{ mapRunArn: MAP_RUN, statusFilter: 'FAILED', nextToken: undefined, maxResults: 50 }]);
  });
});
