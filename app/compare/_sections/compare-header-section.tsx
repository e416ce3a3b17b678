import Link from 'next/link';
import { executionHref, stateMachineHref } from '@/components/routes';
import { ExecutionStatusBadge } from '@/components/executions/execution-status-badge';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { readExecution } from '@/app/executions/[arn]/_sections/read-execution-view';
import { formatDuration } from '@/lib/format/format-duration';
import { formatInstant } from '@/lib/format/format-instant';
import type { ExecutionDetail } from '@/lib/aws';

const machineName = (arn: string) => arn.split(':').at(-1) ?? arn;

function ExecutionCard({ label, execution }: { label: 'A' | 'B'; execution: ExecutionDetail }) {
  const stopped = execution.stoppedAt?.getTime() ?? null;
  return (
    <div
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid={`execution-${label.toLowerCase()}`}
    >
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded bg-zinc-800 px-1.5 text-xs font-bold text-white dark:bg-zinc-200 dark:text-zinc-900">{label}</span>
        <Link
          href={executionHref(execution.arn)}
          className="min-w-0 font-semibold break-all text-indigo-700 underline dark:text-indigo-300"
        >
          {execution.name}
        </Link>
        <ExecutionStatusBadge status={execution.status} />
      </p>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-zinc-700 dark:text-zinc-300">
        <dt>Machine</dt>
        <dd className="break-all">
          <Link href={stateMachineHref(execution.stateMachineArn)} className="underline">
            {machineName(execution.stateMachineArn)}
          </Link>
        </dd>
        <dt>Started</dt>
        <dd>{formatInstant(execution.startedAt.getTime())}</dd>
        <dt>Duration</dt>
        <dd>{stopped === null ? 'still running' : formatDuration(stopped - execution.startedAt.getTime())}</dd>
      </dl>
    </div>
  );
}

/** Both executions: status, machine, start and duration, each linking to its own page. */
export async function CompareHeaderSection({ a, b }: { a: string; b: string }) {
  let executions: [ExecutionDetail, ExecutionDetail];
  try {
    executions = await Promise.all([readExecution(a), readExecution(b)]);
  } catch (error) {
    return renderDataSourceError(error);
  }
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      <ExecutionCard label="A" execution={executions[0]} />
      <ExecutionCard label="B" execution={executions[1]} />
    </div>
  );
}
