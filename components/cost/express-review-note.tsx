import Link from 'next/link';
import { LINK } from '@/components/ui/table-classes';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { ExpressReviewDetails } from '@/lib/cost/build-express-cost-review';
import { formatCount } from '@/lib/format/format-cost';
import { costHref } from './cost-routes';

/** How an Express machine's numbers were obtained, and the memory they assume. */
export function ExpressReviewNote({ review, express }: { review: StateMachineCostReview; express: ExpressReviewDetails }) {
  const sampled = review.mode === 'sampled';
  return (
    <div
      role="note"
      aria-label="How this Express review was made"
      className="space-y-1 rounded-md border border-zinc-200 bg-white px-4 py-2 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300"
    >
      <p>
        <strong>Express, from CloudWatch Logs:</strong> every one of {formatCount(review.executionCount)} executions logged in the last{' '}
        {express.listedDays} days is priced by its request and its duration (start to stop in the log, rounded up to 100 ms).
        {express.running > 0 && ` ${formatCount(express.running)} still running: their request is counted, their duration not yet.`}
      </p>
      <p>
        <strong>Memory assumed: {express.memoryMb} MB</strong> per execution (billed in 64 MB chunks: {express.billedMemoryMb} MB). AWS
        bills the memory an execution&apos;s data uses and reports it only in StartSyncExecution&apos;s billingDetails, never in the logs;
        set STATESCOPE_EXPRESS_MEMORY_MB if yours is larger.
      </p>
      {express.transitionsAvailable ? (
        <p>
          State transitions are informative (Express is not billed per transition):{' '}
          {sampled
            ? `${formatCount(review.measuredCount)} of ${formatCount(review.executionCount)} executions' log records read at random, with a ${Math.round(review.confidence * 100)} % confidence interval.`
            : `every execution's log records read.`}{' '}
          {review.executionCount > 1 && (
            <Link className={LINK} href={costHref(review.stateMachine.arn, sampled ? 'exact' : 'sampled')}>
              {sampled ? 'Read every execution (exact)' : 'Use a sample instead'}
            </Link>
          )}
        </p>
      ) : (
        <p>Log level {express.logLevel}: state events are not logged, so transitions and the Standard what-if cannot be computed.</p>
      )}
      {express.countIsLowerBound && (
        <p>
          At level {express.logLevel} successful executions write nothing, so only failed ones are counted, and a duration runs from the
          first logged record: both are lower bounds. Set the level to ALL for the whole bill.
        </p>
      )}
    </div>
  );
}
