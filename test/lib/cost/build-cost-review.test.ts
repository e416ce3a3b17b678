import { describe, expect, it } from 'vitest';
import { buildCostReview, type ListedExecution } from '@/lib/cost/build-cost-review';
import { buildWhatIf } from '@/lib/cost/build-what-if';
import { combineCostReviews } from '@/lib/cost/combine-cost-reviews';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { toExecutionCostCsv, toStateTransitionsCsv } from '@/lib/cost/to-cost-csv';
import type { ExecutionCost } from '@/lib/cost/types';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';

function execution(index: number, day: string, transitions: number, durationMs = 1_000): { listed: ListedExecution; cost: ExecutionCost } {
  const startedAt = new Date(`${day}T12:00:00Z`);
  const executionArn = `arn:aws:states:us-east-1:123456789012:execution:orders:run-${index}`;
  return {
    listed: { executionArn, name: `run-${index}`, status: 'SUCCEEDED', startedAt },
    cost: {
      executionArn,
      name: `run-${index}`,
      status: 'SUCCEEDED',
      startedAt,
      stoppedAt: new Date(startedAt.getTime() + durationMs),
      durationMs,
      transitions,
      costUsd: (transitions * 0.025) / 1000,
      states: [
        {
          state: 'Step',
          type: 'Task',
          visits: 1,
          transitions,
          bySource: { 'first-pass': 1, loop: 0, retry: transitions - 1, 'map-iteration': 0, 'parallel-branch': 0, redrive: 0 },
        },
      ],
    },
  };
}

describe('buildCostReview', () => {
  const runs = [execution(1, '2026-11-29', 4), execution(2, '2026-11-29', 10), execution(3, '2026-11-30', 6)];
  const review = buildCostReview({
    stateMachine: { arn: ARN, name: 'orders', type: 'STANDARD' },
    region: 'us-east-1',
    executions: runs.map((run) => run.listed),
    measured: runs.map((run) => run.cost),
    mode: 'exact',
    prices: AWS_LIST_PRICES,
    priceUsdPer1000Transitions: 0.025,
  });

  it('adds up transitions and cost exactly when every history was read', () => {
    expect(review.transitions).toEqual({ estimate: 20, low: 20, high: 20 });
    expect(review.costUsd.estimate).toBeCloseTo(0.0005, 12);
    expect(review.transitionsPerExecution.estimate).toBeCloseTo(20 / 3, 12);
    expect(review.freeTier).toEqual({ transitionsPerMonth: 4000, valueUsd: 0.1 });
  });

  it('groups by UTC start day and lists the most expensive first', () => {
    expect(review.days.map((day) => [day.day, day.executions, day.transitions])).toEqual([
      ['2026-11-29', 2, 14],
      ['2026-11-30', 1, 6],
    ]);
    expect(review.topExecutions.map((cost) => cost.name)).toEqual(['run-2', 'run-3', 'run-1']);
    expect(review.states).toEqual([
      expect.objectContaining({ state: 'Step', transitions: 20, bySource: expect.objectContaining({ retry: 17 }) }),
    ]);
    expect(review.executions[0]).not.toHaveProperty('states');
  });

  it('combines state machines: totals add, the days merge', () => {
    const account = combineCostReviews([review, review]);
    expect(account.transitions).toEqual({ estimate: 40, low: 40, high: 40 });
    expect(account.executionCount).toBe(6);
    expect(account.days.map((day) => day.transitions)).toEqual([28, 12]);
    expect(account.topExecutions[0]).toMatchObject({ name: 'run-2', stateMachineName: 'orders' });
  });

  it('writes CSV with quoting and without formula injection', () => {
    const csv = toExecutionCostCsv([{ ...runs[0]!.cost, name: '=HYPERLINK("x")' }]);
    expect(csv.split('\r\n')[1]).toBe(
      `orders,${runs[0]!.cost.executionArn},"'=HYPERLINK(""x"")",SUCCEEDED,2026-11-29T12:00:00.000Z,2026-11-29T12:00:01.000Z,1000,4,0.00010000`,
    );
    expect(toStateTransitionsCsv(review.states)).toBe(
      'state,type,visits,transitions,first-pass,loop,retry,map-iteration,parallel-branch,redrive\r\nStep,Task,3,20,3,0,17,0,0,0\r\n',
    );
  });
});

describe('buildWhatIf', () => {
  it("reproduces AWS's workshop comparison (E3): Standard $0.075, Express $0.01 for 1,000 runs of 3 transitions and 11.3 s", () => {
    const whatIf = buildWhatIf({
      executions: 1000,
      standardTransitions: 3000,
      priceUsdPer1000Transitions: 0.025,
      measuredDurationsMs: [11_300, 11_300],
      memoryMb: 64,
      prices: AWS_LIST_PRICES,
    });
    expect(whatIf.standardUsd).toBeCloseTo(0.075, 12);
    expect(Math.round(whatIf.expressUsd * 100) / 100).toBe(0.01);
    expect(whatIf.expressRequestUsd).toBeCloseTo(0.001, 12);
    expect(whatIf.averageBilledDurationMs).toBe(11_300);
    expect(whatIf.tooLongForExpress).toBe(0);
  });

  it('counts executions longer than the 5-minute Express limit', () => {
    const whatIf = buildWhatIf({
      executions: 2,
      standardTransitions: 2,
      priceUsdPer1000Transitions: 0.025,
      measuredDurationsMs: [1_000, 300_001],
      memoryMb: 64,
      prices: AWS_LIST_PRICES,
    });
    expect(whatIf.tooLongForExpress).toBe(1);
  });
});
