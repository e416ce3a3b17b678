import { describe, expect, it } from 'vitest';
import { getMetricData, roundStart } from '@/lib/emulator/cloudwatch/get-metric-data';
import { MetricSource } from '@/lib/emulator/cloudwatch/metric-source';
import { MACHINE_ARN, metricStore } from './metric-store-fixture';

const MIN = 60_000;
const NOW = Date.UTC(2026, 11, 4, 12, 0);
const T0 = NOW - 60 * MIN;

function q(id: string, metricName: string, stat: string, period = 60, extra: Record<string, unknown> = {}) {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: 'AWS/States', MetricName: metricName, Dimensions: [{ Name: 'StateMachineArn', Value: MACHINE_ARN }] },
      Period: period,
      Stat: stat,
      ...extra,
    },
  };
}

function setup() {
  const fixture = metricStore();
  fixture.run(T0 + 1_000, T0 + 3_000); // minute 0, 2 s
  fixture.run(T0 + 30_000, T0 + 70_000, 'FAILED'); // starts minute 0, fails minute 1
  fixture.run(T0 + 5 * MIN, T0 + 5 * MIN + 500); // minute 5
  fixture.run(T0 + 5 * MIN + 10, null); // still running
  return new MetricSource(fixture.db);
}

const call = (source: MetricSource, queries: unknown[], extra: Record<string, unknown> = {}) =>
  getMetricData({ MetricDataQueries: queries, StartTime: T0 / 1000, EndTime: NOW / 1000, ...extra }, source, NOW);

