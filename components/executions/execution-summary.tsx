import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ExecutionDetail } from '@/lib/domain';
import { durationBetween } from '@/lib/format/duration-between';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import { formatJson } from '@/lib/format/format-json';
import { parseLabelledMachineArn } from '@/lib/map-runs/labelled-machine-arn';
import { mapRunHref, mapRunName } from '../routes';
import { stateMachineHref } from '../routes';
import { Card } from '../ui/card';
import { JsonBlock } from '../ui/json-block';
import { Skeleton } from '../ui/skeleton';
import { LINK } from '../ui/table-classes';
import { ExecutionFailure } from './execution-failure';
import { ExecutionStatusBadge } from './execution-status-badge';

function stateMachineName(arn: string): string {
  return arn.split(':').at(-1) ?? arn;
}

/**
 * Times stay on one line (never broken mid-number): a timestamp takes the full row on a phone, a
 * duration is short enough for half of it. Other facts (names, ARNs) may break anywhere.
 */
function Fact({ label, kind = 'text', children }: { label: string; kind?: 'text' | 'timestamp' | 'duration'; children: ReactNode }) {
  return (
    <div className={kind === 'timestamp' ? 'col-span-2 sm:col-span-1' : undefined}>
      <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className={`mt-0.5 text-sm text-zinc-900 tabular-nums dark:text-zinc-100 ${kind === 'text' ? 'break-all' : 'whitespace-nowrap'}`}>
        {children}
      </dd>
    </div>
  );
}

/**
 * A Distributed Map's child runs the labelled machine `…:stateMachine:NAME/LABEL`, which has no page
 * of its own: it links to its Map Run and to the machine NAME instead.
 */
function StateMachineFact({ execution }: { execution: ExecutionDetail }) {
  const labelled = parseLabelledMachineArn(execution.stateMachineArn);
  if (!labelled) {
    return (
      <Fact label="State machine">
        <Link href={stateMachineHref(execution.stateMachineArn)} prefetch={false} className={LINK}>
          {stateMachineName(execution.stateMachineArn)}
        </Link>
      </Fact>
    );
  }
  return (
    <Fact label="Child workflow of">
      {execution.mapRunArn ? (
        <Link href={mapRunHref(execution.mapRunArn)} className={LINK} data-testid="summary-map-run-link">
          Map Run {mapRunName(execution.mapRunArn)}
        </Link>
      ) : (
        <>Map state {labelled.label}</>
      )}
      <span className="block">
        in{' '}
        <Link href={stateMachineHref(labelled.parentArn)} className={LINK} data-testid="summary-parent-machine-link">
          {labelled.parentName}
        </Link>
      </span>
    </Fact>
  );
}

/**
 * `showFailure={false}` / `showPayloads={false}` when the page shows the failure and the execution's
 * input and output itself (the execution debugger does, below its banner, graph and timeline).
 */
export function ExecutionSummary({
  execution,
  now,
  showFailure = true,
  showPayloads = true,
}: {
  execution: ExecutionDetail;
  now: Date;
  showFailure?: boolean;
  showPayloads?: boolean;
}) {
  return (
    <div className="space-y-4">
      <Card>
        <dl className="grid grid-cols-2 gap-4 p-4 xl:grid-cols-5">
          <Fact label="Status">
            <ExecutionStatusBadge status={execution.status} />
          </Fact>
          <StateMachineFact execution={execution} />
          <Fact label="Started" kind="timestamp">
            {formatDateTime(execution.startedAt, { milliseconds: true })}
          </Fact>
          <Fact label="Stopped" kind="timestamp">
            {execution.stoppedAt ? formatDateTime(execution.stoppedAt, { milliseconds: true }) : 'still running'}
          </Fact>
          <Fact label="Duration" kind="duration">
            {formatDuration(durationBetween(execution.startedAt, execution.stoppedAt, now))}
          </Fact>
        </dl>
        <p className="border-t border-zinc-200 px-4 py-2 font-mono text-xs break-all text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          {execution.arn}
        </p>
      </Card>
      {showFailure && (execution.error || execution.cause) && <ExecutionFailure error={execution.error} cause={execution.cause} />}
      {showPayloads && (
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Input">
            <div className="p-3">
              <JsonBlock label="Execution input" text={execution.input ? formatJson(execution.input) : '(no input)'} />
            </div>
          </Card>
          <Card title="Output">
            <div className="p-3">
              <JsonBlock
                label="Execution output"
                text={
                  execution.output
                    ? formatJson(execution.output)
                    : execution.status === 'RUNNING'
                      ? '(running: no output yet)'
                      : '(no output)'
                }
              />
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}

export function ExecutionSummarySkeleton() {
  return (
    <div className="space-y-4" role="status" aria-label="Loading execution">
      <div className="grid grid-cols-2 gap-4 rounded-lg border border-zinc-200 p-4 md:grid-cols-5 dark:border-zinc-800">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="space-y-2">
            <Skeleton className="h-3 w-16" />
            <Skeleton className="h-5 w-28" />
          </div>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-40" />
        <Skeleton className="h-40" />
      </div>
    </div>
  );
}
