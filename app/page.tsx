import { Suspense } from 'react';
import { InvalidFilterMessage } from '@/components/executions/invalid-filter-message';
import { RefreshControl } from '@/components/metrics/refresh-control';
import { WindowPicker } from '@/components/metrics/window-picker';
import { OverviewToolbar } from '@/components/state-machines/overview-toolbar';
import { overviewFormFields, overviewHref } from '@/components/state-machines/overview-query';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { TableSkeleton } from '@/components/ui/skeleton';
import { parseWindowParams } from '@/lib/metrics/parse-window-params';
import { WINDOW_PRESET_DETAILS } from '@/lib/metrics/windows';
import { WINDOW_PRESETS } from '@/lib/metrics/types';
import { failPage } from './_sections/fail-page';
import { OverviewSection } from './_sections/overview-section';
import { readOverviewQuery, readRefreshIntervalMs } from './_sections/read-overview-query';
import { readStateMachines } from './_sections/read-main-resources';

export const dynamic = 'force-dynamic';

const WINDOW_CHOICES = WINDOW_PRESETS.map((id) => ({ id, label: WINDOW_PRESET_DETAILS[id].label }));

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Before anything streams, so that a data source that is down makes the page a 500, not a 200.
  await readStateMachines().catch(failPage);
  const query = readOverviewQuery(params);
  const parsed = parseWindowParams(params, new Date());
  const currentWindow = parsed.ok ? ('preset' in parsed.spec ? parsed.spec.preset : 'custom') : (query.window ?? 'custom');
  return (
    <>
      <PageHeading title="Overview">
        Executions of every state machine in a window you choose, with where each number comes from. Failure rate: failed and timed-out
        executions out of those that finished.
      </PageHeading>
      <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <WindowPicker
          choices={WINDOW_CHOICES}
          current={currentWindow}
          from={query.from?.slice(0, 16)}
          to={query.to?.slice(0, 16)}
          hrefFor={(id) => overviewHref({ ...query, window: id, from: undefined, to: undefined, page: undefined })}
          action="/"
          keep={overviewFormFields({ ...query, page: undefined })}
        />
        <RefreshControl intervalMs={readRefreshIntervalMs(params)} />
      </div>
      <Card title="State machines" actions={<OverviewToolbar query={{ ...query, page: undefined }} />}>
        {parsed.ok ? (
          // Keyed on the URL so a new window, filter, sort or page shows the skeleton; a refresh keeps the rows.
          <Suspense key={overviewHref(query)} fallback={<TableSkeleton label="Loading state machines" columns={6} />}>
            <OverviewSection query={query} window={parsed.spec} />
          </Suspense>
        ) : (
          <InvalidFilterMessage message={parsed.problem.message} />
        )}
      </Card>
    </>
  );
}
