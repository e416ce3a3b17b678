import { chooseVisitError } from './choose-visit-error';
import { decideGroupStatus } from './decide-group-status';
import { decideVisitStatus } from './decide-visit-status';
import { groupAttempts } from './group-attempts';
import type { GroupNode, VisitGrouping, VisitNode } from './group-state-visits';
import { setOwn } from './own-key';
import { toPayload } from './payload';
import type { EvaluationFailure, ExecutionEvent, MapRun, Payload, StateVisit, VisitGroup } from './types';

export interface VisitContext {
  /** The execution-ending event of the run (redrive attempt) a visit belongs to, if any. */
  terminalFor(visit: VisitNode): ExecutionEvent | undefined;
  /** The visit that failed the execution and the visits that contain it. */
  failingChain: ReadonlySet<VisitNode>;
  failingNode: VisitNode | undefined;
}

export interface DerivedVisits {
  roots: StateVisit[];
  /** Every visit in order of its entered event, with the node it came from. */
  all: StateVisit[];
  nodeOf: Map<StateVisit, VisitNode>;
  visitOf: Map<VisitNode, StateVisit>;
}

const TASK_SCHEDULED = new Set<string>(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled']);

function msBetween(from: Date | null, to: Date | null): number | null {
  return from && to ? to.getTime() - from.getTime() : null;
}

interface VisitScan {
  exited: ExecutionEvent | undefined;
  aborted: ExecutionEvent | undefined;
  /** The last failure that no retry followed: what decides failed vs caught vs succeeded. */
  failure: ExecutionEvent | undefined;
  scheduledCount: number;
  evaluationFailures: EvaluationFailure[];
  mapRuns: MapRun[];
  assignedVariables: Record<string, Payload> | undefined;
  eventIds: number[];
}

/** One pass over a visit's events (a Map visit can own thousands) for everything derived from them. */
function scanVisitEvents(node: VisitNode): VisitScan {
  const scan: VisitScan = {
    exited: undefined,
    aborted: undefined,
    failure: node.type === 'Fail' ? node.entered : undefined,
    scheduledCount: 0,
    evaluationFailures: [],
    mapRuns: [],
    assignedVariables: undefined,
    eventIds: new Array<number>(node.events.length),
  };
  const isFail = node.type === 'Fail';
  // A counter, not `entries()`, which made an [index, event] pair for each of up to 25,000 events.
  let i = 0;
  for (const e of node.events) {
    const d = e.details;
    scan.eventIds[i++] = e.id;
    switch (e.phase) {
      case 'exited':
        scan.exited ??= e;
        if (d.assignedVariables) {
          const vars: Record<string, Payload> = {};
          for (const [name, text] of Object.entries(d.assignedVariables))
            setOwn(vars, name, { text, truncated: d.assignedVariablesTruncated === true });
          scan.assignedVariables = vars;
        }
        continue;
      case 'scheduled':
        if (TASK_SCHEDULED.has(e.type)) scan.scheduledCount++;
        if (!isFail) scan.failure = undefined;
        continue;
      case 'aborted':
        if (!e.type.startsWith('MapIteration')) scan.aborted ??= e;
        break;
      case 'failed':
      case 'timed-out':
        if (!isFail && !e.type.startsWith('MapIteration')) scan.failure = e;
        break;
      case 'started':
        if (!isFail && (e.type === 'MapStateStarted' || e.type === 'ParallelStateStarted')) scan.failure = undefined;
        break;
      default:
        break;
    }
    if (e.type === 'EvaluationFailed') {
      scan.evaluationFailures.push({ eventId: e.id, error: d.error, cause: d.cause, location: d.location });
    } else if (e.category === 'map-run') {
      if (e.type === 'MapRunStarted') {
        scan.mapRuns.push({ mapRunArn: d.mapRunArn ?? null, status: 'running', startedEventId: e.id, redriveCount: 0 });
        continue;
      }
      const run = scan.mapRuns[scan.mapRuns.length - 1];
      if (!run) continue;
      if (e.type === 'MapRunSucceeded') run.status = 'succeeded';
      else if (e.type === 'MapRunFailed') {
        run.status = 'failed';
        if (d.error !== undefined) run.error = d.error;
        if (d.cause !== undefined) run.cause = d.cause;
      } else if (e.type === 'MapRunAborted') run.status = 'aborted';
      else if (e.type === 'MapRunRedriven') {
        run.status = 'running';
        run.redriveCount = d.redriveCount ?? run.redriveCount + 1;
      }
    }
  }
  return scan;
}

/**
 * Derives StateVisits (status, timing, attempts, errors, catches) from grouped events. Children are
 * derived first so a Map or Parallel state can take its error from the child that failed it.
 */
/**
 * Where a visit that never exited ended: at its own failure or abort event, or, when the execution
 * ended around it (timed out, stopped, failed elsewhere) with nothing of its own, at the execution's
 * end, so a Wait cut off by the execution's TimeoutSeconds lasts until then, not 0 ms.
 */
function cutOffEnd(node: VisitNode, scan: VisitScan, terminal: ExecutionEvent | undefined): ExecutionEvent | undefined {
  const last = node.events[node.events.length - 1];
  if (scan.failure || scan.aborted || !terminal || (last && terminal.id < last.id)) return last;
  return terminal;
}

export function toStateVisits(grouping: VisitGrouping, context: VisitContext): DerivedVisits {
  const nodeOf = new Map<StateVisit, VisitNode>();
  const visitOf = new Map<VisitNode, StateVisit>();

  const toVisit = (node: VisitNode): StateVisit => {
    const children = node.groups.map(toGroup);
    const attempts = groupAttempts(node.events);
    const scan = scanVisitEvents(node);
    const { exited, aborted, failure } = scan;
    const terminal = context.terminalFor(node);

    const status = decideVisitStatus({
      exited: exited !== undefined,
      failure,
      aborted: aborted !== undefined,
      terminal,
      inFailingChain: context.failingChain.has(node),
    });

    const end = exited ?? (status === 'running' ? undefined : cutOffEnd(node, scan, terminal));
    for (const a of attempts) {
      // An attempt still open when its visit ended did not finish: it was cut off there.
      if (a.status === 'running' && status !== 'running') {
        a.status = status === 'timed_out' ? 'timed_out' : 'aborted';
        a.endedAt = end?.timestamp ?? null;
        a.durationMs = msBetween(a.startedAt ?? a.scheduledAt, a.endedAt);
      }
    }

    const output = exited ? toPayload(exited.details.output, exited.details.outputTruncated) : undefined;
    const { error, cause } = chooseVisitError({
      failure,
      status,
      children,
      output,
      executionEnd: node === context.failingNode ? terminal : undefined,
    });

    const next = exited ? grouping.enteredAfter.get(exited.id) : undefined;
    const startedAt = node.entered.timestamp;
    const endedAt = end?.timestamp ?? null;

    const visit: StateVisit = {
      name: node.name,
      type: node.type,
      enteredEventId: node.entered.id,
      exitedEventId: exited?.id ?? null,
      status,
      startedAt,
      endedAt,
      durationMs: msBetween(startedAt, endedAt),
      attempts,
      error,
      cause,
      caughtBy: status === 'caught' ? { error, cause, next: next?.name ?? null, nextEnteredEventId: next?.entered.id ?? null } : null,
      evaluationFailures: scan.evaluationFailures,
      mapRuns: scan.mapRuns,
      redriveAttempt: node.redriveAttempt,
      // docs/aws-behaviour.md#pricing-for-standard-workflows working rule: 1 per *StateEntered, plus
      // 1 per retry (a repeated *Scheduled).
      billableTransitions: 1 + Math.max(0, scan.scheduledCount - 1),
      eventIds: scan.eventIds,
      children,
    };
    if (node.entered.details.input !== undefined) visit.input = toPayload(node.entered.details.input, node.entered.details.inputTruncated);
    if (output) visit.output = output;
    if (scan.assignedVariables) visit.assignedVariables = scan.assignedVariables;
    nodeOf.set(visit, node);
    visitOf.set(node, visit);
    return visit;
  };

  const toGroup = (group: GroupNode): VisitGroup => {
    const visits = group.visits.map(toVisit);
    const last = visits[visits.length - 1];
    const status = decideGroupStatus({
      endEventType: group.endEvent?.type,
      lastVisitStatus: last?.status,
      caughtInside: hasCaughtInside(visits),
    });
    // A loop, not Math.max(...spread): thousands of groups per Map visit, each an array otherwise.
    let lastEventId = group.endEvent?.id ?? 0;
    for (const v of visits) lastEventId = Math.max(lastEventId, lastEventIdOf(v));
    const startedAt = group.kind === 'MapIteration' ? group.startEvent.timestamp : (visits[0]?.startedAt ?? null);
    const endedAt = group.endEvent?.timestamp ?? (status === 'running' ? null : (last?.endedAt ?? null));
    return {
      kind: group.kind,
      index: group.index,
      run: group.run,
      name: group.kind === 'MapIteration' ? `Iteration ${group.index}` : `Branch ${group.index}`,
      status,
      firstEventId: group.kind === 'MapIteration' ? group.startEvent.id : (visits[0]?.enteredEventId ?? group.startEvent.id),
      lastEventId,
      startedAt,
      endedAt,
      durationMs: msBetween(startedAt, endedAt),
      visits,
    };
  };

  const roots = grouping.roots.map(toVisit);
  // Every node sits under a root (grouping puts each in a scope's visits or in roots), so each was derived.
  const all = grouping.all.map((node) => {
    const visit = visitOf.get(node);
    if (!visit) throw new Error(`the visit of state '${node.name}' (event ${node.entered.id}) is under no top-level visit`);
    return visit;
  });
  return { roots, all, nodeOf, visitOf };
}

/** Children are derived first, so one level down already says whether anything deeper was caught. */
function hasCaughtInside(visits: readonly StateVisit[]): boolean {
  return visits.some((v) => v.status === 'caught' || v.children.some((g) => g.status === 'caught'));
}

function lastEventIdOf(visit: StateVisit): number {
  let max = visit.eventIds[visit.eventIds.length - 1] ?? visit.enteredEventId;
  for (const g of visit.children) max = Math.max(max, g.lastEventId);
  return max;
}
