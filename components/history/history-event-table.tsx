import { formatDateTime } from '@/lib/format/format-date-time';
import type { EventTableRow } from '@/lib/view-model/event-table-rows';
import { LongJsonBlock } from '../ui/long-json-block';
import { TableSkeleton } from '../ui/skeleton';
import { TABLE, TABLE_CELLS, TBODY_TEXT, TH } from '../ui/table-classes';
import { isFailureEventType } from './event-details';
import { VisitEventRow } from './selected-visit';
import { VisitLink } from './visit-link';
import { ScrollRegion } from '../ui/scroll-region';

/** The visit (state entry) an event belongs to, for linking a row to the debugger. */
export interface EventVisitRef {
  id: number;
  name: string;
}

/**
 * The raw history, one row per event, details as indented JSON. Inside a SelectedVisitScope, the rows
 * of the selected visit are highlighted.
 */
export function HistoryEventTable({
  events,
  startedAt,
  visitOf,
  readWholeDetails,
}: {
  events: readonly EventTableRow[];
  startedAt?: Date;
  /** Event id → its visit; when given, each row links to its visit. */
  visitOf?: ReadonlyMap<number, EventVisitRef>;
  /** Reads an event's whole details, for rows that hold only their preview. */
  readWholeDetails?: (eventId: number) => Promise<string>;
}) {
  return (
    <ScrollRegion label="History events">
      {/* Fixed layout: long JSON lines wrap inside the details column instead of widening the table. */}
      <table className={`${TABLE} ${TABLE_CELLS} min-w-[56rem] table-fixed`} aria-label="History events">
        <thead>
          <tr>
            <th className={`${TH} w-16 text-right`}>ID</th>
            <th className={`${TH} w-60`}>Type</th>
            <th className={`${TH} w-24 text-right`}>Previous</th>
            <th className={`${TH} w-56`}>Time</th>
            {visitOf && <th className={`${TH} w-44`}>Visit</th>}
            <th className={TH}>Details</th>
          </tr>
        </thead>
        <tbody className={TBODY_TEXT}>
          {events.map((event) => {
            const failure = isFailureEventType(event.type);
            const visit = visitOf?.get(event.id);
            return (
              <VisitEventRow
                key={event.id}
                id={`event-${event.id}`}
                visitId={visit?.id}
                className={failure ? 'bg-red-50/60 dark:bg-red-950/20' : undefined}
              >
                <td className="text-right font-mono tabular-nums">{event.id}</td>
                <td className={`font-mono text-xs break-all ${failure ? 'font-semibold text-red-700 dark:text-red-300' : ''}`}>
                  {event.type}
                </td>
                <td className="text-right font-mono text-zinc-600 tabular-nums dark:text-zinc-400">{event.previousEventId ?? '—'}</td>
                <td className="text-xs whitespace-nowrap tabular-nums">
                  <div>{formatDateTime(event.timestamp, { milliseconds: true })}</div>
                  {startedAt && (
                    <div className="text-zinc-600 dark:text-zinc-400">
                      {`+${((event.timestamp.getTime() - startedAt.getTime()) / 1000).toFixed(3)} s`}
                    </div>
                  )}
                </td>
                {visitOf && (
                  <td>
                    {visit ? (
                      <VisitLink visitId={visit.id} name={visit.name} />
                    ) : (
                      <span className="text-zinc-600 dark:text-zinc-400">—</span>
                    )}
                  </td>
                )}
                <td>
                  {event.details === undefined ? (
                    <span className="text-zinc-600 dark:text-zinc-400">no details</span>
                  ) : (
                    <LongJsonBlock
                      label={`Details of event ${event.id}`}
                      text={event.details}
                      wholeChars={event.detailsChars}
                      readWhole={readWholeDetails && (() => readWholeDetails(event.id))}
                      maxHeightClass="max-h-56"
                      wrap
                    />
                  )}
                </td>
              </VisitEventRow>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function HistoryEventTableSkeleton() {
  return <TableSkeleton label="Loading history events" rows={10} columns={5} />;
}
