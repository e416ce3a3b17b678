import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorHistoryEvent, RunExecutionOptions } from '@/lib/emulator/engine/types';
import { startSyncExecution } from '@/lib/emulator/server/actions/start-sync-execution';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { apiErrorOfAsync } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  MACHINE_PREFIX,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext | undefined;
afterEach(() => t?.close());

/** An engine that ends every execution `durationMs` after its start, succeeding with `output` or failing. */
function timedEngine(durationMs: number, end: { output: string } | { error: string; cause: string }): EmulatorEngine {
  return {
    validateDefinition: () => ({ ok: true }),
    runExecution: async (options: RunExecutionOptions) => {
      options.onEvent({ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: options.startDate } as EmulatorHistoryEvent);
      const stopDate = new Date(options.startDate.getTime() + durationMs);
      return 'output' in end ? { status: 'SUCCEEDED', output: end.output, stopDate } : { status: 'FAILED', ...end, stopDate };
    },
  };
}

type SyncResult = Record<string, unknown> & { billingDetails: { billedDurationInMilliseconds: number; billedMemoryUsedInMB: number } };
const run = (body: Record<string, unknown>) => startSyncExecution(body, t!.context) as Promise<SyncResult>;

describe('startSyncExecution', () => {
  it('runs an Express execution to its end and answers its result, dates in epoch seconds', async () => {
    t = createActionTestContext({ engine: timedEngine(250, { output: '{"even":true}' }) });
    t.setNow(1_700_000_000_000);
    const machineArn = createMachine(t.context, 'X', { type: 'EXPRESS' });
    const result = await run({ stateMachineArn: machineArn, name: 'n1', input: '{"N":2}' });
    expect(result).toEqual({
      executionArn: expect.stringMatching(/^arn:aws:states:us-east-1:123456789012:express:X:n1:[0-9a-f-]{36}$/),
      stateMachineArn: machineArn,
      name: 'n1',
      startDate: 1_700_000_000,
      stopDate: 1_700_000_000.25,
      status: 'SUCCEEDED',
      input: '{"N":2}',
      inputDetails: { included: true },
      output: '{"even":true}',
      outputDetails: { included: true },
      billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 300 },
    });
  });

  it('answers a failed execution as a result too (status FAILED with error and cause, no output)', async () => {
    t = createActionTestContext({ engine: timedEngine(10, { error: 'InvalidNumberError', cause: 'seven' }) });
    const machineArn = createMachine(t.context, 'X', { type: 'EXPRESS' });
    const result = await run({ stateMachineArn: machineArn, input: '{"N":"seven"}' });
    expect(result).toMatchObject({ status: 'FAILED', error: 'InvalidNumberError', cause: 'seven' });
    expect(result).not.toHaveProperty('output');
  });

  it.each([
    [0, 100],
    [1, 100],
    [100, 100],
    [101, 200],
    [1_999, 2_000],
  ])('bills a %d ms execution as %d ms (rounded up to 100 ms, at least 100)', async (durationMs, billed) => {
    t = createActionTestContext({ engine: timedEngine(durationMs, { output: '{}' }) });
    const machineArn = createMachine(t.context, 'X', { type: 'EXPRESS' });
    expect((await run({ stateMachineArn: machineArn })).billingDetails.billedDurationInMilliseconds).toBe(billed);
  });

  it('refuses a Standard machine, an unknown one and what startExecution refuses', async () => {
    t = createActionTestContext({ engine: timedEngine(1, { output: '{}' }) });
    const standard = createMachine(t.context, 'S');
    const express = createMachine(t.context, 'X', { type: 'EXPRESS' });
    expect(await apiErrorOfAsync(() => run({ stateMachineArn: standard }))).toEqual([
      'StateMachineTypeNotSupported',
      'This operation is not supported by this type of state machine',
    ]);
    expect(await apiErrorOfAsync(() => run({ stateMachineArn: `${MACHINE_PREFIX}Nope` }))).toEqual([
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${MACHINE_PREFIX}Nope'`,
    ]);
    expect((await apiErrorOfAsync(() => run({ stateMachineArn: express, input: 'nope' })))[0]).toBe('InvalidExecutionInput');
  });
});
