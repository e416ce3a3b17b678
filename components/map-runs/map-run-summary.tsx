import Link from 'next/link';
import type { ReactNode } from 'react';
import { durationBetween } from '@/lib/format/duration-between';
import { formatCount } from '@/lib/format/format-cost';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import { evaluateFailureThreshold } from '@/lib/map-runs/evaluate-failure-threshold';
import type { MapRunDetail } from '@/lib/map-runs/types';
import { ExecutionStatusBadge } from '../executions/execution-status-badge';
import { executionHref } from '../routes';
import { Card } from '../ui/card';
import { LINK } from '../ui/table-classes';
import { FailureThresholdNote } from './failure-threshold-note';
import { MapRunCountsTable } from './map-run-counts-table';

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'col-span-2 sm:col-span-1' : undefined}>
      <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-sm break-words text-zinc-900 tabular-nums dark:text-zinc-100">{children}</dd>
    </div>
  );
}

const executionName = (arn: string) => arn.split(':').at(-1) ?? arn;

/** What a Map Run is and how it went: status, times, limits, the failure threshold and the counts. */
export function MapRunSummary({ mapRun, now }: { mapRun: MapRunDetail; now: Date }) {
  const threshold = evaluateFailureThreshold(mapRun);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <Card title="Run">
        <dl className="grid grid-cols-2 gap-4 p-4">
          <Fact label="Status">
            <ExecutionStatusBadge status={mapRun.status} />
          </Fact>
          <Fact label="Parent execution">
            {mapRun.executionArn ? (
              <Link href={executionHref(mapRun.executionArn)} className={`${LINK} break-all`} data-testid="parent-execution-link">
                {executionName(mapRun.executionArn)}
              </Link>
            ) : (
              'not named'
            )}
          </Fact>
          <Fact label="Started" wide>
            {formatDateTime(mapRun.startedAt, { milliseconds: true })}
          </Fact>
          <Fact label="Stopped" wide>
            {mapRun.stoppedAt ? formatDateTime(mapRun.stoppedAt, { milliseconds: true }) : 'still running'}
          </Fact>
          <Fact label="Duration">{formatDuration(durationBetween(mapRun.startedAt, mapRun.stoppedAt, now))}</Fact>
          <Fact label="Max concurrency">{mapRun.maxConcurrency === 0 ? 'no limit' : formatCount(mapRun.maxConcurrency)}</Fact>
          {mapRun.redriveCount > 0 && (
            <Fact label="Redriven">
              {mapRun.redriveCount === 1 ? 'once' : `${mapRun.redriveCount} times`}
              {mapRun.redriveDate && `, last ${formatDateTime(mapRun.redriveDate)}`}
            </Fact>
          )}
        </dl>
        <div className="px-4 pb-4">
          <FailureThresholdNote threshold={threshold} />
        </div>
      </Card>
      <Card title="Items">
        <MapRunCountsTable itemCounts={mapRun.itemCounts} executionCounts={mapRun.executionCounts} />
      </Card>
    </div>
  );
}
