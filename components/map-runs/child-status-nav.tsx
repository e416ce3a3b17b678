import type { ExecutionStatus } from '@/lib/domain';
import type { MapRunCounts } from '@/lib/map-runs/types';
import { EXECUTION_STATUS_STYLES } from '../executions/execution-status';
import { StatusLinkNav, type StatusLink } from '../executions/status-link-nav';
import { mapRunHref } from '../routes';

const OPTIONS: { status?: ExecutionStatus; label: string; count: (counts: MapRunCounts) => number | undefined }[] = [
  { label: 'All, failed first', count: (counts) => counts.total },
  { status: 'FAILED', label: EXECUTION_STATUS_STYLES.FAILED.label, count: (counts) => counts.failed },
  { status: 'TIMED_OUT', label: EXECUTION_STATUS_STYLES.TIMED_OUT.label, count: (counts) => counts.timedOut },
  { status: 'ABORTED', label: EXECUTION_STATUS_STYLES.ABORTED.label, count: (counts) => counts.aborted },
  { status: 'RUNNING', label: EXECUTION_STATUS_STYLES.RUNNING.label, count: (counts) => counts.running },
  { status: 'SUCCEEDED', label: EXECUTION_STATUS_STYLES.SUCCEEDED.label, count: (counts) => counts.succeeded },
  { status: 'PENDING_REDRIVE', label: EXECUTION_STATUS_STYLES.PENDING_REDRIVE.label, count: (counts) => counts.pendingRedrive },
];

/** The child status filters with the child counts. */
export function ChildStatusNav({ mapRunArn, status, counts }: { mapRunArn: string; status?: ExecutionStatus; counts: MapRunCounts }) {
  const links = OPTIONS.flatMap((option): StatusLink[] => {
    const count = option.count(counts);
    // Pending redrive appears only when DescribeMapRun counts some (or it is the filter in use).
    if (option.status === 'PENDING_REDRIVE' && !count && status !== 'PENDING_REDRIVE') return [];
    return [{ label: option.label, href: mapRunHref(mapRunArn, { status: option.status }), active: option.status === status, count }];
  });
  return <StatusLinkNav label="Filter child executions by status" links={links} />;
}
