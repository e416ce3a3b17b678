import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stopExecution } from '@/lib/emulator/server/actions/stop-execution';
import { apiErrorOfAsync, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  startExecutionOf,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

describe('stopExecution', () => {
  it('aborts a running execution with the given error and cause and answers once the abort is recorded', async () => {
    const executionArn = startExecutionOf(t.context, createMachine(t.context, 'M', { definition: WAIT_DEFINITION }), 'e');
    // As a later request would: the engine has entered its Wait state by then.
    await new Promise((resolve) => setImmediate(resolve));
    const answer = (await stopExecution({ executionArn, error: 'InvoicePaid', cause: 'paid early' }, t.context)) as { stopDate: number };
    const stopped = t.context.store.getExecution(executionArn);
    expect(stopped).toMatchObject({ status: 'ABORTED', error: 'InvoicePaid', cause: 'paid early' });
    expect(answer).toEqual({ stopDate: stopped!.stopDateMs! / 1000 });
    const last = t.context.store.getLastEvent(stopped!.id);
    expect(last?.type).toBe('ExecutionAborted');
    expect(JSON.parse(last!.details)).toEqual({ executionAbortedEventDetails: { error: 'InvoicePaid', cause: 'paid early' } });
  });

  it('leaves an ended execution as it was and answers its stop date', async () => {
    const executionArn = startExecutionOf(t.context, createMachine(t.context, 'M'), 'e');
    await t.context.runner.whenIdle();
    const ended = t.context.store.getExecution(executionArn)!;
    expect(await stopExecution({ executionArn, error: 'X' }, t.context)).toEqual({ stopDate: ended.stopDateMs! / 1000 });
    expect(t.context.store.getExecution(executionArn)).toEqual(ended);
  });

  it.each([
    ['a missing execution ARN', {}, validation("Value null at 'executionArn' failed to satisfy constraint: Member must not be null")],
    [
      'an unknown execution',
      { executionArn: `${EXECUTION_PREFIX}M:nope` },
      ['ExecutionDoesNotExist', `Execution Does Not Exist: '${EXECUTION_PREFIX}M:nope'`],
    ],
    [
      'an Express execution',
      { executionArn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u' },
      ['InvalidArn', "Invalid Arn: 'Resource type not valid in this context: express'"],
    ],
    [
      'an error over 256 characters',
      { executionArn: `${EXECUTION_PREFIX}M:e`, error: 'e'.repeat(257) },
      validation("Value at 'error' failed to satisfy constraint: Member must have length less than or equal to 256"),
    ],
    [
      'a cause over 32,768 characters',
      { executionArn: `${EXECUTION_PREFIX}M:e`, cause: 'c'.repeat(32_769) },
      validation("Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768"),
    ],
  ])('refuses %s', async (_what, body, expected) => {
    expect(await apiErrorOfAsync(() => stopExecution(body, t.context))).toEqual(expected);
  });
});
