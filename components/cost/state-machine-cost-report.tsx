import { Card } from '@/components/ui/card';
import { LINK } from '@/components/ui/table-classes';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import { CostByDayChart } from './cost-by-day-chart';
import { costCsvHref, type CostMode } from './cost-routes';
import { CostSummary } from './cost-summary';
import { ExpressCostSummary } from './express-cost-summary';
import { ExpressReviewNote } from './express-review-note';
import { ExpressWhatIfPanel } from './express-what-if-panel';
import { ReviewModeNote } from './review-mode-note';
import { StateTransitionsTable } from './state-transitions-table';
import { TopExecutionsTable } from './top-executions-table';
import { WhatIfPanel } from './what-if-panel';

function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <a className={`${LINK} text-xs`} href={href} download>
      Download CSV<span className="sr-only"> of {what}</span>
    </a>
  );
}

/** An Express machine's review: billed by requests and GB-seconds, transitions informative, what-if as Standard. */
function ExpressCostReport({
  review,
  mode,
  express,
}: {
  review: StateMachineCostReview;
  mode: CostMode;
  express: NonNullable<StateMachineCostReview['express']>;
}) {
  const arn = review.stateMachine.arn;
  return (
    <div className="space-y-6">
      <ExpressCostSummary review={review} express={express} />
      <ExpressReviewNote review={review} express={express} />
      <Card title="Requests and cost per day">
        <CostByDayChart
          days={review.days}
          estimated={false}
          bars="executions"
          caption={`Express executions by the UTC day they started (one request each) and their cost: requests plus duration at ${express.billedMemoryMb} MB, before the free tier.`}
        />
      </Card>
      {express.transitionsAvailable && (
        <Card
          title="Where the transitions come from (informative: Express is not billed per transition)"
          actions={<CsvLink href={costCsvHref('states', arn, mode)} what="transitions by state" />}
        >
          <StateTransitionsTable states={review.states} measuredCount={review.measuredCount} />
        </Card>
      )}
      <Card title="Most expensive executions" actions={<CsvLink href={costCsvHref('executions', arn, mode)} what="every execution" />}>
        <TopExecutionsTable executions={review.topExecutions} />
      </Card>
      <Card title="What if it ran as Standard?">
        <ExpressWhatIfPanel review={review} express={express} />
      </Card>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Prices: {review.prices.source}, as of {review.prices.asOf}. Set STATESCOPE_PRICES to a JSON file for negotiated rates.
      </p>
    </div>
  );
}

/** One state machine's review: headline numbers, per day, per state, top executions, what-if. */
export function StateMachineCostReport({ review, mode }: { review: StateMachineCostReview; mode: CostMode }) {
  if (review.express) return <ExpressCostReport review={review} mode={mode} express={review.express} />;
  const exact = review.mode === 'exact';
  const arn = review.stateMachine.arn;
  return (
    <div className="space-y-6">
      <CostSummary
        executionCount={review.executionCount}
        measuredCount={review.measuredCount}
        transitions={review.transitions}
        costUsd={review.costUsd}
        confidence={review.confidence}
        exact={exact}
        region={review.region}
        priceUsdPer1000Transitions={review.priceUsdPer1000Transitions}
        freeTier={review.freeTier}
      />
      <ReviewModeNote
        exact={exact}
        executionCount={review.executionCount}
        measuredCount={review.measuredCount}
        confidence={review.confidence}
        stateMachineArn={arn}
      />
      <Card title="Transitions and cost per day">
        <CostByDayChart days={review.days} estimated={!exact} />
      </Card>
      <Card
        title="Where the transitions come from"
        actions={<CsvLink href={costCsvHref('states', arn, mode)} what="transitions by state" />}
      >
        <StateTransitionsTable states={review.states} measuredCount={review.measuredCount} />
      </Card>
      <Card title="Most expensive executions" actions={<CsvLink href={costCsvHref('executions', arn, mode)} what="every execution read" />}>
        <TopExecutionsTable executions={review.topExecutions} />
      </Card>
      <Card title="What if it ran as Express?">
        <WhatIfPanel whatIf={review.whatIf} />
      </Card>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Prices: {review.prices.source}, as of {review.prices.asOf}. Set STATESCOPE_PRICES to a JSON file for negotiated rates.
      </p>
    </div>
  );
}
