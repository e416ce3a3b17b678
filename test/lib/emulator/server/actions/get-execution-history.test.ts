import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawJson } from '@/lib/emulator/server/action-context';
import { getExecutionHistory } from '@/lib/emulator/server/actions/get-execution-history';
import type { StoredEvent } from '@/lib/emulator/store/store-types';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const INVALID_TOKEN = ['InvalidToken', "Invalid Token: 'The pagination token is invalid or does not belong to this request'"];

const EVENTS: StoredEvent[] = [
  {
    id: 1,
    previousEventId: 0,
    type: 'ExecutionStarted',
    timestampMs: 1_700_000_000_123,
    details:
      '{"executionStartedEventDetails":{"input":"{\\"a\\":1}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/R"}}',
  },
  {
    id: 2,
    previousEventId: 1,
    type: 'PassStateEntered',
    timestampMs: 1_700_000_000_200,
    details: '{"stateEnteredEventDetails":{"name":"P","input":"{}"}}',
  },
  { id: 3, previousEventId: 2, type: 'WaitStateAborted', timestampMs: 1_700_000_000_300, details: '{}' },
  {
    id: 4,
    previousEventId: 3,
    type: 'PassStateExited',
    timestampMs: 1_700_000_000_400,
    details: '{"stateExitedEventDetails":{"name":"P","output":"{}","outputDetails":{"truncated":false}}}',
  },
  {
    id: 5,
    previousEventId: 4,
    type: 'ExecutionSucceeded',
    timestampMs: 1_700_000_000_500,
    details: '{"executionSucceededEventDetails":{"output":"{}","outputDetails":{"truncated":false}}}',
  },
];

/** An execution holding EVENTS, written straight into the store. */
function storedExecution(name = 'e'): string {
  const machineArn = createMachine(t.context, 'M');
  const machine = t.context.store.getStateMachine(machineArn)!;
  const execution = t.context.store.insertExecution(
    { arn: `${EXECUTION_PREFIX}M:${name}`, stateMachineId: machine.id, revision: 1, name, type: 'STANDARD', startDateMs: 0, input: '{}' },
    EVENTS[0]!,
  );
  for (const event of EVENTS.slice(1)) t.context.store.queueEvent(execution.id, event);
  return execution.arn;
}

type Page = { events: Array<Record<string, unknown>>; nextToken?: string };
function history(body: Record<string, unknown>): Page {
  const result = getExecutionHistory(body, t.context);
  if (!(result instanceof RawJson)) throw new Error('GetExecutionHistory answers raw JSON');
  return JSON.parse(result.text) as Page;
}
const ids = (page: Page) => page.events.map((event) => event.id);

describe('getExecutionHistory', () => {
  it('answers every event oldest first: timestamp in epoch seconds, type, ids, then the details member as stored', () => {
    const executionArn = storedExecution();
    const page = history({ executionArn });
    expect(page.nextToken).toBeUndefined();
    expect(page.events[0]).toEqual({
      timestamp: 1_700_000_000.123,
      type: 'ExecutionStarted',
      id: 1,
      previousEventId: 0,
      executionStartedEventDetails: { input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/R' },
    });
    expect(page.events[2]).toEqual({ timestamp: 1_700_000_000.3, type: 'WaitStateAborted', id: 3, previousEventId: 2 });
    expect(ids(page)).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes the JSON text AWS writes: head fields first, then the details', () => {
    const executionArn = storedExecution();
    const result = getExecutionHistory({ executionArn, maxResults: 1 }, t.context) as RawJson;
    expect(
      result.text.startsWith(
        '{"events":[{"timestamp":1700000000.123,"type":"ExecutionStarted","id":1,"previousEventId":0,"executionStartedEventDetails":{',
      ),
    ).toBe(true);
  });

  it('answers newest first with reverseOrder', () => {
    expect(ids(history({ executionArn: storedExecution(), reverseOrder: true }))).toEqual([5, 4, 3, 2, 1]);
  });

  it.each([false, true])('pages by maxResults in either order (reverseOrder %s) with tokens bound to that order', (reverseOrder) => {
    const executionArn = storedExecution();
    const pages: number[][] = [];
    let nextToken: string | undefined;
    do {
      const page = history({ executionArn, maxResults: 2, reverseOrder, nextToken });
      pages.push(ids(page) as number[]);
      nextToken = page.nextToken;
    } while (nextToken);
    expect(pages).toEqual(reverseOrder ? [[5, 4], [3, 2], [1]] : [[1, 2], [3, 4], [5]]);
  });

  it('gives no token when the last page is exactly full', () => {
    const executionArn = storedExecution();
    const first = history({ executionArn, maxResults: 4 });
    expect(ids(history({ executionArn, maxResults: 1, nextToken: first.nextToken }))).toEqual([5]);
    expect(history({ executionArn, maxResults: 5 }).nextToken).toBeUndefined();
  });

  it('refuses a token used with the other order or another execution', () => {
    const executionArn = storedExecution('e');
    const other = storedExecution('f');
    const { nextToken } = history({ executionArn, maxResults: 1 });
    expect(apiErrorOf(() => history({ executionArn, nextToken, reverseOrder: true }))).toEqual(INVALID_TOKEN);
    expect(apiErrorOf(() => history({ executionArn: other, nextToken }))).toEqual(INVALID_TOKEN);
  });

  it('leaves out input, output and their details with includeExecutionData false, keeping the other fields', () => {
    const page = history({ executionArn: storedExecution(), includeExecutionData: false });
    expect(page.events[0]).toMatchObject({ executionStartedEventDetails: { roleArn: 'arn:aws:iam::123456789012:role/R' } });
    expect(page.events[0]!.executionStartedEventDetails).toEqual({ roleArn: 'arn:aws:iam::123456789012:role/R' });
    expect(page.events[1]!.stateEnteredEventDetails).toEqual({ name: 'P' });
    expect(page.events[4]!.executionSucceededEventDetails).toEqual({});
  });

  it('reads the events the runner queued in this same turn', () => {
    const executionArn = storedExecution();
    const execution = t.context.store.getExecution(executionArn)!;
    t.context.store.queueEvent(execution.id, { id: 6, previousEventId: 5, type: 'Late', timestampMs: 1, details: '{}' });
    expect(ids(history({ executionArn }))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses Express executions, unknown ones and a bad maxResults', () => {
    expect(apiErrorOf(() => history({ executionArn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u' }))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: express'",
    ]);
    expect(apiErrorOf(() => history({ executionArn: `${EXECUTION_PREFIX}M:nope` }))).toEqual([
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${EXECUTION_PREFIX}M:nope'`,
    ]);
    expect(apiErrorOf(() => history({ executionArn: `${EXECUTION_PREFIX}M:nope`, maxResults: 1001 }))[0]).toBe('ValidationException');
  });
});
