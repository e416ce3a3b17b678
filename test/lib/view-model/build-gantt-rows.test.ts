import { describe, expect, it } from 'vitest';
import { buildGanttRows, defaultExpandedRows, toBarPosition, visitRowKey } from '@/lib/view-model/build-gantt-rows';
import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

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
