import Link from 'next/link';
import { LINK } from '@/components/ui/table-classes';
import { formatCount } from '@/lib/format/format-cost';
import { costHref, type CostMode } from './cost-routes';

/** Says how the numbers were obtained and offers the other mode. */
export function ReviewModeNote(props: {
  exact: boolean;
  executionCount: number;
  measuredCount: number;
  confidence: number;
  stateMachineArn?: string;
}) {
  const other: CostMode = props.exact ? 'sampled' : 'exact';
  return (
    <p
      role="note"
      className="rounded-md border border-zinc-200 bg-white px-4 py-2 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300"
    >
      {props.exact ? (
        <>
          <strong>Exact:</strong> every history of {formatCount(props.executionCount)} executions was read.
        </>
      ) : (
        <>
          <strong>Sampled:</strong> {formatCount(props.measuredCount)} of {formatCount(props.executionCount)} histories read at random;
          totals are estimates with a {Math.round(props.confidence * 100)} % confidence interval.
        </>
      )}{' '}
      Transition counts follow AWS’s published rule and are an estimate; finished histories are cached and never read twice.{' '}
      {props.executionCount > 1 && (
        <Link className={LINK} href={costHref(props.stateMachineArn, other)}>
          {props.exact ? 'Use a sample instead' : 'Read every history (exact)'}
        </Link>
      )}
    </p>
  );
}
