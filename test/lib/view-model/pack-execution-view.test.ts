import { describe, expect, it } from 'vitest';
import { packEventIds, packExecutionView, unpackEventIds, unpackExecutionView } from '@/lib/view-model/pack-execution-view';
import type { ExecutionView, VisitView } from '@/lib/view-model/types';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

const FIXTURES = [
  'order-fulfilment-succeeded',
  'order-payment-caught',
  'order-payment-redriven',
  'order-payment-running',
  'order-shipping-failed',
];

/** The view with every visit's payload fields removed: what unpacking gives back. */
function withoutVisitPayloads(view: ExecutionView): ExecutionView {
  const strip = (visit: VisitView): VisitView => {
    const rest: VisitView = { ...visit, groups: visit.groups.map((group) => ({ ...group, visits: group.visits.map(strip) })) };
    for (const key of ['input', 'output', 'parameters', 'inputTruncated', 'outputTruncated'] as const) delete rest[key];
    return rest;
  };
  return { ...view, visits: view.visits.map(strip) };
}

describe('packExecutionView', () => {
  it.each(FIXTURES)('%s: unpacks to the same view without the visits’ payloads', (name) => {
    const view = loadFixtureView(name);
    const unpacked = unpackExecutionView(JSON.parse(JSON.stringify(packExecutionView(view))));
    expect(unpacked).toEqual(withoutVisitPayloads(view));
  });

  it('keeps the execution’s own input and output and the failure’s cause input, and no visit payload', () => {
    const view = loadFixtureView('order-shipping-failed');
    const packed = packExecutionView(view);
    expect(packed.head.input).toBe(view.input);
    expect(packed.head.output).toBe(view.output);
    expect(packed.head.failure).toEqual(view.failure);
    const text = JSON.stringify(packed.visits);
    const payloads = view.visits.flatMap((visit) => [visit.input, visit.output, visit.parameters]).filter((p) => p !== undefined);
    expect(payloads.length).toBeGreaterThan(0);
    for (const payload of payloads) expect(text).not.toContain(JSON.stringify(payload));
  });

  it('is a fraction of the view’s size on a Map of many iterations', () => {
    const iteration = (i: number): VisitView => ({
      id: 10 + i * 5,
      name: 'CalculateRemainder',
      type: 'Task',
      status: 'succeeded',
      startMs: 1_000_000 + i,
      endMs: 1_000_100 + i,
      durationMs: 100,
      input: JSON.stringify({ N: i }),
      output: JSON.stringify({ N: i, remainder: i % 7 }),
      parameters: JSON.stringify({ N: i }),
      error: null,
      cause: null,
      caught: null,
      attempts: [{ number: 1, status: 'succeeded', startMs: 1_000_010 + i, endMs: 1_000_090 + i, durationMs: 80, backoffMs: null }],
      groups: [],
      eventIds: [10 + i * 5, 11 + i * 5, 12 + i * 5, 13 + i * 5],
    });
    const map: VisitView = {
      ...iteration(0),
      id: 2,
      name: 'CheckNumbers',
      type: 'Map',
      groups: Array.from({ length: 1000 }, (_, i) => ({
        key: `2:1:${i}`,
        kind: 'MapIteration' as const,
        index: i,
        run: 1,
        status: 'succeeded' as const,
        startMs: 1_000_000 + i,
        endMs: 1_000_100 + i,
        durationMs: 100,
        visits: [iteration(i)],
      })),
    };
    const view: ExecutionView = { ...loadFixtureView('order-fulfilment-succeeded'), startMs: 1_000_000, visits: [map] };
    const packed = JSON.stringify(packExecutionView(view)).length;
    expect(packed).toBeLessThan(JSON.stringify(view).length / 4);
    expect(unpackExecutionView(packExecutionView(view))).toEqual(withoutVisitPayloads(view));
  });
});

describe('packEventIds', () => {
  it('writes each run of consecutive ids as its first and minus how many follow', () => {
    expect(packEventIds([2, 3, 4, 5, 9])).toEqual([2, -3, 9]);
    expect(packEventIds([7, 8, 20, 21, 22])).toEqual([7, 8, 20, -2]);
    expect(packEventIds([])).toEqual([]);
  });

  it('round-trips any ascending list', () => {
    for (const ids of [[1], [1, 2], [1, 3, 4, 5, 6, 10, 11, 40], Array.from({ length: 500 }, (_, i) => i * 2 + (i > 250 ? 1 : 0))]) {
      expect(unpackEventIds(packEventIds(ids))).toEqual(ids);
    }
  });
});
