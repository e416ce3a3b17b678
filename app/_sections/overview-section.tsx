import { Suspense } from 'react';
import { OverviewRowSkeleton } from '@/components/state-machines/overview-row-states';
import { OverviewTable } from '@/components/state-machines/overview-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { StateMachineSummary } from '@/lib/aws';
import { createConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { OVERVIEW_LIMITS } from './overview-limits';
import { OverviewRowSection } from './overview-row-section';
import { readStateMachines } from './read-main-resources';
import { renderDataSourceError } from './render-data-source-error';

/** Every state machine, each row streaming in on its own as its executions are read. */
export async function OverviewSection() {
  let machines: StateMachineSummary[];
  try {
    machines = await readStateMachines();
  } catch (error) {
    return renderDataSourceError(error);
  }
  if (machines.length === 0) {
    return (
      <EmptyState title="No state machines in this account and region">
        Create one, or check that AWS_REGION and the endpoint shown above are the ones you meant.
      </EmptyState>
    );
  }
  const now = new Date();
  const limit = createConcurrencyLimiter(OVERVIEW_LIMITS.concurrency);
  return (
    <OverviewTable>
      {machines.map((machine) => (
        <Suspense key={machine.arn} fallback={<OverviewRowSkeleton machine={machine} />}>
          <OverviewRowSection machine={machine} limit={limit} now={now} />
        </Suspense>
      ))}
    </OverviewTable>
  );
}
