'use client';

import { useSearchParams } from 'next/navigation';
import { createContext, useContext, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { selectedVisitId } from '@/lib/view-model/visit-selection';

const SelectedVisit = createContext<number | null>(null);

/**
 * The raw events table's view of the execution debugger's selection: the visit `?visit=` names when
 * the execution has it, else the one the debugger selects on arrival (lib/view-model/visit-selection).
 * Read from the URL, so it is in the server's markup and follows every selection without a reload.
 */
export function SelectedVisitScope({
  visitIds,
  refusedVisitParam,
  initialVisitId,
  children,
}: {
  /** Every visit id of the execution: a page read in the browser has them at hand. */
  visitIds?: readonly number[];
  /**
   * What a server sends instead of every visit id (3,400 of them on a large Map): the `?visit=` the
   * page was opened with when the execution has no such visit, else null. Any other `?visit=` is one
   * the page itself wrote on selecting a visit, so a visit of this execution.
   */
  refusedVisitParam?: string | null;
  initialVisitId: number | null;
  children: ReactNode;
}) {
  const params = useSearchParams();
  const known = useMemo(() => visitIds && new Set(visitIds), [visitIds]);
  const requested = params.get('visit');
  const isVisit = (visitId: number) =>
    known ? known.has(visitId) : requested !== refusedVisitParam && Number.isSafeInteger(visitId) && visitId >= 1;
  const selected = selectedVisitId(requested, isVisit, initialVisitId);
  return <SelectedVisit value={selected}>{children}</SelectedVisit>;
}

/** A raw event's row, marked `data-selected-visit` (styled in app/globals.css) while its visit is the selected one. */
export function VisitEventRow({ visitId, ...row }: ComponentPropsWithoutRef<'tr'> & { visitId: number | undefined }) {
  const selected = useContext(SelectedVisit);
  return <tr {...row} data-visit={visitId} data-selected-visit={visitId !== undefined && visitId === selected ? '' : undefined} />;
}