describe('getMetricData', () => {
  it('answers only periods with data, stamped at the period start, newest first', () => {
    const out = call(setup(), [
      q('s', 'ExecutionsStarted', 'Sum'),
      q('f', 'ExecutionsFailed', 'Sum'),
      q('ok', 'ExecutionsSucceeded', 'Sum'),
    ]);
    const [s, f, ok] = out.MetricDataResults;
    expect(s).toMatchObject({
      Id: 's',
      Label: 'ExecutionsStarted',
      StatusCode: 'Complete',
      Timestamps: [T0 + 5 * MIN, T0 + MIN, T0],
      Values: [2, 0, 2],
    });
    expect(f).toMatchObject({ Timestamps: [T0 + MIN], Values: [1] });
    expect(ok).toMatchObject({ Timestamps: [T0 + 5 * MIN, T0], Values: [1, 1] });
    expect(out.NextToken).toBeUndefined();
  });

  it('aggregates over longer periods counted from StartTime, and computes ExecutionTime statistics', () => {
    const out = call(setup(), [
      q('n', 'ExecutionsStarted', 'Sum', 3600),
      q('p', 'ExecutionTime', 'p50', 3600),
      q('a', 'ExecutionTime', 'Average', 3600, { Unit: 'Milliseconds' }),
    ]);
    expect(out.MetricDataResults.map((r) => [r.Timestamps, r.Values])).toEqual([
      [[T0], [4]],
      [[T0], [2_000]],
      [[T0], [(2_000 + 40_000 + 500) / 3]],
    ]);
  });

  it('answers no datapoints for metrics it does not publish, another unit or another namespace', () => {
    const results = call(setup(), [
      q('u', 'ExecutionTime', 'Sum', 60, { Unit: 'Seconds' }),
      {
        ...q('n', 'ExecutionsStarted', 'Sum'),
        MetricStat: { ...q('n', 'ExecutionsStarted', 'Sum').MetricStat, Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations' } },
      },
      q('x', 'NoSuchMetric', 'Sum'),
    ]).MetricDataResults;
    expect(results.map((r) => r.Values)).toEqual([[], [], []]);
  });

  it('leaves out ReturnData false and uses the Label given', () => {
    const out = call(setup(), [
      { ...q('a', 'ExecutionsStarted', 'Sum'), ReturnData: false },
      { ...q('b', 'ExecutionsStarted', 'Sum'), Label: 'Starts' },
    ]);
    expect(out.MetricDataResults.map((r) => [r.Id, r.Label])).toEqual([['b', 'Starts']]);
  });

  it('pages by MaxDatapoints across queries and refuses a token from another request', () => {
    const source = setup();
    const queries = [q('s', 'ExecutionsStarted', 'Sum'), q('ok', 'ExecutionsSucceeded', 'Sum')];
    const first = call(source, queries, { MaxDatapoints: 2 });
    expect(first.MetricDataResults.map((r) => [r.Values, r.StatusCode])).toEqual([
      [[2, 0], 'PartialData'],
      [[], 'PartialData'],
    ]);
    const second = call(source, queries, { MaxDatapoints: 2, NextToken: first.NextToken });
    expect(second.MetricDataResults.map((r) => [r.Values, r.StatusCode])).toEqual([
      [[2], 'Complete'],
      [[1], 'PartialData'],
    ]);
    const third = call(source, queries, { MaxDatapoints: 2, NextToken: second.NextToken });
    expect(third.MetricDataResults.map((r) => r.Values)).toEqual([[], [1]]);
    expect(third.NextToken).toBeUndefined();
    expect(() => call(source, [queries[0]], { MaxDatapoints: 2, NextToken: first.NextToken })).toThrow(/NextToken is not valid/);
  });

  it('returns oldest first with ScanBy TimestampAscending', () => {
    expect(call(setup(), [q('s', 'ExecutionsStarted', 'Sum')], { ScanBy: 'TimestampAscending' }).MetricDataResults[0]!.Timestamps).toEqual([
      T0,
      T0 + MIN,
      T0 + 5 * MIN,
    ]);
  });

  it('refuses bad input with CloudWatch codes', () => {
    const source = setup();
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return `${(error as { code: string }).code}: ${(error as Error).message}`;
      }
      return 'no error';
    };
    expect(code(() => getMetricData({ StartTime: 1, EndTime: 2 }, source, NOW))).toBe(
      'MissingParameter: The parameter MetricDataQueries is required.',
    );
    expect(code(() => getMetricData({ MetricDataQueries: [], EndTime: 2 }, source, NOW))).toBe(
      'MissingParameter: The parameter StartTime is required.',
    );
    expect(code(() => call(source, [q('s', 'ExecutionsStarted', 'Sum', 0)]))).toMatch(
      /^InvalidParameterValue: .*Period must be a multiple of 60/,
    );
    expect(code(() => call(source, [q('S', 'ExecutionsStarted', 'Sum')]))).toMatch(
      /^InvalidParameterValue: .*must start with a lowercase letter/,
    );
    expect(code(() => call(source, [q('s', 'ExecutionsStarted', 'Sum'), q('s', 'ExecutionsFailed', 'Sum')]))).toMatch(/Ids must be unique/);
    expect(code(() => call(source, [{ Id: 'm' }]))).toMatch(
      /^MissingParameter: MetricDataQueries.member.1 must have either MetricStat or Expression/,
    );
    expect(code(() => call(source, [q('s', 'ExecutionsStarted', 'Sum')], { ScanBy: 'Sideways' }))).toMatch(
      /^InvalidParameterValue: The parameter ScanBy/,
    );
    expect(code(() => call(source, [q('s', 'ExecutionsStarted', 'Sum')], { MaxDatapoints: 0 }))).toMatch(
      /MaxDatapoints must be at least 1/,
    );
    expect(code(() => call(source, [], { StartTime: 'yesterday' }))).toMatch(/StartTime must be a timestamp/);
    expect(
      code(() =>
        call(
          source,
          Array.from({ length: 501 }, (_, i) => q(`q${i}`, 'ExecutionsStarted', 'Sum')),
        ),
      ),
    ).toMatch(/^ValidationError: .*less than or equal to 500/);
  });
});

describe('roundStart', () => {
  it('rounds to the minute, 5 minutes or the hour, by age', () => {
    const at = Date.UTC(2026, 0, 1, 12, 32, 34);
    expect(new Date(roundStart(at, at + 86_400_000)).toISOString()).toBe('2026-01-01T12:32:00.000Z');
    expect(new Date(roundStart(at, at + 20 * 86_400_000)).toISOString()).toBe('2026-01-01T12:30:00.000Z');
    expect(new Date(roundStart(at, at + 70 * 86_400_000)).toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });
});
