import { describe, expect, it } from 'vitest';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toExecutionView } from '@/lib/view-model/to-execution-view';

/**
 * A 25,000-event history (the Standard limit): a Map of 4,998 iterations, each one Task-like Pass
 * with a payload, where `failAt` marks an iteration whose state failed and was not retried.
 */
function largeView(orderPrefix: string, failAt: number) {
  const events: Record<string, unknown>[] = [];
  const push = (type: string, previousEventId: number, details: Record<string, unknown>, key: string) =>
    events.push({ id: events.length + 1, previousEventId, type, timestamp: 1_773_133_200 + events.length / 1000, [key]: details });
  push('ExecutionStarted', 0, { input: '{}' }, 'executionStartedEventDetails');
  push('MapStateEntered', 1, { name: 'Items', input: '{}' }, 'stateEnteredEventDetails');
  push('MapStateStarted', 2, { length: 4_998 }, 'mapStateStartedEventDetails');
  for (let index = 0; events.length < 24_995; index++) {
    const payload = JSON.stringify({ order: `${orderPrefix}-${index}`, lines: [{ sku: 'MUG', quantity: 2 }], note: 'x'.repeat(60) });
    push('MapIterationStarted', 3, { name: 'Items', index }, 'mapIterationStartedEventDetails');
    const started = events.length;
    push('PassStateEntered', started, { name: 'Work', input: payload }, 'stateEnteredEventDetails');
    push(
      'PassStateExited',
      started + 1,
      { name: 'Work', output: index === failAt ? '{"failed":true}' : payload },
      'stateExitedEventDetails',
    );
    push('MapIterationSucceeded', started + 2, { name: 'Items', index }, 'mapIterationSucceededEventDetails');
  }
  const last = events.length;
  push('MapStateSucceeded', last, {}, 'mapStateSucceededEventDetails');
  push('MapStateExited', last + 1, { name: 'Items', output: '[]' }, 'stateExitedEventDetails');
  push('ExecutionSucceeded', last + 2, { output: '[]' }, 'executionSucceededEventDetails');
  return { view: toExecutionView(buildExecutionTimeline(parseHistoryDocument(events, orderPrefix).events)), eventCount: events.length };
}

/** The fastest of three runs: the machine may be busy with other work (CI runs files in parallel). */
function fastestMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('comparing two 25,000-event histories', () => {
  it('takes well under a second', () => {
    const a = largeView('ORD', 7);
    const b = largeView('ORD', -1);
    expect(a.eventCount).toBeGreaterThanOrEqual(24_998);
    const c = compareExecutions(a.view, b.view);
    const elapsedMs = fastestMs(() => compareExecutions(a.view, b.view));
    console.log(`compareExecutions, 2 × ${a.eventCount} events (${c.states.length} aligned states): ${elapsedMs.toFixed(0)} ms`);
    expect(c.states.length).toBeGreaterThan(6_000);
    expect(c.firstDivergence).toBeNull();
    expect(c.states.filter((s) => s.outputDiffers).map((s) => s.scope)).toEqual(['Items[7]']);
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('parses only the payloads whose texts differ (all of them here) and stays well under a second', () => {
    const a = largeView('ORD', -1);
    const b = largeView('INV', -1);
    const c = compareExecutions(a.view, b.view);
    const elapsedMs = fastestMs(() => compareExecutions(a.view, b.view));
    console.log(`compareExecutions, every input different: ${elapsedMs.toFixed(0)} ms`);
    expect(c.firstInputDifference?.scope).toBe('Items[0]');
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
