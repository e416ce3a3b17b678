import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import {
  dropFloatNoise,
  expressBillNote,
  freeTierNote,
  type ApiCallCounts,
  type ExpressRunsCost,
  type StandardRunCost,
} from '@/lib/cost/cost-report';
import type { StateTransitions } from '@/lib/cost/types';

/** `statescope cost` as text; the numbers come from lib/cost/cost-report.ts, as `--json`'s do. */

/** Tiny amounts keep 8 decimals, so a single execution's cost never reads as $0.0000. */
const usd = (value: number) => `$${value.toFixed(value < 0.01 ? 8 : 4)}`;

const lines = (...rows: string[]) => [...rows, ''].join('\n');

/** Most transitions first, with where they came from (first-pass, retry, …). */
function stateRows(states: readonly StateTransitions[]): string[] {
  return [...states]
    .sort((a, b) => b.transitions - a.transitions)
    .map(
      (row) =>
        `  ${row.state.padEnd(28)} ${String(row.transitions).padStart(7)}  (${Object.entries(row.bySource)
          .filter(([, n]) => n > 0)
          .map(([source, n]) => `${source} ${n}`)
          .join(', ')})`,
    );
}

export function formatStandardRunText(priced: StandardRunCost): string {
  const { target, cost, prices, priceUsdPer1000Transitions: price } = priced;
  return lines(
    `${cost.transitions} state transitions (estimate), Standard, ${target.region} (${target.regionSource}), ${cost.status}`,
    `Cost: ${usd(cost.costUsd)} at $${price} per 1,000 transitions (${usd(price / 1000)} each)`,
    freeTierNote(prices),
    ...stateRows(cost.states),
    `Prices: ${prices.source}, as of ${prices.asOf}`,
  );
}

export function formatExpressRunsText(priced: ExpressRunsCost): string {
  const { runs, cost, gbSeconds } = priced;
  const [first] = runs;
  if (!first) throw new Error('no Express execution to price');
  const single = runs.length === 1;
  const transitionsText = runs.every((run) => run.transitionsLogged)
    ? `${priced.transitions} state transitions (not billed for Express)`
    : 'state transitions not logged at this log level';
  return lines(
    single
      ? `Express execution, ${first.target.region} (${first.target.regionSource}), ${first.target.timeline.status}: ${transitionsText}`
      : `${runs.length} Express executions, ${first.target.region} (${first.target.regionSource}): ${transitionsText}`,
    single
      ? `Cost: ${usd(cost.costUsd)} = 1 request ${usd(cost.requestCostUsd)} + ${first.bill.billedDurationMs} ms × ${first.bill.billedMemoryMb} MB ${usd(cost.durationCostUsd)}`
      : `Cost: ${usd(cost.costUsd)} = ${runs.length} requests ${usd(cost.requestCostUsd)} + ${dropFloatNoise(gbSeconds)} GB-seconds ${usd(cost.durationCostUsd)}`,
    `Billed: ${runs.length} request${single ? '' : 's'}, ${runs.reduce((sum, run) => sum + run.bill.billedDurationMs, 0)} ms at ${first.bill.billedMemoryMb} MB = ${dropFloatNoise(gbSeconds)} GB-seconds`,
    expressBillNote(priced),
    ...(single
      ? []
      : runs.map(
          (run) =>
            `  ${run.target.executionArn.split(':').at(-2) ?? run.target.executionArn}  ${run.target.timeline.status}  ${run.durationMs} ms → ${run.bill.billedDurationMs} ms`,
        )),
    ...priced.gaps.map((gap) => `Log: ${gap}`),
  );
}

export function formatStateMachineReviewText(review: StateMachineCostReview, apiCalls: ApiCallCounts): string {
  const pct = Math.round(review.confidence * 100);
  const interval = `${pct} % interval ${Math.round(review.transitions.low)}–${Math.round(review.transitions.high)}`;
  const express = review.express;
  if (express) {
    const sampled = review.mode === 'sampled';
    return lines(
      `${review.stateMachine.name}: ${review.executionCount} Express executions from CloudWatch Logs (level ${express.logLevel})`,
      `Cost: ${usd(review.costUsd.estimate)} = ${express.requests} requests ${usd(express.requestCostUsd)} + ${dropFloatNoise(express.gbSeconds)} GB-seconds ${usd(express.durationCostUsd)} (average ${Math.round(express.averageBilledDurationMs)} ms billed at ${express.billedMemoryMb} MB; ${express.memoryMb} MB assumed, set --memory-mb)`,
      express.transitionsAvailable
        ? `${sampled ? `≈ ${Math.round(review.transitions.estimate)}` : review.transitions.estimate} state transitions, not billed for Express${sampled ? ` (${review.measuredCount} executions sampled, ${interval})` : ''}; as Standard: ${usd(review.whatIf.standardUsd)}`
        : `State transitions not logged at level ${express.logLevel}: the Standard what-if cannot be computed.`,
      ...(express.countIsLowerBound
        ? [`At level ${express.logLevel} successful executions write nothing: the count and durations are lower bounds.`]
        : []),
      ...stateRows(review.states),
    );
  }
  return lines(
    `${review.stateMachine.name}: ${review.executionCount} executions, ${review.mode === 'exact' ? 'every history read' : `${review.measuredCount} histories sampled`}`,
    review.mode === 'exact'
      ? `${review.transitions.estimate} state transitions, ${usd(review.costUsd.estimate)} (${review.region}, $${review.priceUsdPer1000Transitions} per 1,000)`
      : `${Math.round(review.transitions.estimate)} state transitions (${interval}), ${usd(review.costUsd.estimate)} (${usd(review.costUsd.low)}–${usd(review.costUsd.high)})`,
    `Free tier not applied (${review.freeTier.transitionsPerMonth.toLocaleString('en-US')} transitions a month across the whole account). API calls: ${apiCalls.calls}, throttled and retried: ${apiCalls.throttled}.`,
    ...stateRows(review.states),
  );
}
