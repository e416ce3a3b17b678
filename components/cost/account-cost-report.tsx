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

/** Every Standard state machine together; Express ones are listed with where their cost comes from. */
export function AccountCostReport(props: {
  account: AccountCostReview;
  expressStateMachines: { arn: string; name: string }[];
  freeTier: { transitionsPerMonth: number; valueUsd: number } | undefined;
  mode: CostMode;
}) {
  const { account } = props;
  const exact = account.reviews.every((review) => review.mode === 'exact');
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
      />
      <Card title="Transitions and cost per day">
        <CostByDayChart days={account.days} estimated={!exact} />
      </Card>
      <Card title="State machines" actions={<a className={`${LINK} text-xs`} href={costCsvHref('state-machines', undefined, props.mode)} download>Download CSV<span className="sr-only"> of cost by state machine</span></a>}>
        <StateMachineCostTable reviews={account.reviews} />
      </Card>
      <Card title="Most expensive executions">
        <TopExecutionsTable executions={account.topExecutions} showStateMachine />
      </Card>
      {props.expressStateMachines.length > 0 && (
        <p role="note" className="text-sm text-zinc-600 dark:text-zinc-400">
          Not included: {props.expressStateMachines.length} Express state machine(s) (
          {props.expressStateMachines.map((machine, index) => (
            <span key={machine.arn}>
              {index > 0 && ', '}
              <Link className={LINK} href={stateMachineHref(machine.arn)}>
                {machine.name}
              </Link>
            </span>
          ))}
          ). Step Functions does not list Express executions; they are billed per request and GB-second from CloudWatch Logs.
        </p>
      )}
    </div>
  );
}
