import { describe, expect, it } from 'vitest';
import type { EmulatorHistoryEvent } from '@/lib/emulator/engine/types';
import { toStoredEvent } from '@/lib/emulator/server/to-stored-event';

describe('toStoredEvent', () => {
  it('keeps id, previous id, type and epoch-ms timestamp as columns and the rest as details JSON', () => {
    const event = {
      id: 4,
      previousEventId: 3,
      type: 'TaskFailed',
      timestamp: new Date('2024-05-01T10:00:00.123Z'),
      taskFailedEventDetails: { error: 'Boom', cause: 'it broke' },
    } as EmulatorHistoryEvent;
    expect(toStoredEvent(event)).toEqual({
      id: 4,
      previousEventId: 3,
      type: 'TaskFailed',
      timestampMs: Date.parse('2024-05-01T10:00:00.123Z'),
      details: '{"taskFailedEventDetails":{"error":"Boom","cause":"it broke"}}',
    });
  });

  it('stores "{}" for an event without a details member', () => {
    const event = { id: 1, previousEventId: 0, type: 'PassStateEntered', timestamp: new Date(0) } as EmulatorHistoryEvent;
    expect(toStoredEvent(event).details).toBe('{}');
  });
});
