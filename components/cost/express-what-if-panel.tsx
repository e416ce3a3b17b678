import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { ExpressReviewDetails } from '@/lib/cost/build-express-cost-review';
import { formatCount, formatUsd } from '@/lib/format/format-cost';
import { WhatIfOption } from './what-if-option';

/** An Express workload as it is billed now, against what its transitions would cost as Standard. */
export function ExpressWhatIfPanel({ review, express }: { review: StateMachineCostReview; express: ExpressReviewDetails }) {
  const standardUsd = express.transitionsAvailable ? review.whatIf.standardUsd : undefined;
  const standardCheaper = standardUsd !== undefined && standardUsd < review.costUsd.estimate;
  const sampled = review.mode === 'sampled';
  return (
    <div className="space-y-3 p-4">
      <div className="grid gap-3 md:grid-cols-2">
        <WhatIfOption
          title="Express (now)"
          cost={formatUsd(review.costUsd.estimate)}
          cheaper={standardUsd !== undefined && !standardCheaper}
          lines={[
            `${formatCount(express.requests)} requests: ${formatUsd(express.requestCostUsd)}`,
            `duration: ${formatUsd(express.durationCostUsd)} (average ${formatCount(express.averageBilledDurationMs)} ms billed at ${express.billedMemoryMb} MB)`,
          ]}
        />
        <WhatIfOption
          title="Standard"
          cost={standardUsd === undefined ? 'cannot be computed' : `${sampled ? '≈ ' : ''}${formatUsd(standardUsd)}`}
          cheaper={standardCheaper}
          lines={
            standardUsd === undefined
              ? [
                  `log level ${express.logLevel} leaves out the state events transitions are counted from`,
                  'set the level to ALL to see this',
                ]
              : [
                  `${sampled ? '≈ ' : ''}${formatCount(review.transitions.estimate)} transitions at $${review.priceUsdPer1000Transitions} per 1,000 in ${review.region}`,
                  'free tier not included',
                ]
          }
        />
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Standard is billed per state transition, counted from the logged state events by AWS&apos;s rule. Express rates are those published
        for {express.pricesRegion}; {express.memoryMb} MB assumed per execution.
      </p>
    </div>
  );
}
