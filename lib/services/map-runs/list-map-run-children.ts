import type { ExecutionStatus } from '../../domain';
import { listMapRunExecutions } from '../../aws/map-runs';
import { decodeChildPageCursor, encodeChildPageCursor } from '../../map-runs/child-page-cursor';
import { planFailedFirstStatuses } from '../../map-runs/child-status-filter';
import type { MapRunChildExecution, MapRunDetail } from '../../map-runs/types';

export interface MapRunChildrenQuery {
  /** One status; without it, every status, failed first. */
  status?: ExecutionStatus;
  /** The `cursor` of the previous page, as it was given. */
  cursor?: string;
  pageSize: number;
}

export interface MapRunChildren {
  executions: MapRunChildExecution[];
  /** Pass back as `cursor` for the next page; absent on the last. */
  nextCursor?: string;
  /** The statuses this view walks, in order (one when filtered). */
  statuses: ExecutionStatus[];
  /** ListExecutions calls made for this page. */
  calls: number;
}

/**
 * One page of a Map Run's child executions. Filtered, it is ListExecutions' own paging for that
 * status. Unfiltered, it reads status by status, failed first (failed, timed out, aborted, running,
 * succeeded), skipping statuses DescribeMapRun counts no child for, and fills the page across them,
 * so failures always come before the thousands that succeeded.
 */
export async function listMapRunChildren(
  mapRun: Pick<MapRunDetail, 'arn' | 'status' | 'executionCounts'>,
  query: MapRunChildrenQuery,
): Promise<MapRunChildren> {
  const statuses = query.status ? [query.status] : planFailedFirstStatuses(mapRun.executionCounts, mapRun.status === 'RUNNING');
  const cursor = decodeChildPageCursor(query.cursor, statuses);
  let position = cursor ? statuses.indexOf(cursor.status as ExecutionStatus) : 0;
  let token = cursor?.token;
  const executions: MapRunChildExecution[] = [];
  let calls = 0;
  while (position < statuses.length && executions.length < query.pageSize) {
    const status = statuses[position];
    const page = await listMapRunExecutions({
      mapRunArn: mapRun.arn,
      statusFilter: status,
      nextToken: token,
      maxResults: query.pageSize - executions.length,
    });
    calls++;
    executions.push(...page.executions);
    if (page.nextToken) token = page.nextToken;
    else {
      position++;
      token = undefined;
    }
  }
  const next = statuses[position];
  return {
    executions,
    ...(next !== undefined && { nextCursor: encodeChildPageCursor(token ? { status: next, token } : { status: next }) }),
    statuses,
    calls,
  };
}
