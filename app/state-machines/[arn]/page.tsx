import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExecutionFilterForm } from '@/components/executions/execution-filter-form';
import { executionsListHref } from '@/components/executions/executions-list-query';
import { StatusFilter } from '@/components/executions/status-filter';
import { StateMachineOverviewSkeleton } from '@/components/state-machines/state-machine-overview';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { TableSkeleton } from '@/components/ui/skeleton';
import { ConsoleLinkSection } from '@/app/_sections/console-link-section';
import * as stateMachinePage from '@/app/_sections/state-machine-page-params';
import { ExecutionsSection } from './_sections/executions-section';
import { readListQuery } from './_sections/read-list-query';
import { StateMachineOverviewSection } from './_sections/state-machine-overview-section';
import { ExpressLoggingSection } from './_sections/express-logging-section';

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: stateMachinePage.StateMachinePageProps): Promise<Metadata> {
  return { title: stateMachinePage.stateMachineNameOf(await stateMachinePage.stateMachineArnParam(props)) ?? 'State machine' };
}

export default async function StateMachinePage({ params, searchParams }: stateMachinePage.StateMachinePageProps) {
  const arn = await stateMachinePage.existingStateMachineArn({ params });
  const { pageSize, ...query } = readListQuery(await searchParams);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <BackLink href="/">Overview</BackLink>
        <Suspense fallback={null}>
          <ConsoleLinkSection arn={arn} />
        </Suspense>
      </div>
      <Suspense fallback={<StateMachineOverviewSkeleton />}>
        <StateMachineOverviewSection stateMachineArn={arn} />
      </Suspense>
      <Suspense fallback={null}>
        <ExpressLoggingSection stateMachineArn={arn} />
      </Suspense>
      <Card title="Executions" actions={<StatusFilter stateMachineArn={arn} query={query} />}>
        <ExecutionFilterForm stateMachineArn={arn} query={query} />
        {/* Keyed on the whole URL state so a new filter, sort or page shows the skeleton again. */}
        <Suspense key={executionsListHref(arn, query)} fallback={<TableSkeleton label="Loading executions" columns={6} />}>
          <ExecutionsSection stateMachineArn={arn} query={query} pageSize={pageSize} />
        </Suspense>
      </Card>
    </>
  );
}
