import type { VisitView } from '@/lib/view-model/types';
import type { CompareOutcome } from './types';

/** A visit's outcome for comparison: its status, with a success that needed a retry called `retried`. */
export function visitOutcome(visit: Pick<VisitView, 'status' | 'attempts'>): CompareOutcome {
  if (visit.status === 'succeeded' && visit.attempts.length > 1) return 'retried';
  return visit.status;
}

/** Attempts after the first. */
export const retriesOf = (visit: Pick<VisitView, 'attempts'>): number => Math.max(0, visit.attempts.length - 1);
