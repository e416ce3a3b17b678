import { toPayload } from './payload';
import type { Attempt, AttemptKind, ExecutionEvent } from './types';

function kindOf(category: ExecutionEvent['category']): AttemptKind | undefined {
  return category === 'task' || category === 'lambda' || category === 'activity' ? category : undefined;
}

function msBetween(from: Date | null, to: Date | null): number | null {
  return from && to ? to.getTime() - from.getTime() : null;
}

function openAttempt(attempts: Attempt[], e: ExecutionEvent, kind: AttemptKind): Attempt {
  const previous = attempts[attempts.length - 1];
  // Only a failure is retried: a run still open when the next one starts failed (a Map retried
  // after an iteration failed writes no MapStateFailed,
  // docs/aws-behaviour.md#map-parallel-and-distributed-map-events). It ended at its failure event
  // (a Map run's MapIterationFailed, already its provisional end), else by this retry's start.
  if (previous && previous.status === 'running') endAttempt(previous, previous.endedAt ?? e.timestamp, 'failed');
  const attempt: Attempt = {
    number: attempts.length + 1,
    kind,
    firstEventId: e.id,
    lastEventId: e.id,
    status: 'running',
    scheduledAt: e.timestamp,
    startedAt: null,
    endedAt: null,
    durationMs: null,
    backoffMs: previous ? msBetween(previous.endedAt, e.timestamp) : null,
  };
  attempts.push(attempt);
  return attempt;
}

function endAttempt(a: Attempt, endedAt: Date | null, status: Attempt['status']): void {
  a.status = status;
  a.endedAt = endedAt;
  a.durationMs = msBetween(a.startedAt ?? a.scheduledAt, endedAt);
}

/**
 * Splits a visit's events into attempts: each `*Scheduled` event (TaskScheduled,
 * LambdaFunctionScheduled, ActivityScheduled) opens a Task attempt, so a retry shows as a new
 * attempt inside the same visit (docs/aws-behaviour.md#execution-history-events); each
 * MapStateStarted / ParallelStateStarted opens a run of a Map or Parallel state. Back-off is the gap
 * between one attempt's end and the next start.
 */
export function groupAttempts(events: readonly ExecutionEvent[]): Attempt[] {
  const attempts: Attempt[] = [];
  for (const e of events) {
    const taskKind = kindOf(e.category);
    const d = e.details;
    if (taskKind) {
      let a = attempts[attempts.length - 1];
      if (e.phase === 'scheduled' || !a || a.kind !== taskKind) {
        // A history cut before the Scheduled event still gets an attempt for what it shows.
        a = openAttempt(attempts, e, taskKind);
        if (e.phase !== 'scheduled') a.scheduledAt = null;
      }
      a.lastEventId = e.id;
      // The first event that names them wins; checking the attempt first skips reading details
      // (objects of many shapes, so slow to read) on every later event of the attempt.
      if (a.resource === undefined && d.resource !== undefined) a.resource = d.resource;
      if (a.resourceType === undefined && d.resourceType !== undefined) a.resourceType = d.resourceType;
      if (a.region === undefined && d.region !== undefined) a.region = d.region;
      switch (e.phase) {
        case 'scheduled':
          a.parameters = d.parameters !== undefined ? toPayload(d.parameters) : toPayload(d.input, d.inputTruncated);
          if (d.timeoutInSeconds !== undefined) a.timeoutInSeconds = d.timeoutInSeconds;
          if (d.heartbeatInSeconds !== undefined) a.heartbeatInSeconds = d.heartbeatInSeconds;
          break;
        case 'started':
          a.startedAt = e.timestamp;
          if (d.workerName !== undefined) a.workerName = d.workerName;
          break;
        case 'succeeded':
          if (d.output !== undefined) a.output = toPayload(d.output, d.outputTruncated);
          endAttempt(a, e.timestamp, 'succeeded');
          break;
        case 'failed':
        case 'timed-out':
          if (d.error !== undefined) a.error = d.error;
          else if (e.phase === 'timed-out') a.error = 'States.Timeout';
          if (d.cause !== undefined) a.cause = d.cause;
          endAttempt(a, e.timestamp, e.phase === 'failed' ? 'failed' : 'timed_out');
          break;
        default:
          break;
      }
      continue;
    }
    if (e.type === 'MapStateStarted' || e.type === 'ParallelStateStarted') {
      const a = openAttempt(attempts, e, e.type === 'MapStateStarted' ? 'map' : 'parallel');
      a.startedAt = e.timestamp;
      if (d.length !== undefined) a.length = d.length;
      continue;
    }
    const a = attempts[attempts.length - 1];
    if (!a) continue;
    switch (e.type) {
      case 'MapIterationFailed':
      case 'MapIterationAborted':
        // Provisional end of the run: where its retry's back-off is measured from.
        a.lastEventId = e.id;
        a.endedAt = e.timestamp;
        break;
      case 'MapStateSucceeded':
      case 'ParallelStateSucceeded':
        a.lastEventId = e.id;
        endAttempt(a, e.timestamp, 'succeeded');
        break;
      case 'MapStateFailed':
      case 'ParallelStateFailed':
      case 'MapRunFailed':
        a.lastEventId = e.id;
        if (d.error !== undefined) a.error = d.error;
        if (d.cause !== undefined) a.cause = d.cause;
        if (a.status === 'running') endAttempt(a, e.timestamp, 'failed');
        break;
      case 'MapStateAborted':
      case 'ParallelStateAborted':
      case 'TaskStateAborted':
        a.lastEventId = e.id;
        if (a.status === 'running') endAttempt(a, e.timestamp, 'aborted');
        break;
      default:
        break;
    }
  }
  return attempts;
}
