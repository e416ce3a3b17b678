import { describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import { decodeHistoryEvents, encodeHistoryEvents } from '@/lib/execution-index/sqlite/history-blob';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 30) + ms);
const LONG: HistoryEventRecord[] = Array.from({ length: 200 }, (_, i) => ({
  id: i + 1,
  previousEventId: i,
  type: 'TaskStateEntered',
  timestamp: at(i),
  stateEnteredEventDetails: { name: 'Charge', input: '{"order":{"id":"ORD-1","amount":12}}' },
}));

describe('history blobs', () => {
  it('gzips a history where that pays, and gives back the same events with Dates', () => {
    const { encoding, blob } = encodeHistoryEvents(LONG);
    expect(encoding).toBe('json.gz');
    expect(blob.length).toBeLessThan(JSON.stringify(LONG).length / 10);
    const events = decodeHistoryEvents(encoding, blob);
    expect(events).toEqual(LONG);
    expect(events[0]?.timestamp).toBeInstanceOf(Date);
  });

  it('keeps a tiny history as plain JSON', () => {
    const tiny: HistoryEventRecord[] = [{ id: 1, type: 'ExecutionStarted', timestamp: at(0) }];
    const { encoding, blob } = encodeHistoryEvents(tiny);
    expect(encoding).toBe('json');
    expect(blob.toString('utf8')).toBe(JSON.stringify(tiny));
    expect(decodeHistoryEvents(encoding, blob)).toEqual(tiny);
  });

  it('refuses an encoding it does not know', () => {
    expect(() => decodeHistoryEvents('zstd', Buffer.from('x'))).toThrow('unknown encoding "zstd"');
  });
});
