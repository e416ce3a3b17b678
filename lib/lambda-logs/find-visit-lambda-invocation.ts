import { groupAttempts } from '../history/group-attempts';
import { groupStateVisits } from '../history/group-state-visits';
import type { ExecutionEvent } from '../history/types';
import { findLambdaInvocation } from './find-lambda-invocation';
import type { LambdaLogQuery } from './lambda-log-types';

/**
 * The Lambda invocation of a Task visit (named by its entered event id), from its last attempt: the
 * one whose logs explain how the visit ended. Undefined when the visit is not a Lambda task.
 */
export function findVisitLambdaInvocation(events: readonly ExecutionEvent[], enteredEventId: number): LambdaLogQuery | undefined {
  const visit = groupStateVisits(events).all.find((node) => node.entered.id === enteredEventId);
  const attempt = visit && groupAttempts(visit.events).at(-1);
  if (!attempt) return undefined;
  const startedAt = attempt.startedAt ?? attempt.scheduledAt;
  return findLambdaInvocation({
    resource: attempt.resource,
    resourceType: attempt.resourceType,
    parameters: attempt.parameters?.text,
    cause: attempt.cause,
    output: attempt.output?.text,
    startMs: startedAt ? startedAt.getTime() : null,
    endMs: attempt.endedAt ? attempt.endedAt.getTime() : null,
  });
}
