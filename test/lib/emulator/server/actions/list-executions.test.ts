import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listExecutions } from '@/lib/emulator/server/actions/list-executions';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  MACHINE_PREFIX,
  startExecutionOf,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const INVALID_TOKEN = ['InvalidToken', "Invalid Token: 'The pagination token is invalid or does not belong to this request'"];
type Page = { executions: Array<Record<string, unknown>>; nextToken?: string };
const list = (body: Record<string, unknown>) => listExecutions(body, t.context) as Page;
const names = (page: Page) => page.executions.map((execution) => execution.name);

const FAIL_DEFINITION = JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } });

describe('listExecutions', () => {
  it('lists a machine’s executions newest first, each with stop date once ended and redriveCount 0', async () => {
    const machineArn = createMachine(t.context, 'M');
    t.setNow(1_000);
    const first = startExecutionOf(t.context, machineArn, 'first');
    await t.context.runner.whenIdle();
    t.setNow(2_000);
    const second = startExecutionOf(t.context, machineArn, 'second');
    const page = list({ stateMachineArn: machineArn });
    const firstStop = t.context.store.getExecution(first)!.stopDateMs! / 1000;
    expect(page).toEqual({
      executions: [
        { executionArn: second, stateMachineArn: machineArn, name: 'second', status: 'RUNNING', startDate: 2, redriveCount: 0 },
        {
          executionArn: first,
          stateMachineArn: machineArn,
          name: 'first',
          status: 'SUCCEEDED',
          startDate: 1,
          stopDate: firstStop,
          redriveCount: 0,
        },
      ],
    });
  });

  it('lists only the asked machine’s executions, and none for a machine without any', () => {
    const a = createMachine(t.context, 'A');
    const b = createMachine(t.context, 'B');
    startExecutionOf(t.context, a, 'x');
    expect(list({ stateMachineArn: b })).toEqual({ executions: [] });
  });

  it('filters by status', async () => {
    const passArn = createMachine(t.context, 'M');
    startExecutionOf(t.context, passArn, 'ok');
    const failArn = createMachine(t.context, 'F', { definition: FAIL_DEFINITION });
    startExecutionOf(t.context, failArn, 'bad');
    await t.context.runner.whenIdle();
    expect(names(list({ stateMachineArn: passArn, statusFilter: 'SUCCEEDED' }))).toEqual(['ok']);
    expect(names(list({ stateMachineArn: passArn, statusFilter: 'FAILED' }))).toEqual([]);
    expect(names(list({ stateMachineArn: failArn, statusFilter: 'FAILED' }))).toEqual(['bad']);
  });

  it('pages by maxResults with tokens, the last page without one', () => {
    const machineArn = createMachine(t.context, 'M', { definition: WAIT_DEFINITION });
    for (const name of ['e1', 'e2', 'e3', 'e4', 'e5']) startExecutionOf(t.context, machineArn, name);
    const first = list({ stateMachineArn: machineArn, maxResults: 2 });
    const second = list({ stateMachineArn: machineArn, maxResults: 2, nextToken: first.nextToken });
    const third = list({ stateMachineArn: machineArn, maxResults: 2, nextToken: second.nextToken });
    expect([names(first), names(second), names(third)]).toEqual([['e5', 'e4'], ['e3', 'e2'], ['e1']]);
    expect(third.nextToken).toBeUndefined();
    expect(list({ stateMachineArn: machineArn, maxResults: 5 }).nextToken).toBeUndefined();
  });

  it('refuses a token used with another status filter or another machine', () => {
    const machineArn = createMachine(t.context, 'M', { definition: WAIT_DEFINITION });
    const other = createMachine(t.context, 'O');
    for (const name of ['e1', 'e2']) startExecutionOf(t.context, machineArn, name);
    const { nextToken } = list({ stateMachineArn: machineArn, maxResults: 1 });
    expect(apiErrorOf(() => list({ stateMachineArn: machineArn, nextToken, statusFilter: 'RUNNING' }))).toEqual(INVALID_TOKEN);
    expect(apiErrorOf(() => list({ stateMachineArn: other, nextToken }))).toEqual(INVALID_TOKEN);
  });

  it.each([
    ['neither ARN', {}, ['ValidationException', 'Must provide a StateMachine ARN or MapRun ARN']],
    [
      'both ARNs',
      { stateMachineArn: `${MACHINE_PREFIX}M`, mapRunArn: 'arn:aws:states:us-east-1:123456789012:mapRun:M/x:y' },
      ['ValidationException', 'Only one of stateMachineArn and mapRunArn can be specified'],
    ],
    [
      'a Map Run ARN',
      { mapRunArn: 'arn:aws:states:us-east-1:123456789012:mapRun:M/x:y' },
      ['ResourceNotFound', "Resource not found: 'arn:aws:states:us-east-1:123456789012:mapRun:M/x:y'"],
    ],
    [
      'PENDING_REDRIVE without a Map Run',
      { stateMachineArn: `${MACHINE_PREFIX}M`, statusFilter: 'PENDING_REDRIVE' },
      ['ValidationException', 'Status filter PENDING_REDRIVE is only supported with a mapRunArn'],
    ],
    [
      'an unknown status',
      { stateMachineArn: `${MACHINE_PREFIX}M`, statusFilter: 'DONE' },
      validation(
        "Value 'DONE' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]",
      ),
    ],
    [
      'an unknown machine',
      { stateMachineArn: `${MACHINE_PREFIX}Nope` },
      ['StateMachineDoesNotExist', `State Machine Does Not Exist: '${MACHINE_PREFIX}Nope'`],
    ],
  ])('refuses %s', (_what, body, expected) => {
    expect(apiErrorOf(() => list(body))).toEqual(expected);
  });

  it('refuses an Express machine as AWS does', () => {
    const machineArn = createMachine(t.context, 'X', { type: 'EXPRESS' });
    expect(apiErrorOf(() => list({ stateMachineArn: machineArn }))).toEqual([
      'StateMachineTypeNotSupported',
      'This operation is not supported by this type of state machine',
    ]);
  });
});
