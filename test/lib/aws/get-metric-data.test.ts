import { afterEach, describe, expect, it } from 'vitest';
import { createCloudWatchClient } from '@/lib/aws/cloudwatch-client';
import { getMetricData } from '@/lib/aws/get-metric-data';
import type { MetricDataRequest } from '@/lib/metrics/metric-data';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { startFakeCloudWatchServer, type FakeCloudWatchAnswer, type FakeCloudWatchServer } from '../../support/aws/fake-cloudwatch-server';
import { findClosedPort } from '../../support/aws/free-port';

const START = new Date('2026-12-04T10:00:00Z');
const END = new Date('2026-12-04T11:00:00Z');
const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const REQUEST: MetricDataRequest = {
  start: START,
  end: END,
  queries: [
    { id: 'q0', stateMachineArn: ARN, metricName: 'ExecutionsStarted', stat: 'Sum', periodSeconds: 120 },
    { id: 'q1', stateMachineArn: ARN, metricName: 'ExecutionTime', stat: 'p99', periodSeconds: 3600 },
  ],
};
const seconds = (date: Date) => date.getTime() / 1000;

let server: FakeCloudWatchServer | undefined;
let restoreEnv: (() => void) | undefined;
afterEach(async () => {
  await server?.close();
  restoreEnv?.();
  server = undefined;
});

async function clientFor(answer: (input: { NextToken?: string }) => FakeCloudWatchAnswer, maxAttempts?: number) {
  server = await startFakeCloudWatchServer(answer);
  restoreEnv = setAwsEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: server.url, ...DUMMY_CREDENTIALS });
  return createCloudWatchClient({ maxAttempts });
}

describe('getMetricData', () => {
  it('asks AWS/States with the StateMachineArn dimension over AWS JSON 1.0 and joins the pages', async () => {
    const client = await clientFor((input) =>
      input.NextToken === undefined
        ? {
            output: {
              MetricDataResults: [{ Id: 'q0', Timestamps: [seconds(START)], Values: [4], StatusCode: 'PartialData' }],
              NextToken: 'more',
            },
          }
        : {
            output: {
              MetricDataResults: [
                { Id: 'q0', Timestamps: [seconds(START) + 120], Values: [6], StatusCode: 'Complete' },
                { Id: 'q1', Timestamps: [seconds(START)], Values: [812.5], StatusCode: 'Complete' },
              ],
            },
          },
    );
    const outcome = await getMetricData(REQUEST, client);
    expect(outcome).toEqual({
      ok: true,
      calls: 2,
      series: [
        { id: 'q0', timestamps: [START, new Date(START.getTime() + 120_000)], values: [4, 6], complete: true },
        { id: 'q1', timestamps: [START], values: [812.5], complete: true },
      ],
    });
    const [first, second] = server?.requests ?? [];
    expect(first?.MetricDataQueries[0]).toEqual({
      Id: 'q0',
      MetricStat: {
        Metric: { Namespace: 'AWS/States', MetricName: 'ExecutionsStarted', Dimensions: [{ Name: 'StateMachineArn', Value: ARN }] },
        Period: 120,
        Stat: 'Sum',
      },
      ReturnData: true,
    });
    expect([first?.StartTime, first?.EndTime]).toEqual([seconds(START), seconds(END)]);
    expect(second?.NextToken).toBe('more');
  });

  it('says CloudWatch denied GetMetricData, with what to allow, instead of throwing', async () => {
    const client = await clientFor(() => ({
      error: 'AccessDenied',
      status: 403,
      message: 'User is not authorized to perform: cloudwatch:GetMetricData',
    }));
    const outcome = await getMetricData(REQUEST, client);
    expect(outcome).toEqual({
      ok: false,
      calls: 1,
      failure: {
        reason: 'denied',
        problem: {
          kind: 'access-denied',
          message: `CloudWatch at ${server?.url} denied GetMetricData: User is not authorized to perform: cloudwatch:GetMetricData`,
          hint: 'Allow cloudwatch:GetMetricData to these credentials for counts at any volume; until then counts come from a capped sample.',
        },
      },
    });
  });

  it('retries throttling with back-off (5 attempts unless told) before saying so', async () => {
    // Three attempts here: the back-off of five takes seconds.
    const client = await clientFor(() => ({ error: 'Throttling', status: 400, message: 'Rate exceeded' }), 3);
    expect(await createCloudWatchClient().config.maxAttempts()).toBe(5);
    const outcome = await getMetricData(REQUEST, client);
    expect(server?.requests).toHaveLength(3);
    expect(outcome.ok ? undefined : outcome.failure).toMatchObject({ reason: 'throttled', problem: { kind: 'throttled' } });
  }, 30_000);

  it('recognises an endpoint without CloudWatch, a refused query and an endpoint that does not answer', async () => {
    const unsupported = await getMetricData(REQUEST, await clientFor(() => ({ error: 'UnknownOperationException' })));
    expect(unsupported.ok ? undefined : unsupported.failure).toMatchObject({
      reason: 'unsupported',
      problem: { kind: 'unreachable', message: `${server?.url} does not serve CloudWatch metrics (UnknownOperationException).` },
    });
    await server?.close();
    restoreEnv?.();
    const invalid = await getMetricData(
      REQUEST,
      await clientFor(() => ({ error: 'InvalidParameterValue', message: 'The parameter Period must be a multiple of 60.' })),
    );
    expect(invalid.ok ? undefined : invalid.failure).toMatchObject({
      reason: 'invalid',
      problem: {
        kind: 'invalid-input',
        message: `CloudWatch at ${server?.url} refused the metric query (InvalidParameterValueException): The parameter Period must be a multiple of 60.`,
      },
    });
    await server?.close();
    restoreEnv?.();
    server = undefined;
    const port = await findClosedPort();
    restoreEnv = setAwsEnv({
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_MAX_ATTEMPTS: '1',
      ...DUMMY_CREDENTIALS,
    });
    const unreachable = await getMetricData(REQUEST, createCloudWatchClient());
    expect(unreachable.ok ? undefined : unreachable.failure).toMatchObject({
      reason: 'unreachable',
      problem: { kind: 'unreachable', message: `Could not read CloudWatch at http://127.0.0.1:${port} (ECONNREFUSED).` },
    });
  }, 30_000);
});
