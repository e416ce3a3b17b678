'use client';

import { useMemo, useState } from 'react';
import type { HistoryEventRecord } from '@/lib/domain';
import { detailsKeyOf } from '@/lib/history/history-event-types';
import { toEventTableRow } from '@/lib/view-model/event-table-rows';
import type { ExecutionEvent } from '@/lib/history/types';
import { HistoryEventTable, type EventVisitRef } from '../history/history-event-table';
import { selectHistoryEvents } from '../history/select-history-events';
import { Card } from '../ui/card';

/** Back to the wire shape the raw-events table reads: one `*EventDetails` member as received. */
function toHistoryEventRecord(event: ExecutionEvent): HistoryEventRecord {
  return {
    id: event.id,
    previousEventId: event.previousEventId,
    type: event.rawType,
    timestamp: event.timestamp ?? new Date(Number.NaN),
    [detailsKeyOf(event.rawType)]: event.details.raw,
  } as HistoryEventRecord;
}

/** The raw events of an imported file, filtered by type and paged in the browser. */
export function ImportedEvents({ events, visitOf }: { events: ExecutionEvent[]; visitOf: ReadonlyMap<number, EventVisitRef> }) {
  const records = useMemo(() => events.map(toHistoryEventRecord), [events]);
  const [type, setType] = useState('');
  const [page, setPage] = useState(1);
  const selection = useMemo(() => selectHistoryEvents(records, type || undefined, page), [records, type, page]);
  // Read in the browser: the whole details of each row are at hand, so none is cut.
  const rows = useMemo(() => selection.rows.map((record) => toEventTableRow(record)), [selection]);
  return (
    <Card
      title={`History events (${records.length})`}
      actions={
        <label className="flex items-center gap-2 text-xs font-medium text-zinc-600 dark:text-zinc-300">
          Event type
          <select
            value={type}
            onChange={(event) => {
              setType(event.target.value);
              setPage(1);
            }}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
          >
            <option value="">All types ({records.length})</option>
            {selection.typeCounts.map(([name, count]) => (
              <option key={name} value={name}>
                {name} ({count})
              </option>
            ))}
          </select>
        </label>
      }
    >
      <HistoryEventTable events={rows} startedAt={records[0]?.timestamp} visitOf={visitOf} />
      {selection.pageCount > 1 && (
        <nav
          aria-label="History pages"
          className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
        >
          <button
            type="button"
            disabled={selection.page <= 1}
            onClick={() => setPage(selection.page - 1)}
            className="rounded-md border border-zinc-300 px-3 py-1 disabled:opacity-40 dark:border-zinc-700"
          >
            ← Previous
          </button>
          <span className="tabular-nums">
            Page {selection.page} of {selection.pageCount}
          </span>
          <button
            type="button"
            disabled={selection.page >= selection.pageCount}
            onClick={() => setPage(selection.page + 1)}
            className="rounded-md border border-zinc-300 px-3 py-1 disabled:opacity-40 dark:border-zinc-700"
          >
            Next →
          </button>
        </nav>
      )}
    </Card>
  );
}
