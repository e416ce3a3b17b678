import { describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import {
  parseEventParam,
  parsePageParam,
  reviveHistoryEventsPage,
  toHistoryEventsPage,
  visitsOfRows,
} from '@/lib/view-model/history-events-page';
import { toEventTableRow } from '@/lib/view-model/event-table-rows';

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
    const page = { page: 2, pageCount: 3, rows: [toEventTableRow(row(5))], visits: [] };
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

describe('toHistoryEventsPage', () => {
  it('sends the rows as the table draws them, long details cut to their preview, with their visits', () => {
    const long: HistoryEventRecord = {
      ...row(2),
      stateEnteredEventDetails: { name: 'Check', input: JSON.stringify({ text: 'x'.repeat(5_000) }) },
    };
    const page = toHistoryEventsPage({ page: 1, pageCount: 4, rows: [row(1), long] }, new Map([[2, { id: 2, name: 'Check' }]]));
    expect(page.rows.map((r) => r.id)).toEqual([1, 2]);
    expect(page.rows[1]!.details).toHaveLength(2_000);
    expect(page.rows[1]!.detailsChars).toBeGreaterThan(5_000);
    expect(page.visits).toEqual([[2, { id: 2, name: 'Check' }]]);
    expect(page).toMatchObject({ page: 1, pageCount: 4 });
  });
});

describe('parseEventParam', () => {
  it('reads an event id, a whole number from 1, and nothing else', () => {
    expect(parseEventParam('1')).toBe(1);
    expect(parseEventParam('23808')).toBe(23808);
    for (const value of ['', '0', '-1', '2.5', 'two', '99999999', '1'.repeat(5_000)]) expect(parseEventParam(value)).toBeUndefined();
  });
});
