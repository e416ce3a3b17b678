import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { ExpressReviewDetails } from '@/lib/cost/build-express-cost-review';
import { formatCount, formatGbSeconds, formatUsd } from '@/lib/format/format-cost';
import { Figure } from './cost-summary';

/** An Express machine's headline numbers: what it is billed for (requests, GB-seconds), transitions aside. */
export function ExpressCostSummary({ review, express }: { review: StateMachineCostReview; express: ExpressReviewDetails }) {
  const pct = `${Math.round(review.confidence * 100)} %`;
  const sampled = review.mode === 'sampled';
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Cost summary">
      <Figure label="Executions" value={formatCount(review.executionCount)} detail="counted from CloudWatch Logs" />
      <Figure
        label="Requests"
        value={formatCount(express.requests)}
        detail={`${formatUsd(express.requestCostUsd)} at $${express.priceUsdPerMillionRequests} per million`}
      />
      <Figure
        label="GB-seconds"
        value={formatGbSeconds(express.gbSeconds)}
        detail={`${formatUsd(express.durationCostUsd)}: average ${formatCount(express.averageBilledDurationMs)} ms billed at ${express.billedMemoryMb} MB (assumed)`}
      />
      <Figure label="Estimated cost" value={formatUsd(review.costUsd.estimate)} detail="requests + duration, every execution priced" />
      <Figure
        label="State transitions"
        value={express.transitionsAvailable ? `${sampled ? '≈ ' : ''}${formatCount(review.transitions.estimate)}` : 'not logged'}
        detail={
          !express.transitionsAvailable
            ? `level ${express.logLevel} leaves out state events`
            : sampled
              ? `not billed for Express; ${pct} interval ${formatCount(review.transitions.low)} – ${formatCount(review.transitions.high)}`
              : 'not billed for Express; informative'
        }
      />
    </dl>
  );
}
