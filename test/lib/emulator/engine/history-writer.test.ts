import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_LIMIT, HistoryWriter, detailsKeyFor } from '@/lib/emulator/engine/history-writer';
import { ExecutionHalted } from '@/lib/emulator/engine/execution-errors';
import type { EmulatorHistoryEvent } from '@/lib/emulator/engine/types';
import { runDefinition } from '../../../support/emulator-engine/run-definition';

function passChain(count: number) {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) States[`P${i}`] = i === count - 1 ? { Type: 'Pass', End: true } : { Type: 'Pass', Next: `P${i + 1}` };
  return { StartAt: 'P0', States };
}

describe('detailsKeyFor', () => {
  it('names the details member after the event type', () => {
    expect(detailsKeyFor('ExecutionStarted')).toBe('executionStartedEventDetails');
    expect(detailsKeyFor('FailStateEntered')).toBe('stateEnteredEventDetails');
    expect(detailsKeyFor('MapStateExited')).toBe('stateExitedEventDetails');
    expect(detailsKeyFor('MapIterationFailed')).toBe('mapIterationFailedEventDetails');
  });
});

describe('HistoryWriter', () => {
  it('numbers events from 1 and refuses events after the terminal one', () => {
    const events: EmulatorHistoryEvent[] = [];
    let closed = 0;
    const writer = new HistoryWriter(
      (e) => events.push(e),
      () => {
        closed += 1;
      },
    );
    expect(writer.emit('ExecutionStarted', 0, { input: '{}' })).toBe(1);
    expect(writer.emit('ExecutionSucceeded', 1, { output: '{}' })).toBe(2);
    expect(() => writer.emit('PassStateEntered', 2, {})).toThrow(ExecutionHalted);
    expect(events.map((e) => e.id)).toEqual([1, 2]);
    expect(closed).toBe(1);
    expect(writer.terminalEvent).toMatchObject({ type: 'ExecutionSucceeded', output: '{}' });
  });
});

describe('the 25,000-event history limit', () => {
  it('fails the execution with event #25,000 = ExecutionFailed States.Runtime when more events would follow', async () => {
    const run = await runDefinition(passChain(12_500));
    expect(run.events).toHaveLength(HISTORY_EVENT_LIMIT);
    const last = run.events.at(-1)!;
    expect(last).toMatchObject({ id: 25_000, previousEventId: 24_999, type: 'ExecutionFailed' });
    expect(last.executionFailedEventDetails).toEqual({
      error: 'States.Runtime',
      cause: 'The execution reached the maximum number of history events (25000).',
    });
    expect(run.outcome).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  }, 30_000);

  it('lets the execution succeed when event #25,000 is ExecutionSucceeded', async () => {
    const run = await runDefinition(passChain(12_499));
    expect(run.events).toHaveLength(HISTORY_EVENT_LIMIT);
    expect(run.events.at(-1)).toMatchObject({ id: 25_000, type: 'ExecutionSucceeded' });
    expect(run.outcome.status).toBe('SUCCEEDED');
  }, 30_000);

  it('stops a concurrent Map that runs past the limit', async () => {
    const run = await runDefinition(
      {
        StartAt: 'M',
        States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } },
      },
      { input: Array.from({ length: 7_000 }, (_, i) => i) },
    );
    expect(run.events).toHaveLength(HISTORY_EVENT_LIMIT);
    expect(run.events.at(-1)?.type).toBe('ExecutionFailed');
  }, 30_000);
});
