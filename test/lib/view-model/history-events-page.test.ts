import { describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import { parsePageParam, reviveHistoryEventsPage, visitsOfRows } from '@/lib/view-model/history-events-page';

const row = (id: number): HistoryEventRecord => ({ id, type: 'PassStateEntered', timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, id)) });

describe('visitsOfRows', () => {
  it('lists the visit of each row that has one, and no other', () => {
    const visitOf = new Map([
      [2, { id: 2, name: 'Check' }],
      [3, { id: 2, name: 'Check' }],
      [9, { id: 9, name: 'Elsewhere' }],
    ]);
    expect(visitsOfRows([row(1), row(2), row(3)], visitOf)).toEqual([
      [2, { id: 2, name: 'Check' }],
      [3, { id: 2, name: 'Check' }],
    ]);
  });
});

describe('reviveHistoryEventsPage', () => {
  it('gives a page that went through JSON its Date timestamps back', () => {
    const page = { page: 2, pageCount: 3, rows: [row(5)], visits: [] };
    const revived = reviveHistoryEventsPage(JSON.parse(JSON.stringify(page)));
    expect(revived).toEqual(page);
    expect(revived.rows[0]!.timestamp).toBeInstanceOf(Date);
  });
});

describe('parsePageParam', () => {
  it('reads a page number from 1, absent being the first', () => {
    expect(parsePageParam(null)).toBe(1);
    expect(parsePageParam('1')).toBe(1);
    expect(parsePageParam('238')).toBe(238);
  });

  it('refuses anything else', () => {
    for (const value of ['', '0', '-1', '2.5', 'two', '99999999']) expect(parsePageParam(value)).toBeUndefined();
  });
});
