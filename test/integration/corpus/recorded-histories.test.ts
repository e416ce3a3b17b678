import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { ExecutionTimeline, StateVisit } from '@/lib/history/types';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';

// Recorded on real AWS by the LocalStack project (Apache-2.0); read in place, never copied here.
const CORPUS = AWS_HISTORY_CASES_DIR;
const hasCorpus = existsSync(CORPUS);

interface RawCase {
  artifacts?: string[];
  events: { id: number; previousEventId: number; type: string; stateEnteredEventDetails?: { name: string } }[];
}

function load(name: string): { raw: RawCase; timeline: ExecutionTimeline } {
  const file = path.join(CORPUS, `${name}.json`);
  const text = readFileSync(file, 'utf8');
  const parsed = parseHistoryJson(text, name);
  const timeline = buildExecutionTimeline(parsed.events, parsed);
  return { raw: JSON.parse(text) as RawCase, timeline };
}

function flatten(visits: StateVisit[], out: StateVisit[] = []): StateVisit[] {
  for (const v of visits) {
    out.push(v);
    for (const g of v.children) flatten(g.visits, out);
  }
  return out;
}

const visitByName = (t: ExecutionTimeline, name: string) => flatten(t.visits).filter((v) => v.name === name);

describe.skipIf(!hasCorpus)('recorded AWS histories (../shared/aws-histories)', () => {
  const names = hasCorpus
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
    : [];

  it('reconstructs every case with its invariants holding', () => {
    expect(names.length).toBeGreaterThan(400);
    const problems: string[] = [];
    for (const name of names) {
      const { raw, timeline } = load(name);
      const check = (ok: boolean, what: string) => {
        if (!ok) problems.push(`${name}: ${what}`);
      };
      const reshaped = (raw.artifacts ?? []).includes('parallel-branches-normalized');
      const events = [...raw.events].sort((a, b) => a.id - b.id);
      const byId = new Map(events.map((e) => [e.id, e]));
      const visits = flatten(timeline.visits);

      if (!reshaped) {
        const entered = events.filter((e) => e.type.endsWith('StateEntered')).map((e) => e.id);
        check(
          JSON.stringify(visits.map((v) => v.enteredEventId).sort((a, b) => a - b)) === JSON.stringify(entered),
          'entered events and visits differ',
        );
      }
      const owned = visits.flatMap((v) => v.eventIds);
      check(new Set(owned).size === owned.length, 'an event belongs to two visits');

      const terminal: Record<string, string> = {
        ExecutionSucceeded: 'SUCCEEDED',
        ExecutionFailed: 'FAILED',
        ExecutionAborted: 'ABORTED',
        ExecutionTimedOut: 'TIMED_OUT',
      };
      check(timeline.status === (terminal[events[events.length - 1]!.type] ?? 'RUNNING'), `status ${timeline.status}`);
      check(timeline.partial === (timeline.status === 'RUNNING' || reshaped), `partial ${timeline.partialReasons.join(',')}`);

      // Reshaped recordings (branch events re-sorted by their JSON text) are only read, not checked.
      if (reshaped) continue;
      for (const v of visits) {
        check((v.exitedEventId !== null) === (v.status === 'succeeded' || v.status === 'caught'), `${v.name} exited vs ${v.status}`);
        if (v.type === 'Fail') check(v.status === 'failed', `Fail state ${v.name} is ${v.status}`);
      }

      // A *StateExited right after a failure is a Catch: it is listed with the state it routed to.
      for (const e of events) {
        if (!e.type.endsWith('StateExited') || !/(Failed|TimedOut)$/.test(byId.get(e.previousEventId)?.type ?? '')) continue;
        const state = (e as unknown as { stateExitedEventDetails: { name: string } }).stateExitedEventDetails.name;
        const next =
          events.find((n) => n.type.endsWith('StateEntered') && n.previousEventId === e.id)?.stateEnteredEventDetails?.name ?? null;
        check(
          timeline.failure.caught.some((c) => c.state === state && c.next === next),
          `catch in ${state} → ${next} missing`,
        );
      }

      if (timeline.status === 'FAILED' && visits.length) {
        const last = timeline.failure.failurePath[timeline.failure.failurePath.length - 1];
        check(!!last && (last.status === 'failed' || last.status === 'timed_out'), `failure path ends at ${last?.name} (${last?.status})`);
        // Some Fail states name no error at all (base__base__state_fail_empty): the root cause still names the state.
        check(timeline.failure.rootCause?.state === last?.name, 'root cause is not the last state of the failure path');
      }

      const entered = events.filter((e) => e.type.endsWith('StateEntered')).length;
      const retries = visits.reduce(
        (n, v) => n + Math.max(0, v.attempts.filter((a) => a.kind !== 'map' && a.kind !== 'parallel').length - 1),
        0,
      );
      check(timeline.transitions.total === entered + retries, `transitions ${timeline.transitions.total} != ${entered} + ${retries}`);
      check(timeline.unknownEvents.length === 0 && timeline.unplacedEvents.length === 0, 'unknown or unplaced events');
    }
    expect(problems).toEqual([]);
  });

  it('reads a Map retried three times: each run has its own iteration, the failure is the Fail state of the last', () => {
    const { timeline } = load('scenarios__base_scenarios__map_state_retry');
    expect(timeline.status).toBe('FAILED');
    expect(timeline.failure.failurePath.map((v) => v.name)).toEqual(['StartState', 'MapState', 'HandleItemFail']);
    expect(timeline.failure.failurePath[2]!.enteredEventId).toBe(15);
    expect(timeline.failure.rootCause).toMatchObject({
      state: 'HandleItemFail',
      error: 'HandleItemFailError',
      cause: 'HandleItemFailCause',
    });
    expect(timeline.failure.caught).toEqual([]);
    const [map] = visitByName(timeline, 'MapState');
    expect(map!.attempts.map((a) => [a.kind, a.status])).toEqual([
      ['map', 'failed'],
      ['map', 'failed'],
      ['map', 'failed'],
    ]);
    expect(map!.children.map((g) => [g.kind, g.index, g.run, g.status])).toEqual([
      ['MapIteration', 0, 1, 'failed'],
      ['MapIteration', 0, 2, 'failed'],
      ['MapIteration', 0, 3, 'failed'],
    ]);
    expect(timeline.transitions.total).toBe(5);
    expect(timeline.failure.failStates.map((f) => f.enteredEventId)).toEqual([7, 11, 15]);
  });

  it('reads a caught, retried Lambda in a Map whose Fallback state then fails JSONata evaluation', () => {
    const { timeline } = load('states_variables__error_output__map_catch_error__MAP_CATCH_ERROR_OUTPUT_WITH_RETRY');
    expect(timeline.failure.failurePath.map((v) => v.name)).toEqual(['ProcessItems', 'ProcessItem', 'Fallback']);
    expect(timeline.failure.rootCause).toMatchObject({ state: 'Fallback', error: 'States.QueryEvaluationError' });
    expect(timeline.failure.rootCause?.cause).toContain(
      "The JSONata expression '$stateError' specified for the field 'Output/error' returned nothing",
    );
    expect(timeline.failure.caught).toEqual([expect.objectContaining({ state: 'ProcessItem', error: 'Exception', next: 'Fallback' })]);
    const [task] = visitByName(timeline, 'ProcessItem');
    expect(task!.attempts.map((a) => [a.kind, a.resourceType, a.status, a.error])).toEqual([
      ['task', 'lambda', 'failed', 'Exception'],
      ['task', 'lambda', 'failed', 'Exception'],
    ]);
    const [fallback] = visitByName(timeline, 'Fallback');
    expect(fallback!.evaluationFailures).toEqual([expect.objectContaining({ eventId: 14, error: 'States.QueryEvaluationError' })]);
    expect(timeline.transitions.total).toBe(4);
  });

  it('reads a Map whose iteration reached a Fail state as caught, with the error from the Catch output', () => {
    const { timeline } = load('scenarios__base_scenarios__map_state_catch');
    expect(timeline.status).toBe('SUCCEEDED');
    expect(timeline.failure.failurePath).toEqual([]);
    expect(timeline.failure.rootCause).toBeNull();
    expect(timeline.failure.caught).toEqual([
      { state: 'MapState', enteredEventId: 4, error: 'HandleItemFailError', cause: 'HandleItemFailCause', next: 'FinalCaught' },
    ]);
    expect(timeline.failure.failStates).toEqual([expect.objectContaining({ name: 'HandleItemFail', enteredEventId: 7 })]);
  });

  it('parses a Lambda error cause into its message and stack trace after retries run out', () => {
    const { timeline } = load('credentials__credentials_base__cross_account_service_lambda_invoke_retry');
    expect(timeline.failure.failurePath.map((v) => v.name)).toEqual(['InvokeLambda']);
    const root = timeline.failure.rootCause!;
    expect(root).toMatchObject({
      state: 'InvokeLambda',
      error: 'Exception',
      errorMessage: 'Some exception was raised.',
      errorType: 'Exception',
    });
    expect(root.stackTrace?.[0]).toContain('/var/task/handler.py');
    expect(visitByName(timeline, 'InvokeLambda')[0]!.attempts).toHaveLength(3);
    expect(timeline.transitions.total).toBe(3);
  });

  it('counts one transition per Lambda retry and follows the Catch after the last one', () => {
    const { timeline } = load('scenarios__base_scenarios__lambda_invoke_with_retry_extended_input');
    const [task] = visitByName(timeline, 'InvokeLambdaWithRetry');
    expect(task!.attempts.map((a) => a.kind)).toEqual(['lambda', 'lambda', 'lambda', 'lambda']);
    expect(task!.caughtBy).toMatchObject({ error: 'Exception', next: 'HandleError', nextEnteredEventId: 16 });
    expect(timeline.transitions.total).toBe(5);
    expect(timeline.transitions.byState).toEqual({ InvokeLambdaWithRetry: 4, HandleError: 1 });
  });

  it('marks a task inside a Parallel branch failed and the Parallel caught, routing to the catcher', () => {
    const { timeline } = load('callback__callback__sqs_failure_in_wait_for_task_tok_no_error_field__SQS_PARALLEL_WAIT_FOR_TASK_TOKEN');
    const [parallel] = timeline.visits;
    expect(parallel).toMatchObject({ name: 'ParallelJob', status: 'caught' });
    expect(parallel!.children).toHaveLength(1);
    expect(parallel!.children[0]!.visits.map((v) => [v.name, v.status])).toEqual([['SendMessageWithWait', 'failed']]);
    expect(timeline.failure.caught).toEqual([expect.objectContaining({ state: 'ParallelJob', error: null, next: 'CaughtStatesALL' })]);
  });

  it('ends the failure path at the Fail state inside a Parallel branch', () => {
    const { timeline } = load('scenarios__base_scenarios__parallel_state_fail');
    expect(timeline.failure.failurePath.map((v) => [v.name, v.status])).toEqual([
      ['ParallelState', 'failed'],
      ['Branch1', 'failed'],
    ]);
    expect(timeline.failure.rootCause).toMatchObject({ state: 'Branch1', error: 'FailureType', cause: null });
  });

  it('reads a Distributed Map run that failed to read its items', () => {
    const { timeline } = load('scenarios__base_scenarios__map_item_reader_csv_max_items_paths__1');
    const [map] = timeline.visits;
    expect(map!.mapRuns).toEqual([
      expect.objectContaining({ status: 'failed', error: 'States.ItemReaderFailed', cause: 'field MaxItems must be positive' }),
    ]);
    expect(timeline.failure.rootCause).toMatchObject({ state: 'MapState', error: 'States.ItemReaderFailed' });
  });

  it('reports heartbeat and task timeouts as timed out, caught or not', () => {
    const timedOut = load('timeouts__heartbeats__heartbeat_timeout').timeline;
    expect(timedOut.visits.map((v) => v.status)).toEqual(['timed_out']);
    expect(timedOut.failure.rootCause).toMatchObject({ state: 'SendMessageWithWait', error: 'States.Timeout' });
    const caught = load('error_handling__task_service_lambda__invoke_timeout').timeline;
    expect(caught.failure.caught).toEqual([expect.objectContaining({ state: 'Start', error: 'States.Timeout', next: 'EndWithHandler' })]);
  });

  it('reads a stopped execution as aborted, including the state it was in', () => {
    const { timeline } = load('sfn_api__stop_execution__exec_hist_resp');
    expect(timeline.status).toBe('ABORTED');
    expect(timeline.visits.map((v) => [v.name, v.status])).toEqual([['State_1', 'aborted']]);
  });

  it('gives the same visits for the newest-first recording as for the oldest-first one', () => {
    const forward = load('sfn_api__get_execution_history_reversed__get_execution_history_reverseOrder_False').timeline;
    const reversed = load('sfn_api__get_execution_history_reversed__get_execution_history_reverseOrder_True').timeline;
    expect(reversed.events.map((e) => e.id)).toEqual(forward.events.map((e) => e.id));
    expect(reversed.visits).toEqual(forward.visits);
    expect(reversed.partial).toBe(false);
  });

  it('flags recordings whose Parallel branches the recorder reshaped, and still reads them', () => {
    const { timeline } = load('scenarios__base_scenarios__parallel_state_nested');
    expect(timeline.partialReasons).toContain('damaged-input');
    expect(timeline.warnings.join('\n')).toContain('parallel-branches-normalized');
    expect(flatten(timeline.visits).map((v) => v.name)).toEqual(['ParallelStateL1', 'ParallelStateL2', 'BranchL2']);
  });

  it('keeps assigned variables from the Exited event', () => {
    const name = readdirSync(CORPUS)
      .find((f) => readFileSync(path.join(CORPUS, f), 'utf8').includes('"assignedVariables"'))!
      .slice(0, -5);
    const { timeline } = load(name);
    expect(flatten(timeline.visits).some((v) => v.assignedVariables && Object.keys(v.assignedVariables).length > 0)).toBe(true);
  });
});
