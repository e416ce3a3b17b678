import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StatusFilter } from '@/components/executions/status-filter';
import { decodeArnParam, readSearchParam } from '@/components/routes';
import { StateMachineOverviewSkeleton } from '@/components/state-machines/state-machine-overview';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { TableSkeleton } from '@/components/ui/skeleton';
import { EXECUTION_STATUSES, type ExecutionStatus } from '@/lib/aws';
import { ExecutionsSection } from './_sections/executions-section';
import { customPageSize, toPageSize } from './_sections/page-size';
import { StateMachineOverviewSection } from './_sections/state-machine-overview-section';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ arn: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toStatus(value: string | undefined): ExecutionStatus | undefined {
  return EXECUTION_STATUSES.find((status) => status === value?.toUpperCase());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const arn = decodeArnParam((await params).arn);
  return { title: arn.split(':').at(-1) ?? 'State machine' };
}

export default async function StateMachinePage({ params, searchParams }: Props) {
  const arn = decodeArnParam((await params).arn);
  const query = await searchParams;
  const status = toStatus(readSearchParam(query.status));
  const nextToken = readSearchParam(query.nextToken);
  const maxResults = toPageSize(readSearchParam(query.maxResults));
  return (
    <>
      <BackLink href="/">State machines</BackLink>
      <Suspense fallback={<StateMachineOverviewSkeleton />}>
        <StateMachineOverviewSection stateMachineArn={arn} />
      </Suspense>
      <Card title="Executions" actions={<StatusFilter stateMachineArn={arn} current={status} maxResults={customPageSize(maxResults)} />}>
        {/* Keyed on the filters so a new filter or page shows the skeleton again. */}
        <Suspense key={`${status ?? 'all'}:${maxResults}:${nextToken ?? ''}`} fallback={<TableSkeleton label="Loading executions" columns={5} />}>
          <ExecutionsSection stateMachineArn={arn} status={status} nextToken={nextToken} maxResults={maxResults} />
        </Suspense>
      </Card>
    </>
  );
}
