import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExecutionSummarySkeleton } from '@/components/executions/execution-summary';
import { HistoryEventTableSkeleton } from '@/components/history/history-event-table';
import { decodeArnParam, readSearchParam } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { ArchivedNotice } from '@/components/execution-detail/archived-notice';
import { DebuggerSkeleton } from '@/components/execution-detail/debugger-skeleton';
import { ConsoleLinkSection } from '@/app/_sections/console-link-section';
import { failPage } from '@/app/_sections/fail-page';
import { CompareActionSection } from './_sections/compare-action-section';
import { HistoryProgressSection } from './_sections/history-progress-section';
import { ExecutionSummarySection } from './_sections/execution-summary-section';
import { ExecutionActionsSection } from './_sections/execution-actions-section';
import { ExpressLoggingSection } from './_sections/express-logging-section';
import { HistorySection } from './_sections/history-section';
import { ParentLinksSection } from './_sections/parent-links-section';
import { readCachedHistory, readExecutionSource } from './_sections/read-execution-view';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ arn: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The execution name is the ARN's last segment for Standard executions (docs/aws-behaviour.md#arns-and-names). */
function executionName(arn: string): string {
  const parts = arn.split(':');
  return parts[5] === 'express' ? (parts[7] ?? arn) : (parts.at(-1) ?? arn);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: executionName(decodeArnParam((await params).arn)) };
}

export default async function ExecutionPage({ params, searchParams }: Props) {
  const arn = decodeArnParam((await params).arn);
  // Before anything streams, so that an unknown execution is a 404 and a data source that is down a 500.
  // An execution AWS no longer returns but the index archived renders from the index.
  const { archived } = await readExecutionSource(arn).catch(failPage);
  const query = await searchParams;
  const type = readSearchParam(query.type);
  const page = Number(readSearchParam(query.page) ?? '1');
  // A history this server has read before needs no skeleton: the debugger goes in the first flush.
  // Streamed behind a Suspense boundary instead, React would hold its reveal until 300 ms after the
  // first paint (its fallback throttle), on the page's largest part.
  const historyCached = (await readCachedHistory(arn).catch(() => undefined)) !== undefined;
  const debuggerSection = <HistoryProgressSection executionArn={arn} requestedVisit={readSearchParam(query.visit)} />;
  return (
    <>
      <PageHeading
        eyebrow="Execution"
        title={executionName(arn)}
        aside={
          <Suspense fallback={null}>
            <CompareActionSection executionArn={arn} />
          </Suspense>
        }
      >
        <Suspense fallback={null}>
          <ConsoleLinkSection arn={arn} />
        </Suspense>
      </PageHeading>
      {archived && <ArchivedNotice syncedAt={archived.record.indexedAt} />}
      <Suspense fallback={null}>
        <ParentLinksSection executionArn={arn} />
      </Suspense>
      <Suspense fallback={<ExecutionSummarySkeleton />}>
        <ExecutionSummarySection executionArn={arn} />
      </Suspense>
      <Suspense fallback={null}>
        <ExpressLoggingSection executionArn={arn} />
      </Suspense>
      <div className="mt-6">{historyCached ? debuggerSection : <Suspense fallback={<DebuggerSkeleton />}>{debuggerSection}</Suspense>}</div>
      {/* After the debugger: the failure banner stays on the first screen; act once the cause is read. */}
      <div className="mt-6">
        <Suspense fallback={null}>
          <ExecutionActionsSection executionArn={arn} />
        </Suspense>
      </div>
      <div className="mt-6">
        <Suspense
          key={`${type ?? ''}:${page}`}
          fallback={
            <Card title="History events">
              <HistoryEventTableSkeleton />
            </Card>
          }
        >
          <HistorySection executionArn={arn} type={type} page={page} requestedVisit={readSearchParam(query.visit)} />
        </Suspense>
      </div>
    </>
  );
}
