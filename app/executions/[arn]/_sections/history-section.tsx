import { EventTypeFilter } from '@/components/history/event-type-filter';
import { PagedHistoryEvents } from '@/components/execution-detail/paged-history-events';
import { SelectedVisitScope } from '@/components/history/selected-visit';
import { selectHistoryEvents } from '@/components/history/select-history-events';
import { executionHref } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import type { HistoryEventRecord } from '@/lib/aws';
import { toHistoryEventsPage } from '@/lib/view-model/history-events-page';
import { initialVisitId } from '@/lib/view-model/visit-selection';
import { EXECUTION_EVENTS_PAGE_SIZE } from './events-page-size';
import { finishedStopMs } from './finished-history-cache';
import { readExecutionSource, readExecutionView, readHistory, readVisitIndex } from './read-execution-view';

export async function HistorySection({
  executionArn,
  type,
  page,
  requestedVisit,
}: {
  executionArn: string;
  type?: string;
  page: number;
  /** The page's `?visit=`, which the table's highlight checks here instead of sending every visit id. */
  requestedVisit?: string;
}) {
  let events: HistoryEventRecord[];
  try {
    events = await readHistory(executionArn);
  } catch (error) {
    return <Card title="History events">{renderDataSourceError(error, { what: 'The history events' })}</Card>;
  }
  const selection = selectHistoryEvents(events, type, page, EXECUTION_EVENTS_PAGE_SIZE);
  const { view, visitOfEvent } = await readExecutionView(executionArn);
  const visitIndex = await readVisitIndex(executionArn);
  // Named in the pager's requests, so a finished execution's pages come from this server's cache.
  const { execution } = await readExecutionSource(executionArn);
  const stoppedAtMs = finishedStopMs(execution);
  const title = type ? `History events: ${selection.matching} ${type} of ${events.length}` : `History events (${events.length})`;
  return (
    <Card
      title={title}
      actions={<EventTypeFilter action={executionHref(executionArn)} counts={selection.typeCounts} current={type} total={events.length} />}
    >
      {selection.rows.length === 0 ? (
        <EmptyState title={type ? `No ${type} events in this history` : 'This history has no events yet'}>
          {type ? 'Choose another event type, or All types.' : 'Step Functions writes the first event when the execution starts.'}
        </EmptyState>
      ) : (
        <>
          {/* The selected visit's rows are highlighted, as the debugger above resolves the selection. */}
          <SelectedVisitScope
            refusedVisitParam={requestedVisit !== undefined && !visitIndex.byId.has(Number(requestedVisit)) ? requestedVisit : null}
            initialVisitId={initialVisitId(view)}
          >
            <PagedHistoryEvents
              eventsPath={`${executionHref(executionArn)}/events`}
              stoppedAtMs={stoppedAtMs}
              type={type}
              startedAt={events[0]?.timestamp}
              initial={toHistoryEventsPage(selection, visitOfEvent)}
            />
          </SelectedVisitScope>
        </>
      )}
    </Card>
  );
}
