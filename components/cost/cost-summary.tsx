import type { Interval } from '@/lib/cost/types';
import { formatCount, formatUsd } from '@/lib/format/format-cost';

export interface CostSummaryProps {
  executionCount: number;
  measuredCount: number;
  transitions: Interval;
  costUsd: Interval;
  /** 0.95 for a 95 % interval. */
  confidence: number;
  exact: boolean;
  region?: string;
  priceUsdPer1000Transitions?: number;
  freeTier?: { transitionsPerMonth: number; valueUsd: number };
  /** Replace the Standard-only wording when Express machines are in the totals. */
  details?: { executions?: string; measured?: string; costUsd?: string };
}

export function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-zinc-900 tabular-nums dark:text-zinc-50">{value}</dd>
      {detail && <dd className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{detail}</dd>}
    </div>
  );
}

/** The headline numbers of a review; sampled totals carry their interval. */
export function CostSummary(props: CostSummaryProps) {
  const pct = `${Math.round(props.confidence * 100)} %`;
  const range = (interval: Interval, format: (n: number) => string) =>
    props.exact ? undefined : `${pct} interval ${format(interval.low)} – ${format(interval.high)}`;
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Cost summary">
      <Figure
        label="Executions"
        value={formatCount(props.executionCount)}
        detail={props.details?.executions ?? 'counted with ListExecutions'}
      />
      <Figure
        label="Histories read"
        value={formatCount(props.measuredCount)}
        detail={props.details?.measured ?? (props.exact ? 'every history: exact' : `random sample of ${formatCount(props.executionCount)}`)}
      />
      <Figure
        label="State transitions"
        value={`${props.exact ? '' : '≈ '}${formatCount(props.transitions.estimate)}`}
        detail={range(props.transitions, formatCount) ?? 'estimate by AWS’s counting rule'}
      />
      <Figure
        label="Estimated cost"
        value={`${props.exact ? '' : '≈ '}${formatUsd(props.costUsd.estimate)}`}
        detail={
          range(props.costUsd, formatUsd) ??
          props.details?.costUsd ??
          (props.priceUsdPer1000Transitions !== undefined
            ? `$${props.priceUsdPer1000Transitions} per 1,000 in ${props.region}, before free tier`
            : 'Standard list price, before free tier')
        }
      />
      {props.freeTier && (
        <Figure
          label="Free tier"
          value={`${formatCount(props.freeTier.transitionsPerMonth)} / month`}
          detail={`worth ${formatUsd(props.freeTier.valueUsd)} a month, account-wide, not per state machine`}
        />
      )}
    </dl>
  );
}
