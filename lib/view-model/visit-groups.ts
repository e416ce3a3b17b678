import { countGroupOutcomes, type GroupOutcomeCount } from './count-group-outcomes';
import { attemptNumbersOf, groupsOfAttempt } from './groups-of-attempt';
import type { VisitView } from './types';

type GroupOwner = Pick<VisitView, 'groups' | 'withheldGroups' | 'attempts'>;

/** Whether a visit has iterations or branches: sent, or left out of a partial view (withhold-group-visits.ts). */
export const hasGroups = (visit: GroupOwner): boolean => visit.groups.length > 0 || visit.withheldGroups !== undefined;

/** How many iterations or branches a visit has in all its runs, those a partial view left out included. */
export const groupCountOf = (visit: GroupOwner): number => visit.groups.length + (visit.withheldGroups?.groups ?? 0);

/** The counted runs of a Map or Parallel visit: its attempts that started groups. */
const countedRuns = (visit: GroupOwner) => visit.attempts.filter((attempt) => attempt.groups !== undefined);

/**
 * The attempt (run) numbers of a visit's groups, ascending. A partial view reads them from the
 * attempts, which count every group; the groups it sent may be of one run only.
 */
export function groupAttemptNumbersOf(visit: GroupOwner): number[] {
  const runs = visit.withheldGroups ? countedRuns(visit).map((attempt) => attempt.number) : [];
  return runs.length > 0 ? runs.sort((a, b) => a - b) : attemptNumbersOf(visit.groups);
}

/**
 * How many iterations or branches one attempt of a visit had (the last when none is named), and how
 * many failed or caught an error: counted from the groups, or, when a partial view left some out,
 * taken from the attempt, which counted them all.
 */
export function groupOutcomesOf(visit: GroupOwner, attempt?: number): GroupOutcomeCount {
  if (visit.withheldGroups) {
    const runs = countedRuns(visit);
    const counted = attempt === undefined ? runs.at(-1) : runs.find((run) => run.number === attempt);
    if (counted?.groups) return { total: counted.groups.total, failed: counted.groups.failed, caught: counted.groups.caught };
    // No counting attempt (a history cut short): the sent groups' outcomes, and the others as a number.
    const sent = countGroupOutcomes(groupsOfAttempt(visit.groups, attempt));
    return { ...sent, total: sent.total + visit.withheldGroups.groups };
  }
  return countGroupOutcomes(groupsOfAttempt(visit.groups, attempt));
}
