import { describe, expect, it } from 'vitest';
import { readRecordedHistory } from '@/lib/emulator/server/read-recorded-history';
import { metricStore } from '../cloudwatch/metric-store-fixture';

describe('readRecordedHistory', () => {
  it('reads a whole history across pages, in id order, with each details member unwrapped', () => {
    const fixture = metricStore();
    const execution = fixture.run(1_000, null);
    for (let id = 2; id <= 1_205; id++) {
      const details = JSON.stringify({ stateEnteredEventDetails: { name: `S${id}`, input: '{}' } });
      fixture.store.queueEvent(execution.id, { id, previousEventId: id - 1, type: 'PassStateEntered', timestampMs: 1_000, details });
    }
    fixture.store.flush();
    const events = readRecordedHistory(fixture.store, execution.id);
    expect(events).toHaveLength(1_205);
    expect(events.map((event) => event.id)).toEqual(Array.from({ length: 1_205 }, (_, i) => i + 1));
    expect(events[0]).toEqual({ id: 1, previousEventId: 0, type: 'ExecutionStarted' });
    expect(events[1_204]).toEqual({ id: 1_205, previousEventId: 1_204, type: 'PassStateEntered', details: { name: 'S1205', input: '{}' } });
  });
});
