import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudWatchHandler, isCloudWatchRequest } from '@/lib/emulator/cloudwatch/handle-cloudwatch-request';
import { metricStore } from './metric-store-fixture';

const request = (headers: Record<string, string>, method = 'POST') => ({ method, headers }) as unknown as IncomingMessage;

describe('isCloudWatchRequest', () => {
  it('takes CloudWatch JSON targets, the emulator-only ones and Query forms, and leaves Step Functions alone', () => {
    expect(isCloudWatchRequest(request({ 'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData' }))).toBe(true);
    expect(isCloudWatchRequest(request({ 'x-amz-target': 'StatescopeEmulator.SeedMetricData' }))).toBe(true);
    expect(isCloudWatchRequest(request({ 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }))).toBe(true);
    expect(isCloudWatchRequest(request({ 'x-amz-target': 'AWSStepFunctions.ListStateMachines' }))).toBe(false);
    expect(isCloudWatchRequest(request({ 'x-amz-target': 'Logs_20140328.GetLogEvents' }))).toBe(false);
    expect(isCloudWatchRequest(request({}, 'GET'))).toBe(false);
  });
});

describe('the CloudWatch handler', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { store } = metricStore();
    const handle = createCloudWatchHandler(store, () => Date.now());
    server = createServer((req, res) => void handle(req, res, 'rid-1'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (headers: Record<string, string>, body: string) => fetch(url, { method: 'POST', headers, body });

  it('answers JSON 1.0 errors with __type, the query-compatible code header and the request id', async () => {
    const response = await post(
      { 'X-Amz-Target': 'GraniteServiceVersion20100801.GetMetricData', 'Content-Type': 'application/x-amz-json-1.0' },
      '{}',
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-query-error')).toBe('MissingParameter;Sender');
    expect(response.headers.get('x-amzn-requestid')).toBe('rid-1');
    expect(await response.json()).toEqual({
      __type: 'com.amazonaws.cloudwatch#MissingRequiredParameterException',
      message: 'The parameter MetricDataQueries is required.',
    });
  });

  it('names the operations it supports, and refuses bad JSON', async () => {
    const unknown = await post({ 'X-Amz-Target': 'GraniteServiceVersion20100801.PutMetricData' }, '{}');
    expect(((await unknown.json()) as { message: string }).message).toMatch(
      /does not support the operation .*PutMetricData.*Supported: .*GetMetricData/,
    );
    const broken = await post({ 'X-Amz-Target': 'GraniteServiceVersion20100801.ListMetrics' }, '{nope');
    expect(await broken.json()).toMatchObject({ __type: 'com.amazonaws.cloudwatch#SerializationException' });
  });

  it('answers Query requests in XML, an unknown action as InvalidAction', async () => {
    const listed = await post({ 'Content-Type': 'application/x-www-form-urlencoded' }, 'Action=ListMetrics&Version=2010-08-01');
    expect(listed.headers.get('content-type')).toBe('text/xml');
    expect(await listed.text()).toContain('<ListMetricsResult><Metrics></Metrics></ListMetricsResult>');
    const unknown = await post({ 'Content-Type': 'application/x-www-form-urlencoded' }, 'Action=DescribeAlarms&Version=2010-08-01');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('<Code>InvalidAction</Code>');
  });
});
