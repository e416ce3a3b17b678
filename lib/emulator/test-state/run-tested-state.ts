import { randomUUID } from 'node:crypto';
import type { JsonObject, JsonValue } from '../asl/json-value';
import { toJsonText } from '../asl/json-text';
import { applyCatcher, findCatcher } from '../engine/catch';
import { ExecutionHalted, StateFailure } from '../engine/execution-errors';
import { HistoryWriter } from '../engine/history-writer';
import type { BranchContext, ExecutionRuntime, StateFrame, StateOutcome } from '../engine/runtime';
import { asFailure, statePrefix } from '../engine/state-errors';
import { stateHandlerFor } from '../engine/state-handlers';
import { StateRetriable } from '../engine/state-test-hooks';
import type { TaskInvoker } from '../engine/types';
import type { CheckedMock } from './check-request';
import { runMockedMap } from './run-mocked-map';
import { TESTED_STATE_NAME, type SelectedState } from './select-state';
import { createTestHooks, emptyRecord, type TestRunRecord } from './test-state-hooks';
import type { TestStateRequest } from './test-state-request';

export type TestStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

export interface TestRunOutcome {
  status: TestStatus;
  output?: JsonValue;
  error?: string;
  cause?: string;
  nextState?: string;
  /** Workflow variables after the state: the request's, plus what the state assigned. */
  variables: JsonObject;
  record: TestRunRecord;
}

export interface TestRunEnvironment {
  region: string;
  accountId: string;
  invoker: TaskInvoker;
  /** How long the state may run before it fails with States.Timeout; AWS allows five minutes. */
  timeLimitMs?: number;
}

const TIME_LIMIT_MS = 5 * 60_000;

const CATCHING_TYPES = new Set(['Task', 'Map', 'Parallel']);

/** The runtime of the express execution AWS runs a test in: generated names, no history kept. */
function testRuntime(
  request: TestStateRequest,
  selected: SelectedState,
  env: TestRunEnvironment,
  record: TestRunRecord,
  halt: AbortSignal,
  mock?: CheckedMock,
): ExecutionRuntime {
  const machineName = randomUUID();
  const executionName = randomUUID();
  const { region, accountId } = env;
  return {
    options: {
      definition: request.definition,
      input: toJsonText(request.input),
      executionArn: `arn:aws:states:${region}:${accountId}:express:${machineName}:${executionName}`,
      stateMachineArn: `arn:aws:states:${region}:${accountId}:stateMachine:${machineName}`,
      stateMachineName: machineName,
      executionName,
      roleArn: request.roleArn ?? '',
      region,
      accountId,
      startDate: new Date(),
      invoker: env.invoker,
      // TestState does not wait out a Wait state (retries never wait: the hooks decide them).
      timeScale: selected.type === 'Wait' ? 0 : 1,
      signal: new AbortController().signal,
      onEvent: () => {},
    },
    writer: new HistoryWriter(
      () => {},
      () => {},
    ),
    executionInput: request.input,
    queryLanguage: selected.queryLanguage,
    halt,
    test: createTestHooks(
      {
        mock,
        retrierRetryCount: request.stateConfiguration?.retrierRetryCount ?? 0,
        context: request.context,
        roleArn: request.roleArn ?? null,
      },
      record,
    ),
  };
}

/** TestState has no history, so the engine's "(entered at the event id #0)" prefix means nothing there. */
function withoutStatePrefix(frame: StateFrame, cause: string | undefined): string | undefined {
  const prefix = statePrefix(frame);
  return cause?.startsWith(prefix) ? cause.slice(prefix.length) : cause;
}

function catchIndexOf(state: JsonObject, catcher: JsonObject): number {
  return Array.isArray(state.Catch) ? state.Catch.indexOf(catcher) : -1;
}

/**
 * Runs the selected state once, through the engine's own state handler (Map: the mocked-Map runner
 * over the engine's pieces), then the engine's Catch. Retries are decided by the hooks (RETRIABLE).
 */
export async function runTestedState(
  request: TestStateRequest,
  selected: SelectedState,
  mock: CheckedMock | undefined,
  env: TestRunEnvironment,
): Promise<TestRunOutcome> {
  const record = emptyRecord();
  const halt = new AbortController();
  const timer = setTimeout(() => halt.abort(), env.timeLimitMs ?? TIME_LIMIT_MS);
  try {
    return await runOnce(request, selected, env, record, halt.signal, mock);
  } catch (thrown) {
    // Past the time limit AWS fails the test with States.Timeout.
    if (thrown instanceof ExecutionHalted && halt.signal.aborted)
      return { status: 'FAILED', error: 'States.Timeout', variables: {}, record };
    throw thrown;
  } finally {
    clearTimeout(timer);
  }
}

async function runOnce(
  request: TestStateRequest,
  selected: SelectedState,
  env: TestRunEnvironment,
  record: TestRunRecord,
  halt: AbortSignal,
  mock: CheckedMock | undefined,
): Promise<TestRunOutcome> {
  const runtime = testRuntime(request, selected, env, record, halt, mock);
  const branch: BranchContext = {
    runtime,
    thread: { last: 0 },
    variables: { ...request.variables },
    isChild: false,
    abort: new AbortController().signal,
  };
  const frame: StateFrame = {
    name: TESTED_STATE_NAME,
    state: selected.state,
    type: selected.type,
    queryLanguage: selected.queryLanguage,
    enteredEventId: 0,
    enteredPreviousEventId: 0,
    enteredTime: new Date().toISOString(),
    retryCount: 0,
    branch,
  };
  const input = request.input;
  const finish = (outcome: StateOutcome, status: TestStatus, extra: Partial<TestRunOutcome> = {}): TestRunOutcome => ({
    status,
    output: outcome.output,
    nextState: outcome.next,
    variables: { ...branch.variables, ...outcome.assigned },
    record,
    ...extra,
  });
  try {
    const outcome =
      selected.type === 'Map' && mock
        ? await runMockedMap(frame, input, mock, request.stateConfiguration, record)
        : await stateHandlerFor(selected.type)(frame, input);
    return finish(outcome, 'SUCCEEDED');
  } catch (thrown) {
    if (thrown instanceof StateRetriable) {
      record.errorDetails = { retryIndex: thrown.retryIndex, retryBackoffIntervalSeconds: thrown.backoffSeconds };
      const { error, cause } = thrown.failure;
      return { status: 'RETRIABLE', error, cause: withoutStatePrefix(frame, cause), variables: branch.variables, record };
    }
    const failure = asFailure(frame, thrown);
    if (!(failure instanceof StateFailure)) throw failure;
    const error = failure.error;
    const cause = withoutStatePrefix(frame, failure.cause);
    const catcher = CATCHING_TYPES.has(selected.type) ? findCatcher(selected.state, failure.error) : undefined;
    if (!catcher) return { status: 'FAILED', error, cause, variables: branch.variables, record };
    const caught = await applyCatcher(frame, catcher, input, failure);
    record.errorDetails = { ...record.errorDetails, catchIndex: catchIndexOf(selected.state, catcher) };
    return finish(caught, 'CAUGHT_ERROR', { error, cause });
  }
}
