import { describe, expect, it } from 'vitest';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { planDemoHistory } from '@/lib/demo/seed-demo-history';

const NOW = new Date(Date.UTC(2026, 11, 4, 15, 30));
const DAY = 86_400_000;

describe('planDemoHistory', () => {
  const runs = planDemoHistory(demoScenarios, 14, NOW);

  it('spreads a few dozen runs over each of the past days, a varying number a day', () => {
    const perDay = new Map<number, number>();
    for (const run of runs) {
      const daysBack = Math.ceil((Date.UTC(2026, 11, 4) - run.startMs) / DAY);
      perDay.set(daysBack, (perDay.get(daysBack) ?? 0) + 1);
    }
    expect([...perDay.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(new Set(perDay.values()).size).toBeGreaterThan(1);
    expect(runs.length).toBeGreaterThanOrEqual(28);
    expect(runs.length).toBeLessThanOrEqual(70);
    expect(runs.every((run) => run.startMs < Date.UTC(2026, 11, 4))).toBe(true);
  });

  it('replays only quick scenarios that end on their own, with unique names AWS accepts', () => {
    expect(new Set(runs.map((run) => run.scenario.stateMachine))).toEqual(
      new Set(['daycare-registration', 'order-processing', 'course-enrollment', 'odd-even']),
    );
    expect(runs.some((run) => run.scenario.expectedStatus === 'FAILED')).toBe(true);
    expect(runs.every((run) => !run.scenario.stop && run.scenario.expectedStatus !== 'RUNNING')).toBe(true);
    expect(new Set(runs.map((run) => run.name)).size).toBe(runs.length);
    expect(runs.every((run) => /^[A-Za-z0-9_-]{1,80}$/.test(run.name))).toBe(true);
  });

  it("gives each replay of an order an order id of its own, never today's, and replays other scenarios as they are", () => {
    const orderId = (input: unknown) => (input as { orderId: string }).orderId;
    const orders = runs.filter((run) => run.scenario.stateMachine === 'order-processing');
    expect(orders.length).toBeGreaterThan(3);
    expect(new Set(orders.map((run) => orderId(run.input))).size).toBe(orders.length);
    const todays = new Set(demoScenarios.filter((s) => s.stateMachine === 'order-processing').map((s) => orderId(s.input)));
    expect(orders.every((run) => !todays.has(orderId(run.input)))).toBe(true);
    // The rest of the order is the scenario's: only the id moves (ORD-20487 → ORD-20487-R2).
    for (const run of orders) {
      expect(orderId(run.input)).toMatch(new RegExp(`^${orderId(run.scenario.input)}-R\\d+$`));
      expect({ ...(run.input as object), orderId: 'x' }).toEqual({ ...(run.scenario.input as object), orderId: 'x' });
    }
    const others = runs.filter((run) => run.scenario.stateMachine !== 'order-processing');
    expect(others.every((run) => run.input === run.scenario.input)).toBe(true);
  });

  it('is the same plan every time (a re-run finds its runs), and empty without replayable scenarios', () => {
    expect(planDemoHistory(demoScenarios, 14, NOW)).toEqual(runs);
    expect(
      planDemoHistory(
        demoScenarios.filter((s) => s.stateMachine === 'shipping-label-batch'),
        14,
        NOW,
      ),
    ).toEqual([]);
  });
});
