import { describe, expect, it } from 'vitest';
import {
  buildGanttRows,
  defaultExpandedRows,
  newlyDefaultExpandedRows,
  toBarPosition,
  visitRowKey,
} from '@/lib/view-model/build-gantt-rows';
import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import type { AttemptView } from '@/lib/view-model/types';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

const attempt = (number: number, status: AttemptView['status'], startMs: number, endMs: number): AttemptView => ({
  number,
  status,
  startMs,
  endMs,
  durationMs: endMs - startMs,
  backoffMs: null,
});

describe('buildGanttRows', () => {
  it('draws each Task attempt and the back-off between attempts', () => {
    const view = loadFixtureView('order-payment-caught');
    const rows = buildGanttRows(view, new Set(), Date.now());
    expect(rows.map((r) => r.label)).toEqual(['ValidateOrder', 'ChargePayment', 'RecordDeclinedPayment', 'OrderOnHold']);
    const charge = rows[1]!;
    expect(charge.detail).toBe('Task · 2 retries');
    expect(charge.segments.map((s) => s.kind)).toEqual(['span', 'attempt', 'backoff', 'attempt', 'backoff', 'attempt']);
    const attempts = view.visits[1]!.attempts;
    const firstBackoff = charge.segments[2]!;
    expect(firstBackoff.startMs).toBe(attempts[0]!.endMs);
    expect(firstBackoff.endMs).toBe(attempts[1]!.startMs);
    expect(firstBackoff.endMs - firstBackoff.startMs).toBe(attempts[1]!.backoffMs);
    expect(charge.segments[5]!.label).toBe('Attempt 3: PaymentDeclined');
  });

  it('keeps a Map collapsed until it is expanded, then lists iterations and their visits', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const mapKey = visitRowKey(view.visits[0]!.id);
    const collapsed = buildGanttRows(view, new Set(), 0);
    expect(collapsed.map((r) => r.label)).toEqual(['ReserveItems', 'ShipAndNotify']);
    expect(collapsed[0]).toMatchObject({ childCount: 3, expanded: false });

    const iteration1 = view.visits[0]!.groups[1]!.key;
    const open = buildGanttRows(view, new Set([mapKey, iteration1]), 0);
    expect(open.map((r) => `${r.depth}:${r.label}`)).toEqual([
      '0:ReserveItems',
      '1:Iteration 0',
      '1:Iteration 1',
      '2:ReserveStock',
      '1:Iteration 2',
      '0:ShipAndNotify',
    ]);
  });

  it('opens Parallel states and their branches by default, and the rows leading to a focused visit', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const expanded = defaultExpandedRows(view, ['extra']);
    const rows = buildGanttRows(view, expanded, 0);
    expect(rows.map((r) => r.label)).toEqual(['ReserveItems', 'ShipAndNotify', 'Branch 0', 'CreateShipment', 'Branch 1', 'EmailCustomer']);
    expect(expanded.has('extra')).toBe(true);
  });

  it('opens the Parallel rows a newer view brings (withheld iterations, a running execution), not those already there', () => {
    const parallelIn = (iteration: number) =>
      visitView(100 + iteration * 10, 'Both', {
        type: 'Parallel',
        groups: [
          groupView(100 + iteration * 10, 0, [visitView(101 + iteration * 10, 'Check')], { kind: 'ParallelBranch' }),
          groupView(100 + iteration * 10, 1, [visitView(102 + iteration * 10, 'Note')], { kind: 'ParallelBranch' }),
        ],
      });
    const partial = { visits: [visitView(2, 'Fan', { type: 'Map', groups: [groupView(2, 0, [parallelIn(0)]), groupView(2, 1, [])] })] };
    const whole = {
      visits: [visitView(2, 'Fan', { type: 'Map', groups: [groupView(2, 0, [parallelIn(0)]), groupView(2, 1, [parallelIn(1)])] })],
    };
    expect(newlyDefaultExpandedRows(partial, whole)).toEqual([visitRowKey(110), '110:1:0', '110:1:1']);
    expect(newlyDefaultExpandedRows(whole, whole)).toEqual([]);
  });

  it('colours the caught last attempt of a caught Task amber (caught), as the graph does, the retried ones before it failed', () => {
    const charge = buildGanttRows(loadFixtureView('order-payment-caught'), new Set(), 0)[1];
    expect(charge?.segments.filter((s) => s.kind === 'attempt').map((s) => s.status)).toEqual(['failed', 'failed', 'caught']);
    expect(charge?.segments[0]).toMatchObject({ kind: 'span', status: 'caught' });
  });

  it("says on a collapsed Map row how many of its last attempt's iterations failed or caught an error", () => {
    const map = visitView(2, 'CreateLabels', {
      type: 'Map',
      groups: [
        groupView(2, 0, [], { status: 'failed' }),
        groupView(2, 1, [], { status: 'caught' }),
        groupView(2, 2, [], { status: 'caught' }),
        groupView(2, 3, [], { status: 'succeeded' }),
      ],
    });
    const [row] = buildGanttRows({ visits: [map], stopMs: 0 }, new Set(), 0);
    expect(row).toMatchObject({ childCount: 4, childOutcomes: { total: 4, failed: 1, caught: 2 }, expanded: false });
    expect(buildGanttRows({ visits: [visitView(3, 'Pass')], stopMs: 0 }, new Set(), 0)[0]?.childOutcomes).toBeNull();
  });

  it('shows a Map retried as a whole with the retry badge and attempt bars, counting only its last attempt', () => {
    const map = visitView(2, 'CreateLabels', {
      type: 'Map',
      status: 'failed',
      startMs: 0,
      endMs: 100,
      attempts: [attempt(1, 'failed', 0, 20), attempt(2, 'failed', 40, 60), attempt(3, 'failed', 80, 100)],
      groups: [1, 2, 3].flatMap((run) => [groupView(2, 0, [], { run, status: 'failed' }), groupView(2, 1, [], { run, status: 'caught' })]),
    });
    const rows = buildGanttRows({ visits: [map], stopMs: 100 }, new Set([visitRowKey(2)]), 0);
    expect(rows[0]).toMatchObject({ detail: 'Map · 2 retries', childOutcomes: { total: 2, failed: 1, caught: 1 } });
    expect(rows[0]?.segments.map((s) => s.kind)).toEqual(['span', 'attempt', 'backoff', 'attempt', 'backoff', 'attempt']);
    expect(rows.slice(1, 3).map((r) => r.label)).toEqual(['Iteration 0 · attempt 1', 'Iteration 1 · attempt 1']);
    expect(rows.at(-1)?.label).toBe('Iteration 1 · attempt 3');
  });

  it('measures a running visit up to now', () => {
    const view = loadFixtureView('order-payment-running');
    const now = view.startMs! + 60_000;
    const [row] = buildGanttRows(view, new Set(), now);
    expect(row!.status).toBe('running');
    expect(row!.segments[0]!.endMs).toBe(now);
  });
});

describe('toBarPosition', () => {
  it('places a bar as a share of the execution and keeps tiny bars visible', () => {
    expect(toBarPosition(1_250, 1_500, 1_000, 2_000)).toEqual({ leftPct: 25, widthPct: 25 });
    expect(toBarPosition(1_000, 1_000, 1_000, 2_000)).toEqual({ leftPct: 0, widthPct: 0.3 });
    expect(toBarPosition(2_000, 2_500, 1_000, 2_000)).toEqual({ leftPct: 100, widthPct: 0.3 });
  });
});

describe('orderGroupsForDrillDown', () => {
  it('lists failed iterations first, then by index', () => {
    const view = loadFixtureView('order-shipping-failed');
    const groups = [...view.visits[1]!.groups].reverse();
    expect(orderGroupsForDrillDown(groups).map((g) => `${g.index}:${g.status}`)).toEqual(['0:failed', '1:aborted']);
  });
});
