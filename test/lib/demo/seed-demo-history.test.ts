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
