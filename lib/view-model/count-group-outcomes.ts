import type { VisitStatus } from '@/lib/history/types';

export interface GroupOutcomeCount {
  total: number;
  /** Failed or timed out. */
  failed: number;
  /** Went on after an error was caught inside. */
  caught: number;
}

const FAILED: ReadonlySet<VisitStatus> = new Set(['failed', 'timed_out']);

/** Whether an iteration, branch or visit counts as failed in triage: failed or timed out. */
export const isFailedStatus = (status: VisitStatus): boolean => FAILED.has(status);

/** How many iterations or branches there are, and how many of them failed or caught an error. */
export function countGroupOutcomes(groups: readonly { status: VisitStatus }[]): GroupOutcomeCount {
  const count: GroupOutcomeCount = { total: groups.length, failed: 0, caught: 0 };
  for (const group of groups) {
    if (isFailedStatus(group.status)) count.failed++;
    else if (group.status === 'caught') count.caught++;
  }
  return count;
}
