import { ChildExecutionsTable } from '@/components/map-runs/child-executions-table';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import type { ExecutionStatus } from '@/lib/domain';
import type { MapRunDetail } from '@/lib/map-runs/types';
import { listMapRunChildren, type MapRunChildren } from '@/lib/services';

/** Child executions shown a page at a time: one screen, a few ListExecutions calls at most. */
const PAGE_SIZE = 50;

export async function ChildExecutionsSection({
  mapRun,
  status,
  cursor,
}: {
  mapRun: MapRunDetail;
  status?: ExecutionStatus;
  cursor?: string;
}) {
  let children: MapRunChildren;
  try {
    children = await listMapRunChildren(mapRun, { status, cursor, pageSize: PAGE_SIZE });
  } catch (error) {
    return renderDataSourceError(error);
  }
  return (
    <ChildExecutionsTable
      mapRunArn={mapRun.arn}
      status={status}
      cursor={cursor}
      executions={children.executions}
      nextCursor={children.nextCursor}
      now={new Date()}
    />
  );
}
