import type { ExecutionStatus } from '@/lib/domain';
import { EXECUTION_STATUS_STYLES } from './execution-status';
import { executionsListHref, withoutPage, type ExecutionsListQuery } from './executions-list-query';
import { StatusLinkNav } from './status-link-nav';

// PENDING_REDRIVE needs a Map Run ARN, so ListExecutions by state machine rejects it
// (docs/aws-behaviour.md#listexecutions).
const FILTERABLE: ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

export function StatusFilter({ stateMachineArn, query }: { stateMachineArn: string; query: ExecutionsListQuery }) {
  const statuses = [undefined, ...FILTERABLE];
  const links = statuses.map((status) => ({
    label: status ? EXECUTION_STATUS_STYLES[status].label : 'All',
    // A page token belongs to one status filter, so a new status starts from the first page.
    href: executionsListHref(stateMachineArn, { ...withoutPage(query), status }),
    active: status === query.status,
  }));
  return <StatusLinkNav label="Filter by status" links={links} />;
}
