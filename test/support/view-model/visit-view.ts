import type { GroupView, VisitView } from '@/lib/view-model/types';

/** A succeeded Pass visit with the given id (its entered event id), name and any other fields. */
export function visitView(id: number, name: string, fields: Partial<VisitView> = {}): VisitView {
  return {
    id,
    name,
    type: 'Pass',
    status: 'succeeded',
    startMs: null,
    endMs: null,
    durationMs: null,
    error: null,
    cause: null,
    caught: null,
    attempts: [],
    groups: [],
    eventIds: [id],
    ...fields,
  };
}

/** A succeeded group (a Map iteration unless `kind` says otherwise) of the visit `ownerId`, keyed as the view keys it. */
export function groupView(ownerId: number, index: number, visits: VisitView[], fields: Partial<GroupView> = {}): GroupView {
  const run = fields.run ?? 1;
  return {
    key: `${ownerId}:${run}:${index}`,
    kind: 'MapIteration',
    index,
    run,
    status: 'succeeded',
    startMs: null,
    endMs: null,
    durationMs: null,
    visits,
    ...fields,
  };
}
