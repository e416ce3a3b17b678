import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { EVENT_TYPE_INFO, HISTORY_EVENT_TYPES, detailsKeyOf } from '@/lib/history/history-event-types';
import { toExecutionEvent } from '@/lib/history/to-execution-event';

describe('HISTORY_EVENT_TYPES', () => {
  it('holds the 62 values of the SFN model, each once', () => {
    expect(HISTORY_EVENT_TYPES).toHaveLength(62);
    expect(new Set(HISTORY_EVENT_TYPES).size).toBe(62);
  });

  it.each(HISTORY_EVENT_TYPES.map((type) => [type]))('%s converts with its details member, phase and category', (type) => {
    const key = detailsKeyOf(type);
    const event = toExecutionEvent(
      { id: 5, previousEventId: 4, type, timestamp: '2026-03-10T09:00:00Z', [key]: { name: 'S', error: 'E', cause: 'C', index: 2 } },
      { source: 'table' },
    );
    expect(event.type).toBe(type);
    expect(event.details).toMatchObject({ name: 'S', error: 'E', cause: 'C', index: 2 });
    expect(event.phase).toBe(EVENT_TYPE_INFO[type].phase);
    expect(event.category).toBe(EVENT_TYPE_INFO[type].category);
    if (type.endsWith('StateEntered')) expect(event.phase).toBe('entered');
    if (type.endsWith('StateExited')) expect(event.phase).toBe('exited');
    if (type.endsWith('Failed') && type !== 'EvaluationFailed') expect(event.phase).toBe('failed');
    // Alone after ExecutionStarted, every type reconstructs without throwing.
    const started = toExecutionEvent({ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1 }, { source: 'table' });
    expect(() => buildExecutionTimeline([started, event])).not.toThrow();
  });

  it('names the details member as AWS does (docs/aws-behaviour.md#event-details-members)', () => {
    expect(detailsKeyOf('FailStateEntered')).toBe('stateEnteredEventDetails');
    expect(detailsKeyOf('MapStateExited')).toBe('stateExitedEventDetails');
    expect(detailsKeyOf('MapIterationFailed')).toBe('mapIterationFailedEventDetails');
    expect(detailsKeyOf('LambdaFunctionScheduleFailed')).toBe('lambdaFunctionScheduleFailedEventDetails');
    expect(detailsKeyOf('EvaluationFailed')).toBe('evaluationFailedEventDetails');
  });

  it('gives every state-owned type an owner that matches its name prefix or family', () => {
    for (const type of HISTORY_EVENT_TYPES) {
      const { owner, category } = EVENT_TYPE_INFO[type];
      if (category === 'execution' || type === 'EvaluationFailed') expect(owner).toBeNull();
      else if (/^(Task|Lambda|Activity)/.test(type)) expect(owner).toBe('Task');
      else if (type.startsWith('MapRun') || type.startsWith('MapIteration')) expect(owner).toBe('Map');
      else expect(type.startsWith(owner!)).toBe(true);
    }
  });
});
