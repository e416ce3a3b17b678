import { afterEach, describe, expect, it } from 'vitest';
import { listExecutions } from '@/lib/aws/list-executions';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';

describe('listExecutions', () => {
  it('turns one ListExecutions page into summaries and passes its token on', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListExecutions: () => ({
          executions: [
            {
              executionArn: `${MACHINE.replace('stateMachine', 'execution')}:b`,
              stateMachineArn: MACHINE,
              name: 'b',
              status: 'RUNNING',
              startDate: new Date(2_000),
            },
            {
              executionArn: `${MACHINE.replace('stateMachine', 'execution')}:a`,
              name: 'a',
              status: 'SUCCEEDED',
              startDate: new Date(1_000),
              stopDate: new Date(1_500),
              redriveCount: 0,
            },
          ],
          nextToken: 'next',
        }),
      },
    });
    expect(await listExecutions({ stateMachineArn: MACHINE, statusFilter: 'SUCCEEDED', maxResults: 2, nextToken: 'prev' })).toEqual({
      executions: [
        {
          arn: 'arn:aws:states:us-east-1:123456789012:execution:M:b',
          stateMachineArn: MACHINE,
          name: 'b',
          status: 'RUNNING',
          startedAt: new Date(2_000),
          stoppedAt: undefined,
          redriveCount: undefined,
        },
        {
          arn: 'arn:aws:states:us-east-1:123456789012:execution:M:a',
          stateMachineArn: MACHINE,
          name: 'a',
          status: 'SUCCEEDED',
          startedAt: new Date(1_000),
          stoppedAt: new Date(1_500),
          redriveCount: 0,
        },
      ],
      nextToken: 'next',
    });
    expect(fake.inputsOf('ListExecutions')).toEqual([
      { stateMachineArn: MACHINE, statusFilter: 'SUCCEEDED', nextToken: 'prev', maxResults: 2 },
    ]);
  });

  it('sends an empty token as none', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: () => ({}) } });
    expect(await listExecutions({ stateMachineArn: MACHINE, nextToken: '' })).toEqual({ executions: [], nextToken: undefined });
    expect(fake.inputsOf('ListExecutions')[0]?.nextToken).toBeUndefined();
  });

  it('refuses an execution status it does not know', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: () => ({ executions: [{ status: 'PAUSED' }] }) } });
    await expect(listExecutions({ stateMachineArn: MACHINE })).rejects.toThrow('Unknown execution status from Step Functions: PAUSED');
  });

  it('lists an Express machine from its log group when ListExecutions refuses it', async () => {
    const express = 'arn:aws:states:us-east-1:123456789012:stateMachine:list-executions-express';
    fake = fakeAwsClients({
      sfn: {
        ListExecutions: () => {
          throw awsError('StateMachineTypeNotSupported');
        },
        DescribeStateMachine: () => ({ type: 'EXPRESS', loggingConfiguration: { level: 'OFF' } }),
      },
    });
    await expect(listExecutions({ stateMachineArn: express })).rejects.toMatchObject({
      kind: 'invalid-input',
      message: `${express} is an Express state machine without CloudWatch Logs logging, so its executions cannot be listed: Express workflows keep no history in Step Functions.`,
    });
    expect(fake.calls.map((call) => call.command)).toEqual(['ListExecutions', 'DescribeStateMachine']);
  });

  it('continues an Express listing from its own token without calling ListExecutions', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => ({ type: 'EXPRESS', loggingConfiguration: { level: 'OFF' } }) } });
    await expect(listExecutions({ stateMachineArn: MACHINE, nextToken: 'express.abc' })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(fake.calls.map((call) => call.command)).toEqual(['DescribeStateMachine']);
  });

  it('maps other failures without falling back', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListExecutions: () => {
          throw awsError('StateMachineDoesNotExist');
        },
      },
    });
    await expect(listExecutions({ stateMachineArn: MACHINE })).rejects.toMatchObject({
      kind: 'not-found',
      message: `${MACHINE} was not found in us-east-1.`,
    });
    expect(fake.calls).toHaveLength(1);
  });
});
