import type { ExecutionEvent, ExecutionTimeline, MapRun, StateVisit } from '../history/types';

/** A Distributed Map visit and the Map Run it started (one per run of the state: a retry starts another). */
export interface MapRunLink {
  visitId: number;
  state: string;
  mapRunArn: string;
  status: MapRun['status'];
}

/** A Task that started another state machine's execution (`arn:aws:states:::states:startExecution[.sync[:2]]`). */
export interface StartedExecutionLink {
  visitId: number;
  state: string;
  executionArn: string;
}

/** The executions an execution started, as its history names them, so its page can link to them. */
export interface ExecutionChildLinks {
  mapRuns: MapRunLink[];
  startedExecutions: StartedExecutionLink[];
}

const STARTING_EVENTS = new Set<ExecutionEvent['type']>(['TaskSubmitted', 'TaskSucceeded']);

/** The `ExecutionArn` of a StartExecution result: TaskSubmitted's output, or the task's result. */
function readStartedExecutionArn(event: ExecutionEvent): string | undefined {
  const { resourceType, resource, output } = event.details;
  if (resourceType !== 'states' || !resource?.startsWith('startExecution') || !output) return undefined;
  try {
    const parsed: unknown = JSON.parse(output);
    const arn = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).ExecutionArn : undefined;
    return typeof arn === 'string' && arn.startsWith('arn:') ? arn : undefined;
  } catch {
    return undefined;
  }
}

function* walkVisits(visits: readonly StateVisit[]): Generator<StateVisit> {
  for (const visit of visits) {
    yield visit;
    for (const group of visit.children) yield* walkVisits(group.visits);
  }
}

/**
 * Every Map Run and started execution the history names, in event order: MapRunStarted events give
 * the Map Run ARNs; a StartExecution task's TaskSubmitted (or, without one, TaskSucceeded) output
 * gives the child's ARN (https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html).
 */
export function findChildLinks(timeline: Pick<ExecutionTimeline, 'visits' | 'events'>): ExecutionChildLinks {
  const eventById = new Map<number, ExecutionEvent>();
  for (const event of timeline.events) if (STARTING_EVENTS.has(event.type)) eventById.set(event.id, event);
  const links: ExecutionChildLinks = { mapRuns: [], startedExecutions: [] };
  for (const visit of walkVisits(timeline.visits)) {
    for (const run of visit.mapRuns) {
      if (run.mapRunArn)
        links.mapRuns.push({ visitId: visit.enteredEventId, state: visit.name, mapRunArn: run.mapRunArn, status: run.status });
    }
    if (visit.type !== 'Task') continue;
    const started = new Set<string>();
    for (const eventId of visit.eventIds) {
      const event = eventById.get(eventId);
      const executionArn = event && readStartedExecutionArn(event);
      if (executionArn && !started.has(executionArn)) {
        started.add(executionArn);
        links.startedExecutions.push({ visitId: visit.enteredEventId, state: visit.name, executionArn });
      }
    }
  }
  return links;
}
