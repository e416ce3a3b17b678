import { Suspense } from 'react';
import { DebuggerSkeleton } from '@/components/execution-detail/debugger-skeleton';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import type { HistoryEventPage } from '@/lib/aws';
import { DebuggerSection } from './debugger-section';
import { readCachedHistory, readHistoryPage } from './read-execution-view';

/**
 * Reads the history one page at a time, each page behind its own Suspense boundary, so the fallback
 * streamed in the meantime can say how many events are in so far (a 25,000-event history is 25
 * pages). Once the last page is in, the debugger renders from the same per-request page reads.
 */
export async function HistoryProgressSection({
  executionArn,
  requestedVisit,
  nextToken,
  eventsSoFar = 0,
  pagesSoFar = 0,
}: {
  executionArn: string;
  /** The page's `?visit=`: the debugger opens on it. */
  requestedVisit?: string;
  nextToken?: string;
  eventsSoFar?: number;
  pagesSoFar?: number;
}) {
  // A finished history this server has read before: no pages to wait for.
  if (nextToken === undefined && (await readCachedHistory(executionArn).catch(() => undefined))) {
    return <DebuggerSection executionArn={executionArn} requestedVisit={requestedVisit} />;
  }
  let page: HistoryEventPage;
  try {
    page = await readHistoryPage(executionArn, nextToken);
  } catch (error) {
    return renderDataSourceError(error, { what: 'The timeline' });
  }
  const events = eventsSoFar + page.events.length;
  if (!page.nextToken) return <DebuggerSection executionArn={executionArn} requestedVisit={requestedVisit} />;
  return (
    <Suspense fallback={<DebuggerSkeleton progress={{ events, pages: pagesSoFar + 1 }} />}>
      <HistoryProgressSection
        executionArn={executionArn}
        requestedVisit={requestedVisit}
        nextToken={page.nextToken}
        eventsSoFar={events}
        pagesSoFar={pagesSoFar + 1}
      />
    </Suspense>
  );
}
