import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { ExpressReviewDetails } from '@/lib/cost/build-express-cost-review';
import { formatCount, formatUsd } from './format-cost';

function Option({ title, cost, lines, cheaper }: { title: string; cost: string; lines: string[]; cheaper: boolean }) {
  return (
    <div className={`rounded-lg border px-4 py-3 ${cheaper ? 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {cheaper && <span className="text-xs font-medium text-emerald-700 dark:text-emerald-400">cheaper</span>}
      </div>
      <p className="mt-1 text-xl font-semibold tabular-nums" aria-label={`${title} cost`}>
        {cost}
      </p>
      <ul className="mt-1 space-y-0.5 text-xs text-zinc-500 dark:text-zinc-400">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** An Express workload as it is billed now, against what its transitions would cost as Standard. */
export function ExpressWhatIfPanel({ review, express }: { review: StateMachineCostReview; express: ExpressReviewDetails }) {
  const standardUsd = express.transitionsAvailable ? review.whatIf.standardUsd : undefined;
  const standardCheaper = standardUsd !== undefined && standardUsd < review.costUsd.estimate;
  const sampled = review.mode === 'sampled';
  return (
    <div className="space-y-3 p-4">
      <div className="grid gap-3 md:grid-cols-2">
        <Option
          title="Express (now)"
          cost={formatUsd(review.costUsd.estimate)}
          cheaper={standardUsd !== undefined && !standardCheaper}
          lines={[
            `${formatCount(express.requests)} requests: ${formatUsd(express.requestCostUsd)}`,
            `duration: ${formatUsd(express.durationCostUsd)} (average ${formatCount(express.averageBilledDurationMs)} ms billed at ${express.billedMemoryMb} MB)`,
          ]}
        />
        <Option
          title="Standard"
          cost={standardUsd === undefined ? 'cannot be computed' : `${sampled ? '≈ ' : ''}${formatUsd(standardUsd)}`}
          cheaper={standardCheaper}
          lines={
            standardUsd === undefined
              ? [`log level ${express.logLevel} leaves out the state events transitions are counted from`, 'set the level to ALL to see this']
              : [`${sampled ? '≈ ' : ''}${formatCount(review.transitions.estimate)} transitions at $${review.priceUsdPer1000Transitions} per 1,000 in ${review.region}`, 'free tier not included']
          }
        />
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Standard is billed per state transition, counted from the logged state events by AWS&apos;s rule. Express rates are those published for{' '}
        {express.pricesRegion}; {express.memoryMb} MB assumed per execution.
      </p>
    </div>
  );
}
