import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REDRIVE_ROW } from '@/lib/cost/break-down-transitions';
import { estimateExecutionCost } from '@/lib/cost/estimate-execution-cost';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';

function fixtureTimeline(name: string) {
  const parsed = parseHistoryJson(readFileSync(new URL(`../../fixtures/history/${name}.json`, import.meta.url), 'utf8'), name);
  return buildExecutionTimeline(parsed.events);
}

const execution = { executionArn: 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1', name: 'run-1' };

describe('estimateExecutionCost: one execution priced as Standard, without the free tier', () => {
  it('prices a caught payment failure: 6 transitions (ChargePayment retried twice) at $0.025 per 1,000', () => {
    const cost = estimateExecutionCost(execution, fixtureTimeline('order-payment-caught'), 0.025);
    expect(cost).toMatchObject({
      executionArn: execution.executionArn,
      name: 'run-1',
      status: 'SUCCEEDED',
      startedAt: new Date('2026-03-10T09:00:00.000Z'),
      stoppedAt: new Date('2026-03-10T09:00:10.125Z'),
      durationMs: 10_125,
      transitions: 6,
    });
    expect(cost.costUsd).toBeCloseTo(0.00015, 15);
    expect(cost.states.map((row) => [row.state, row.transitions, row.bySource.retry])).toEqual([
      ['ValidateOrder', 1, 0],
      ['ChargePayment', 3, 2],
      ['RecordDeclinedPayment', 1, 0],
      ['OrderOnHold', 1, 0],
    ]);
    expect(cost).not.toHaveProperty('express');
  });

  it('prices at the price it is given: the same 6 transitions in sa-east-1 cost $0.000225', () => {
    expect(estimateExecutionCost(execution, fixtureTimeline('order-payment-caught'), 0.0375).costUsd).toBeCloseTo(0.000225, 15);
  });

  it('counts the timeline’s transitions as they are, whatever the free tier: one transition costs $0.000025', () => {
    const cost = estimateExecutionCost(execution, fixtureTimeline('order-payment-running'), 0.025);
    expect(cost).toMatchObject({ status: 'RUNNING', stoppedAt: null, durationMs: null, transitions: 1 });
    expect(cost.costUsd).toBeCloseTo(0.000025, 15);
  });

  it('counts a redrive as a transition, on its own row', () => {
    const cost = estimateExecutionCost(execution, fixtureTimeline('order-payment-redriven'), 0.025);
    expect(cost.transitions).toBe(3);
    expect(cost.states.find((row) => row.state === REDRIVE_ROW)).toMatchObject({ type: null, transitions: 1 });
  });

  it('has rows that add up to the total, with Map iterations and Parallel branches', () => {
    for (const name of ['order-fulfilment-succeeded', 'order-shipping-failed', 'order-payment-caught', 'order-payment-redriven']) {
      const cost = estimateExecutionCost(execution, fixtureTimeline(name), 0.025);
      expect(
        cost.states.reduce((sum, row) => sum + row.transitions, 0),
        name,
      ).toBe(cost.transitions);
    }
    const fulfilment = estimateExecutionCost(execution, fixtureTimeline('order-fulfilment-succeeded'), 0.025);
    expect(fulfilment.transitions).toBe(7);
    expect(fulfilment.states.find((row) => row.state === 'ReserveStock')?.bySource['map-iteration']).toBe(3);
  });
});
