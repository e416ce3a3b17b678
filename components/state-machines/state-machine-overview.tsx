import type { StateMachineDetail } from '@/lib/domain';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatJson } from '@/lib/format/format-json';
import { JsonBlock } from '../ui/json-block';
import { PageHeading } from '../ui/page-heading';
import { Skeleton } from '../ui/skeleton';

export function StateMachineOverview({ machine }: { machine: StateMachineDetail }) {
  return (
    <div>
      <PageHeading eyebrow={`${machine.type === 'EXPRESS' ? 'Express' : 'Standard'} state machine`} title={machine.name}>
        <p>
          Created {formatDateTime(machine.createdAt)}
          {machine.description ? ` · ${machine.description}` : ''}
        </p>
        <p className="mt-1 font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{machine.arn}</p>
      </PageHeading>
      <details className="mb-6 rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-zinc-700 dark:text-zinc-200">Definition</summary>
        <div className="px-4 pb-4">
          <JsonBlock label="State machine definition" text={formatJson(machine.definition)} />
        </div>
      </details>
    </div>
  );
}

export function StateMachineOverviewSkeleton() {
  return (
    <div className="mb-6 space-y-3" role="status" aria-label="Loading state machine">
      <Skeleton className="h-3 w-40" />
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-4 w-96" />
      <Skeleton className="h-10 w-full" />
    </div>
  );
}
