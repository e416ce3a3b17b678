import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startExecution } from '@/lib/emulator/server/actions/start-execution';
import { updateStateMachine } from '@/lib/emulator/server/actions/update-state-machine';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  MACHINE_PREFIX,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const start = (body: Record<string, unknown>) => startExecution(body, t.context) as { executionArn: string; startDate: number };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('startExecution (Standard)', () => {
  it('stores a RUNNING execution and answers its ARN and start date in epoch seconds; the runner takes it to its end', async () => {
    const arn = createMachine(t.context, 'M');
    t.setNow(1_700_000_000_042);
    expect(start({ stateMachineArn: arn, name: 'e', input: '{"n":1}' })).toEqual({
      executionArn: `${EXECUTION_PREFIX}M:e`,
      startDate: 1_700_000_000.042,
    });
    expect(t.context.store.getExecution(`${EXECUTION_PREFIX}M:e`)).toMatchObject({
      status: 'RUNNING',
      input: '{"n":1}',
      revision: 1,
      type: 'STANDARD',
    });
    await t.context.runner.whenIdle();
    expect(t.context.store.getExecution(`${EXECUTION_PREFIX}M:e`)?.status).toBe('SUCCEEDED');
  });

  it('names an unnamed execution with a UUID and gives it the input {}', () => {
    const arn = createMachine(t.context, 'M');
    const { executionArn } = start({ stateMachineArn: arn });
    const name = executionArn.slice(`${EXECUTION_PREFIX}M:`.length);
    expect(name).toMatch(UUID);
    expect(t.context.store.getExecution(executionArn)?.input).toBe('{}');
  });

  it('runs the machine’s current revision', () => {
    const arn = createMachine(t.context, 'M');
    updateStateMachine({ stateMachineArn: arn, definition: WAIT_DEFINITION }, t.context);
    const { executionArn } = start({ stateMachineArn: arn, name: 'e' });
    expect(t.context.store.getExecution(executionArn)?.revision).toBe(2);
  });

  it('answers the running execution again for a repeat of its name and input (idempotent start)', () => {
    const arn = createMachine(t.context, 'M', { definition: WAIT_DEFINITION });
    t.setNow(5_000);
    const first = start({ stateMachineArn: arn, name: 'e', input: '{"a":1}' });
    t.setNow(9_000);
    expect(start({ stateMachineArn: arn, name: 'e', input: '{"a":1}' })).toEqual(first);
    expect(first.startDate).toBe(5);
  });

  it('refuses the name of a running execution with another input, and of any ended one', async () => {
    const waiting = createMachine(t.context, 'W', { definition: WAIT_DEFINITION });
    start({ stateMachineArn: waiting, name: 'e', input: '{"a":1}' });
    expect(apiErrorOf(() => start({ stateMachineArn: waiting, name: 'e', input: '{"a":2}' }))).toEqual([
      'ExecutionAlreadyExists',
      `Execution Already Exists: '${EXECUTION_PREFIX}W:e'`,
    ]);
    const quick = createMachine(t.context, 'Q');
    start({ stateMachineArn: quick, name: 'e', input: '{}' });
    await t.context.runner.whenFinished(t.context.store.getExecution(`${EXECUTION_PREFIX}Q:e`)!.id);
    expect(apiErrorOf(() => start({ stateMachineArn: quick, name: 'e', input: '{}' }))).toEqual([
      'ExecutionAlreadyExists',
      `Execution Already Exists: '${EXECUTION_PREFIX}Q:e'`,
    ]);
  });
});

describe('startExecution (Express)', () => {
  it('gives each start its own express ARN, so a repeated name is no conflict', () => {
    const arn = createMachine(t.context, 'X', { type: 'EXPRESS' });
    const first = start({ stateMachineArn: arn, name: 'e' }).executionArn;
    const second = start({ stateMachineArn: arn, name: 'e' }).executionArn;
    expect(first).toMatch(/^arn:aws:states:us-east-1:123456789012:express:X:e:[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    expect(t.context.store.getExecution(first)?.type).toBe('EXPRESS');
  });
});

describe('startExecution input and name checks', () => {
  it.each([
    [
      'input that is no string',
      { input: { a: 1 } },
      ['InvalidExecutionInput', 'Invalid State Machine Execution Input: input must be a JSON text in a string'],
    ],
    [
      'input that is no JSON',
      { input: '{"a":' },
      ['InvalidExecutionInput', expect.stringMatching(/^Invalid State Machine Execution Input: '.+'$/)],
    ],
    [
      'input nested over 1,000 levels',
      { input: `${'['.repeat(1_001)}${']'.repeat(1_001)}` },
      [
        'InvalidExecutionInput',
        "Invalid State Machine Execution Input: 'The input is nested too deeply: more than 1000 levels of objects and arrays'",
      ],
    ],
    ['a name with a space', { name: 'a b' }, ['InvalidName', "Invalid Name: 'a b'"]],
    [
      'a name over 80 characters',
      { name: 'n'.repeat(81) },
      validation("Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 80"),
    ],
  ])('refuses %s', (_what, change, expected) => {
    const arn = createMachine(t.context, 'M');
    expect(apiErrorOf(() => start({ stateMachineArn: arn, name: 'e', ...change }))).toEqual(expected);
    expect(t.context.store.getExecution(`${EXECUTION_PREFIX}M:e`)).toBeUndefined();
  });

  it('measures the 256 KiB input limit in UTF-8 bytes', () => {
    const arn = createMachine(t.context, 'M');
    const ascii = JSON.stringify('a'.repeat(262_144 - 2));
    expect(() => start({ stateMachineArn: arn, name: 'fits', input: ascii })).not.toThrow();
    // 87,381 three-byte characters are 262,143 bytes, plus the quotes: one byte over.
    const wide = JSON.stringify('€'.repeat(87_381));
    expect(wide.length).toBeLessThan(262_144);
    expect(apiErrorOf(() => start({ stateMachineArn: arn, name: 'over', input: wide }))).toEqual(
      validation("Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144"),
    );
  });

  it('checks the name and input before looking the machine up', () => {
    expect(apiErrorOf(() => start({ stateMachineArn: `${MACHINE_PREFIX}Nope`, name: 'a b' }))[0]).toBe('InvalidName');
    expect(apiErrorOf(() => start({ stateMachineArn: `${MACHINE_PREFIX}Nope`, name: 'e' }))).toEqual([
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${MACHINE_PREFIX}Nope'`,
    ]);
  });

  it('refuses a missing or malformed state machine ARN', () => {
    expect(apiErrorOf(() => start({}))).toEqual(
      validation("Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null"),
    );
    expect(apiErrorOf(() => start({ stateMachineArn: `${EXECUTION_PREFIX}M:e` }))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: execution'",
    ]);
  });
});
