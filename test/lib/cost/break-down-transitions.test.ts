import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakDownTransitions, mergeStateTransitions, REDRIVE_ROW } from '@/lib/cost/break-down-transitions';
import { estimateExecutionCost } from '@/lib/cost/estimate-execution-cost';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument, parseHistoryJson } from '@/lib/history/parse-history-document';

function fixtureTimeline(name: string) {
  const parsed = parseHistoryJson(readFileSync(new URL(`../../fixtures/history/${name}.json`, import.meta.url), 'utf8'), name);
  return buildExecutionTimeline(parsed.events);
}

/** A polling loop: Wait → Check (Choice) three times, then Done. Events chain through previousEventId. */
function pollingHistory() {
  const events: object[] = [];
  let id = 0;
  const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 12, 0, second)).toISOString();
  const add = (type: string, details: object = {}) => {
    id += 1;
    events.push({ id, previousEventId: id - 1, timestamp: at(id), type, ...details });
  };
  add('ExecutionStarted', { executionStartedEventDetails: { input: '{}', roleArn: 'arn:aws:iam::123456789012:role/r' } });
  for (let round = 0; round < 3; round++) {
    add('WaitStateEntered', { stateEnteredEventDetails: { name: 'Wait', input: '{}' } });
    add('WaitStateExited', { stateExitedEventDetails: { name: 'Wait', output: '{}' } });
    add('ChoiceStateEntered', { stateEnteredEventDetails: { name: 'Check', input: '{}' } });
    add('ChoiceStateExited', { stateExitedEventDetails: { name: 'Check', output: '{}' } });
  }
  add('SucceedStateEntered', { stateEnteredEventDetails: { name: 'Done', input: '{}' } });
  add('SucceedStateExited', { stateExitedEventDetails: { name: 'Done', output: '{}' } });
  add('ExecutionSucceeded', { executionSucceededEventDetails: { output: '{}' } });
  return buildExecutionTimeline(parseHistoryDocument({ events }, 'polling').events);
}

const sum = (rows: { transitions: number }[]) => rows.reduce((total, row) => total + row.transitions, 0);

describe('breakDownTransitions: where transitions come from', () => {
  it('puts Task retries under retry: ChargePayment entered once and retried twice', () => {
    const timeline = fixtureTimeline('order-payment-caught');
    const rows = breakDownTransitions(timeline);
    const charge = rows.find((row) => row.state === 'ChargePayment');
    expect(charge).toMatchObject({ type: 'Task', visits: 1, transitions: 3 });
    expect(charge?.bySource).toMatchObject({ 'first-pass': 1, retry: 2, loop: 0 });
    expect(sum(rows)).toBe(timeline.transitions.total);
    expect(sum(rows)).toBe(6);
  });

  it('puts states inside Map iterations and Parallel branches under their own sources', () => {
    const timeline = fixtureTimeline('order-fulfilment-succeeded');
    const rows = breakDownTransitions(timeline);
    expect(rows.find((row) => row.state === 'ReserveStock')).toMatchObject({ visits: 3, transitions: 3, bySource: { 'map-iteration': 3 } });
    expect(rows.find((row) => row.state === 'ReserveItems')?.bySource['first-pass']).toBe(1);
    expect(rows.find((row) => row.state === 'CreateShipment')?.bySource['parallel-branch']).toBe(1);
    expect(rows.find((row) => row.state === 'EmailCustomer')?.bySource['parallel-branch']).toBe(1);
    expect(sum(rows)).toBe(7);
  });

  it('counts a polling Wait/Choice cycle: the first pass, then two loop re-entries of each', () => {
    const timeline = pollingHistory();
    expect(timeline.transitions.total).toBe(7);
    const rows = breakDownTransitions(timeline);
    expect(rows.find((row) => row.state === 'Wait')).toMatchObject({
      type: 'Wait',
      visits: 3,
      transitions: 3,
      bySource: { 'first-pass': 1, loop: 2 },
    });
    expect(rows.find((row) => row.state === 'Check')).toMatchObject({ type: 'Choice', visits: 3, bySource: { 'first-pass': 1, loop: 2 } });
    expect(sum(rows)).toBe(7);
  });

  it('puts a redrive and the states it reran under redrive', () => {
    const timeline = fixtureTimeline('order-payment-redriven');
    const rows = breakDownTransitions(timeline);
    expect(rows.find((row) => row.state === REDRIVE_ROW)).toMatchObject({ type: null, transitions: 1, bySource: { redrive: 1 } });
    expect(rows.find((row) => row.state === 'ChargePayment')?.bySource).toMatchObject({ 'first-pass': 1, redrive: 1, loop: 0 });
    expect(sum(rows)).toBe(3);
  });

  it('merges executions into per-state totals, most transitions first', () => {
    const merged = mergeStateTransitions([breakDownTransitions(pollingHistory()), breakDownTransitions(pollingHistory())]);
    expect(merged.map((row) => [row.state, row.transitions])).toEqual([
      ['Check', 6],
      ['Wait', 6],
      ['Done', 2],
    ]);
    expect(merged[0]?.bySource.loop).toBe(4);
  });

  it('prices one execution at the regional rate without the free tier', () => {
    const cost = estimateExecutionCost({ executionArn: 'arn:aws:states:sa-east-1:1:execution:m:e', name: 'e' }, pollingHistory(), 0.0375);
    expect(cost.transitions).toBe(7);
    expect(cost.costUsd).toBeCloseTo(0.0002625, 12);
    expect(cost.status).toBe('SUCCEEDED');
    expect(cost.durationMs).toBe(15_000);
  });
});
