import { describe, expect, it } from 'vitest';
import { filterByName, pageOf, sortByName, sortMachineCounts } from '@/app/_sections/arrange-overview';
import type { MachineCounts } from '@/lib/metrics/types';

function row(name: string, values: { started?: number; failed?: number; timedOut?: number; rate?: number; p99?: number }): MachineCounts {
  return {
    machine: { arn: `arn:aws:states:us-east-1:1:stateMachine:${name}`, name, type: 'STANDARD' },
    counts: { started: values.started, failed: values.failed, timedOut: values.timedOut },
    failureRate: values.rate,
    duration: values.p99 === undefined ? undefined : { p99Ms: values.p99 },
    sparkline: [],
    source: { kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: 60 },
    fallbacks: [],
  };
}

const ROWS = [
  row('beta', { started: 10, failed: 1, timedOut: 1, rate: 0.2, p99: 900 }),
  row('alpha', { started: 50, failed: 5, timedOut: 0, rate: 0.1, p99: 100 }),
  row('gamma', { started: 0 }),
  row('delta', { started: 10, failed: 0, timedOut: 2, rate: 0.2, p99: 5000 }),
];
const names = (rows: MachineCounts[]) => rows.map((r) => r.machine.name);

describe('arranging the overview', () => {
  it('filters by a part of the name, ignoring case', () => {
    expect(filterByName([{ name: 'Orders-Flow' }, { name: 'billing' }], ' orders')).toEqual([{ name: 'Orders-Flow' }]);
    expect(filterByName([{ name: 'a' }], undefined)).toEqual([{ name: 'a' }]);
  });

  it('sorts by each number, either way, unknown values last and ties by name', () => {
    expect(names(sortMachineCounts(ROWS, 'failure-rate', 'desc'))).toEqual(['beta', 'delta', 'alpha', 'gamma']);
    expect(names(sortMachineCounts(ROWS, 'failure-rate', 'asc'))).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(names(sortMachineCounts(ROWS, 'failures', 'desc'))).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(names(sortMachineCounts(ROWS, 'volume', 'asc'))).toEqual(['gamma', 'beta', 'delta', 'alpha']);
    expect(names(sortMachineCounts(ROWS, 'p99', 'desc'))).toEqual(['delta', 'beta', 'alpha', 'gamma']);
    expect(names(sortMachineCounts(ROWS, 'name', 'desc'))).toEqual(['gamma', 'delta', 'beta', 'alpha']);
    expect(sortByName([{ name: 'b' }, { name: 'a' }]).map((m) => m.name)).toEqual(['a', 'b']);
  });

  it('pages 50 at a time, clamping a page past the end to the last', () => {
    const items = Array.from({ length: 120 }, (_, index) => index);
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pageCount: 3, total: 120 });
    expect(pageOf(items, 3).items).toEqual(items.slice(100));
    expect(pageOf(items, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});
