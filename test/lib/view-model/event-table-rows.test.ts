import { describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import { PREVIEW_CHARS } from '@/lib/format/preview-chars';
import { formatDetailsOf, getEventDetails, toEventTableRow } from '@/lib/view-model/event-table-rows';

describe('getEventDetails', () => {
  const at = new Date('2026-03-10T09:00:00Z');
  it.each<[string, HistoryEventRecord, unknown]>([
    [
      'the one *EventDetails member',
      { id: 3, type: 'TaskFailed', timestamp: at, taskFailedEventDetails: { error: 'E', cause: 'C' } },
      { error: 'E', cause: 'C' },
    ],
    [
      'a member of any name ending in EventDetails',
      { id: 4, type: 'PassStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'P' } },
      { name: 'P' },
    ],
    ['undefined when there is none', { id: 1, type: 'ExecutionStarted', timestamp: at }, undefined],
    [
      'undefined when the member is present but undefined',
      { id: 2, type: 'TaskSucceeded', timestamp: at, taskSucceededEventDetails: undefined },
      undefined,
    ],
  ])('%s', (_case, event, expected) => {
    expect(getEventDetails(event)).toEqual(expected);
  });
});

describe('toEventTableRow', () => {
  const at = new Date('2026-03-10T09:00:00Z');
  const big = JSON.stringify({ numbers: Array.from({ length: 400 }, (_, N) => ({ N })) });
  const started: HistoryEventRecord = {
    id: 1,
    type: 'ExecutionStarted',
    timestamp: at,
    previousEventId: 0,
    executionStartedEventDetails: { input: big, inputDetails: { truncated: false } },
  };

  it('writes the details out as the table shows them, whole when not cut', () => {
    const row = toEventTableRow(started);
    const whole = formatDetailsOf(started)!;
    expect(whole).toContain('"N": 399');
    expect(row).toEqual({ id: 1, type: 'ExecutionStarted', timestamp: at, previousEventId: 0, details: whole, detailsChars: whole.length });
  });

  it('keeps only the preview of long details when cut, and says how long they are', () => {
    const row = toEventTableRow(started, { cut: true });
    const whole = formatDetailsOf(started)!;
    expect(whole.length).toBeGreaterThan(PREVIEW_CHARS);
    expect(row.details).toBe(whole.slice(0, PREVIEW_CHARS));
    expect(row.detailsChars).toBe(whole.length);
  });

  it('leaves short details whole when cut, and a row without details without text', () => {
    const short: HistoryEventRecord = {
      id: 4,
      type: 'MapIterationStarted',
      timestamp: at,
      mapIterationStartedEventDetails: { name: 'M', index: 2 },
    };
    expect(toEventTableRow(short, { cut: true })).toMatchObject({ details: '{\n  "name": "M",\n  "index": 2\n}', detailsChars: 31 });
    const none = toEventTableRow({ id: 5, type: 'TaskStarted', timestamp: at }, { cut: true });
    expect(none.details).toBeUndefined();
    expect(none.detailsChars).toBe(0);
  });
});
