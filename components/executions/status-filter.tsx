import Link from 'next/link';
import type { ExecutionStatus } from '@/lib/domain';
import { EXECUTION_STATUS_STYLES } from './execution-status';
import { executionsListHref, withoutPage, type ExecutionsListQuery } from './executions-list-query';

// PENDING_REDRIVE needs a Map Run ARN, so ListExecutions by state machine rejects it
// (docs/aws-behaviour.md#listexecutions).
const FILTERABLE: ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

/** Plain links, so the filter works without JavaScript and every view has its own URL. */
export function StatusFilter({ stateMachineArn, query }: { stateMachineArn: string; query: ExecutionsListQuery }) {
  const options: { status?: ExecutionStatus; label: string }[] = [
    { label: 'All' },
    ...FILTERABLE.map((status) => ({ status, label: EXECUTION_STATUS_STYLES[status].label })),
  ];
  return (
    <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
      {options.map((option) => {
        const active = option.status === query.status;
        return (
          <Link
            key={option.label}
            // A page token belongs to one status filter, so a new status starts from the first page.
            href={executionsListHref(stateMachineArn, { ...withoutPage(query), status: option.status })}
            aria-current={active ? 'page' : undefined}
            className={`rounded-md px-2.5 py-1 text-xs font-medium ${
              active
                ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
                : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800'
            }`}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}
