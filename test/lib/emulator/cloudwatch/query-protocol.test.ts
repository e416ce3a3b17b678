import { describe, expect, it } from 'vitest';
import { CloudWatchError } from '@/lib/emulator/cloudwatch/cloudwatch-error';
import { parseQueryForm, queryErrorResponse, queryResponse, toXml } from '@/lib/emulator/cloudwatch/query-protocol';

describe('the AWS Query protocol', () => {
  it('turns member lists and dotted names into the JSON shape', () => {
    const body = new URLSearchParams({
      Action: 'GetMetricData',
      Version: '2010-08-01',
      'MetricDataQueries.member.2.Id': 'b',
      'MetricDataQueries.member.1.Id': 'a',
      'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name': 'StateMachineArn',
      'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value': 'arn:x',
      'MetricDataQueries.member.1.MetricStat.Period': '60',
      StartTime: '2026-12-04T10:00:00Z',
    }).toString();
    expect(parseQueryForm(body)).toEqual({
      action: 'GetMetricData',
      input: {
        MetricDataQueries: [
          { Id: 'a', MetricStat: { Metric: { Dimensions: [{ Name: 'StateMachineArn', Value: 'arn:x' }] }, Period: '60' } },
          { Id: 'b' },
        ],
        StartTime: '2026-12-04T10:00:00Z',
      },
    });
  });

  it('drops the holes a form leaves in a list, and has no action when none is given', () => {
    expect(parseQueryForm('Dimensions.member.3.Name=x')).toEqual({ action: undefined, input: { Dimensions: [{ Name: 'x' }] } });
  });

  it('writes answers and errors as CloudWatch XML, escaped', () => {
    expect(toXml({ Values: [1, 2.5], Label: 'a<b', When: [new Date(0)] })).toBe(
      '<Values><member>1</member><member>2.5</member></Values><Label>a&#60;b</Label><When><member>1970-01-01T00:00:00.000Z</member></When>',
    );
    expect(queryResponse('ListMetrics', { Metrics: [] }, 'rid')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ListMetricsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><ListMetricsResult><Metrics></Metrics></ListMetricsResult><ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></ListMetricsResponse>',
    );
    expect(queryErrorResponse(new CloudWatchError('InvalidParameterValue', 'bad & worse'), 'rid')).toContain(
      '<Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>bad &#38; worse</Message></Error><RequestId>rid</RequestId>',
    );
  });
});
