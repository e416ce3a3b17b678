import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { LINK, TABLE, TD, TH } from '@/components/ui/table-classes';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import { formatCount, formatGbSeconds, formatUsd } from '@/lib/format/format-cost';
import { costHref } from './cost-routes';
import { ScrollRegion } from '@/components/ui/scroll-region';

function modeLabel(review: StateMachineCostReview): string {
  if (review.express) return `logs: ${formatCount(review.express.requests)} requests, ${formatGbSeconds(review.express.gbSeconds)} GB-s`;
  return review.mode === 'exact' ? 'exact' : `sample of ${formatCount(review.measuredCount)}`;
}

/** One row per reviewed state machine, most expensive first, linked to its own review. Express transitions are not billed, so not shown here. */
export function StateMachineCostTable({ reviews }: { reviews: StateMachineCostReview[] }) {
  if (reviews.length === 0) return <EmptyState title="No state machines">Create one to see its cost here.</EmptyState>;
  const sorted = [...reviews].sort(
    (a, b) => b.costUsd.estimate - a.costUsd.estimate || a.stateMachine.name.localeCompare(b.stateMachine.name),
  );
  return (
    <ScrollRegion label="Cost by state machine">
      <table className={TABLE} aria-label="Cost by state machine">
        <thead>
          <tr>
            <th className={TH}>State machine</th>
            <th className={TH}>Type</th>
            <th className={TH}>Region</th>
            <th className={TH}>Mode</th>
            <th className={`${TH} text-right`}>Executions</th>
            <th className={`${TH} text-right`}>Transitions</th>
            <th className={`${TH} text-right`}>Per execution</th>
            <th className={`${TH} text-right`}>Estimated cost</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((review) => (
            <tr key={review.stateMachine.arn}>
              <td className={TD}>
                <Link className={LINK} href={costHref(review.stateMachine.arn)}>
                  {review.stateMachine.name}
                </Link>
              </td>
              <td className={TD}>{review.stateMachine.type === 'EXPRESS' ? 'Express' : 'Standard'}</td>
              <td className={TD}>{review.region}</td>
              <td className={TD}>{modeLabel(review)}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCount(review.executionCount)}</td>
              <td className={`${TD} text-right tabular-nums`}>
                {review.express ? 'not billed' : formatCount(review.transitions.estimate)}
              </td>
              <td className={`${TD} text-right tabular-nums`}>
                {review.express ? '—' : review.transitionsPerExecution.estimate.toFixed(1)}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{formatUsd(review.costUsd.estimate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
