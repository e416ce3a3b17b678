import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERRUPTED_CAUSE } from '@/lib/emulator/store/end-interrupted-execution';
import { makeClient, makeDataDir, ROLE_ARN, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'Spin', States: { Spin: { Type: 'Pass', LoopTimes: 100, End: true } } });
const WAIT = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3600, End: true } } });

describe('restart on the same data folder', () => {
  const data = makeDataDir();
  afterAll(() => data.remove());

  it('keeps state machines, executions and histories, and fails executions that were running', async () => {
    const first = await startFakeEmulator({ dataDir: data.dir });
    let sfn = makeClient(first);
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'Kept', definition: PASS, roleArn: ROLE_ARN }));
    const { stateMachineArn: waitArn } = await sfn.send(
      new CreateStateMachineCommand({ name: 'Napping', definition: WAIT, roleArn: ROLE_ARN }),
    );
    const { executionArn: done } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'done' }));
    await first.whenIdle();
    const { executionArn: napping } = await sfn.send(new StartExecutionCommand({ stateMachineArn: waitArn, name: 'napping' }));
    const before = await sfn.send(new GetExecutionHistoryCommand({ executionArn: done, maxResults: 1000 }));
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: done, maxResults: 50 }));
    await first.close();

    const second = await startFakeEmulator({ dataDir: data.dir });
    sfn = makeClient(second);
    try {
      expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }))).definition).toBe(PASS);
      const after = await sfn.send(new GetExecutionHistoryCommand({ executionArn: done, maxResults: 1000 }));
      expect(after.events).toEqual(before.events);
      // Page tokens survive a restart.
      const rest = await sfn.send(new GetExecutionHistoryCommand({ executionArn: done, maxResults: 50, nextToken: page.nextToken }));
      expect(rest.events![0]!.id).toBe(51);

      const interrupted = await sfn.send(new DescribeExecutionCommand({ executionArn: napping }));
      expect(interrupted).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: INTERRUPTED_CAUSE });
      const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn: napping }));
      expect(events!.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionFailed']);
      expect(events![2]).toMatchObject({ id: 3, previousEventId: 2, executionFailedEventDetails: { error: 'States.Runtime' } });
      const listed = await sfn.send(new ListExecutionsCommand({ stateMachineArn: waitArn, statusFilter: 'FAILED' }));
      expect(listed.executions!.map((e) => e.executionArn)).toEqual([napping]);
    } finally {
      await second.close();
    }
  });
});
