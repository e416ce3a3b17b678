import { describe, expect, it } from 'vitest';
import type { DemoScenario } from '@/lib/demo/scenarios/demo-scenario';
import { startScenarioExecution, toExecutionArn } from '@/lib/demo/start-scenario-execution';
import { awsError, fakeSfnClient } from '../../support/aws-fakes/fake-aws-clients';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:invoice-payment-reminder';
const scenario = (overrides: Partial<DemoScenario> = {}): DemoScenario => ({
  scenario: 'payment-reminder-waiting',
  stateMachine: 'invoice-payment-reminder',
  input: { invoiceId: 'INV-1', gracePeriodSeconds: 86_400 },
  expectedStatus: 'SUCCEEDED',
  summary: 's',
  ...overrides,
});
const executionArn = (name: string) => toExecutionArn(MACHINE, name);

describe('toExecutionArn', () => {
  it('derives the execution ARN from the state machine ARN and the name', () => {
    expect(toExecutionArn(MACHINE, 'run-1')).toBe('arn:aws:states:us-east-1:123456789012:execution:invoice-payment-reminder:run-1');
  });
});

describe('startScenarioExecution', () => {
  it('starts the execution as <scenario>-1 with the input as JSON', async () => {
    const { client, inputsOf } = fakeSfnClient({ StartExecution: (input) => ({ executionArn: executionArn(String(input.name)) }) });
    expect(await startScenarioExecution(client, MACHINE, scenario())).toEqual({
      executionArn: executionArn('payment-reminder-waiting-1'),
      started: true,
    });
    expect(inputsOf('StartExecution')).toEqual([
      { stateMachineArn: MACHINE, name: 'payment-reminder-waiting-1', input: '{"invoiceId":"INV-1","gracePeriodSeconds":86400}' },
    ]);
  });

  it('stops the execution right away when the scenario says how', async () => {
    const { client, inputsOf } = fakeSfnClient({
      StartExecution: (input) => ({ executionArn: executionArn(String(input.name)) }),
      StopExecution: () => ({}),
    });
    await startScenarioExecution(client, MACHINE, scenario({ expectedStatus: 'ABORTED', stop: { error: 'InvoicePaid', cause: 'paid' } }));
    expect(inputsOf('StopExecution')).toEqual([
      { executionArn: executionArn('payment-reminder-waiting-1'), error: 'InvoicePaid', cause: 'paid' },
    ]);
  });

  it('keeps an existing execution of a scenario that is meant to finish, without describing it', async () => {
    const { client, calls } = fakeSfnClient({
      StartExecution: () => {
        throw awsError('ExecutionAlreadyExists');
      },
    });
    expect(await startScenarioExecution(client, MACHINE, scenario({ expectedStatus: 'FAILED' }))).toEqual({
      executionArn: executionArn('payment-reminder-waiting-1'),
      started: false,
    });
    expect(calls.map((call) => call.command)).toEqual(['StartExecution']);
  });

  it('keeps the existing execution of a RUNNING scenario while it still runs', async () => {
    const { client } = fakeSfnClient({
      StartExecution: () => {
        throw awsError('ExecutionAlreadyExists');
      },
      DescribeExecution: () => ({ status: 'RUNNING' }),
    });
    expect(await startScenarioExecution(client, MACHINE, scenario({ expectedStatus: 'RUNNING' }))).toEqual({
      executionArn: executionArn('payment-reminder-waiting-1'),
      started: false,
    });
  });

  it('starts -2, -3… for a RUNNING scenario whose earlier executions have ended', async () => {
    const { client, inputsOf } = fakeSfnClient({
      StartExecution: (input) => {
        if (input.name !== 'payment-reminder-waiting-3') throw awsError('ExecutionAlreadyExists');
        return { executionArn: executionArn(String(input.name)) };
      },
      DescribeExecution: () => ({ status: 'FAILED' }),
    });
    expect(await startScenarioExecution(client, MACHINE, scenario({ expectedStatus: 'RUNNING' }))).toEqual({
      executionArn: executionArn('payment-reminder-waiting-3'),
      started: true,
    });
    expect(inputsOf('DescribeExecution').map((input) => input.executionArn)).toEqual([
      executionArn('payment-reminder-waiting-1'),
      executionArn('payment-reminder-waiting-2'),
    ]);
  });

  it('gives up after 50 names', async () => {
    const { client, inputsOf } = fakeSfnClient({
      StartExecution: () => {
        throw awsError('ExecutionAlreadyExists');
      },
      DescribeExecution: () => ({ status: 'ABORTED' }),
    });
    await expect(startScenarioExecution(client, MACHINE, scenario({ expectedStatus: 'RUNNING' }))).rejects.toThrow(
      'no free execution name for scenario payment-reminder-waiting after 50 tries',
    );
    expect(inputsOf('StartExecution')).toHaveLength(50);
  });

  it('rethrows any other start error, and fails on an answer without an ARN', async () => {
    const denied = awsError('AccessDeniedException');
    await expect(
      startScenarioExecution(
        fakeSfnClient({
          StartExecution: () => {
            throw denied;
          },
        }).client,
        MACHINE,
        scenario(),
      ),
    ).rejects.toBe(denied);
    await expect(startScenarioExecution(fakeSfnClient({ StartExecution: () => ({}) }).client, MACHINE, scenario())).rejects.toThrow(
      'StartExecution of payment-reminder-waiting-1 answered without an executionArn',
    );
  });
});
