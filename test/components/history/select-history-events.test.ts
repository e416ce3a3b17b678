import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE_SIZE, selectHistoryEvents } from '@/components/history/select-history-events';
import type { HistoryEventRecord } from '@/lib/domain';

// The raw events table: filtered by one event type, cut into pages of 250 rows, and the type menu
// counting every type of the whole history.

const event = (id: number, type: string): HistoryEventRecord => ({ id, type, timestamp: new Date(Date.UTC(2026, 2, 10, 9, 0, 0, id)) });
/** `count` events whose types cycle through `types`, ids from 1. */
const history = (count: number, types: readonly string[] = ['TaskStateEntered']): HistoryEventRecord[] =>
  Array.from({ length: count }, (_, index) => event(index + 1, types[index % types.length] ?? 'TaskStateEntered'));
const ids = (rows: HistoryEventRecord[]) => rows.map((row) => row.id);

describe('selectHistoryEvents', () => {
  it('cuts pages of 250 rows', () => {
    expect(HISTORY_PAGE_SIZE).toBe(250);
  });

  it('cuts pages of another size when asked (the execution page’s 100 rows)', () => {
    const selection = selectHistoryEvents(history(250), undefined, 3, 100);
    expect(selection.pageCount).toBe(3);
    expect(ids(selection.rows)).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
    expect(ids(selectHistoryEvents(history(250), undefined, 1, 100).rows)).toHaveLength(100);
  });

  it('shows one empty page for an empty history', () => {
    expect(selectHistoryEvents([], undefined, 1)).toEqual({ rows: [], matching: 0, page: 1, pageCount: 1, typeCounts: [] });
    expect(selectHistoryEvents([], 'TaskFailed', 3)).toEqual({ rows: [], matching: 0, page: 1, pageCount: 1, typeCounts: [] });
  });

  it.each([
    [1, 1],
    [249, 1],
    [250, 1],
    [251, 2],
    [500, 2],
    [501, 3],
  ])('splits %d events into %d pages', (count, pageCount) => {
    expect(selectHistoryEvents(history(count), undefined, 1).pageCount).toBe(pageCount);
  });

  it('cuts each page at its boundaries, the last one short', () => {
    const events = history(501);
    const first = selectHistoryEvents(events, undefined, 1);
    expect(first.rows).toHaveLength(250);
    expect([first.rows[0]?.id, first.rows.at(-1)?.id]).toEqual([1, 250]);
    const second = selectHistoryEvents(events, undefined, 2);
    expect([second.rows[0]?.id, second.rows.at(-1)?.id, second.rows.length]).toEqual([251, 500, 250]);
    expect(ids(selectHistoryEvents(events, undefined, 3).rows)).toEqual([501]);
  });

  it.each([
    ['0', 0, 1],
    ['a negative page', -4, 1],
    ['NaN', Number.NaN, 1],
    ['a fraction (floored)', 2.9, 2],
    ['a page past the end', 99, 3],
    ['Infinity', Number.POSITIVE_INFINITY, 3],
    ['-Infinity', Number.NEGATIVE_INFINITY, 1],
  ])('clamps %s to a page that exists', (_, asked, page) => {
    const selection = selectHistoryEvents(history(501), undefined, asked);
    expect(selection.page).toBe(page);
    expect(selection.rows[0]?.id).toBe((page - 1) * 250 + 1);
  });

  it('filters by type across all pages, keeping history order, and counts the matches', () => {
    const events = history(600, ['TaskScheduled', 'TaskStarted', 'TaskFailed']);
    const selection = selectHistoryEvents(events, 'TaskFailed', 1);
    expect(selection.matching).toBe(200);
    expect(selection.pageCount).toBe(1);
    expect(selection.rows).toHaveLength(200);
    expect(selection.rows.every((row) => row.type === 'TaskFailed')).toBe(true);
    expect(ids(selection.rows).slice(0, 3)).toEqual([3, 6, 9]);
  });

  it('pages a filtered history by its matches, not by all events', () => {
    const events = history(1200, ['TaskScheduled', 'TaskFailed']);
    const second = selectHistoryEvents(events, 'TaskFailed', 2);
    expect([second.matching, second.page, second.pageCount, second.rows.length]).toEqual([600, 2, 3, 250]);
    expect(second.rows[0]?.id).toBe(502);
  });

  it('matches no rows for a type the history lacks, and still counts every type', () => {
    const selection = selectHistoryEvents(history(4, ['TaskStarted', 'ExecutionStarted']), 'MapRunFailed', 5);
    expect(selection).toEqual({
      rows: [],
      matching: 0,
      page: 1,
      pageCount: 1,
      typeCounts: [
        ['ExecutionStarted', 2],
        ['TaskStarted', 2],
      ],
    });
  });

  it('treats an empty type as no filter', () => {
    expect(selectHistoryEvents(history(3, ['A', 'B']), '', 1).matching).toBe(3);
  });

  it('counts every type of the whole history, by name, whatever the filter and page', () => {
    const events = [
      event(1, 'ExecutionStarted'),
      event(2, 'TaskStateEntered'),
      event(3, 'TaskFailed'),
      event(4, 'TaskFailed'),
      event(5, 'ExecutionFailed'),
    ];
    const expected: [string, number][] = [
      ['ExecutionFailed', 1],
      ['ExecutionStarted', 1],
      ['TaskFailed', 2],
      ['TaskStateEntered', 1],
    ];
    expect(selectHistoryEvents(events, undefined, 1).typeCounts).toEqual(expected);
    expect(selectHistoryEvents(events, 'TaskFailed', 9).typeCounts).toEqual(expected);
  });

  it('keeps its input unchanged', () => {
    const events = history(300, ['B', 'A']);
    const before = ids(events);
    selectHistoryEvents(events, 'A', 2);
    expect(ids(events)).toEqual(before);
  });
});
