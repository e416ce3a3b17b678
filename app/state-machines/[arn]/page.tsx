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
import {
  CHART_WINDOW_PARAMS,
  parseChartWindow,
  readChartWindowQuery,
  stateMachinePageHref,
  withoutChartWindow,
} from './_sections/chart-window';
import { ExecutionChartsSection } from './_sections/execution-charts-section';
import { LabelledMachineNotice } from '@/components/map-runs/labelled-machine-notice';
import { parseLabelledMachineArn } from '@/lib/map-runs/labelled-machine-arn';
import { InvalidFilterMessage } from '@/components/executions/invalid-filter-message';
import { WindowPicker } from '@/components/metrics/window-picker';
import { WINDOW_PRESETS } from '@/lib/metrics/types';
import { WINDOW_PRESET_DETAILS } from '@/lib/metrics/windows';

const WINDOW_CHOICES = WINDOW_PRESETS.map((id) => ({ id, label: WINDOW_PRESET_DETAILS[id].label }));

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: stateMachinePage.StateMachinePageProps): Promise<Metadata> {
  return { title: stateMachinePage.stateMachineNameOf(await stateMachinePage.stateMachineArnParam(props)) ?? 'State machine' };
}

export default async function StateMachinePage({ params, searchParams }: stateMachinePage.StateMachinePageProps) {
  // A Distributed Map's labelled machine has no executions list of its own (its children are listed by Map Run).
  const labelled = parseLabelledMachineArn(await stateMachinePage.stateMachineArnParam({ params }));
  if (labelled) return <LabelledMachineNotice machine={labelled} />;
  const arn = await stateMachinePage.existingStateMachineArn({ params });
  const search = await searchParams;
  const { pageSize, ...query } = readListQuery(search);
  const listOnly = withoutChartWindow(query);
  const chart = readChartWindowQuery(search);
  const chartWindow = parseChartWindow(chart, new Date());
  const currentWindow = chartWindow.ok ? ('preset' in chartWindow.spec ? chartWindow.spec.preset : 'custom') : (chart.window ?? 'custom');
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
      <Card title="Executions over time" className="mb-6">
        <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          <WindowPicker
            choices={WINDOW_CHOICES}
            current={currentWindow}
            from={chart.windowFrom?.slice(0, 16)}
            to={chart.windowTo?.slice(0, 16)}
            hrefFor={(id) => stateMachinePageHref(arn, query, { window: id })}
            action={stateMachinePageHref(arn, {}, {})}
            keep={{ ...listOnly, maxResults: listOnly.maxResults === undefined ? undefined : String(listOnly.maxResults) }}
            params={CHART_WINDOW_PARAMS}
          />
        </div>
        {chartWindow.ok ? (
          <Suspense key={stateMachinePageHref(arn, {}, chart)} fallback={<TableSkeleton label="Loading charts" columns={4} />}>
            <ExecutionChartsSection stateMachineArn={arn} window={chartWindow.spec} chart={chart} />
          </Suspense>
        ) : (
          <InvalidFilterMessage message={chartWindow.problem.message} />
        )}
      </Card>
      <Card title={<span id="executions">Executions</span>} actions={<StatusFilter stateMachineArn={arn} query={query} />}>
        <ExecutionFilterForm stateMachineArn={arn} query={query} />
        {/* Keyed on the list's URL state so a new filter, sort or page shows the skeleton again (a new chart window does not). */}
        <Suspense key={executionsListHref(arn, listOnly)} fallback={<TableSkeleton label="Loading executions" columns={6} />}>
          <ExecutionsSection stateMachineArn={arn} query={query} pageSize={pageSize} />
        </Suspense>
      </Card>
    </>
  );
}
