import { Suspense } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { TableSkeleton } from '@/components/ui/skeleton';
import { failPage } from './_sections/fail-page';
import { OVERVIEW_LIMITS } from './_sections/overview-limits';
import { OverviewSection } from './_sections/overview-section';
import { readStateMachines } from './_sections/read-main-resources';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  // Before anything streams, so that a data source that is down makes the page a 500, not a 200.
  await readStateMachines().catch(failPage);
  const readCap = OVERVIEW_LIMITS.pageSize * OVERVIEW_LIMITS.maxPagesPerMachine;
  return (
    <>
      <PageHeading title="Overview">
        Executions of every state machine started in the last 24 hours and 7 days. Failure rate: failed and timed-out executions out of
        those that finished.
      </PageHeading>
      <Card title="State machines">
        <Suspense fallback={<TableSkeleton label="Loading state machines" columns={6} />}>
          <OverviewSection />
        </Suspense>
      </Card>
      <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
        Read newest first, stopping at 7 days back and after at most {readCap.toLocaleString('en-US')} executions per state machine (
        {OVERVIEW_LIMITS.concurrency} state machines at a time). Times in UTC.
      </p>
    </>
  );
}
