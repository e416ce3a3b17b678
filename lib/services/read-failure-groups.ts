import { isExecutionQueryError } from '../execution-index/execution-query-error';
import { toFailureGroupQuery, type FailuresUrlState } from '../execution-index/query/failures-url';
import type { FailureGroup } from '../execution-index/types';
import { getSharedExecutionIndex } from './execution-index/shared-execution-index';
import { readIndexOverview, type IndexOverview } from './read-index-overview';

export type FailureGroupsResult = IndexOverview &
  ({ kind: 'invalid'; message: string } | { kind: 'groups'; groups: FailureGroup[]; window: { from: Date; to: Date } });

/** The failures page's read: the index's overview and the failure groups of the URL's window. */
export async function readFailureGroups(state: FailuresUrlState, now: Date = new Date()): Promise<FailureGroupsResult> {
  const index = getSharedExecutionIndex();
  const overview = await readIndexOverview(index);
  const built = toFailureGroupQuery(state, now);
  if ('error' in built) return { ...overview, kind: 'invalid', message: built.error };
  try {
    const groups = await index.failureGroups(built.query);
    return { ...overview, kind: 'groups', groups, window: { from: built.query.from, to: built.query.to } };
  } catch (error) {
    if (isExecutionQueryError(error)) return { ...overview, kind: 'invalid', message: error.message };
    throw error;
  }
}
