/** One UTC day of a review: executions started that day, their transitions and Standard cost. */
export interface DayCost {
  /** YYYY-MM-DD, UTC. */
  day: string;
  executions: number;
  transitions: number;
  costUsd: number;
}

export function toUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Groups executions by the UTC day they started (Step Functions meters daily,
 * docs/aws-behaviour.md#pricing-for-standard-workflows).
 * `transitionsOf` gives each one's count: measured, or the sample mean for ones not read.
 */
export function summarizeByDay<T extends { startedAt: Date | null }>(
  executions: readonly T[],
  transitionsOf: (execution: T) => number,
  priceUsdPer1000Transitions: number,
): DayCost[] {
  const days = new Map<string, DayCost>();
  for (const execution of executions) {
    if (!execution.startedAt) continue;
    const day = toUtcDay(execution.startedAt);
    const row = days.get(day) ?? { day, executions: 0, transitions: 0, costUsd: 0 };
    row.executions += 1;
    row.transitions += transitionsOf(execution);
    days.set(day, row);
  }
  for (const row of days.values()) row.costUsd = (row.transitions * priceUsdPer1000Transitions) / 1000;
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Adds day rows of several reviews together (the all-state-machines view). */
export function mergeDays(lists: Iterable<readonly DayCost[]>): DayCost[] {
  const days = new Map<string, DayCost>();
  for (const list of lists) {
    for (const item of list) {
      const row = days.get(item.day) ?? { day: item.day, executions: 0, transitions: 0, costUsd: 0 };
      row.executions += item.executions;
      row.transitions += item.transitions;
      row.costUsd += item.costUsd;
      days.set(item.day, row);
    }
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
