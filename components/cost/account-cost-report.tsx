import Link from 'next/link';
import { stateMachineHref } from '@/components/routes';
import { Card } from '@/components/ui/card';
import { LINK } from '@/components/ui/table-classes';
import type { AccountCostReview } from '@/lib/cost/combine-cost-reviews';
import { CostByDayChart } from './cost-by-day-chart';
import { costCsvHref, type CostMode } from './cost-routes';
import { CostSummary } from './cost-summary';
import { StateMachineCostTable } from './state-machine-cost-table';
import { TopExecutionsTable } from './top-executions-table';

/** Every state machine together (Express ones from their logs); any that could not be costed are named with why. */
export function AccountCostReport(props: {
  account: AccountCostReview;
  notIncluded: { arn: string; name: string; reason: string }[];
  freeTier: { transitionsPerMonth: number; valueUsd: number } | undefined;
  mode: CostMode;
}) {
  const { account } = props;
  const exact = account.reviews.every((review) => review.mode === 'exact' || review.express !== undefined);
  const hasExpress = account.reviews.some((review) => review.express);
  return (
    <div className="space-y-6">
      <CostSummary
        executionCount={account.executionCount}
        measuredCount={account.measuredCount}
        transitions={account.transitions}
        costUsd={account.costUsd}
        confidence={account.confidence}
        exact={exact}
        freeTier={props.freeTier}
        details={
          hasExpress
            ? {
                executions: 'Standard from ListExecutions, Express from CloudWatch Logs',
                measured: `Standard histories and Express log records${account.reviews.some((review) => review.mode === 'sampled') ? ', some a random sample' : ', every one'}; every Express run is priced`,
                costUsd: 'list prices, Express by requests and GB-seconds, before free tier',
              }
            : undefined
        }
      />
      <Card title="Transitions and cost per day">
        <CostByDayChart
          days={account.days}
          estimated={!exact}
          caption={
            hasExpress
              ? `Bars: Standard state transitions by the UTC day the execution started${exact ? '' : ' (sample means for histories not read)'}. Line: the cost of every state machine, Express ones by requests and GB-seconds (not by transitions). List price, before the free tier.`
              : undefined
          }
        />
      </Card>
      <Card
        title="State machines"
        actions={
          <a className={`${LINK} text-xs`} href={costCsvHref('state-machines', undefined, props.mode)} download>
            Download CSV<span className="sr-only"> of cost by state machine</span>
          </a>
        }
      >
        <StateMachineCostTable reviews={account.reviews} />
      </Card>
      <Card title="Most expensive executions">
        <TopExecutionsTable executions={account.topExecutions} showStateMachine />
      </Card>
      {props.notIncluded.length > 0 && (
        <div role="note" aria-label="State machines not included" className="text-sm text-zinc-600 dark:text-zinc-400">
          <p>Not included: {props.notIncluded.length} Express state machine(s) whose CloudWatch Logs could not be read.</p>
          <ul className="mt-1 list-disc pl-5">
            {props.notIncluded.map((machine) => (
              <li key={machine.arn}>
                <Link className={LINK} href={stateMachineHref(machine.arn)}>
                  {machine.name}
                </Link>
                : {machine.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
