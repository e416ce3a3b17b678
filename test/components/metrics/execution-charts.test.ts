import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeBucket, ExecutionCharts } from '@/components/metrics/execution-charts';
import type { ExecutionSeries, SeriesBucket } from '@/lib/metrics/types';

const HOUR = 3_600_000;
const START = Date.parse('2026-12-04T08:00Z');

function bucket(index: number, counts: SeriesBucket['counts'], duration?: SeriesBucket['duration']): SeriesBucket {
  return { start: new Date(START + index * HOUR), end: new Date(START + (index + 1) * HOUR), counts, duration };
}

function series(buckets: SeriesBucket[]): ExecutionSeries {
  return {
    machine: { arn: 'arn:aws:states:us-east-1:1:stateMachine:m', name: 'm', type: 'STANDARD' },
    window: { start: new Date(START), end: new Date(START + buckets.length * HOUR), label: 'Last 3 h' },
    bucketMs: HOUR,
    buckets,
    source: { kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: 3600 },
    fallbacks: [],
    apiCalls: { getMetricData: 1, listExecutions: 0 },
  };
}

describe('ExecutionCharts', () => {
  const buckets = [
    bucket(0, { started: 10, succeeded: 7, failed: 2, timedOut: 1, aborted: 0, throttled: 0 }, { p50Ms: 1000, p90Ms: 2000, p99Ms: 3000 }),
    bucket(1, { started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, throttled: 5 }),
    bucket(2, { started: 4, succeeded: 4, failed: 0, timedOut: 0, aborted: 0, throttled: 0 }, { p50Ms: 500, p90Ms: 600, p99Ms: 700 }),
  ];
  const html = renderToStaticMarkup(
    createElement(ExecutionCharts, { series: series(buckets), hrefFor: (b: SeriesBucket) => `/list?from=${b.start.toISOString()}` }),
  );

  it('makes every period of the executions chart a link to its executions, named in words', () => {
    const links = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    expect(links).toHaveLength(3);
    expect(links[0]).toEqual([
      '/list?from=2026-12-04T08:00:00.000Z',
      '4 Dec 08:00–09:00 UTC: 10 started, 7 succeeded, 0 aborted, 1 timed out, 2 failed. Open the executions started in this period.',
    ]);
  });

  it('charts throttled state transitions apart, named as transitions, not rejected starts', () => {
    expect(html).toContain('Throttled state transitions</h3>');
    expect(html).toContain('not executions refused at start');
    expect(html).toContain('aria-label="4 Dec 09:00–10:00 UTC: 5 throttled state transitions."');
  });

  it('draws p50, p90 and p99 lines, broken where a period had no duration, and has the numbers in a table', () => {
    // Three statistics, each a lone mark either side of the empty middle period.
    expect(html.match(/<polyline/g)).toHaveLength(6);
    expect(html).toContain('>p99</li>');
    expect(html).toContain('data-series-table="true"');
    expect(html).toMatch(
      /<th scope="row"[^>]*>4 Dec 08:00–09:00 UTC<\/th><td[^>]*>10<\/td><td[^>]*>7<\/td><td[^>]*>2<\/td><td[^>]*>1<\/td>/,
    );
  });

  it('falls back to Average and Maximum lines when there are no percentiles, and skips throttling a source does not know', () => {
    const plain = renderToStaticMarkup(
      createElement(ExecutionCharts, {
        series: series([
          bucket(0, { started: 1, succeeded: 1 }, { averageMs: 100, maximumMs: 200 }),
          bucket(1, { started: 1, succeeded: 1 }, { averageMs: 100, maximumMs: 300 }),
        ]),
        hrefFor: () => '/x',
      }),
    );
    expect(plain).toContain('Average');
    expect(plain).toContain('Maximum');
    expect(plain).not.toContain('Throttled state transitions');
  });

  it('describes a bucket without link text when it is not a link', () => {
    expect(describeBucket(bucket(0, { started: 3, failed: 3 }), false)).toBe('4 Dec 08:00–09:00 UTC: 3 started, 3 failed.');
  });
});
