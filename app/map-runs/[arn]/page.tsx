import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AutoRefresh } from '@/components/execution-detail/auto-refresh';
import { ChildExecutionsTableSkeleton } from '@/components/map-runs/child-executions-table';
import { ChildStatusNav } from '@/components/map-runs/child-status-nav';
import { InvalidMapRunAddress } from '@/components/map-runs/invalid-map-run-address';
import { mapRunName } from '@/components/routes';
import { MapRunSummary } from '@/components/map-runs/map-run-summary';
import { decodeArnParam, readSearchParam } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { failPage } from '@/app/_sections/fail-page';
import { readChildStatusFilter } from '@/lib/map-runs/child-status-filter';
import { parseMapRunArn } from '@/lib/map-runs/parse-map-run-arn';
import { ChildExecutionsSection } from './_sections/child-executions-section';
import { readMapRun } from './_sections/read-map-run';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ arn: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Map Run ${mapRunName(decodeArnParam((await params).arn))}` };
}

/**
 * A Distributed Map run: its status, counts and failure threshold, and its child executions, failed
 * first or by status (`?status=`), a page at a time (`?cursor=`). A malformed ARN or status is a 400
 * (proxy.ts), an unknown Map Run a 404.
 */
export default async function MapRunPage({ params, searchParams }: Props) {
  const arn = decodeArnParam((await params).arn);
  const query = await searchParams;
  const parsed = parseMapRunArn(arn);
  const filter = readChildStatusFilter(readSearchParam(query.status));
  if (!parsed.ok) return <InvalidMapRunAddress message={parsed.message} />;
  if (!filter.ok) return <InvalidMapRunAddress message={filter.message} />;
  const cursor = readSearchParam(query.cursor);
  // Before anything streams, so an unknown Map Run is a 404 and a data source that is down a 500.
  const mapRun = await readMapRun(arn).catch(failPage);
  return (
    <>
      <PageHeading eyebrow="Map Run" title={`${parsed.parts.stateMachineName}/${parsed.parts.label}`}>
        <span className="font-mono text-xs break-all">{arn}</span>
      </PageHeading>
      {mapRun.status === 'RUNNING' && (
        <div className="mb-4">
          <AutoRefresh />
        </div>
      )}
      <MapRunSummary mapRun={mapRun} now={new Date()} />
      <div className="mt-6">
        <Card title="Child executions" actions={<ChildStatusNav mapRunArn={arn} status={filter.status} counts={mapRun.executionCounts} />}>
          <Suspense key={`${filter.status ?? ''}:${cursor ?? ''}`} fallback={<ChildExecutionsTableSkeleton />}>
            <ChildExecutionsSection mapRun={mapRun} status={filter.status} cursor={cursor} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
