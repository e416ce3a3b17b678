import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { LINK, TABLE, TD, TH } from '@/components/ui/table-classes';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import { costHref } from './cost-routes';
import { formatCount, formatUsd } from './format-cost';

/** One row per reviewed Standard state machine, most expensive first, linked to its own review. */
export function StateMachineCostTable({ reviews }: { reviews: StateMachineCostReview[] }) {
  if (reviews.length === 0) return <EmptyState title="No Standard state machines">Create one to see its cost here.</EmptyState>;
  const sorted = [...reviews].sort((a, b) => b.costUsd.estimate - a.costUsd.estimate || a.stateMachine.name.localeCompare(b.stateMachine.name));
  return (
    <div className="overflow-x-auto">
      <table className={TABLE} aria-label="Cost by state machine">
        <thead>
          <tr>
            <th className={TH}>State machine</th>
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
              <td className={TD}>{review.region}</td>
              <td className={TD}>{review.mode === 'exact' ? 'exact' : `sample of ${formatCount(review.measuredCount)}`}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCount(review.executionCount)}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCount(review.transitions.estimate)}</td>
              <td className={`${TD} text-right tabular-nums`}>{review.transitionsPerExecution.estimate.toFixed(1)}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatUsd(review.costUsd.estimate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
