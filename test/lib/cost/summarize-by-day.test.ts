import { describe, expect, it } from 'vitest';
import { mergeDays, summarizeByDay, toUtcDay, type DayCost } from '@/lib/cost/summarize-by-day';

const run = (startedAt: string | null, transitions: number) => ({
  startedAt: startedAt === null ? null : new Date(startedAt),
  transitions,
});

describe('toUtcDay', () => {
  it.each([
    ['2026-11-30T00:00:00.000Z', '2026-11-30'],
    ['2026-11-30T23:59:59.999Z', '2026-11-30'],
    ['2026-12-01T00:30:00+02:00', '2026-11-30'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('puts %s on %s', (instant, day) => {
    expect(toUtcDay(new Date(instant))).toBe(day);
  });
});

describe('summarizeByDay: executions grouped by the UTC day they started', () => {
  it('counts executions and transitions per day and prices each day, days in order', () => {
    const days = summarizeByDay(
      [
        run('2026-11-30T09:00:00Z', 6),
        run('2026-11-29T23:59:59Z', 4),
        run('2026-11-30T00:00:00Z', 10),
        run('2026-12-01T00:30:00+02:00', 2),
      ],
      (execution) => execution.transitions,
      0.025,
    );
    expect(days).toEqual([
      { day: '2026-11-29', executions: 1, transitions: 4, costUsd: 0.0001 },
      { day: '2026-11-30', executions: 3, transitions: 18, costUsd: 0.00045 },
    ]);
  });

  it('leaves out executions with no start', () => {
    expect(summarizeByDay([run(null, 100), run('2026-11-30T09:00:00Z', 1)], (execution) => execution.transitions, 0.025)).toEqual([
      { day: '2026-11-30', executions: 1, transitions: 1, costUsd: 0.000025 },
    ]);
  });

  it('takes each count from transitionsOf, such as a sample mean for executions not read', () => {
    const days = summarizeByDay([run('2026-11-30T09:00:00Z', 0), run('2026-11-30T10:00:00Z', 0)], () => 2.5, 0.0375);
    expect(days).toEqual([{ day: '2026-11-30', executions: 2, transitions: 5, costUsd: 0.0001875 }]);
  });

  it('returns no days for no executions', () => {
    expect(summarizeByDay([], () => 1, 0.025)).toEqual([]);
  });
});

describe('mergeDays: several reviews added day by day', () => {
  const a: DayCost[] = [
    { day: '2026-11-30', executions: 2, transitions: 10, costUsd: 0.25 },
    { day: '2026-11-28', executions: 1, transitions: 3, costUsd: 0.075 },
  ];
  const b: DayCost[] = [
    { day: '2026-11-29', executions: 4, transitions: 8, costUsd: 0.2 },
    { day: '2026-11-30', executions: 1, transitions: 0, costUsd: 0.5 },
  ];

  it('adds executions, transitions and cost of the same day, days in order', () => {
    expect(mergeDays([a, b])).toEqual([
      { day: '2026-11-28', executions: 1, transitions: 3, costUsd: 0.075 },
      { day: '2026-11-29', executions: 4, transitions: 8, costUsd: 0.2 },
      { day: '2026-11-30', executions: 3, transitions: 10, costUsd: 0.75 },
    ]);
  });

  it('does not change the lists it is given', () => {
    const before = JSON.stringify([a, b]);
    mergeDays([a, b]);
    mergeDays([a, a]);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('accepts any iterable, and returns no days for none', () => {
    expect(mergeDays([])).toEqual([]);
    expect(mergeDays([[], []])).toEqual([]);
    expect(mergeDays(new Set([b]))).toEqual([...b].sort((x, y) => x.day.localeCompare(y.day)));
  });
});
