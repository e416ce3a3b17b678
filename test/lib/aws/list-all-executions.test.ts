import { describe, expect, it } from 'vitest';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { CostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { listAllExecutions } from '@/lib/aws/list-all-executions';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';

/** A CostSfnCaller whose client answers ListExecutions from `pages` (token `page-n`), recording each send. */
function fakeCaller(pages: Array<{ executions?: object[] }>) {
  const sends: Array<{ action: string; resource: string | undefined; input: Record<string, unknown> }> = [];
  let action = '';
  let resource: string | undefined;
  const sfn = {
    send: async (command: { input: Record<string, unknown> }) => {
      sends.push({ action, resource, input: { ...command.input } });
      const index = command.input.nextToken === undefined ? 0 : Number(String(command.input.nextToken).slice(5));
      return { ...pages[index], ...(index + 1 < pages.length ? { nextToken: `page-${index + 1}` } : {}) };
    },
  } as unknown as SFNClient;
  const caller = {
    region: 'us-east-1',
    stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} },
    send: (a: string, r: string | undefined, call: (client: SFNClient) => Promise<unknown>) => {
      action = a;
      resource = r;
      return call(sfn);
    },
    endpoint: async () => 'http://fake',
    close: () => {},
  } as unknown as CostSfnCaller;
  return { caller, sends };
}

const item = (name: string, status: string) => ({
  executionArn: `arn:aws:states:us-east-1:123456789012:execution:M:${name}`,
  name,
  status,
  startDate: new Date(1_000),
  stopDate: status === 'RUNNING' ? undefined : new Date(2_000),
});

describe('listAllExecutions', () => {
  it('reads every page of 1,000 through the caller, one send per page, and reports the count after each', async () => {
    const { caller, sends } = fakeCaller([
      { executions: [item('a', 'SUCCEEDED'), item('b', 'RUNNING')] },
      { executions: [item('c', 'FAILED')] },
    ]);
    const progress: number[] = [];
    const executions = await listAllExecutions(caller, MACHINE, (n) => progress.push(n));
    expect(executions).toEqual([
      {
        arn: 'arn:aws:states:us-east-1:123456789012:execution:M:a',
        stateMachineArn: MACHINE,
        name: 'a',
        status: 'SUCCEEDED',
        startedAt: new Date(1_000),
        stoppedAt: new Date(2_000),
        redriveCount: undefined,
      },
      {
        arn: 'arn:aws:states:us-east-1:123456789012:execution:M:b',
        stateMachineArn: MACHINE,
        name: 'b',
        status: 'RUNNING',
        startedAt: new Date(1_000),
        stoppedAt: undefined,
        redriveCount: undefined,
      },
      {
        arn: 'arn:aws:states:us-east-1:123456789012:execution:M:c',
        stateMachineArn: MACHINE,
        name: 'c',
        status: 'FAILED',
        startedAt: new Date(1_000),
        stoppedAt: new Date(2_000),
        redriveCount: undefined,
      },
    ]);
    expect(progress).toEqual([2, 3]);
    expect(sends).toEqual([
      { action: 'ListExecutions', resource: MACHINE, input: { stateMachineArn: MACHINE, maxResults: 1000, nextToken: undefined } },
      { action: 'ListExecutions', resource: MACHINE, input: { stateMachineArn: MACHINE, maxResults: 1000, nextToken: 'page-1' } },
    ]);
  });

  it('answers an empty list for a machine without executions, and fills in what items left out', async () => {
    expect(await listAllExecutions(fakeCaller([{}]).caller, MACHINE)).toEqual([]);
    expect(await listAllExecutions(fakeCaller([{ executions: [{ status: 'ABORTED' }] }]).caller, MACHINE)).toEqual([
      {
        arn: '',
        stateMachineArn: MACHINE,
        name: '',
        status: 'ABORTED',
        startedAt: new Date(0),
        stoppedAt: undefined,
        redriveCount: undefined,
      },
    ]);
  });
});
