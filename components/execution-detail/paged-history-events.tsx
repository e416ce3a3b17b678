'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { reviveHistoryEventsPage, type HistoryEventsPage } from '@/lib/view-model/history-events-page';
import { HistoryEventTable } from '../history/history-event-table';
import { readDashboardAnswer, type DashboardBody } from './read-dashboard-answer';

const LINK =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';

/**
 * Most rows' details reach the JSON block's height cap (max-h-56): 17 daycare rows measured 216 px
 * on average, at 1360 px wide and at 390.
 */
const ESTIMATED_ROW_HEIGHT_PX = 216;
const HEADER_HEIGHT_PX = 40;

/** The events table's height before the browser has laid it out (content-visibility), from its row count. */
function estimatedTableHeightPx(rows: number): number {
  return HEADER_HEIGHT_PX + rows * ESTIMATED_ROW_HEIGHT_PX;
}

/**
 * The execution page's raw events, one server page at a time: the first comes with the page, the
 * others from `eventsPath?page=<n>&type=<type>` when the pager is used (the page, its debugger and
 * their data are not sent again). `?page=` follows in the URL; the links work without JavaScript.
 */
export function PagedHistoryEvents({
  eventsPath,
  stoppedAtMs,
  type,
  initial,
  startedAt,
}: {
  eventsPath: string;
  /** When a finished execution stopped, named in each request (`&stopped=`); undefined while it can change. */
  stoppedAtMs?: number;
  type?: string;
  initial: HistoryEventsPage;
  startedAt?: Date;
}) {
  const [current, setCurrent] = useState(initial);
  const [loading, setLoading] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const visitOf = useMemo(() => new Map(current.visits), [current]);

  const hrefOf = (page: number) => {
    const search = new URLSearchParams(searchParams.toString());
    if (page > 1) search.set('page', String(page));
    else search.delete('page');
    return `${pathname}?${search.toString()}`;
  };

  const open = async (page: number, event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // a new tab loads the whole page
    event.preventDefault();
    setLoading(page);
    setFailed(null);
    try {
      const search = new URLSearchParams({ page: String(page) });
      if (type) search.set('type', type);
      if (stoppedAtMs !== undefined) search.set('stopped', String(stoppedAtMs));
      const response = await fetch(`${eventsPath}?${search.toString()}`);
      const isPage = (body: DashboardBody): body is DashboardBody & HistoryEventsPage => Array.isArray(body.rows);
      const next = reviveHistoryEventsPage(await readDashboardAnswer(response, isPage));
      setCurrent(next);
      window.history.replaceState(null, '', hrefOf(next.page));
      top.current?.scrollIntoView({ block: 'start' });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(null);
    }
  };

  // A row sent as a preview: its whole details from the same route, for the same stop.
  const readWholeDetails = async (eventId: number): Promise<string> => {
    const search = new URLSearchParams({ event: String(eventId) });
    if (stoppedAtMs !== undefined) search.set('stopped', String(stoppedAtMs));
    const response = await fetch(`${eventsPath}?${search.toString()}`);
    const body = await readDashboardAnswer(response, (answer): answer is { details: string } => typeof answer.details === 'string');
    return body.details;
  };

  return (
    // Below the debugger, off the first screen: the browser may skip styling and laying out the page's
    // 100 rows of JSON until they scroll near, and Chrome's "near" is generous: at 1440x900, where the
    // table starts about 1,640 px down on the bench's page, it is laid out at load anyway
    // (contentvisibilityautostatechange said skipped=false; so it did 2,034 px down at 1360x900).
    // Further down (a taller debugger, a narrower window) it can be skipped. Until then the table takes
    // the height its rows will about have, so the page does not grow.
    <div
      ref={top}
      className="scroll-mt-4 [content-visibility:auto]"
      style={{ containIntrinsicSize: `auto ${estimatedTableHeightPx(current.rows.length)}px` }}
      aria-busy={loading !== null}
    >
      <HistoryEventTable events={current.rows} startedAt={startedAt} visitOf={visitOf} readWholeDetails={readWholeDetails} />
      {failed && (
        <p role="alert" className="px-4 py-2 text-sm text-red-700 dark:text-red-300">
          That page of events could not be read: {failed}
        </p>
      )}
      {current.pageCount > 1 && (
        <nav
          aria-label="History pages"
          className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
        >
          {current.page > 1 && (
            <a href={hrefOf(current.page - 1)} onClick={(event) => void open(current.page - 1, event)} className={LINK}>
              ← Previous
            </a>
          )}
          <span className="text-sm text-zinc-600 tabular-nums dark:text-zinc-300" role="status">
            {loading === null ? `Page ${current.page} of ${current.pageCount}` : `Reading page ${loading}…`}
          </span>
          {current.page < current.pageCount && (
            <a href={hrefOf(current.page + 1)} onClick={(event) => void open(current.page + 1, event)} className={LINK}>
              Next →
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
