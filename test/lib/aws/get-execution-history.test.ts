import type { HistoryEvent as SdkHistoryEvent } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { toHistoryEventRecord } from '@/lib/aws/get-execution-history';

describe('toHistoryEventRecord', () => {
  it('keeps every field of the SDK event, with the timestamp as a Date', () => {
    const timestamp = new Date('2024-05-01T10:00:00.123Z');
    const event: SdkHistoryEvent = {
      id: 3,
      previousEventId: 2,
      type: 'TaskFailed',
      timestamp,
      taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Boom', cause: '{"errorMessage":"x"}' },
    };
    expect(toHistoryEventRecord(event)).toEqual({
      id: 3,
      previousEventId: 2,
      type: 'TaskFailed',
      timestamp,
      taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'Boom', cause: '{"errorMessage":"x"}' },
    });
  });

  it('keeps an event type and details member newer than our types instead of dropping them', () => {
    const future = { id: 9, type: 'QuantumStateEntered', timestamp: new Date(0), quantumStateEnteredEventDetails: { spin: 'up' } };
    const record = toHistoryEventRecord(future as unknown as SdkHistoryEvent);
    expect(record.type).toBe('QuantumStateEntered');
    expect(record).toHaveProperty('quantumStateEnteredEventDetails', { spin: 'up' });
  });
});
