import Link from 'next/link';
import { Suspense } from 'react';
import { SourceNotes } from '@/components/metrics/source-notes';
import { OverviewPager } from '@/components/state-machines/overview-pager';
import { overviewHref, type OverviewQuery } from '@/components/state-machines/overview-query';
import { OverviewRow } from '@/components/state-machines/overview-row';
import { OverviewTable } from '@/components/state-machines/overview-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { StateMachineSummary } from '@/lib/aws';
import { createConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import type { MachineCounts, MachineRef, WindowSpec } from '@/lib/metrics/types';
import { readExecutionCounts } from '@/lib/services';
import { filterByName, OVERVIEW_PAGE_SIZE, pageOf, sortByName, sortMachineCounts } from './arrange-overview';
import { OVERVIEW_LIMITS } from './overview-limits';
import { OverviewLastFailureSection } from './overview-last-failure-section';
import { OverviewLogCaveatSection } from './overview-log-caveat-section';
import { readStateMachines } from './read-main-resources';
import { renderDataSourceError } from './render-data-source-error';

function toRef(machine: StateMachineSummary): MachineRef {
  return { arn: machine.arn, name: machine.name, type: machine.type, createdAt: machine.createdAt };
}

/**
 * Filters, counts, sorts and pages every state machine on the server. Sorted by name, only the page
 * shown is counted; sorted by a number, every machine the filter keeps is counted (one batched read),
 * since the order depends on all of them. Each row's last failure then streams in on its own.
 */
async function readPage(machines: StateMachineSummary[], query: OverviewQuery, window: WindowSpec, now: Date) {
  const sort = query.sort ?? 'name';
  const dir = query.dir ?? (sort === 'name' ? 'asc' : 'desc');
  if (sort === 'name') {
    const page = pageOf(sortByName(machines, dir), query.page ?? 1);
    const result = await readExecutionCounts({ machines: page.items.map(toRef), window, now });
    return { ...page, result, rows: sortMachineCounts(result.machines, 'name', dir) };
  }
  const result = await readExecutionCounts({ machines: machines.map(toRef), window, now });
  const page = pageOf(sortMachineCounts(result.machines, sort, dir), query.page ?? 1);
  return { ...page, result, rows: page.items };
}

function LastFailureSkeleton() {
  return <Skeleton className="h-4 w-28" />;
}

export async function OverviewSection({ query, window }: { query: OverviewQuery; window: WindowSpec }) {
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
  const filtered = filterByName(machines, query.q);
  if (filtered.length === 0) {
    return (
      <EmptyState title={`No state machine name contains “${query.q}”`}>
        <Link href={overviewHref({ ...query, q: undefined, page: undefined })} className="underline">
          Show all {machines.length.toLocaleString('en-US')} state machines
        </Link>
      </EmptyState>
    );
  }
  const now = new Date();
  let page: Awaited<ReturnType<typeof readPage>>;
  try {
    page = await readPage(filtered, query, window, now);
  } catch (error) {
    return renderDataSourceError(error);
  }
  const windowInfo = resolveWindow(window, now);
  const windowId = windowInfo.preset ?? 'custom';
  const limit = createConcurrencyLimiter(OVERVIEW_LIMITS.concurrency);
  const rows: MachineCounts[] = page.rows;
  return (
    <>
      <OverviewTable query={query}>
        {rows.map((row) => (
          <OverviewRow
            key={row.machine.arn}
            row={row}
            windowId={windowId}
            windowLabel={windowInfo.label}
            notes={
              <Suspense fallback={null}>
                <OverviewLogCaveatSection machine={row.machine} fromLogs={row.source.kind === 'scan'} limit={limit} />
              </Suspense>
            }
            lastFailure={
              <Suspense fallback={<LastFailureSkeleton />}>
                <OverviewLastFailureSection row={row} windowLabel={windowInfo.label} limit={limit} />
              </Suspense>
            }
          />
        ))}
      </OverviewTable>
      <OverviewPager query={query} page={page.page} pageCount={page.pageCount} total={page.total} pageSize={OVERVIEW_PAGE_SIZE} />
      <SourceNotes rows={rows} window={windowInfo} apiCalls={page.result.apiCalls} />
    </>
  );
}
